import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * What a sector token stands for where a grade would be: a judgement the framework did
 * not make yet, one it no longer makes, or a value that could not be read.
 *
 * @example
 * ```ts
 * import { SECTOR_TOKENS, type SectorTokenMeaning } from 'ofsted-ilacs';
 *
 * const meaning: SectorTokenMeaning = SECTOR_TOKENS.data_unreadable.means;
 * console.log(meaning); // 'unreadable'
 * ```
 *
 * @category Judgements
 */
export type SectorTokenMeaning = 'not-yet-judged' | 'no-longer-judged' | 'unreadable';

/**
 * Tokens the sector's own tables write in place of a grade (Data to Insight's ILACS scrape
 * tool writes these, read from Ofsted's report PDFs), with what each means and why.
 * `parseJudgement` refuses each as `not-a-grade`, with the reason; `ofsted-ilacs/tables`
 * reads them as the absence they stand for, or refuses the cell where a grade is needed.
 * Frozen.
 *
 * @example
 * ```ts
 * import { SECTOR_TOKENS } from 'ofsted-ilacs';
 *
 * console.log(SECTOR_TOKENS.inspection_pre_dates_judgement.reason);
 * // 'the inspection predates this judgement: care leavers has been judged on its own only since January 2023'
 * ```
 *
 * @category Judgements
 */
export const SECTOR_TOKENS = /* @__PURE__ */ deepFreeze({
  inspection_pre_dates_judgement: {
    means: 'not-yet-judged',
    reason: 'the inspection predates this judgement: care leavers has been judged on its own only since January 2023',
  },
  not_reported_post_reform: {
    means: 'no-longer-judged',
    reason: 'not reported after the 2026 reforms: Ofsted awards no overall effectiveness grade from then',
  },
  data_unreadable: {
    means: 'unreadable',
    reason: 'the value could not be read from the report',
  },
} as const satisfies Record<string, { readonly means: SectorTokenMeaning; readonly reason: string }>);

/** A token's name. @internal */
export type SectorToken = keyof typeof SECTOR_TOKENS;

/** The token a cell holds, written in any case and with spaces or underscores, if it is one. @internal */
export function sectorToken(text: string): SectorToken | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return Object.hasOwn(SECTOR_TOKENS, key) ? (key as SectorToken) : undefined;
}

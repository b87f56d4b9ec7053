import { oneOfOption, readOptions } from '../check/options.js';
import { JUDGEMENTS, type Judgement, rankOf } from './judgement.js';

/**
 * Which wording of the scale a report uses: ILACS tables say "Requires improvement to be
 * good"; SIF tables (and some 2018 ILACS reports) say "Requires improvement".
 *
 * @example
 * ```ts
 * import type { LabelStyle } from 'ofsted-ilacs';
 *
 * const style: LabelStyle = 'sif';
 * console.log(style);
 * ```
 *
 * @category Judgements
 */
export type LabelStyle = 'ilacs' | 'sif';

/**
 * Ofsted's printed label for each grade, by wording.
 *
 * @example
 * ```ts
 * import { JUDGEMENT_LABELS } from 'ofsted-ilacs';
 *
 * console.log(JUDGEMENT_LABELS.ilacs['requires-improvement']); // 'Requires improvement to be good'
 * console.log(JUDGEMENT_LABELS.sif['requires-improvement']); // 'Requires improvement'
 * ```
 *
 * @category Judgements
 */
export const JUDGEMENT_LABELS = /* @__PURE__ */ Object.freeze({
  ilacs: /* @__PURE__ */ Object.freeze({
    outstanding: 'Outstanding',
    good: 'Good',
    'requires-improvement': 'Requires improvement to be good',
    inadequate: 'Inadequate',
  }),
  sif: /* @__PURE__ */ Object.freeze({
    outstanding: 'Outstanding',
    good: 'Good',
    'requires-improvement': 'Requires improvement',
    inadequate: 'Inadequate',
  }),
} as const satisfies Record<LabelStyle, Record<Judgement, string>>);

/**
 * Options of {@link judgementLabel}.
 *
 * @example
 * ```ts
 * import type { JudgementLabelOptions } from 'ofsted-ilacs';
 *
 * const options: JudgementLabelOptions = { style: 'sif' };
 * console.log(options);
 * ```
 *
 * @category Judgements
 */
export interface JudgementLabelOptions {
  /** The wording to use. Default `'ilacs'`. A framework's wording is its `labelStyle`. */
  readonly style?: LabelStyle;
}

/**
 * Ofsted's printed label for a grade.
 *
 * @example
 * ```ts
 * import { judgementLabel, FRAMEWORKS } from 'ofsted-ilacs';
 *
 * console.log(judgementLabel('requires-improvement')); // 'Requires improvement to be good'
 * console.log(judgementLabel('requires-improvement', { style: FRAMEWORKS['sif-2013'].labelStyle }));
 * // 'Requires improvement'
 * ```
 *
 * @category Judgements
 */
export function judgementLabel(judgement: Judgement, options?: JudgementLabelOptions): string {
  const rank = rankOf(judgement, 'judgementLabel', 'judgement');
  options = readOptions('judgementLabel', options, STYLE_OPTION);
  return JUDGEMENT_LABELS[options?.style ?? 'ilacs'][JUDGEMENTS[rank - 1] as Judgement];
}

const STYLE_OPTION = { style: /* @__PURE__ */ oneOfOption(['ilacs', 'sif']) };

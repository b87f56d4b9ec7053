import { deepFreeze } from '../internal/deepFreeze.js';
import type { FrameworkId } from './frameworks.js';

/**
 * One row of a table or chart that spans frameworks: what it holds, and which area of
 * each framework holds it (none where the framework has no such area).
 *
 * @example
 * ```ts
 * import { AREA_ROWS, type AreaRow } from 'ofsted-ilacs';
 *
 * const inCare: AreaRow | undefined = AREA_ROWS.find((row) => row.key === 'inCare');
 * console.log(inCare?.areas['sif-2013']); // 'childrenLookedAfter'
 * ```
 *
 * @category Frameworks
 */
export interface AreaRow {
  readonly key: 'leaders' | 'helpAndProtection' | 'inCare' | 'careLeavers';
  readonly label: string;
  readonly areas: Readonly<Partial<Record<FrameworkId, string>>>;
}

/**
 * The four rows every framework can fill, and where each keeps them: leaders; help and
 * protection; children in care (children looked after under SIF, children in care and
 * care leavers under ILACS 2018, children in care from 2023); and care leavers (a SIF
 * sub-judgement, not judged on its own under ILACS 2018, a judgement from 2023). Tables
 * read across frameworks with it (`ofsted-ilacs/tables`), and charts align their rows by
 * it (`ofsted-ilacs/charts`). Frozen.
 *
 * @example
 * ```ts
 * import { AREA_ROWS } from 'ofsted-ilacs';
 *
 * for (const row of AREA_ROWS) console.log(row.label, row.areas['ilacs-2018'] ?? 'not judged on its own');
 * ```
 *
 * @category Frameworks
 */
export const AREA_ROWS: readonly AreaRow[] = /* @__PURE__ */ deepFreeze([
  {
    key: 'leaders',
    label: 'Leaders',
    areas: { 'sif-2013': 'leaders', 'ilacs-2018': 'leaders', 'ilacs-2023': 'leaders', 'ilacs-2026': 'leaders' },
  },
  {
    key: 'helpAndProtection',
    label: 'Help and protection',
    areas: {
      'sif-2013': 'helpAndProtection',
      'ilacs-2018': 'helpAndProtection',
      'ilacs-2023': 'helpAndProtection',
      'ilacs-2026': 'helpAndProtection',
    },
  },
  {
    key: 'inCare',
    label: 'Children in care',
    areas: {
      'sif-2013': 'childrenLookedAfter',
      'ilacs-2018': 'childrenInCareAndCareLeavers',
      'ilacs-2023': 'childrenInCare',
      'ilacs-2026': 'childrenInCare',
    },
  },
  {
    key: 'careLeavers',
    label: 'Care leavers',
    areas: { 'sif-2013': 'careLeavers', 'ilacs-2023': 'careLeavers', 'ilacs-2026': 'careLeavers' },
  },
] as const);

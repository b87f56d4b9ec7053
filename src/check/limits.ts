import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The limits every door enforces, so that no input can make the library's work grow
 * without bound: text lengths, list lengths, the supported dates and amounts of money.
 * Input beyond them is refused with the issue code `too-long`, `too-many` or
 * `out-of-range`. Frozen.
 *
 * - `textLength`: the longest text (ids, titles, findings, evidence, notes), in
 *   characters (Unicode code points, as JSON Schema counts them).
 * - `listLength`: the most items in any list (events of a history, actions and findings
 *   of a plan, entries of an action's history, holidays of a calendar).
 * - `dates`: the first and last calendar dates, wide enough for Ofsted's history
 *   (inspections of councils' children's services began in 2009) and any real plan.
 * - `moneyPence`: the most money one action may commit, in pence (£1bn), so that a
 *   plan's total stays an exact whole number.
 * - `clockWorkingDays`: the most working days a statutory clock may count (about 38 years).
 * - `measureValue`: the largest size of a measure's value, either side of zero.
 *
 * @example
 * ```ts
 * import { LIMITS } from 'ofsted-ilacs';
 *
 * console.log(LIMITS.dates); // { from: '1900-01-01', to: '2199-12-31' }
 * console.log(LIMITS.listLength); // 10000
 * ```
 *
 * @category Errors and limits
 */
export const LIMITS = /* @__PURE__ */ deepFreeze({
  textLength: 10_000,
  listLength: 10_000,
  dates: { from: '1900-01-01', to: '2199-12-31' },
  moneyPence: 100_000_000_000,
  clockWorkingDays: 10_000,
  measureValue: 1_000_000_000_000,
} as const);

import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { MoneyChange, PlanSummary } from './improvementPlan.js';
import { formatPence } from './money.js';
import { checkRated, type RatedAction, type RatedPlan } from './ratePlan.js';

/**
 * The money of a plan that a summary reports, as {@link planMoney} returns it: what its
 * actions commit, in pence and formatted, and every change of it recorded by then.
 *
 * @example
 * ```ts
 * import type { PlanMoney } from 'ofsted-ilacs';
 *
 * const line = (money: PlanMoney) => `${money.moneyCommitted} committed, changed ${money.moneyChanges.length} times`;
 * console.log(typeof line);
 * ```
 *
 * @category Improvement plans
 */
export type PlanMoney = Pick<PlanSummary, 'moneyCommittedPence' | 'moneyCommitted' | 'moneyChanges'>;

/** Whether an action's money counts as committed on `asOf`: raised by then, and not cancelled or superseded. */
function commits(row: RatedAction, asOf: CalendarDate): boolean {
  return row.action.raised <= asOf && row.state !== 'cancelled' && row.state !== 'superseded';
}

/** The changes of an action's money its history records by `asOf`, in its order. */
function changesOf(row: RatedAction, asOf: CalendarDate): MoneyChange[] {
  const changes: MoneyChange[] = [];
  for (const entry of row.action.history) {
    if (entry.on > asOf) break;
    if (entry.change !== 'money') continue;
    changes.push({
      actionId: row.action.id,
      on: entry.on,
      by: entry.by,
      fromPence: entry.from,
      toPence: entry.to,
      from: formatPence(entry.from),
      to: formatPence(entry.to),
      reason: entry.reason,
    });
  }
  return changes;
}

/**
 * A rated plan's money, as its summary reports it: the money committed on the day it was
 * rated (`moneyCommittedPence`, and `moneyCommitted` as `formatPence` writes it) by the
 * actions raised by then and not cancelled or superseded, each as its history stood that
 * day; and every change of money its actions' histories record by then (`changeMoney`),
 * oldest first, with who made it and why. Throws {@link OfstedIlacsError}
 * (`invalid-argument`) for anything but what `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, changeMoney, planMoney, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * // Hull committed £2m in 2019 (A5), and £4.4m more in February 2020 (A6).
 * const before = planMoney(ratePlan(HULL_PLAN, { asOf: calendarDate('2019-12-31') }));
 * const after = planMoney(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }));
 * console.log(before.moneyCommitted, after.moneyCommitted); // '£2,000,000.00' '£6,400,000.00'
 *
 * // Illustrative: the £2m grown to £2.5m, a change its history records.
 * const grown = changeMoney(HULL_PLAN.actions[4]!, {
 *   on: calendarDate('2020-03-02'), by: 'Cabinet', toPence: 250_000_000, reason: 'Two more social work teams.',
 * });
 * if (grown.ok) {
 *   const plan = { ...HULL_PLAN, actions: HULL_PLAN.actions.map((action) => (action.id === 'A5' ? grown.value : action)) };
 *   const money = planMoney(ratePlan(plan, { asOf: calendarDate('2020-03-31') }));
 *   console.log(money.moneyCommitted, money.moneyChanges.map((change) => `${change.actionId} ${change.on}: ${change.from} to ${change.to}`));
 *   // '£6,900,000.00' ['A5 2020-03-02: £2,000,000.00 to £2,500,000.00']
 * }
 * ```
 *
 * @category Improvement plans
 */
export function planMoney(rated: RatedPlan<FrameworkId | DefinedFramework>): PlanMoney {
  const { asOf, actions } = checkRated('planMoney', rated);
  let moneyCommittedPence = 0;
  const moneyChanges: MoneyChange[] = [];
  for (const row of actions) {
    if (commits(row, asOf)) moneyCommittedPence += row.moneyPence ?? 0;
    moneyChanges.push(...changesOf(row, asOf));
  }
  return {
    moneyCommittedPence,
    moneyCommitted: formatPence(moneyCommittedPence),
    moneyChanges: moneyChanges.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0)),
  };
}

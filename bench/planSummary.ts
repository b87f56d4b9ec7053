/**
 * `npm run bench`: how summarisePlan's time grows with the number of actions.
 *
 * It times summaries of plans with 10k, 100k and 200k actions (copies of Hull's nine,
 * with their dates spread over two years), and a hand-written baseline in the same run:
 * one loop that only counts actions by state. Printed: the milliseconds, the time per
 * action, its ratio to the 10k run (about 1 when time grows linearly), and the ratio to
 * the baseline. A benchmark reports; it never fails on speed.
 */

import {
  type CalendarDate,
  calendarDate,
  type ImprovementAction,
  type ImprovementPlan,
  summarisePlan,
} from '../src/index.js';
import { HULL_PLAN } from '../src/testing/hullPlan.js';
import { medianMs } from './timing.js';

const SIZES = [10_000, 100_000, 200_000];

function shift(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
}

function planOf(size: number): ImprovementPlan {
  const actions: ImprovementAction[] = [];
  for (let i = 0; i < size; i += 1) {
    const template = HULL_PLAN.actions[i % HULL_PLAN.actions.length] as ImprovementAction;
    const days = (i * 7) % 730;
    actions.push({
      ...template,
      id: `${template.id}-${i}`,
      raised: shift(template.raised, days),
      due: shift(template.due, days),
      history: template.history.map((entry) =>
        entry.change === 'created'
          ? { ...entry, on: shift(entry.on, days), due: shift(entry.due, days) }
          : entry.change === 'due-date'
            ? { ...entry, on: shift(entry.on, days), from: shift(entry.from, days), to: shift(entry.to, days) }
            : { ...entry, on: shift(entry.on, days) },
      ),
    });
  }
  return { ...HULL_PLAN, actions };
}

function baseline(plan: ImprovementPlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const action of plan.actions) counts[action.status.state] = (counts[action.status.state] ?? 0) + 1;
  return counts;
}

const asOf = calendarDate('2021-06-30');
summarisePlan(planOf(1_000), { asOf }); // warm up
let perActionAt10k = 0;
console.log('actions   summary ms   µs/action   vs 10k   baseline ms   vs baseline');
for (const size of SIZES) {
  const plan = planOf(size);
  const summaryMs = medianMs(() => summarisePlan(plan, { asOf }));
  const baselineMs = medianMs(() => baseline(plan));
  const perAction = (summaryMs * 1000) / size;
  if (size === SIZES[0]) perActionAt10k = perAction;
  console.log(
    `${String(size).padStart(7)}   ${summaryMs.toFixed(1).padStart(10)}   ${perAction.toFixed(2).padStart(9)}   ${(perAction / perActionAt10k).toFixed(2).padStart(6)}   ${baselineMs.toFixed(2).padStart(11)}   ${(summaryMs / baselineMs).toFixed(0).padStart(11)}x`,
  );
}

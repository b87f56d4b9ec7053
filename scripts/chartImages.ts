/**
 * The pictures the README and the guides show, drawn by ofsted-ilacs/charts from Hull's
 * worked example, so that they can never show what the library does not draw.
 * `npm run generate` writes them to docs/images/; test/charts checks they are up to date.
 */
import { judgementHistoryChart, neighbourComparisonChart, planChart } from '../src/charts/index.js';
import { calendarDate, summarisePlan } from '../src/index.js';
import { compareWithNeighbours } from '../src/outcomes/index.js';
import { HULL_HISTORY, HULL_PLAN } from '../src/testing/index.js';

/** A short label for each of Hull's findings. */
export const HULL_FINDING_LABELS: Readonly<Record<string, string>> = {
  F1: 'Help and protection',
  F2: 'Children in care (2019)',
  F3: 'Leaders',
  F4: 'Children in care (2020 visit)',
};

/** Every picture, by file name. */
export function chartImages(): Record<string, string> {
  const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
  const neighbours = compareWithNeighbours('Hull');
  if (!neighbours.ok) throw new Error('Hull has statistical neighbours');
  return {
    'hull-history.svg': `${judgementHistoryChart(HULL_HISTORY)}\n`,
    'hull-plan.svg': `${planChart(summary, { labels: HULL_FINDING_LABELS, plan: HULL_PLAN })}\n`,
    'hull-neighbours.svg': `${neighbourComparisonChart(neighbours.value)}\n`,
  };
}

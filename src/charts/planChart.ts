import { refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { ImprovementPlan, PlanSummary } from '../improvement/improvementPlan.js';
import { type Issue, issue } from '../result/result.js';
import { drawingOf, noteBlock, titleBlock } from './chartLayout.js';
import { type ChartOptions, type ChartSettings, chartSettings } from './chartOptions.js';
import { type LegendEntry, legend, swatch } from './legend.js';
import type { ChartedPlan, PlanDrawing } from './planDrawing.js';
import { findingTable } from './planFindingTable.js';
import { countsOf, daysMoved, detailsOf, movedWords, planDaysMoved, plural } from './planProgress.js';
import {
  type FindingRow,
  PLAN_OPTIONS,
  type PlanSnapshot,
  type Rating,
  readSummary,
  type SummarySnapshot,
} from './planRead.js';
import { svg } from './svg.js';

/**
 * Options of {@link planChart}: those of every chart, and a short label for each finding.
 *
 * @example
 * ```ts
 * import type { PlanChartOptions } from 'ofsted-ilacs/charts';
 *
 * const options: PlanChartOptions = { width: 720, labels: { F1: 'Help and protection' } };
 * console.log(options.labels?.F1);
 * ```
 *
 * @category Charts
 */
export interface PlanChartOptions extends ChartOptions {
  /** A label for each finding, by its id, shown after the id (a plan's findings' text is often long). */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The plan the summary was made from. With it the chart names the plan in its title,
   * counts each finding's actions by RAG (so the counts agree with the RAG beside them),
   * and says how often and how far each finding's due dates moved by the summary's date.
   * It must be the summary's plan: the same actions in the same order.
   */
  readonly plan?: ImprovementPlan;
}

/** What each rating means, for the legend. */
const RATING_MEANINGS: readonly (readonly [Rating, string])[] = [
  ['red', 'Red: overdue, blocked or off track'],
  ['amber', 'Amber: due soon, at risk or slipping'],
  ['green', 'Green: on track, or delivered and awaiting evidence of impact'],
  ['blue', 'Blue: complete, or target met'],
  ['not-rated', 'Not rated: no action, or no reading yet'],
];

/** A text as a description may quote it: at most `most` characters. */
function quoted(text: string, most = 200): string {
  const points = Array.from(text);
  return points.length <= most ? text : `${points.slice(0, most).join('')}…`;
}

/** The money committed on the summary's day, with its latest three changes. */
function moneyFact({ moneyCommitted, moneyChanges }: SummarySnapshot): string {
  if (moneyChanges.length === 0) return `Money committed: ${moneyCommitted}; no changes recorded.`;
  const latest = moneyChanges.slice(-3).reverse();
  const earlier = moneyChanges.length - latest.length;
  return `Money committed: ${moneyCommitted}; changes: ${latest.map((change) => `${change.on} ${change.actionId} ${change.from} to ${change.to}`).join('; ')}${earlier > 0 ? `; and ${earlier} earlier` : ''}.`;
}

/** The plan as a whole: the day, the actions by RAG, the money, the moves of due dates. */
function planFacts(summary: SummarySnapshot, plan: PlanSnapshot | undefined): string[] {
  const byRag = new Map<Rating, number>();
  for (const { rag } of summary.rags) byRag.set(rag, (byRag.get(rag) ?? 0) + 1);
  const planDays = plan === undefined ? undefined : planDaysMoved(summary, plan);
  return [
    `As at ${summary.asOf}. ${countsOf(summary.rags.length, byRag)}.`,
    moneyFact(summary),
    summary.reschedules === 0
      ? 'No due date has moved.'
      : `Due dates moved ${plural(summary.reschedules, 'time')} across ${plural(summary.rescheduledActions, 'action')}${planDays === undefined ? '' : `, ${daysMoved(planDays)} in all`}.`,
  ];
}

/** A finding as the description says it. */
function findingSentence({ labels, details }: ChartedPlan, finding: FindingRow): string {
  const label = labels?.get(finding.findingId);
  const detail = details?.get(finding.findingId);
  return `${quoted(finding.findingId, 60)}${label === undefined ? '' : ` (${quoted(label)})`}: delivery ${finding.delivery}, impact ${finding.impact}${finding.nextDue === undefined ? '' : `, next due ${finding.nextDue}`}; ${countsOf(finding.actions, detail?.counts)}${movedWords(detail, 'due dates moved')}.`;
}

/** What the chart says, for those who cannot see it. */
function described(charted: ChartedPlan, title: string, facts: readonly string[]): string {
  const { findings } = charted.summary;
  const sentences = findings.map((finding) => findingSentence(charted, finding)).join(' ');
  return `${quoted(title)}. ${facts.join(' ')} Delivery and impact of ${plural(findings.length, 'finding')}. ${sentences}`;
}

/** The legend below `y`: only the ratings drawn. Returns the top of the line below it. */
function ratingLegend(drawing: PlanDrawing, y: number): number {
  const { size, palette, used } = drawing;
  const entries: LegendEntry<Rating>[] = RATING_MEANINGS.filter(([rating]) => used.has(rating)).map(
    ([rating, words]) => [rating, words, swatch(size, palette[rating])],
  );
  return legend(drawing, y, entries, { lineH: size * 1.6, wrap: true, spaceAfter: true });
}

/** The chart, laid out in the settings' width: the title, the plan as a whole, the findings and the legend. */
function drawnPlan(charted: ChartedPlan, settings: ChartSettings): string {
  const drawing: PlanDrawing = { ...drawingOf(settings), ...charted, used: new Set() };
  const { size, pad } = drawing;
  const title = settings.title ?? charted.plan?.title ?? 'Improvement plan by finding';
  const facts = planFacts(charted.summary, charted.plan);
  let y = titleBlock(drawing, title, pad) + size * 0.4;
  for (const fact of facts) y = noteBlock(drawing, fact, y, 4);
  y = findingTable(drawing, y);
  y = ratingLegend(drawing, y + size * 0.6);
  return svg(settings.width, y + pad, title, described(charted, title, facts), drawing.parts.join('\n'), settings.id);
}

/**
 * A plan's progress for a board, as SVG text: the plan's title and date; for each finding,
 * its delivery RAG (its actions) and its impact RAG (its measures) side by side, each in
 * words as well as colour, its next due date, its actions counted by RAG and how often and
 * how far their due dates moved (with `plan`); and for the plan, the money committed on the
 * day with its latest changes, and how often due dates moved. Accessible (`role="img"`, a
 * title, a description that says what the picture shows, ids of its own), in a palette
 * readable with colour blindness, and the same bytes for the same input. Draws at most
 * `CHART_LIMITS.planFindings` findings. Throws `OfstedIlacsError`: `invalid-argument` for
 * a value that is not a plan summary or has more findings than a chart draws,
 * `invalid-option` for options it does not have, values they cannot take, or a `plan`
 * that is not the summary's.
 *
 * @example
 * ```ts
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { planChart } from 'ofsted-ilacs/charts';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * const labels = Object.fromEntries(HULL_PLAN.findings.map((finding) => [finding.id, finding.area]));
 * console.log(planChart(summary, { labels, plan: HULL_PLAN }).includes('role="img"')); // true
 * ```
 *
 * @category Charts
 */
export function planChart(summary: PlanSummary, options?: PlanChartOptions): string {
  const issues: Issue[] = [];
  let read: SummarySnapshot | undefined;
  try {
    read = readSummary(issues, summary);
  } catch (error) {
    if (error instanceof OfstedIlacsError) throw error;
    issues.push(unreadable(['summary']));
  }
  if (issues.length > 0 || read === undefined) throw refusal('invalid-argument', 'planChart', issues);
  const settings = chartSettings('planChart', options, PLAN_OPTIONS);
  const plan = settings.given.get('plan') as PlanSnapshot | undefined;
  if (
    plan !== undefined &&
    (plan.actions.length !== read.rags.length ||
      plan.actions.some((action, index) => action.id !== (read.rags[index] as { actionId: string }).actionId))
  ) {
    throw refusal('invalid-option', 'planChart', [
      issue(
        ['options', 'plan'],
        'invalid-value',
        'options.plan is not the plan the summary was made from: its actions differ. Pass the plan given to summarisePlan.',
        { field: 'options.plan', rule: 'same-plan' },
      ),
    ]);
  }
  const labels = settings.given.get('labels') as ReadonlyMap<string, string> | undefined;
  const details = plan === undefined ? undefined : detailsOf(read, plan);
  return drawnPlan({ summary: read, plan, details, labels }, settings);
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { isCalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { dateFieldProblem, listAt, type Path, placeAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue, isRecord } from '../check/values.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { Rag } from '../improvement/improvementAction.js';
import type { ImprovementPlan, PlanSummary } from '../improvement/improvementPlan.js';
import { type Issue, issue } from '../result/result.js';
import {
  CHART_LIMITS,
  CHART_OPTIONS,
  type ChartOptions,
  chartSettings,
  type OptionReader,
  recordOption,
  textOption,
  tooMany,
} from './chartOptions.js';
import { textOn } from './palette.js';
import { clipped, element, label, paragraph, svg, textWidth, wrapped } from './svg.js';

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

type Rating = Rag | 'not-rated';

const RATINGS: readonly Rating[] = ['red', 'amber', 'green', 'blue', 'not-rated'];

const RATING_WORDS: Readonly<Record<Rating, readonly string[]>> = {
  red: ['Red', 'R'],
  amber: ['Amber', 'A'],
  green: ['Green', 'G'],
  blue: ['Blue', 'B'],
  'not-rated': ['Not rated', 'NR', '–'],
};

/** A text as a description may quote it: at most `most` characters. */
function quoted(text: string, most = 200): string {
  const points = Array.from(text);
  return points.length <= most ? text : `${points.slice(0, most).join('')}…`;
}

/** What the chart reads of a finding's progress. */
interface FindingRow {
  readonly findingId: string;
  readonly actions: number;
  readonly delivery: Rating;
  readonly impact: Rating;
  readonly nextDue: CalendarDate | undefined;
}

/** What the chart reads of a plan summary, read once. */
interface SummarySnapshot {
  readonly asOf: CalendarDate;
  readonly findings: readonly FindingRow[];
  readonly rags: readonly { readonly actionId: string; readonly rag: Rating }[];
  readonly moneyCommitted: string;
  readonly moneyChanges: readonly {
    readonly actionId: string;
    readonly on: CalendarDate;
    readonly from: string;
    readonly to: string;
  }[];
  readonly reschedules: number;
  readonly rescheduledActions: number;
}

/** A list, checked as the core checks every list (no holes, no iterator of its own), copied; or `undefined` with an issue. */
function listOf(issues: Issue[], value: unknown, path: Path, what: string): unknown[] | undefined {
  return listAt(issues, value, path, what)?.slice();
}

function ratingAt(issues: Issue[], value: unknown, path: Path, key: string): Rating | undefined {
  if (typeof value === 'string' && (RATINGS as readonly string[]).includes(value)) return value as Rating;
  issues.push(
    issue(
      [...path, key],
      value === undefined ? 'missing' : 'invalid-value',
      `${key} must be ${RATINGS.join(', ')}, got ${describeValue(value)}: chart a summary from summarisePlan.`,
    ),
  );
  return undefined;
}

function countAt(issues: Issue[], value: unknown, path: Path, key: string): number {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  issues.push(
    issue(
      [...path, key],
      value === undefined ? 'missing' : 'invalid-value',
      `${key} must be a whole number, got ${describeValue(value)}: chart a summary from summarisePlan.`,
    ),
  );
  return 0;
}

/** Reads once what the chart shows of a plan summary, pushing issues at `summary`. */
function readSummary(issues: Issue[], value: unknown): SummarySnapshot | undefined {
  const path: Path = ['summary'];
  if (!isRecord(value)) {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `summary must be a plan summary (from summarisePlan), got ${describeValue(value)}.`,
      ),
    );
    return undefined;
  }
  const { asOf, findings, rags, moneyCommitted, moneyChanges, reschedules, rescheduledActions } = value;
  const before = issues.length;
  placeAt(issues, path, 'asOf', dateFieldProblem(asOf, 'asOf'));
  placeAt(issues, path, 'moneyCommitted', textFieldProblem(moneyCommitted, 'moneyCommitted'));
  const rows: FindingRow[] = [];
  const list = listOf(issues, findings, [...path, 'findings'], 'findings');
  if (list !== undefined && list.length > CHART_LIMITS.planFindings) {
    tooMany('planChart', [...path, 'findings'], 'The summary’s findings', list.length, CHART_LIMITS.planFindings);
  }
  list?.forEach((finding, index) => {
    const at = [...path, 'findings', index];
    if (!isRecord(finding)) {
      issues.push(issue(at, 'invalid-type', `a finding’s progress must be an object, got ${describeValue(finding)}.`));
      return;
    }
    const { findingId, actions, delivery, impact, nextDue } = finding;
    placeAt(issues, at, 'findingId', textFieldProblem(findingId, 'findingId'));
    if (nextDue !== undefined) placeAt(issues, at, 'nextDue', dateFieldProblem(nextDue, 'nextDue'));
    rows.push({
      findingId: findingId as string,
      actions: countAt(issues, actions, at, 'actions'),
      delivery: ratingAt(issues, delivery, at, 'delivery') as Rating,
      impact: ratingAt(issues, impact, at, 'impact') as Rating,
      nextDue: nextDue as CalendarDate | undefined,
    });
  });
  const ragRows: SummarySnapshot['rags'][number][] = [];
  listOf(issues, rags, [...path, 'rags'], 'rags')?.forEach((rag, index) => {
    const at = [...path, 'rags', index];
    if (!isRecord(rag)) {
      issues.push(issue(at, 'invalid-type', `a derived RAG must be an object, got ${describeValue(rag)}.`));
      return;
    }
    const { actionId, rag: rating } = rag;
    placeAt(issues, at, 'actionId', textFieldProblem(actionId, 'actionId'));
    ragRows.push({ actionId: actionId as string, rag: ratingAt(issues, rating, at, 'rag') as Rating });
  });
  const changes: SummarySnapshot['moneyChanges'][number][] = [];
  listOf(issues, moneyChanges, [...path, 'moneyChanges'], 'moneyChanges')?.forEach((change, index) => {
    const at = [...path, 'moneyChanges', index];
    if (!isRecord(change)) {
      issues.push(issue(at, 'invalid-type', `a change of money must be an object, got ${describeValue(change)}.`));
      return;
    }
    const { actionId, on, from, to } = change;
    placeAt(issues, at, 'actionId', textFieldProblem(actionId, 'actionId'));
    placeAt(issues, at, 'on', dateFieldProblem(on, 'on'));
    placeAt(issues, at, 'from', textFieldProblem(from, 'from'));
    placeAt(issues, at, 'to', textFieldProblem(to, 'to'));
    changes.push({ actionId: actionId as string, on: on as CalendarDate, from: from as string, to: to as string });
  });
  const moves = countAt(issues, reschedules, path, 'reschedules');
  const moved = countAt(issues, rescheduledActions, path, 'rescheduledActions');
  if (issues.length > before) return undefined;
  return {
    asOf: asOf as CalendarDate,
    findings: rows,
    rags: ragRows,
    moneyCommitted: moneyCommitted as string,
    moneyChanges: changes,
    reschedules: moves,
    rescheduledActions: moved,
  };
}

/** What the chart reads of a plan, read once: its title, and each action's findings and moves of its due date. */
interface PlanSnapshot {
  readonly title: string;
  readonly actions: readonly {
    readonly id: string;
    readonly answers: readonly string[];
    readonly moves: readonly { readonly on: CalendarDate; readonly from: CalendarDate; readonly to: CalendarDate }[];
  }[];
}

/** The `plan` option: read once into what the chart needs of it. */
const planOption: OptionReader = (value, at, issues) => {
  if (!isRecord(value)) {
    issues.push(
      issue(
        at,
        'invalid-type',
        `options.plan must be the plan the summary was made from, got ${describeValue(value)}.`,
      ),
    );
    return undefined;
  }
  const before = issues.length;
  const { title, actions } = value;
  placeAt(issues, at, 'title', textFieldProblem(title, 'options.plan.title'));
  const read: PlanSnapshot['actions'][number][] = [];
  listOf(issues, actions, [...at, 'actions'], 'options.plan.actions')?.forEach((action, index) => {
    const where = [...at, 'actions', index];
    if (!isRecord(action)) {
      issues.push(issue(where, 'invalid-type', `an action must be an object, got ${describeValue(action)}.`));
      return;
    }
    const { id, answers, history } = action;
    placeAt(issues, where, 'id', textFieldProblem(id, 'id'));
    const answered = (listOf(issues, answers, [...where, 'answers'], 'answers') ?? []).map((answer, n) => {
      placeAt(issues, [...where, 'answers'], n, textFieldProblem(answer, 'answer'));
      return answer as string;
    });
    const moves: PlanSnapshot['actions'][number]['moves'][number][] = [];
    listOf(issues, history, [...where, 'history'], 'history')?.forEach((entry, n) => {
      if (!isRecord(entry)) {
        issues.push(
          issue(
            [...where, 'history', n],
            'invalid-type',
            `a history entry must be an object, got ${describeValue(entry)}.`,
          ),
        );
        return;
      }
      const { change, on, from, to } = entry;
      if (change !== 'due-date') return;
      if (!isCalendarDate(on) || !isCalendarDate(from) || !isCalendarDate(to)) {
        issues.push(
          issue(
            [...where, 'history', n],
            'invalid-value',
            'a change of due date needs on, from and to, each a date written YYYY-MM-DD.',
          ),
        );
        return;
      }
      moves.push({ on, from, to });
    });
    read.push({ id: id as string, answers: answered, moves });
  });
  return issues.length > before ? undefined : ({ title: title as string, actions: read } satisfies PlanSnapshot);
};

const PLAN_OPTIONS: Readonly<Record<string, OptionReader>> = {
  ...CHART_OPTIONS,
  labels: /* @__PURE__ */ recordOption((key, value, at, issues) => textOption(value, at, issues) ?? key),
  plan: planOption,
};

/** Each finding's actions by RAG, and the moves of their due dates, from the plan; by finding id. */
interface FindingDetail {
  readonly counts: Map<Rating, number>;
  moves: number;
  days: number;
}

function detailsOf(summary: SummarySnapshot, plan: PlanSnapshot): Map<string, FindingDetail> {
  const details = new Map<string, FindingDetail>();
  for (const finding of summary.findings) details.set(finding.findingId, { counts: new Map(), moves: 0, days: 0 });
  plan.actions.forEach((action, index) => {
    const rag = (summary.rags[index] as { rag: Rating }).rag;
    const moves = action.moves.filter((move) => move.on <= summary.asOf);
    const days = moves.reduce((sum, move) => sum + dayOf(move.to) - dayOf(move.from), 0);
    for (const answer of new Set(action.answers)) {
      const detail = details.get(answer);
      if (detail === undefined) continue;
      detail.counts.set(rag, (detail.counts.get(rag) ?? 0) + 1);
      detail.moves += moves.length;
      detail.days += days;
    }
  });
  return details;
}

/** "+61 days", "-3 days". */
function daysMoved(days: number): string {
  return `${days >= 0 ? '+' : '−'}${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
}

/** "3 actions: 1 amber, 1 green, 1 blue". */
function countsOf(total: number, counts: ReadonlyMap<Rating, number> | undefined): string {
  const head = total === 0 ? 'No action' : `${total} action${total === 1 ? '' : 's'}`;
  if (counts === undefined || total === 0) return head;
  return `${head}: ${RATINGS.filter((rating) => counts.has(rating))
    .map((rating) => `${counts.get(rating)} ${rating === 'not-rated' ? 'not rated' : rating}`)
    .join(', ')}`;
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
      ),
    ]);
  }
  return drawnPlan(read, plan, settings.given.get('labels') as ReadonlyMap<string, string> | undefined, settings);
}

function drawnPlan(
  summary: SummarySnapshot,
  plan: PlanSnapshot | undefined,
  labels: ReadonlyMap<string, string> | undefined,
  settings: ReturnType<typeof chartSettings>,
): string {
  const { width, size, palette } = settings;
  const details = plan === undefined ? undefined : detailsOf(summary, plan);
  const named = (id: string) => `${id} ${labels?.get(id) ?? ''}`.trim();
  const title = settings.title ?? plan?.title ?? 'Improvement plan by finding';
  const pad = size;
  const rowH = Math.round(size * 2.2);
  const gap = 3;
  const small = size * 0.9;
  const right = width - pad;
  const parts: string[] = [];
  const used = new Set<Rating>();

  // Title, then the plan as a whole: the day, the actions by RAG, the money, the moves of due dates.
  const titleSize = size * 1.3;
  let y = pad;
  const heading = paragraph(title, pad, y, right - pad, titleSize, { lines: 3, leading: 1.25, weight: 'bold' });
  parts.push(...heading.labels);
  y = heading.y;
  const byRag = new Map<Rating, number>();
  for (const { rag } of summary.rags) byRag.set(rag, (byRag.get(rag) ?? 0) + 1);
  const latest = summary.moneyChanges.slice(-3).reverse();
  const earlier = summary.moneyChanges.length - latest.length;
  const planDays =
    plan === undefined
      ? undefined
      : plan.actions.reduce(
          (sum, action) =>
            sum +
            action.moves
              .filter((move) => move.on <= summary.asOf)
              .reduce((days, move) => days + dayOf(move.to) - dayOf(move.from), 0),
          0,
        );
  const facts = [
    `As at ${summary.asOf}. ${countsOf(summary.rags.length, byRag)}.`,
    `Money committed: ${summary.moneyCommitted}${summary.moneyChanges.length === 0 ? '; no changes recorded.' : `; changes: ${latest.map((change) => `${change.on} ${change.actionId} ${change.from} to ${change.to}`).join('; ')}${earlier > 0 ? `; and ${earlier} earlier` : ''}.`}`,
    summary.reschedules === 0
      ? 'No due date has moved.'
      : `Due dates moved ${summary.reschedules} time${summary.reschedules === 1 ? '' : 's'} across ${summary.rescheduledActions} action${summary.rescheduledActions === 1 ? '' : 's'}${planDays === undefined ? '' : `, ${daysMoved(planDays)} in all`}.`,
  ];
  y += size * 0.4;
  for (const fact of facts) {
    const lines = paragraph(fact, pad, y, right - pad, size, { lines: 4, leading: 1.35, fill: '#333333' });
    parts.push(...lines.labels);
    y = lines.y;
  }

  // The findings: a row each. Columns where they fit; otherwise the details on a line below.
  const ratingW = Math.max(textWidth('Not rated', size), textWidth('Delivery', size)) + size;
  const dueW = textWidth('2020-03-31', size) + size;
  const findingW = Math.min(
    Math.max(textWidth('Finding', size), ...summary.findings.map((f) => textWidth(named(f.findingId), size))) + size,
    (width - 2 * pad) * 0.35,
  );
  const deliveryX = pad + findingW;
  const impactX = deliveryX + ratingW + 4;
  const dueX = impactX + ratingW + size;
  const detailX = dueX + dueW;
  const wide = right - detailX >= size * 14;
  const headerY = y + size * 2;
  const headings: [number, string][] = [
    [pad, clipped('Finding', findingW - size / 2, size)],
    [deliveryX, 'Delivery'],
    [impactX, 'Impact'],
  ];
  if (wide)
    headings.push([dueX, 'Next due'], [detailX, plan === undefined ? 'Actions' : 'Actions, and due dates moved']);
  for (const [x, heading] of headings)
    parts.push(label(x, headerY, clipped(heading, right - x, size), size, { weight: 'bold' }));
  y = headerY + size * 0.8;
  for (const finding of summary.findings) {
    const middle = y + rowH / 2 + size * 0.35;
    parts.push(label(pad, middle, clipped(named(finding.findingId), findingW - size / 2, size), size));
    for (const [x, rating] of [
      [deliveryX, finding.delivery],
      [impactX, finding.impact],
    ] as const) {
      const fill = palette[rating];
      used.add(rating);
      parts.push(element('rect', { x, y, width: ratingW, height: rowH, fill, stroke: '#ffffff' }));
      const words = RATING_WORDS[rating].find((word) => textWidth(word, size) <= ratingW - 6) ?? '';
      parts.push(label(x + ratingW / 2, middle, words, size, { anchor: 'middle', fill: textOn(fill) }));
    }
    const detail = details?.get(finding.findingId);
    const counted = countsOf(finding.actions, detail?.counts);
    const moved =
      detail === undefined
        ? ''
        : detail.moves === 0
          ? '; no due date moved'
          : `; moved ${detail.moves} time${detail.moves === 1 ? '' : 's'}, ${daysMoved(detail.days)}`;
    if (wide) {
      parts.push(label(dueX, middle, finding.nextDue ?? '–', size));
      parts.push(
        label(detailX, middle, clipped(`${counted}${moved}`, right - detailX, size), size, { fill: '#333333' }),
      );
      y += rowH + gap;
    } else {
      const lines = wrapped(
        `${finding.nextDue === undefined ? 'Nothing due' : `Next due ${finding.nextDue}`}. ${counted}${moved}.`,
        right - pad,
        small,
        3,
      );
      lines.forEach((line, index) => {
        parts.push(label(pad, y + rowH + small * (1.2 + index * 1.25), line, small, { fill: '#333333' }));
      });
      y += rowH + small * (0.6 + lines.length * 1.25) + gap;
    }
  }

  // The legend: only the RAGs drawn.
  const entries: [Rating, string][] = [
    ['red', 'Red: overdue, blocked or off track'],
    ['amber', 'Amber: due soon, at risk or slipping'],
    ['green', 'Green: on track, or delivered and awaiting evidence of impact'],
    ['blue', 'Blue: complete, or target met'],
    ['not-rated', 'Not rated: no action, or no reading yet'],
  ];
  let legendX = pad;
  y += size * 0.6;
  const lineH = size * 1.6;
  for (const [rating, words] of entries) {
    if (!used.has(rating)) continue;
    const lines = wrapped(words, right - pad - size * 1.3, size, 3);
    const needed = size * 1.3 + Math.max(...lines.map((line) => textWidth(line, size))) + size;
    if (lines.length > 1 || (legendX > pad && legendX + needed > right)) {
      if (legendX > pad) y += lineH;
      legendX = pad;
    }
    parts.push(element('rect', { x: legendX, y, width: size, height: size, fill: palette[rating], stroke: '#767676' }));
    lines.forEach((line, index) => {
      parts.push(label(legendX + size * 1.3, y + size * 0.85 + index * lineH, line, size));
    });
    y += (lines.length - 1) * lineH;
    legendX = lines.length > 1 ? right : legendX + needed;
  }
  const height = y + lineH + pad;
  const description = `${quoted(title)}. ${facts.join(' ')} Delivery and impact of ${summary.findings.length} finding${summary.findings.length === 1 ? '' : 's'}. ${summary.findings
    .map((finding) => {
      const label = labels?.get(finding.findingId);
      const detail = details?.get(finding.findingId);
      const moved =
        detail === undefined
          ? ''
          : detail.moves === 0
            ? '; no due date moved'
            : `; due dates moved ${detail.moves} time${detail.moves === 1 ? '' : 's'}, ${daysMoved(detail.days)}`;
      return `${quoted(finding.findingId, 60)}${label === undefined ? '' : ` (${quoted(label)})`}: delivery ${finding.delivery}, impact ${finding.impact}${finding.nextDue === undefined ? '' : `, next due ${finding.nextDue}`}; ${countsOf(finding.actions, detail?.counts)}${moved}.`;
    })
    .join(' ')}`;
  return svg(width, height, title, description, parts.join('\n'), settings.id);
}

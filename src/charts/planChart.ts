import { dateFieldProblem, listAt, type Path, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { checkOptions, objectOption, refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue } from '../check/values.js';
import type { Rag } from '../improvement/improvementAction.js';
import type { PlanSummary } from '../improvement/improvementPlan.js';
import { type Issue, issue } from '../result/result.js';
import { CHART_OPTIONS, type ChartOptions, settingsOf } from './chartOptions.js';
import { clipped, element, label, svg, textWidth } from './svg.js';

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

const LABELS_OPTION = {
  ...CHART_OPTIONS,
  labels: objectOption,
};

/** Checks what the chart reads of a plan summary, pushing issues at `summary`. */
function summaryIssues(issues: Issue[], value: unknown): void {
  const path: Path = ['summary'];
  const summary = recordAt(
    issues,
    value,
    path,
    'a plan summary (from summarisePlan)',
    Object.keys((value ?? {}) as object),
  );
  if (summary === undefined) return;
  placeAt(issues, path, 'asOf', dateFieldProblem(summary.asOf, 'asOf'));
  listAt(issues, summary.findings, [...path, 'findings'], 'findings')?.forEach((finding, index) => {
    const at = [...path, 'findings', index];
    const fields = recordAt(issues, finding, at, 'a finding’s progress', Object.keys((finding ?? {}) as object));
    if (fields === undefined) return;
    placeAt(issues, at, 'findingId', textFieldProblem(fields.findingId, 'findingId'));
    placeAt(issues, at, 'reason', textFieldProblem(fields.reason, 'reason'));
    for (const key of ['delivery', 'impact'] as const) {
      if (!RATINGS.includes(fields[key] as Rating)) {
        issues.push(
          issue(
            [...at, key],
            fields[key] === undefined ? 'missing' : 'invalid-value',
            `${key} must be ${RATINGS.join(', ')}, got ${describeValue(fields[key])}: chart a summary from summarisePlan.`,
          ),
        );
      }
    }
    if (fields.nextDue !== undefined) placeAt(issues, at, 'nextDue', dateFieldProblem(fields.nextDue, 'nextDue'));
  });
}

/**
 * A plan's progress by finding, as SVG text: for each finding, its delivery RAG (its
 * actions) and its impact RAG (its measures) side by side, each in words as well as
 * colour, with its next due date and its progress in words. Accessible (`role="img"`, a
 * title, and a description that says what the picture shows), in a palette readable with
 * colour blindness, and the same bytes for the same input. Throws `OfstedIlacsError`:
 * `invalid-argument` for a value that is not a plan summary, `invalid-option` for
 * options it does not have.
 *
 * @example
 * ```ts
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { planChart } from 'ofsted-ilacs/charts';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * const labels = Object.fromEntries(HULL_PLAN.findings.map((finding) => [finding.id, finding.area]));
 * console.log(planChart(summary, { labels }).includes('role="img"')); // true
 * ```
 *
 * @category Charts
 */
export function planChart(summary: PlanSummary, options?: PlanChartOptions): string {
  const issues: Issue[] = [];
  try {
    summaryIssues(issues, summary);
  } catch {
    issues.push(unreadable(['summary']));
  }
  if (issues.length > 0) throw refusal('invalid-argument', 'planChart', issues);
  checkOptions('planChart', options, LABELS_OPTION);
  const { width, size, palette } = settingsOf(options);
  const labels = options?.labels ?? {};
  const title = options?.title ?? `Improvement plan by finding, as at ${summary.asOf}`;
  const pad = size;
  const rowH = Math.round(size * 2.2);
  const gap = 3;
  const ratingW = Math.max(textWidth('Not rated', size), textWidth('Delivery', size)) + size;
  const dueW = textWidth('2020-03-31', size) + size;
  const findingW = Math.min(
    Math.max(
      textWidth('Finding', size),
      ...summary.findings.map((f) => textWidth(`${f.findingId} ${labels[f.findingId] ?? ''}`, size)),
    ) + size,
    (width - 2 * pad) * 0.35,
  );
  // Finding, delivery and impact always; the next due date and the progress in words where they fit.
  const deliveryX = pad + findingW;
  const impactX = deliveryX + ratingW + 4;
  const dueX = impactX + ratingW + size;
  const showDue = dueX + dueW <= width - pad;
  const progressX = dueX + dueW;
  const progressW = width - pad - progressX;
  const showProgress = showDue && progressW >= size * 6;
  const parts: string[] = [];
  const titleY = pad + size * 1.2;
  parts.push(label(pad, titleY, clipped(title, width - 2 * pad, size * 1.3, true), size * 1.3, { weight: 'bold' }));
  const headerY = titleY + size * 2;
  const headings: [number, string][] = [
    [pad, clipped('Finding', findingW - size / 2, size)],
    [deliveryX, 'Delivery'],
    [impactX, 'Impact'],
  ];
  if (showDue) headings.push([dueX, 'Next due']);
  if (showProgress) headings.push([progressX, 'Progress']);
  for (const [x, heading] of headings) parts.push(label(x, headerY, heading, size, { weight: 'bold' }));
  const rowsY = headerY + size * 0.8;
  summary.findings.forEach((finding, index) => {
    const y = rowsY + index * (rowH + gap);
    const middle = y + rowH / 2 + size * 0.35;
    const named = `${finding.findingId} ${labels[finding.findingId] ?? ''}`.trim();
    parts.push(label(pad, middle, clipped(named, findingW - size / 2, size), size));
    for (const [x, rating] of [
      [deliveryX, finding.delivery],
      [impactX, finding.impact],
    ] as const) {
      parts.push(element('rect', { x, y, width: ratingW, height: rowH, fill: palette[rating], stroke: '#ffffff' }));
      const words = RATING_WORDS[rating].find((word) => textWidth(word, size) <= ratingW - 6) ?? '';
      parts.push(label(x + ratingW / 2, middle, words, size, { anchor: 'middle', fill: '#000000' }));
    }
    if (showDue) parts.push(label(dueX, middle, finding.nextDue ?? '–', size));
    if (showProgress) {
      parts.push(label(progressX, middle, clipped(finding.reason, progressW, size), size, { fill: '#333333' }));
    }
  });
  const legendY = rowsY + summary.findings.length * (rowH + gap) + size;
  let legendX = pad;
  let line = 0;
  const entries: [Rating, string][] = [
    ['red', 'Red: overdue, blocked, or off track'],
    ['amber', 'Amber: due soon or at risk, or slipping'],
    ['green', 'Green: on track'],
    ['blue', 'Blue: complete, or target met'],
    ['not-rated', 'Not rated'],
  ];
  for (const [rating, words] of entries) {
    const needed = size * 1.3 + textWidth(words, size) + size;
    if (legendX + needed > width - pad && legendX > pad) {
      line += 1;
      legendX = pad;
    }
    const y = legendY + line * size * 1.6;
    parts.push(element('rect', { x: legendX, y, width: size, height: size, fill: palette[rating], stroke: '#767676' }));
    parts.push(
      label(legendX + size * 1.3, y + size * 0.85, clipped(words, width - pad - legendX - size * 1.3, size), size),
    );
    legendX += needed;
  }
  const height = legendY + (line + 1) * size * 1.6 + pad;
  const description = `Delivery and impact of ${summary.findings.length} finding${summary.findings.length === 1 ? '' : 's'} as at ${summary.asOf}. ${summary.findings
    .map(
      (finding) =>
        `${finding.findingId}${labels[finding.findingId] ? ` (${labels[finding.findingId]})` : ''}: delivery ${finding.delivery}, impact ${finding.impact}${finding.nextDue ? `, next due ${finding.nextDue}` : ''}; ${finding.reason}`,
    )
    .join(' ')}`;
  return svg(width, height, title, description, parts.join('\n'));
}

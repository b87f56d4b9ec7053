import { readOptions } from '../check/options.js';
import { definedFrameworkOf, frameworksProblem } from '../defined/behaviour.js';
import type { DefinedArea, DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { Scale } from '../defined/defineScale.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { AREA_SEND_OUTCOMES } from '../inspection/areaSendOutcomes.js';
import { type AnyEvent, isBuiltInGraded, type KnownFrameworks } from '../inspection/eventIssues.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import {
  eventStart,
  type GradedInspection,
  isGradedInspection,
  isVisit,
  type Visit,
} from '../inspection/inspectionEvent.js';
import { type InspectionHistory, readHistory } from '../inspection/inspectionHistory.js';
import { areaCells, frameworkWords, frozenRows, gradeWords, OUTCOME_HEADERS } from './rowText.js';

/**
 * The headers of {@link historyRows}' rows, in order: pick from them to print fewer
 * columns. The grade columns are those of `COMPARISON_HEADERS`. Frozen.
 *
 * @example
 * ```ts
 * import { HISTORY_HEADERS } from 'ofsted-ilacs/tables';
 *
 * console.log(HISTORY_HEADERS.slice(0, 4)); // ['Date', 'Event', 'Days on site', 'Published']
 * ```
 *
 * @category Writing tables
 */
export const HISTORY_HEADERS = /* @__PURE__ */ Object.freeze([
  'Date',
  'Event',
  'Days on site',
  'Published',
  ...OUTCOME_HEADERS,
  'Council inspected',
  'Note',
] as const);

/**
 * One row of {@link historyRows}: text under each of `HISTORY_HEADERS`.
 *
 * @example
 * ```ts
 * import { type HistoryRow, historyRows } from 'ofsted-ilacs/tables';
 * import { HULL_HISTORY } from 'ofsted-ilacs/testing';
 *
 * const first: HistoryRow | undefined = historyRows(HULL_HISTORY)[0];
 * console.log(first?.Date, first?.Event, first?.['Days on site']); // '2014-11-18' 'Standard inspection' '2014-11-18 to 2014-12-10'
 * ```
 *
 * @category Writing tables
 */
export type HistoryRow = Readonly<Record<(typeof HISTORY_HEADERS)[number], string>>;

/** A kind's words with a capital. */
function kindWords(event: AnyEvent): string {
  const words = EVENT_KINDS[event.kind].words;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** What happened, in words: the kind, and a visit's theme or an intervention's scope and power. */
function eventWords(event: AnyEvent): string {
  const kind = kindWords(event);
  switch (event.kind) {
    case 'standard-inspection':
    case 'short-inspection':
    case 'graded-inspection':
      return kind;
    case 'focused-visit':
    case 'joint-targeted-area-inspection':
      return `${kind}: ${event.theme}`;
    case 'monitoring-visit':
      return `${kind}${event.sequence === undefined ? '' : ` ${event.sequence}`}: ${event.theme}`;
    case 'area-send-inspection':
      return `${kind}: ${AREA_SEND_OUTCOMES.labels[event.outcome]}`;
    case 'area-send-monitoring':
      return kind;
    case 'improvement-notice-issued':
    case 'improvement-notice-lifted':
    case 'statutory-direction-issued':
    case 'statutory-direction-revoked': {
      const about = event.scope === 'send' ? ', about SEND' : '';
      return `${kind}${about}${event.legalBasis === undefined ? '' : ` (${event.legalBasis})`}`;
    }
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

/** A visit's days on site as its source gives them: both, the first only, or none published. */
function daysWords(visit: Visit): string {
  const { onSite } = visit;
  if (onSite === undefined) return 'not published';
  if (onSite.end === undefined) return `from ${onSite.start}`;
  return onSite.end === onSite.start ? onSite.start : `${onSite.start} to ${onSite.end}`;
}

/** The headers of the four area columns (`AREA_ROWS`' order), where a caller's area of the same title goes too. */
const AREA_HEADERS: readonly string[] = /* @__PURE__ */ AREA_ROWS.map((row) => row.label);

/** The headers no caller's area may take: every one of `HISTORY_HEADERS` but the area columns. */
const FIXED_HEADERS: readonly string[] = /* @__PURE__ */ HISTORY_HEADERS.filter(
  (header) => !AREA_HEADERS.includes(header),
);

/**
 * Where the areas of the caller's frameworks go: the columns added for them, in the order
 * their frameworks' inspections first come in the history, and each framework's area
 * columns in its areas' order.
 */
interface Layout {
  readonly added: readonly string[];
  readonly columns: ReadonlyMap<DefinedFramework, readonly string[]>;
}

/**
 * The column of a caller's area: its title; where the title names a column that is not an
 * area's (Date, Overall, Note...) or the column of an earlier area of its framework, the
 * title with the area's id ("Overall (overallPractice)").
 */
function areaHeader(area: DefinedArea, taken: readonly string[]): string {
  return FIXED_HEADERS.includes(area.title) || taken.includes(area.title) ? `${area.title} (${area.id})` : area.title;
}

/** The caller's framework a graded inspection is under, if it is under one. */
function definedOf(event: AnyEvent, frameworks: KnownFrameworks): DefinedFramework | undefined {
  if (!isGradedInspection(event) || isBuiltInGraded(event)) return undefined;
  return definedFrameworkOf(frameworks, event.outcome.framework);
}

/** The columns of the caller's areas in a history: an area takes the column of its title, one of the four where it matches. */
function layoutOf(events: readonly AnyEvent[], frameworks: KnownFrameworks): Layout {
  const added: string[] = [];
  const columns = new Map<DefinedFramework, readonly string[]>();
  for (const event of events) {
    const framework = definedOf(event, frameworks);
    if (framework === undefined || columns.has(framework)) continue;
    const own: string[] = [];
    for (const area of framework.areas) own.push(areaHeader(area, own));
    for (const header of own) if (!AREA_HEADERS.includes(header) && !added.includes(header)) added.push(header);
    columns.set(framework, own);
  }
  return { added, columns };
}

/** A grade on a caller's scale in its label; "Not judged"; blank for none. */
function labelOf(scale: Scale, grade: unknown): string {
  if (grade === 'not-judged') return 'Not judged';
  return typeof grade === 'string' ? ((scale.labels as Readonly<Record<string, string>>)[grade] ?? '') : '';
}

/** A graded outcome under a built-in framework: its framework and grades in Ofsted's printed words. */
function builtInGrades(cells: Map<string, string>, inspection: GradedInspection): void {
  const { framework, judgements } = inspection.outcome as { framework: FrameworkId; judgements: object };
  const awardedOverall = 'awardedOverall' in inspection.outcome ? inspection.outcome.awardedOverall : undefined;
  cells.set('Framework', frameworkWords(framework));
  cells.set('Overall', gradeWords(awardedOverall, framework));
  areaCells(framework, new Map(Object.entries(judgements))).forEach((cell, index) => {
    cells.set(AREA_HEADERS[index] as string, cell);
  });
}

/** A graded outcome under a caller's framework: its title, and each grade by its scale's label in its area's column. */
function definedGrades(
  cells: Map<string, string>,
  framework: DefinedFramework,
  outcome: DefinedOutcome,
  layout: Layout,
): void {
  const judgements = outcome.judgements as Readonly<Record<string, unknown>>;
  const columns = layout.columns.get(framework) ?? [];
  cells.set('Framework', framework.title);
  cells.set('Overall', labelOf(framework.scale, outcome.awardedOverall));
  framework.areas.forEach((area, index) => {
    cells.set(columns[index] as string, labelOf(framework.scale, judgements[area.id]));
  });
}

/** An event's cells, by header; a header it has nothing under is left out (blank). */
function cellsOf(event: AnyEvent, frameworks: KnownFrameworks, layout: Layout): ReadonlyMap<string, string> {
  const cells = new Map<string, string>([
    ['Date', eventStart(event)],
    ['Event', eventWords(event)],
    ['Note', event.note ?? ''],
  ]);
  if (!isVisit(event)) return cells;
  cells.set('Days on site', daysWords(event as Visit));
  cells.set('Published', event.published ?? '');
  if (!isGradedInspection(event)) return cells;
  cells.set('Council inspected', event.predecessor?.name ?? '');
  const framework = definedOf(event, frameworks);
  if (framework === undefined) builtInGrades(cells, event as GradedInspection);
  else definedGrades(cells, framework, event.outcome as DefinedOutcome, layout);
  return cells;
}

/**
 * An authority's inspection history as plain rows a board paper prints: objects of header
 * (`HISTORY_HEADERS`) to text, one per event, oldest first, as the history orders them.
 * Each row gives the event's date (its first day on site; where no day on site was
 * published, as for SIF inspections in Ofsted's data, its publication; an intervention's
 * date), what it was in words ("Standard inspection", "Monitoring visit 2: children in
 * care", "Statutory direction issued (Education Act 1996 s.497A)", an area SEND
 * inspection with its outcome in Ofsted's words, which are not ILACS grades and so stand
 * in no grade column), its days on site as
 * its source gives them ("2019-01-14 to 2019-01-25", "from 2022-11-14", or "not
 * published"), its publication, and for a graded inspection its framework and grades in
 * Ofsted's printed words for that framework, each area in a column by what it holds
 * (`AREA_ROWS`); the council inspected where it is a predecessor (Northamptonshire, in
 * North Northamptonshire's history), blank for the authority's own; and the event's note.
 * Dates are `YYYY-MM-DD`; a cell with nothing to say is blank (`''`).
 *
 * The rows are data only: for a history built from records (`authorityHistory`), print
 * its `coverage` (the data's date, its sources, the kinds of event it holds) beside the
 * table.
 *
 * With `frameworks` (made by `defineFramework`), a graded inspection under one of them is
 * checked by it and kept: its row gives the framework's title, its overall grade and each
 * area's grade by the scale's label ("Strong standard"; "Not judged"), each area in the
 * column of its title. An area titled like one of the four area columns ("Leaders",
 * "Care leavers") takes that column; any other gets a column of its own, after "Care
 * leavers" and before "Council inspected", in the order the frameworks' inspections first
 * come; a title that names another column ("Note") or an earlier area of its framework
 * is followed by the area's id ("Note (note)"). Every row has every column, blank where
 * it has nothing. A history with no inspection under a framework of yours gives the rows
 * it gives without the option. Without `frameworks`, such an inspection is refused
 * (`unknown-framework`), with a hint to pass it.
 *
 * Reads `history` and the options once, into copies of its own, checks the copy by the
 * rules of `findHistoryIssues`, and never changes or freezes what it is given; the rows
 * and their list are frozen. Throws `OfstedIlacsError` (`invalid-history`) for a history
 * that cannot be read or breaks the rules, with each issue's path, and (`invalid-option`)
 * for options it cannot read.
 *
 * @example
 * ```ts
 * import { historyRows } from 'ofsted-ilacs/tables';
 * import { authorityHistory } from 'ofsted-ilacs/outcomes';
 *
 * const north = authorityHistory('North Northamptonshire', { includePredecessors: true });
 * if (north.ok) {
 *   for (const row of historyRows(north.value)) {
 *     console.log(row.Date, row['Days on site'], row.Overall, row['Council inspected']);
 *   }
 *   // '2016-04-27' 'not published' 'Requires improvement' 'Northamptonshire'
 *   // '2019-06-17' 'from 2019-06-17' 'Inadequate' 'Northamptonshire'
 *   // '2022-10-03' 'from 2022-10-03' 'Requires improvement to be good' ''
 *   console.log(`As at ${north.value.coverage?.asOf}`);
 * }
 * ```
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, defineFramework, defineScale } from 'ofsted-ilacs';
 * import { historyRows } from 'ofsted-ilacs/tables';
 *
 * const scale = defineScale({
 *   id: 'report-card-5',
 *   grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
 *   labels: { exceptional: 'Exceptional', strong: 'Strong standard', expected: 'Expected standard', 'needs-attention': 'Needs attention', 'urgent-improvement': 'Urgent improvement' },
 * });
 * const review = defineFramework({
 *   id: 'peer-review-2027',
 *   title: 'Peer review 2027',
 *   scale,
 *   inForce: { from: '2027-01-01' },
 *   areas: [{ id: 'leaders', title: 'Leaders', role: 'leadership' }, { id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: true },
 * });
 * const history = createInspectionHistory(
 *   { name: 'Example' },
 *   [
 *     {
 *       kind: 'graded-inspection',
 *       onSite: { start: calendarDate('2027-03-01'), end: calendarDate('2027-03-05') },
 *       outcome: { framework: 'peer-review-2027', judgements: { leaders: 'strong', frontDoor: 'needs-attention' }, awardedOverall: 'expected' },
 *     },
 *   ],
 *   { frameworks: [review] },
 * );
 * if (history.ok) {
 *   const [row] = historyRows(history.value, { frameworks: [review] });
 *   console.log(row?.Framework, row?.Overall, row?.Leaders, row?.['The front door']);
 *   // 'Peer review 2027' 'Expected standard' 'Strong standard' 'Needs attention'
 *   console.log(Object.keys(row ?? {}).slice(-3)); // ['The front door', 'Council inspected', 'Note']
 * }
 * ```
 *
 * @category Writing tables
 */
export function historyRows<const F extends DefinedFramework>(
  history: InspectionHistory<FrameworkId | F>,
  options: { readonly frameworks: readonly F[] },
): readonly (HistoryRow & Readonly<Record<string, string>>)[];
export function historyRows(
  history: InspectionHistory,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly HistoryRow[];
export function historyRows(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly Readonly<Record<string, string>>[] {
  const { frameworks } = readOptions('historyRows', options, FRAMEWORKS_OPTION);
  const { events } = readHistory('historyRows', history, frameworks);
  const layout = layoutOf(events, frameworks);
  const headers = [
    ...HISTORY_HEADERS.filter((header) => !LAST_HEADERS.includes(header)),
    ...layout.added,
    ...LAST_HEADERS,
  ];
  return frozenRows(
    headers,
    events.map((event) => {
      const cells = cellsOf(event, frameworks, layout);
      return headers.map((header) => cells.get(header) ?? '');
    }),
  );
}

/** The headers that stay last, after the columns of the caller's areas. */
const LAST_HEADERS: readonly string[] = ['Council inspected', 'Note'] satisfies (typeof HISTORY_HEADERS)[number][];

/** The one option of historyRows: the caller's frameworks. */
const FRAMEWORKS_OPTION = { frameworks: frameworksProblem };

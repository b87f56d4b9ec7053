import { readCopy } from '../check/snapshot.js';
import { AREA_SEND_OUTCOMES } from '../inspection/areaSendOutcomes.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import { eventStart, type GradedInspection, type InspectionEvent, type Visit } from '../inspection/inspectionEvent.js';
import { checkHistory, type InspectionHistory } from '../inspection/inspectionHistory.js';
import { areaCells, type Cells, frameworkWords, frozenRows, gradeWords, OUTCOME_HEADERS } from './rowText.js';

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
function kindWords(event: InspectionEvent): string {
  const words = EVENT_KINDS[event.kind].words;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** What happened, in words: the kind, and a visit's theme or an intervention's scope and power. */
function eventWords(event: InspectionEvent): string {
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

function cellsOf(event: InspectionEvent): Cells {
  const date = eventStart(event);
  const note = event.note ?? '';
  if (!EVENT_KINDS[event.kind].visit) {
    return [date, eventWords(event), '', '', '', '', '', '', '', '', '', note];
  }
  const visit = event as Visit;
  const published = visit.published ?? '';
  if (!EVENT_KINDS[event.kind].graded) {
    return [date, eventWords(event), daysWords(visit), published, '', '', '', '', '', '', '', note];
  }
  const graded = visit as GradedInspection;
  const { framework, judgements, awardedOverall } = graded.outcome as {
    framework: Parameters<typeof frameworkWords>[0];
    judgements: Readonly<Record<string, unknown>>;
    awardedOverall?: unknown;
  };
  return [
    date,
    eventWords(event),
    daysWords(visit),
    published,
    frameworkWords(framework),
    gradeWords(awardedOverall, framework),
    ...areaCells(framework, new Map(Object.entries(judgements))),
    graded.predecessor?.name ?? '',
    note,
  ];
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
 * Reads `history` once, into a copy of its own, checks the copy by the rules of
 * `findHistoryIssues`, and never changes or freezes what it is given; the rows and their
 * list are frozen. Throws `OfstedIlacsError` (`invalid-history`) for a history that
 * cannot be read or breaks the rules, with each issue's path.
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
 * @category Writing tables
 */
export function historyRows(history: InspectionHistory): readonly HistoryRow[] {
  const copy = readCopy('historyRows', 'history', history, 'invalid-history');
  checkHistory('historyRows', copy);
  return frozenRows(HISTORY_HEADERS, copy.events.map(cellsOf));
}

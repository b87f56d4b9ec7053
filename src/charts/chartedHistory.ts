import type { CalendarDate } from '../calendar/calendarDate.js';
import { refusal } from '../check/options.js';
import { definedFrameworkOf } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import { type GradedInspection, type InspectionEvent, isGradedInspection } from '../inspection/inspectionEvent.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import { issue } from '../result/result.js';
import type { AnyHistory, ChartCell, ChartedHistory, NotInData, Placed } from './chartedTypes.js';
import { definedTable } from './definedGrades.js';
import { ROW_WORDS } from './historyDrawing.js';
import { VISIT_KINDS } from './historyVisits.js';
import { bandsOf } from './interventionBands.js';

/** A graded inspection placed on the time axis, its cells yet to be filled. */
function placed(
  inspection: GradedInspection<FrameworkId | DefinedFramework>,
  frameworks: readonly DefinedFramework[] | undefined,
): Placed {
  const start = inspection.onSite?.start;
  return {
    inspection,
    date: start ?? (inspection.published as CalendarDate),
    daysKnown: start !== undefined,
    predecessor: inspection.predecessor?.name,
    framework: definedFrameworkOf(frameworks, inspection.outcome.framework),
    cells: [],
  };
}

/** A built-in inspection's cells: overall where awarded, then each of `AREA_ROWS`. */
function builtInCells({ inspection }: Placed): ChartCell[] {
  return gradesOf(inspection as GradedInspection).map((grade) => (grade === 'none' ? undefined : grade));
}

/**
 * The grade of each row at an inspection: overall (awarded, or `none`), then each area
 * row's (undefined: not judged on its own).
 *
 * @internal
 */
export function gradesOf(inspection: GradedInspection): (AreaJudgement | undefined | 'none')[] {
  const { outcome } = inspection;
  const judgements = outcome.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
  const awarded = 'awardedOverall' in outcome ? outcome.awardedOverall : undefined;
  return [
    awarded ?? 'none',
    ...AREA_ROWS.map((row) => {
      const id = row.areas[outcome.framework as FrameworkId];
      return id === undefined || !Object.hasOwn(judgements, id) ? undefined : judgements[id];
    }),
  ];
}

/** The kinds of event that start or end a DfE intervention. */
const INTERVENTION_KINDS = (Object.keys(EVENT_KINDS) as InspectionEvent['kind'][]).filter(
  (kind) => EVENT_KINDS[kind].measure !== undefined,
);

/** Which kinds the history's data leaves out, from its coverage (a history without one leaves out nothing). */
function notInData(history: AnyHistory): NotInData {
  const kinds = history.coverage?.kinds;
  if (kinds === undefined) return { visits: undefined, interventions: undefined };
  const missingVisits = VISIT_KINDS.filter((kind) => !kinds.includes(kind));
  const missingInterventions = INTERVENTION_KINDS.filter((kind) => !kinds.includes(kind));
  return {
    visits:
      missingVisits.length === 0
        ? undefined
        : missingVisits.length === VISIT_KINDS.length
          ? 'Visits are not in this data'
          : `${missingVisits.map((kind) => `${EVENT_KINDS[kind].words}s`).join(' and ')} are not in this data`,
    interventions:
      missingInterventions.length === 0
        ? undefined
        : missingInterventions.length === INTERVENTION_KINDS.length
          ? 'DfE interventions are not in this data'
          : `DfE interventions are only partly in this data (not: ${missingInterventions.map((kind) => EVENT_KINDS[kind].words).join(', ')})`,
  };
}

/**
 * A checked history, read for the chart: an inspection under one of `frameworks` is
 * charted in rows of its framework's areas. Throws `OfstedIlacsError` (`invalid-history`)
 * where it has no graded inspection.
 *
 * @internal
 */
export function chartedHistory(history: AnyHistory, frameworks?: readonly DefinedFramework[]): ChartedHistory {
  const found = history.events.filter(isGradedInspection).map((inspection) => placed(inspection, frameworks));
  if (found.length === 0) {
    throw refusal('invalid-history', 'judgementHistoryChart', [
      issue(
        ['history', 'events'],
        'missing',
        'The history has no graded inspection to chart: add its standard or short inspections.',
        { field: 'history.events', rule: 'graded-inspection' },
      ),
    ]);
  }
  const table = found.some((one) => one.framework !== undefined)
    ? definedTable(found, ROW_WORDS, builtInCells)
    : { rows: ROW_WORDS, cells: builtInCells };
  const inspections = found.map((one) => ({ ...one, cells: table.cells(one) }));
  return { history, inspections, rows: table.rows, bands: bandsOf(history.events), missing: notInData(history) };
}

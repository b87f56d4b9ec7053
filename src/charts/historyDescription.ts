import { EVENT_KINDS } from '../inspection/eventKinds.js';
import type { GradedInspection } from '../inspection/inspectionEvent.js';
import { eventStart } from '../inspection/inspectionEvent.js';
import { gradesOf } from './chartedHistory.js';
import type { ChartedHistory, Placed } from './chartedTypes.js';
import { monthOf } from './dateWords.js';
import { definedSentence } from './definedGrades.js';
import { said, saidByArea } from './grades.js';
import { markedVisits } from './historyVisits.js';
import type { Band } from './interventionBands.js';

/** An inspection as the description says it, numbered as its mark. */
function inspectionSentence(placed: Placed, index: number): string {
  const { inspection, date, daysKnown, predecessor } = placed;
  const when = daysKnown ? monthOf(date) : `published ${monthOf(date)} (days on site not published)`;
  const kind = EVENT_KINDS[inspection.kind].words;
  if (placed.framework !== undefined) return definedSentence(placed, index + 1, when, kind);
  const [overall, ...areas] = gradesOf(inspection as GradedInspection);
  return `${index + 1}. ${when}, ${kind}${predecessor === undefined ? '' : ` of ${predecessor}, a predecessor council`} under ${inspection.outcome.framework}: overall ${said(overall, 'not awarded')}; ${saidByArea(areas, 'not judged on its own')}.`;
}

/** A period of intervention as the description says it. */
function bandSentence(band: Band): string {
  return `${band.regime === 'improvement-notice' ? 'An improvement notice' : 'A statutory direction'} was in force from ${band.from}${band.to === undefined ? ', still in force at the end of the data' : ` to ${band.to}`}.`;
}

/** What the history chart says, for those who cannot see it. @internal */
export function describedHistory({ history, inspections, bands, missing }: ChartedHistory): string {
  const sentences = inspections.map(inspectionSentence);
  if (missing.interventions !== undefined) sentences.push(`${missing.interventions}.`);
  sentences.push(...bands.map(bandSentence));
  if (missing.visits !== undefined) sentences.push(`${missing.visits}.`);
  const visits = markedVisits(history);
  if (visits.length > 0) {
    sentences.push(
      `Visits: ${visits.map((visit) => `${EVENT_KINDS[visit.kind].words} ${eventStart(visit)}`).join('; ')}.`,
    );
  }
  const coverage = history.coverage;
  if (coverage !== undefined) sentences.push(`Data as at ${coverage.asOf}; sources: ${coverage.sources.join('; ')}.`);
  return `${history.authority.name}'s graded inspections, oldest first. ${sentences.join(' ')}`;
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { eventStart } from '../inspection/inspectionEvent.js';
import { rowMiddle } from './chartLayout.js';
import { type HistoryDrawing, LANE_WORDS, rowLabel } from './historyDrawing.js';
import { markedVisits, VISIT_MARKS } from './historyVisits.js';
import type { Band, Regime } from './interventionBands.js';
import { type LabelPlace, type MarkLabel, placeLabels } from './labelPlacement.js';
import { textOn } from './palette.js';
import { clipped, element, label, textWidth } from './svg.js';

/** The words for a regime in its band, longest first: the first that fits is used. */
const REGIME_WORDS: Readonly<Record<Regime, readonly string[]>> = {
  'improvement-notice': ['Improvement notice', 'Notice', 'IN'],
  'statutory-direction': ['Statutory direction', 'Direction', 'SD'],
};

/** The history chart's drawing with its time axis: the years it spans, and where a date falls across the plot. */
interface Timeline extends HistoryDrawing {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly x: (date: CalendarDate) => number;
}

/** The time axis of a drawing: whole years, from the year of the history's first event to that of its last. */
function timelineOf(drawing: HistoryDrawing): Timeline {
  const { history, left, right } = drawing;
  const dated = history.events.map(eventStart);
  const firstYear = Number((dated[0] as string).slice(0, 4));
  const lastYear = Number((dated.at(-1) as string).slice(0, 4));
  const from = dayOf(`${firstYear}-01-01` as CalendarDate);
  const to = dayOf(`${lastYear}-12-31` as CalendarDate) + 1;
  const x = (date: CalendarDate) => left + ((dayOf(date) - from) / (to - from)) * (right - left);
  return { ...drawing, firstYear, lastYear, x };
}

/** Years along the top at `axisY`, as many named as fit; returns the top of the inspections' lane. */
function yearAxis({ firstYear, lastYear, x, left, right, size, parts }: Timeline, axisY: number): number {
  const perYear = (right - left) / (lastYear - firstYear + 1);
  const every = Math.max(1, Math.ceil((textWidth('2026', size) + size) / perYear));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const at = x(`${year}-01-01` as CalendarDate);
    parts.push(element('line', { x1: at, y1: axisY + 4, x2: at, y2: axisY + 8, stroke: '#767676' }));
    if ((year - firstYear) % every === 0 && at + 2 + textWidth(String(year), size) <= right) {
      parts.push(label(at + 2, axisY, String(year), size, { fill: '#555555' }));
    }
  }
  parts.push(element('line', { x1: left, y1: axisY + 8, x2: right, y2: axisY + 8, stroke: '#767676' }));
  return axisY + 8 + size * 1.1;
}

/**
 * Graded inspections: a mark on the day each began (hollow where only its publication is
 * known), numbered. Returns the top of the intervention lane.
 */
function inspectionMarks(timeline: Timeline, marksY: number): number {
  const { inspections, x, size, small, parts, used } = timeline;
  const numbers = placeLabels(
    inspections.map(({ date }, index) => ({ at: x(date), width: textWidth(String(index + 1), small, true) })),
    timeline,
    2,
  );
  inspections.forEach(({ date, daysKnown }, index) => {
    const at = x(date);
    const { x: textX, line } = numbers[index] as LabelPlace;
    parts.push(
      element('path', {
        d: `M${at - 5} ${marksY - 6}L${at + 5} ${marksY - 6}L${at} ${marksY + 3}Z`,
        fill: daysKnown ? '#1a1a1a' : '#ffffff',
        stroke: '#1a1a1a',
        'stroke-width': 1.5,
      }),
      label(textX, marksY + small * (1.5 + line * 1.05), String(index + 1), small, {
        anchor: 'middle',
        weight: 'bold',
      }),
    );
    used.add(daysKnown ? 'inspection' : 'published');
  });
  rowLabel(timeline, LANE_WORDS.inspections, marksY + size * 0.35);
  return marksY + small * 3.4;
}

/** A band's words set below the lane, where the band is too narrow to hold them. */
interface BandLabel extends MarkLabel {
  readonly words: string;
}

/** A period of intervention as a band, labelled inside; returns its label to set below where it is too narrow. */
function interventionBand(timeline: Timeline, band: Band, laneY: number): BandLabel | undefined {
  const { x, left, right, rowH, size, small, palette, parts, used } = timeline;
  const bandLeft = Math.max(left, x(band.from));
  const bandRight = band.to === undefined ? right : Math.min(right, x(band.to));
  const bandW = Math.max(1, bandRight - bandLeft);
  const fill = palette[band.regime];
  parts.push(
    element('rect', { x: bandLeft, y: laneY, width: bandW, height: rowH, fill, stroke: '#5a5a5a', 'stroke-width': 1 }),
  );
  used.add(band.regime);
  const words = REGIME_WORDS[band.regime].find((word) => textWidth(word, size) <= bandW - 6);
  if (words !== undefined) {
    parts.push(label(bandLeft + 3, rowMiddle(timeline, laneY), words, size, { fill: textOn(fill) }));
    return undefined;
  }
  const key = REGIME_WORDS[band.regime].at(-1) as string;
  return { at: (bandLeft + bandRight) / 2, width: textWidth(key, small), words: key };
}

/** A note, in a lane, that its kinds of event are not in the data. */
function missingNote({ left, right, small, parts }: Timeline, words: string, y: number): void {
  parts.push(label(left + 3, y, clipped(`${words}.`, right - left - 6, small), small, { fill: '#555555' }));
}

/**
 * DfE intervention periods, each labelled inside its band, or below it where it is too
 * narrow. Returns the top of the visits' lane.
 */
function interventionLane(timeline: Timeline, laneY: number): number {
  const { bands, missing, rowH, size, small, parts } = timeline;
  const below: BandLabel[] = [];
  for (const band of bands) {
    const outside = interventionBand(timeline, band, laneY);
    if (outside !== undefined) below.push(outside);
  }
  placeLabels(below, timeline, 1).forEach(({ x: textX }, index) => {
    parts.push(
      label(textX, laneY + rowH + small * 1.1, (below[index] as BandLabel).words, small, { anchor: 'middle' }),
    );
  });
  if (missing.interventions !== undefined) {
    missingNote(
      timeline,
      missing.interventions,
      laneY + (bands.length > 0 ? rowH + small * 2.3 : rowH / 2 + size * 0.35),
    );
  }
  rowLabel(timeline, LANE_WORDS.interventions, rowMiddle(timeline, laneY));
  return laneY + rowH + small * (missing.interventions !== undefined && bands.length > 0 ? 3.6 : 1.6);
}

/** Visits: a mark on the day each began, named on the first of two lines with room. Returns the top of the grades. */
function visitLane(timeline: Timeline, visitsY: number): number {
  const { history, missing, x, size, small, parts, used } = timeline;
  const visits = markedVisits(history);
  const names = placeLabels(
    visits.map((visit) => ({ at: x(eventStart(visit)), width: textWidth(VISIT_MARKS[visit.kind], small) })),
    timeline,
    2,
  );
  const markY = visitsY + size * 0.6;
  visits.forEach((visit, index) => {
    const at = x(eventStart(visit));
    const { x: textX, line } = names[index] as LabelPlace;
    parts.push(
      element('path', {
        d: `M${at} ${markY - 5}L${at + 5} ${markY}L${at} ${markY + 5}L${at - 5} ${markY}Z`,
        fill: '#1a1a1a',
      }),
      label(textX, markY + size * (1.5 + line * 1.05), VISIT_MARKS[visit.kind], small, { anchor: 'middle' }),
    );
    used.add(visit.kind);
  });
  if (missing.visits !== undefined) {
    missingNote(timeline, missing.visits, markY + size * (visits.length > 0 ? 3.7 : 0.35));
  }
  rowLabel(timeline, LANE_WORDS.visits, markY + size * 0.35);
  return markY + size * (missing.visits !== undefined && visits.length > 0 ? 4.6 : 3.4);
}

/**
 * The time axis at `axisY` and its lanes below it: graded inspections, DfE intervention
 * and visits. Returns the top of what follows.
 *
 * @internal
 */
export function timeline(drawing: HistoryDrawing, axisY: number): number {
  const withAxis = timelineOf(drawing);
  const marksY = yearAxis(withAxis, axisY);
  const laneY = inspectionMarks(withAxis, marksY);
  const visitsY = interventionLane(withAxis, laneY);
  return visitLane(withAxis, visitsY);
}

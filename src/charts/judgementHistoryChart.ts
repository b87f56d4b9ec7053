import { type CalendarDate, MONTHS } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { checkOptions, refusal } from '../check/options.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { type GradedInspection, isGradedInspection, type Visit } from '../inspection/inspectionEvent.js';
import {
  checkHistory,
  type InspectionHistory,
  type InterventionRegime,
  interventionRegimeOn,
} from '../inspection/inspectionHistory.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import { issue } from '../result/result.js';
import { CHART_OPTIONS, type ChartOptions, type ChartSettings, settingsOf } from './chartOptions.js';
import { clipped, element, label, svg, textWidth } from './svg.js';

/** The words for a grade in a cell, longest first: the first that fits is used. */
const GRADE_WORDS: Readonly<Record<AreaJudgement, readonly string[]>> = {
  outstanding: ['Outstanding', 'Outst.', 'O'],
  good: ['Good', 'G'],
  'requires-improvement': ['Requires improvement', 'Req. improvement', 'RI'],
  inadequate: ['Inadequate', 'Inad.', 'I'],
  'not-judged': ['Not judged', 'NJ'],
};

/** The grade as a sentence would say it. */
const SAID: Readonly<Record<AreaJudgement, string>> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement',
  inadequate: 'inadequate',
  'not-judged': 'not judged',
};

const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  sif: ['SIF', 'S'],
  'standard-inspection': ['Standard', 'Std', 'S'],
  'short-inspection': ['Short', 'Sh'],
};

const VISIT_MARKS: Readonly<Record<Visit['kind'], string>> = {
  'standard-inspection': 'SI',
  'short-inspection': 'SI',
  'focused-visit': 'FV',
  'monitoring-visit': 'MV',
  'joint-targeted-area-inspection': 'JTAI',
};

const VISIT_SAID: Readonly<Record<Visit['kind'], string>> = {
  'standard-inspection': 'standard inspection',
  'short-inspection': 'short inspection',
  'focused-visit': 'focused visit',
  'monitoring-visit': 'monitoring visit',
  'joint-targeted-area-inspection': 'joint targeted area inspection',
};

const REGIME_WORDS: Readonly<Record<Exclude<InterventionRegime, 'none'>, readonly string[]>> = {
  'improvement-notice': ['Improvement notice', 'Notice', ''],
  'statutory-direction': ['Statutory direction', 'Direction', ''],
};

/** The first of some words that fits a width at a size; the last if none does. */
function fitting(words: readonly string[], width: number, size: number, bold = false): string {
  return words.find((word) => textWidth(word, size, bold) <= width) ?? (words.at(-1) as string);
}

/** "January 2019". */
function monthOf(date: CalendarDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** A span of time with the same DfE intervention regime in force. */
interface Band {
  readonly regime: Exclude<InterventionRegime, 'none'>;
  readonly from: CalendarDate;
  readonly to: CalendarDate | undefined;
}

/** The periods of intervention, read with the library's own rule at each intervention's date. */
function bandsOf(history: InspectionHistory): Band[] {
  const changes = [...new Set(history.events.flatMap((event) => ('onSite' in event ? [] : [event.date])))];
  const bands: Band[] = [];
  let open: { regime: Exclude<InterventionRegime, 'none'>; from: CalendarDate } | undefined;
  for (const date of changes) {
    const { regime } = interventionRegimeOn(history, date);
    if (open !== undefined && open.regime === regime) continue;
    if (open !== undefined) bands.push({ ...open, to: date });
    open = regime === 'none' ? undefined : { regime, from: date };
  }
  if (open !== undefined) bands.push({ ...open, to: undefined });
  return bands;
}

/** Where each column goes: near its date, never overlapping, within the plot. */
function columnsAt(centres: readonly number[], width: number, gap: number, left: number, right: number): number[] {
  const lefts: number[] = [];
  for (const [index, centre] of centres.entries()) {
    const previous = index === 0 ? left - gap : (lefts[index - 1] as number) + width;
    lefts.push(Math.max(centre - width / 2, previous + gap, left));
  }
  for (let index = lefts.length - 1; index >= 0; index -= 1) {
    const limit = index === lefts.length - 1 ? right - width : (lefts[index + 1] as number) - gap - width;
    lefts[index] = Math.min(lefts[index] as number, limit);
  }
  return lefts;
}

/** What the chart says, for those who cannot see it. */
function described(
  history: InspectionHistory,
  inspections: readonly GradedInspection[],
  bands: readonly Band[],
): string {
  const sentences = inspections.map((inspection) => {
    const { outcome } = inspection;
    const judgements = outcome.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
    const awarded = 'awardedOverall' in outcome ? outcome.awardedOverall : undefined;
    const areas = AREA_ROWS.map((row) => {
      const id = row.areas[outcome.framework as FrameworkId];
      const grade = id === undefined ? undefined : judgements[id];
      return `${row.label.toLowerCase()} ${grade === undefined ? 'not judged on its own' : SAID[grade]}`;
    });
    return `${monthOf(inspection.onSite.start)}, ${inspection.kind === 'short-inspection' ? 'short' : 'standard'} inspection under ${outcome.framework}: overall ${awarded === undefined ? 'not awarded' : SAID[awarded]}; ${areas.join(', ')}.`;
  });
  for (const band of bands) {
    sentences.push(
      `${band.regime === 'improvement-notice' ? 'An improvement notice' : 'A statutory direction'} was in force from ${band.from}${band.to === undefined ? '' : ` to ${band.to}`}.`,
    );
  }
  const visits = history.events.filter((event): event is Visit => 'onSite' in event && !isGradedInspection(event));
  if (visits.length > 0) {
    sentences.push(`Visits: ${visits.map((visit) => `${VISIT_SAID[visit.kind]} ${visit.onSite.start}`).join('; ')}.`);
  }
  return `${history.authority.name}'s graded inspections, oldest first. ${sentences.join(' ')}`;
}

/** The chart's body, laid out in the settings' width. */
function drawn(
  history: InspectionHistory,
  inspections: readonly GradedInspection[],
  bands: readonly Band[],
  title: string,
  { width, size, palette }: ChartSettings,
): { body: string; height: number } {
  const pad = size;
  const rowH = Math.round(size * 2.2);
  const gap = 3;
  const rows = ['Overall', ...AREA_ROWS.map((row) => row.label), 'DfE intervention', 'Visits'];
  const labelW = Math.max(...rows.map((row) => textWidth(row, size))) + size;
  const left = pad + labelW;
  const right = width - pad;
  const dated = history.events.map((event) => ('onSite' in event ? event.onSite.start : event.date));
  const firstYear = Number((dated[0] as string).slice(0, 4));
  const lastYear = Number((dated.at(-1) as string).slice(0, 4));
  const from = dayOf(`${firstYear}-01-01` as CalendarDate);
  const to = dayOf(`${lastYear}-12-31` as CalendarDate) + 1;
  const x = (date: CalendarDate) => left + ((dayOf(date) - from) / (to - from)) * (right - left);
  const parts: string[] = [];

  const titleY = pad + size * 1.2;
  parts.push(label(pad, titleY, clipped(title, width - 2 * pad, size * 1.3, true), size * 1.3, { weight: 'bold' }));

  // Years along the top, as many as fit.
  const axisY = titleY + size * 1.8;
  const perYear = (right - left) / (lastYear - firstYear + 1);
  const every = Math.max(1, Math.ceil((textWidth('2026', size) + size) / perYear));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const at = x(`${year}-01-01` as CalendarDate);
    parts.push(element('line', { x1: at, y1: axisY + 4, x2: at, y2: axisY + 8, stroke: '#767676' }));
    if ((year - firstYear) % every === 0 && at + textWidth('2026', size) <= right) {
      parts.push(label(at + 2, axisY, String(year), size, { fill: '#555555' }));
    }
  }

  // The columns of graded inspections.
  const count = inspections.length;
  const columnW = Math.max(size * 2, Math.min(size * 9, (right - left - (count - 1) * 4) / Math.max(1, count)));
  const lefts = columnsAt(
    inspections.map((inspection) => x(inspection.onSite.start)),
    columnW,
    4,
    left,
    right,
  );
  const headerY = axisY + size * 2.4;
  const gridY = headerY + size * 1.6;
  const laneY = gridY + 5 * (rowH + gap);
  const visitsY = laneY + rowH + gap;
  const bottom = visitsY + size * 3.2;

  // Intervention periods: faint bands behind the grid, and a labelled lane of their own.
  for (const band of bands) {
    const bandLeft = Math.max(left, x(band.from));
    const bandRight = band.to === undefined ? right : Math.min(right, x(band.to));
    const fill = palette[band.regime];
    parts.push(
      element('rect', {
        x: bandLeft,
        y: headerY - size,
        width: bandRight - bandLeft,
        height: laneY - headerY + size,
        fill,
        opacity: 0.55,
      }),
    );
    parts.push(
      element('rect', {
        x: bandLeft,
        y: laneY,
        width: bandRight - bandLeft,
        height: rowH,
        fill,
        stroke: '#8a5a3c',
        'stroke-width': 1,
      }),
    );
    const words = fitting(REGIME_WORDS[band.regime], bandRight - bandLeft - 6, size);
    if (words !== '') parts.push(label(bandLeft + 3, laneY + rowH / 2 + size * 0.35, words, size));
  }

  rows.forEach((row, index) => {
    const y = index < 5 ? gridY + index * (rowH + gap) : index === 5 ? laneY : visitsY;
    parts.push(label(left - size / 2, y + rowH / 2 + size * 0.35, row, size, { anchor: 'end' }));
  });

  inspections.forEach((inspection, column) => {
    const cellX = lefts[column] as number;
    const centre = cellX + columnW / 2;
    const { outcome } = inspection;
    const kind = outcome.framework === 'sif-2013' ? 'sif' : inspection.kind;
    const dates = [
      inspection.onSite.start.slice(0, 7),
      inspection.onSite.start.slice(0, 4),
      `'${inspection.onSite.start.slice(2, 4)}`,
    ];
    parts.push(label(centre, headerY, fitting(dates, columnW, size, true), size, { anchor: 'middle', weight: 'bold' }));
    parts.push(
      label(
        centre,
        headerY + size * 1.2,
        fitting(KIND_WORDS[kind] as readonly string[], columnW, size * 0.9),
        size * 0.9,
        { anchor: 'middle', fill: '#555555' },
      ),
    );
    const judgements = outcome.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
    const awarded = 'awardedOverall' in outcome ? outcome.awardedOverall : undefined;
    const cells: (AreaJudgement | undefined | 'none')[] = [
      awarded ?? 'none',
      ...AREA_ROWS.map((row) => {
        const id = row.areas[outcome.framework as FrameworkId];
        return id === undefined ? undefined : judgements[id];
      }),
    ];
    cells.forEach((grade, index) => {
      const y = gridY + index * (rowH + gap);
      if (grade === undefined || grade === 'none') {
        parts.push(
          element('rect', {
            x: cellX,
            y,
            width: columnW,
            height: rowH,
            fill: '#ffffff',
            stroke: '#b0b0b0',
            'stroke-dasharray': '3 3',
          }),
        );
        const words =
          grade === 'none' ? fitting(['No overall grade', 'No overall', '–'], columnW - 6, size * 0.9) : '–';
        parts.push(
          label(cellX + columnW / 2, y + rowH / 2 + size * 0.35, words, size * 0.9, {
            anchor: 'middle',
            fill: '#555555',
          }),
        );
        return;
      }
      parts.push(
        element('rect', { x: cellX, y, width: columnW, height: rowH, fill: palette[grade], stroke: '#ffffff' }),
      );
      parts.push(
        label(cellX + columnW / 2, y + rowH / 2 + size * 0.35, fitting(GRADE_WORDS[grade], columnW - 6, size), size, {
          anchor: 'middle',
          fill: '#000000',
        }),
      );
    });
  });

  // Visits: a mark on the day each began, named on the first of two lines with room.
  const lineEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const event of history.events) {
    if (!('onSite' in event) || isGradedInspection(event)) continue;
    const at = x(event.onSite.start);
    const mark = VISIT_MARKS[event.kind];
    const markW = textWidth(mark, size * 0.9);
    const textX = Math.min(Math.max(at, left + markW / 2), right - markW / 2);
    const free = lineEnds.findIndex((end) => textX - markW / 2 >= end + 3);
    const line = free >= 0 ? free : (lineEnds[0] as number) <= (lineEnds[1] as number) ? 0 : 1;
    // Where both lines are taken, the name moves right of the last one, in order.
    const placedX = Math.min(Math.max(textX, (lineEnds[line] as number) + 3 + markW / 2), right - markW / 2);
    lineEnds[line] = placedX + markW / 2;
    const y = visitsY + size * 0.6;
    parts.push(
      element('path', { d: `M${at} ${y - 5}L${at + 5} ${y}L${at} ${y + 5}L${at - 5} ${y}Z`, fill: '#1a1a1a' }),
    );
    parts.push(label(placedX, y + size * (1.5 + line * 1.05), mark, size * 0.9, { anchor: 'middle' }));
  }

  // The legend.
  const legendY = bottom + size * 0.5;
  let legendX = pad;
  const entries: [string, string][] = [
    ['Outstanding', palette.outstanding],
    ['Good', palette.good],
    ['Requires improvement (RI)', palette['requires-improvement']],
    ['Inadequate', palette.inadequate],
    ['FV focused visit', ''],
    ['MV monitoring visit', ''],
    ['JTAI joint targeted area inspection', ''],
  ];
  let line = 0;
  for (const [words, fill] of entries) {
    const needed = (fill === '' ? 0 : size * 1.3) + textWidth(words, size) + size;
    if (legendX + needed > right && legendX > pad) {
      line += 1;
      legendX = pad;
    }
    const y = legendY + line * size * 1.6;
    if (fill !== '') {
      parts.push(element('rect', { x: legendX, y, width: size, height: size, fill, stroke: '#767676' }));
      legendX += size * 1.3;
    }
    parts.push(label(legendX, y + size * 0.85, clipped(words, right - legendX, size), size));
    legendX += textWidth(words, size) + size;
  }
  return { body: parts.join('\n'), height: legendY + (line + 1) * size * 1.6 + pad };
}

/**
 * An authority's graded inspections over time, as SVG text: each area's grade a cell with
 * its grade in words, overall where Ofsted awarded it, the frameworks' areas aligned in
 * rows by what they hold (`AREA_ROWS`), DfE intervention periods as bands, and visits as
 * marks. Accessible (`role="img"`, a title and a description that says everything the
 * picture shows), in a palette readable with colour blindness, and the same bytes for the
 * same input: no DOM, nothing fetched. Throws `OfstedIlacsError`: `invalid-history` for a
 * history that breaks the rules or has no graded inspection, `invalid-option` for options
 * it does not have or values they cannot take.
 *
 * @example
 * ```ts
 * import { judgementHistoryChart } from 'ofsted-ilacs/charts';
 * import { HULL_HISTORY } from 'ofsted-ilacs/testing';
 *
 * const svg = judgementHistoryChart(HULL_HISTORY, { width: 880 });
 * console.log(svg.slice(0, 40)); // '<svg xmlns="http://www.w3.org/2000/svg" '
 * ```
 *
 * @category Charts
 */
export function judgementHistoryChart(history: InspectionHistory, options?: ChartOptions): string {
  checkHistory('judgementHistoryChart', history);
  checkOptions('judgementHistoryChart', options, CHART_OPTIONS);
  const inspections = history.events.filter(isGradedInspection);
  if (inspections.length === 0) {
    throw refusal('invalid-history', 'judgementHistoryChart', [
      issue(
        ['history', 'events'],
        'missing',
        'The history has no graded inspection to chart: add its standard or short inspections.',
      ),
    ]);
  }
  const bands = bandsOf(history);
  const firstYear = (inspections[0] as GradedInspection).onSite.start.slice(0, 4);
  const lastYear = (inspections.at(-1) as GradedInspection).onSite.start.slice(0, 4);
  const title =
    options?.title ??
    `${history.authority.name}: graded inspections${firstYear === lastYear ? ` ${firstYear}` : `, ${firstYear}-${lastYear}`}`;
  const settings = settingsOf(options);
  const { body, height } = drawn(history, inspections, bands, title, settings);
  return svg(settings.width, height, title, described(history, inspections, bands), body);
}

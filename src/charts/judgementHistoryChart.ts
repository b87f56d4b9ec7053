import { type CalendarDate, MONTHS } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { refusal } from '../check/options.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import {
  eventStart,
  type GradedInspection,
  type InspectionEvent,
  isGradedInspection,
  isVisit,
} from '../inspection/inspectionEvent.js';
import { checkHistory, type InspectionHistory } from '../inspection/inspectionHistory.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import { issue } from '../result/result.js';
import { CHART_LIMITS, type ChartOptions, type ChartSettings, chartSettings, tooMany } from './chartOptions.js';
import { textOn } from './palette.js';
import { clipped, element, label, paragraph, svg, textWidth, wrapped } from './svg.js';

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
  'graded-inspection': ['Graded', 'Gr', 'G'],
};

/** The kinds of visit drawn as marks: every visit that is not graded. */
type MarkedVisit = 'focused-visit' | 'monitoring-visit' | 'joint-targeted-area-inspection';

const VISIT_MARKS: Readonly<Record<MarkedVisit, string>> = {
  'focused-visit': 'FV',
  'monitoring-visit': 'MV',
  'joint-targeted-area-inspection': 'JTAI',
};

const VISIT_KINDS = Object.keys(VISIT_MARKS) as MarkedVisit[];

const INTERVENTION_KINDS = (Object.keys(EVENT_KINDS) as InspectionEvent['kind'][]).filter(
  (kind) => EVENT_KINDS[kind].measure !== undefined,
);

type Regime = 'improvement-notice' | 'statutory-direction';

const REGIME_WORDS: Readonly<Record<Regime, readonly string[]>> = {
  'improvement-notice': ['Improvement notice', 'Notice', 'IN'],
  'statutory-direction': ['Statutory direction', 'Direction', 'SD'],
};

/** The row labels, longest first: the first that fits is used. */
const ROW_WORDS: readonly (readonly string[])[] = [
  ['Overall'],
  ['Leaders'],
  ['Help and protection', 'Help & protection', 'Help & prot.'],
  ['Children in care', 'In care'],
  ['Care leavers', 'Leavers'],
];

/** The first of some words that fits a width at a size; the last if none does. */
function fitting(words: readonly string[], width: number, size: number, bold = false): string {
  return words.find((word) => textWidth(word, size, bold) <= width) ?? (words.at(-1) as string);
}

/** "January 2019". */
function monthOf(date: CalendarDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** A span of time with the same DfE intervention regime in force for children's social care. */
interface Band {
  readonly regime: Regime;
  readonly from: CalendarDate;
  readonly to: CalendarDate | undefined;
}

/**
 * The periods of intervention, in one pass over the events (in date order): the rule of
 * `interventionRegimeOn` (a direction supersedes a notice; events on a day count on it;
 * children's social care only), read from the table of event kinds.
 */
function bandsOf(events: readonly InspectionEvent[]): Band[] {
  const bands: Band[] = [];
  let notice = false;
  let direction = false;
  let open: { regime: Regime; from: CalendarDate } | undefined;
  const close = (date: CalendarDate) => {
    const regime: Regime | undefined = direction ? 'statutory-direction' : notice ? 'improvement-notice' : undefined;
    if (open !== undefined && open.regime === regime) return;
    if (open !== undefined) bands.push({ ...open, to: date });
    open = regime === undefined ? undefined : { regime, from: date };
  };
  let pending: CalendarDate | undefined;
  for (const event of events) {
    if (isVisit(event) || (event.scope ?? 'childrens-social-care') !== 'childrens-social-care') continue;
    // The regime of a day is read after its last event.
    if (pending !== undefined && pending !== event.date) close(pending);
    pending = event.date;
    const kind = EVENT_KINDS[event.kind];
    if (kind.measure === 'improvement-notice') notice = kind.starts === true;
    else direction = kind.starts === true;
    if (kind.supersedes !== undefined) notice = false;
  }
  if (pending !== undefined) close(pending);
  if (open !== undefined) bands.push({ ...(open as { regime: Regime; from: CalendarDate }), to: undefined });
  return bands;
}

/** A graded inspection as the chart places it: by its first day on site, or its publication where no day is known. */
interface Placed {
  readonly inspection: GradedInspection;
  readonly date: CalendarDate;
  /** Whether its days on site were published (false: placed at its publication). */
  readonly daysKnown: boolean;
  readonly predecessor: string | undefined;
}

function placed(inspection: GradedInspection): Placed {
  const start = inspection.onSite?.start;
  return {
    inspection,
    date: start ?? (inspection.published as CalendarDate),
    daysKnown: start !== undefined,
    predecessor: inspection.predecessor?.name,
  };
}

/** Which kinds the history's data leaves out, in words, for visits and for interventions. */
function notInData(history: InspectionHistory): { visits: string | undefined; interventions: string | undefined } {
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

/** The grade of each row at an inspection: overall (awarded, or `none`), then each area row's (undefined: not judged on its own). */
function gradesOf(inspection: GradedInspection): (AreaJudgement | undefined | 'none')[] {
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

/** What the chart says, for those who cannot see it. */
function described(
  history: InspectionHistory,
  inspections: readonly Placed[],
  bands: readonly Band[],
  missing: ReturnType<typeof notInData>,
): string {
  const sentences = inspections.map(({ inspection, date, daysKnown, predecessor }, index) => {
    const [overall, ...areas] = gradesOf(inspection);
    const rows = AREA_ROWS.map((row, at) => {
      const grade = areas[at];
      return `${row.label.toLowerCase()} ${grade === undefined || grade === 'none' ? 'not judged on its own' : SAID[grade]}`;
    });
    const when = daysKnown ? monthOf(date) : `published ${monthOf(date)} (days on site not published)`;
    const kind = EVENT_KINDS[inspection.kind].words;
    return `${index + 1}. ${when}, ${kind}${predecessor === undefined ? '' : ` of ${predecessor}, a predecessor council`} under ${inspection.outcome.framework}: overall ${overall === 'none' || overall === undefined ? 'not awarded' : SAID[overall]}; ${rows.join(', ')}.`;
  });
  if (missing.interventions !== undefined) sentences.push(`${missing.interventions}.`);
  for (const band of bands) {
    sentences.push(
      `${band.regime === 'improvement-notice' ? 'An improvement notice' : 'A statutory direction'} was in force from ${band.from}${band.to === undefined ? ', still in force at the end of the data' : ` to ${band.to}`}.`,
    );
  }
  if (missing.visits !== undefined) sentences.push(`${missing.visits}.`);
  const visits = history.events.filter((event) => isVisit(event) && !isGradedInspection(event));
  if (visits.length > 0) {
    sentences.push(
      `Visits: ${visits.map((visit) => `${EVENT_KINDS[visit.kind].words} ${eventStart(visit)}`).join('; ')}.`,
    );
  }
  const coverage = history.coverage;
  if (coverage !== undefined) sentences.push(`Data as at ${coverage.asOf}; sources: ${coverage.sources.join('; ')}.`);
  return `${history.authority.name}'s graded inspections, oldest first. ${sentences.join(' ')}`;
}

/** Places labels of marks on `lines` lines, each near its mark, never overlapping on its line, within the plot. */
function placeLabels(
  marks: readonly { at: number; width: number }[],
  left: number,
  right: number,
  lines: number,
): { x: number; line: number }[] {
  const ends = new Array<number>(lines).fill(Number.NEGATIVE_INFINITY);
  return marks.map(({ at, width }) => {
    const x = Math.min(Math.max(at, left + width / 2), right - width / 2);
    const free = ends.findIndex((end) => x - width / 2 >= end + 3);
    const line = free >= 0 ? free : ends.indexOf(Math.min(...ends));
    // Where every line is taken, the label moves right of the last one, in order.
    const placedX = Math.min(Math.max(x, (ends[line] as number) + 3 + width / 2), right - width / 2);
    ends[line] = placedX + width / 2;
    return { x: placedX, line };
  });
}

/** The chart's body, laid out in the settings' width. */
function drawn(
  history: InspectionHistory,
  inspections: readonly Placed[],
  bands: readonly Band[],
  missing: ReturnType<typeof notInData>,
  title: string,
  { width, size, palette }: ChartSettings,
): { body: string; height: number } {
  const pad = size;
  const rowH = Math.round(size * 2.2);
  const gap = 3;
  const small = size * 0.9;
  const lanes = ['Inspections', 'DfE intervention', 'Visits'];
  const full = [...ROW_WORDS.map((words) => words[0] as string), ...lanes];
  const labelW = Math.min(Math.max(...full.map((row) => textWidth(row, size))), (width - 2 * pad) * 0.3) + size;
  const left = pad + labelW;
  const right = width - pad;
  const rowLabel = (words: readonly string[], y: number) =>
    label(left - size / 2, y, clipped(fitting(words, labelW - size, size), labelW - size, size), size, {
      anchor: 'end',
    });
  const dated = history.events.map(eventStart);
  const firstYear = Number((dated[0] as string).slice(0, 4));
  const lastYear = Number((dated.at(-1) as string).slice(0, 4));
  const from = dayOf(`${firstYear}-01-01` as CalendarDate);
  const to = dayOf(`${lastYear}-12-31` as CalendarDate) + 1;
  const x = (date: CalendarDate) => left + ((dayOf(date) - from) / (to - from)) * (right - left);
  const parts: string[] = [];
  const used = new Set<string>();

  // The title, on as many as three lines.
  const titleSize = size * 1.3;
  const titleLines = wrapped(title, width - 2 * pad, titleSize, 3, true);
  titleLines.forEach((line, index) => {
    parts.push(label(pad, pad + titleSize * (1 + index * 1.25), line, titleSize, { weight: 'bold' }));
  });

  // Years along the top, as many as fit.
  const axisY = pad + titleSize * (1 + (titleLines.length - 1) * 1.25) + size * 1.8;
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

  // Graded inspections: a mark on the day each began (hollow where only its publication is known), numbered.
  const marksY = axisY + 8 + size * 1.1;
  const numbers = placeLabels(
    inspections.map(({ date }, index) => ({ at: x(date), width: textWidth(String(index + 1), small, true) })),
    left,
    right,
    2,
  );
  inspections.forEach(({ date, daysKnown }, index) => {
    const at = x(date);
    const { x: textX, line } = numbers[index] as { x: number; line: number };
    parts.push(
      element('path', {
        d: `M${at - 5} ${marksY - 6}L${at + 5} ${marksY - 6}L${at} ${marksY + 3}Z`,
        fill: daysKnown ? '#1a1a1a' : '#ffffff',
        stroke: '#1a1a1a',
        'stroke-width': 1.5,
      }),
    );
    parts.push(
      label(textX, marksY + small * (1.5 + line * 1.05), String(index + 1), small, {
        anchor: 'middle',
        weight: 'bold',
      }),
    );
    used.add(daysKnown ? 'inspection' : 'published');
  });
  parts.push(rowLabel([lanes[0] as string, 'Graded'], marksY + size * 0.35));

  // DfE intervention periods, each labelled inside its band, or below it where it is too narrow.
  const laneY = marksY + small * 3.4;
  const laneLabels: { at: number; width: number; words: string }[] = [];
  if (missing.interventions === undefined || bands.length > 0) {
    for (const band of bands) {
      const bandLeft = Math.max(left, x(band.from));
      const bandRight = band.to === undefined ? right : Math.min(right, x(band.to));
      const bandW = Math.max(1, bandRight - bandLeft);
      const fill = palette[band.regime];
      parts.push(
        element('rect', {
          x: bandLeft,
          y: laneY,
          width: bandW,
          height: rowH,
          fill,
          stroke: '#5a5a5a',
          'stroke-width': 1,
        }),
      );
      used.add(band.regime);
      const words = REGIME_WORDS[band.regime].find((word) => textWidth(word, size) <= bandW - 6);
      if (words !== undefined) {
        parts.push(label(bandLeft + 3, laneY + rowH / 2 + size * 0.35, words, size, { fill: textOn(fill) }));
      } else {
        const key = REGIME_WORDS[band.regime].at(-1) as string;
        laneLabels.push({ at: (bandLeft + bandRight) / 2, width: textWidth(key, small), words: key });
      }
    }
  }
  placeLabels(laneLabels, left, right, 1).forEach(({ x: textX }, index) => {
    parts.push(
      label(textX, laneY + rowH + small * 1.1, (laneLabels[index] as { words: string }).words, small, {
        anchor: 'middle',
      }),
    );
  });
  if (missing.interventions !== undefined) {
    const note = clipped(`${missing.interventions}.`, right - left - 6, small);
    parts.push(
      label(left + 3, laneY + (bands.length > 0 ? rowH + small * 2.3 : rowH / 2 + size * 0.35), note, small, {
        fill: '#555555',
      }),
    );
  }
  parts.push(rowLabel([lanes[1] as string, 'DfE'], laneY + rowH / 2 + size * 0.35));

  // Visits: a mark on the day each began, named on the first of two lines with room.
  const visitsY = laneY + rowH + small * (missing.interventions !== undefined && bands.length > 0 ? 3.6 : 1.6);
  const visits = history.events.filter((event) => isVisit(event) && !isGradedInspection(event));
  const visitLabels = placeLabels(
    visits.map((visit) => ({
      at: x(eventStart(visit)),
      width: textWidth(VISIT_MARKS[visit.kind as MarkedVisit], small),
    })),
    left,
    right,
    2,
  );
  const markY = visitsY + size * 0.6;
  visits.forEach((visit, index) => {
    const at = x(eventStart(visit));
    const { x: textX, line } = visitLabels[index] as { x: number; line: number };
    parts.push(
      element('path', {
        d: `M${at} ${markY - 5}L${at + 5} ${markY}L${at} ${markY + 5}L${at - 5} ${markY}Z`,
        fill: '#1a1a1a',
      }),
    );
    parts.push(
      label(textX, markY + size * (1.5 + line * 1.05), VISIT_MARKS[visit.kind as MarkedVisit], small, {
        anchor: 'middle',
      }),
    );
    used.add(visit.kind);
  });
  if (missing.visits !== undefined) {
    const note = clipped(`${missing.visits}.`, right - left - 6, small);
    parts.push(label(left + 3, markY + size * (visits.length > 0 ? 3.7 : 0.35), note, small, { fill: '#555555' }));
  }
  parts.push(rowLabel([lanes[2] as string], markY + size * 0.35));

  // The grades: a table, one column per inspection in date order, numbered as its mark on the time axis.
  const gridTop = markY + size * (missing.visits !== undefined && visits.length > 0 ? 4.6 : 3.4);
  const plotW = right - left;
  const minW = size * 2.4;
  const perBlock = Math.max(1, Math.floor((plotW + 4) / (minW + 4)));
  const count = inspections.length;
  const blocks = Math.ceil(count / perBlock);
  const inBlock = Math.ceil(count / blocks);
  const columnW = Math.min(size * 10, (plotW - (inBlock - 1) * 4) / inBlock);
  const withThird = inspections.some((one) => one.predecessor !== undefined || !one.daysKnown);
  const withPredecessor = inspections.some((one) => one.predecessor !== undefined);
  const headerH = size * (withPredecessor ? 4.7 : withThird ? 3.7 : 2.6);
  const blockH = headerH + 5 * (rowH + gap) + size;
  for (let block = 0; block < blocks; block += 1) {
    const top = gridTop + block * blockH;
    const gridY = top + headerH;
    ROW_WORDS.forEach((words, index) => {
      parts.push(rowLabel(words, gridY + index * (rowH + gap) + rowH / 2 + size * 0.35));
    });
    for (let column = 0; column < inBlock; column += 1) {
      const index = block * inBlock + column;
      const one = inspections[index];
      if (one === undefined) break;
      const { inspection, date, daysKnown, predecessor } = one;
      const cellX = left + column * (columnW + 4);
      const centre = cellX + columnW / 2;
      const n = index + 1;
      const month = (MONTHS[Number(date.slice(5, 7)) - 1] as string).slice(0, 3);
      const heading = fitting(
        [`${n}. ${month} ${date.slice(0, 4)}`, `${n}. ${date.slice(0, 4)}`, `${n}. '${date.slice(2, 4)}`, `${n}`],
        columnW,
        size,
        true,
      );
      parts.push(label(centre, top + size, heading, size, { anchor: 'middle', weight: 'bold' }));
      const kind = inspection.outcome.framework === 'sif-2013' ? 'sif' : inspection.kind;
      parts.push(
        label(centre, top + size * 2.1, fitting(KIND_WORDS[kind] as readonly string[], columnW, small), small, {
          anchor: 'middle',
          fill: '#555555',
        }),
      );
      if (withThird) {
        const third =
          predecessor !== undefined
            ? wrapped(`of ${predecessor}`, columnW, small, 2)
            : daysKnown
              ? []
              : [fitting(['published', 'publ.', 'p'], columnW, small)];
        third.forEach((line, at) => {
          parts.push(label(centre, top + size * (3.2 + at * 1.05), line, small, { anchor: 'middle', fill: '#555555' }));
        });
        if (predecessor !== undefined) used.add('predecessor');
      }
      gradesOf(inspection).forEach((grade, row) => {
        const y = gridY + row * (rowH + gap);
        const middle = y + rowH / 2 + size * 0.35;
        if (grade === undefined || grade === 'none') {
          parts.push(
            element('rect', {
              x: cellX,
              y,
              width: columnW,
              height: rowH,
              fill: '#ffffff',
              stroke: '#8c8c8c',
              'stroke-dasharray': '3 3',
            }),
          );
          used.add('ungraded');
          parts.push(label(centre, middle, '–', small, { anchor: 'middle', fill: '#555555' }));
          return;
        }
        const fill = palette[grade];
        used.add(grade);
        parts.push(element('rect', { x: cellX, y, width: columnW, height: rowH, fill, stroke: '#ffffff' }));
        parts.push(
          label(centre, middle, fitting(GRADE_WORDS[grade], columnW - 6, size), size, {
            anchor: 'middle',
            fill: textOn(fill),
          }),
        );
      });
    }
  }

  // The legend: only what the chart draws, each explained.
  let y = gridTop + blocks * blockH;
  const swatch =
    (fill: string, dashed = false) =>
    (at: number, top: number) =>
      element('rect', {
        x: at,
        y: top,
        width: size,
        height: size,
        fill,
        stroke: dashed ? '#8c8c8c' : '#767676',
        ...(dashed && { 'stroke-dasharray': '3 3' }),
      });
  const triangle = (fill: string) => (at: number, top: number) =>
    element('path', {
      d: `M${at} ${top + 1}L${at + size} ${top + 1}L${at + size / 2} ${top + size}Z`,
      fill,
      stroke: '#1a1a1a',
    });
  const diamond = (at: number, top: number) =>
    element('path', {
      d: `M${at + size / 2} ${top}L${at + size} ${top + size / 2}L${at + size / 2} ${top + size}L${at} ${top + size / 2}Z`,
      fill: '#1a1a1a',
    });
  const entries: [string, string, ((at: number, top: number) => string) | undefined][] = [
    ['outstanding', 'Outstanding (Outst., O)', swatch(palette.outstanding)],
    ['good', 'Good (G)', swatch(palette.good)],
    ['requires-improvement', 'Requires improvement (RI)', swatch(palette['requires-improvement'])],
    ['inadequate', 'Inadequate (Inad., I)', swatch(palette.inadequate)],
    ['not-judged', 'Not judged (NJ)', swatch(palette['not-judged'])],
    ['ungraded', 'No grade: an area not judged on its own then, or no overall grade awarded', swatch('#ffffff', true)],
    ['inspection', 'Graded inspection, at its first day on site; its number heads its column', triangle('#1a1a1a')],
    ['published', 'Days on site not published: placed at its publication', triangle('#ffffff')],
    ['predecessor', '"of …": an inspection of a predecessor council', undefined],
    [
      'improvement-notice',
      'Improvement notice (IN) in force for children’s social care',
      swatch(palette['improvement-notice']),
    ],
    [
      'statutory-direction',
      'Statutory direction (SD) in force for children’s social care',
      swatch(palette['statutory-direction']),
    ],
    ['focused-visit', 'FV: focused visit', diamond],
    ['monitoring-visit', 'MV: monitoring visit', diamond],
    ['joint-targeted-area-inspection', 'JTAI: joint targeted area inspection', diamond],
  ];
  let legendX = pad;
  const lineH = size * 1.5;
  y += size * 0.2;
  for (const [key, words, mark] of entries) {
    if (!used.has(key)) continue;
    const markW = mark === undefined ? 0 : size * 1.3;
    const room = right - pad - markW;
    const lines = wrapped(words, room, size, 3);
    const textW = Math.max(...lines.map((line) => textWidth(line, size)));
    if (lines.length > 1 || (legendX > pad && legendX + markW + textW > right)) {
      if (legendX > pad) y += lineH;
      legendX = pad;
    }
    if (mark !== undefined) parts.push(mark(legendX, y));
    lines.forEach((line, index) => {
      parts.push(label(legendX + markW, y + size * 0.85 + index * lineH, line, size));
    });
    y += (lines.length - 1) * lineH;
    legendX = lines.length > 1 ? right : legendX + markW + textW + size;
  }
  y += lineH;

  // Where the data comes from, when the history says.
  const coverage = history.coverage;
  if (coverage !== undefined) {
    const caption = paragraph(
      `Data as at ${coverage.asOf}. Sources: ${coverage.sources.join('; ')}.`,
      pad,
      y,
      right - pad,
      small,
      { lines: 4, leading: 1.3, fill: '#444444' },
    );
    parts.push(...caption.labels);
    y = caption.y;
    y += small * 0.5;
  }
  return { body: parts.join('\n'), height: y + pad };
}

/**
 * An authority's graded inspections over time, as SVG text. Along a time axis: each graded
 * inspection a numbered mark on its first day on site (hollow, at its publication, where
 * Ofsted published no days), DfE intervention periods as labelled bands, and visits as
 * named marks. Below, a table: one column per inspection, numbered as its mark, with
 * overall effectiveness where Ofsted awarded it and each area's grade in a row by what it
 * holds (`AREA_ROWS`), each grade in words. An inspection of a predecessor council is
 * named as theirs. Where the history's `coverage` leaves out visits or DfE interventions,
 * the chart says they are not in the data rather than drawing none, and its caption gives
 * the data's date and sources. The legend explains only what is drawn. Accessible
 * (`role="img"`, a title and a description that says everything the picture shows, ids
 * of its own), in a palette readable with colour blindness, and the same bytes for the
 * same input: no DOM, nothing fetched. Costs time linear in the events; draws at most
 * `CHART_LIMITS.historyEvents` events. Throws `OfstedIlacsError`: `invalid-history` for a
 * history that breaks the rules or has no graded inspection, `invalid-argument` for one
 * with more events than a chart draws, `invalid-option` for options it does not have or
 * values they cannot take.
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
  const settings = chartSettings('judgementHistoryChart', options);
  if (history.events.length > CHART_LIMITS.historyEvents) {
    tooMany(
      'judgementHistoryChart',
      ['history', 'events'],
      'The history',
      history.events.length,
      CHART_LIMITS.historyEvents,
    );
  }
  const inspections = history.events.filter(isGradedInspection).map(placed);
  if (inspections.length === 0) {
    throw refusal('invalid-history', 'judgementHistoryChart', [
      issue(
        ['history', 'events'],
        'missing',
        'The history has no graded inspection to chart: add its standard or short inspections.',
      ),
    ]);
  }
  const bands = bandsOf(history.events);
  const missing = notInData(history);
  const firstYear = (inspections[0] as Placed).date.slice(0, 4);
  const lastYear = (inspections.at(-1) as Placed).date.slice(0, 4);
  const title =
    settings.title ??
    `${history.authority.name}: graded inspections${firstYear === lastYear ? ` ${firstYear}` : `, ${firstYear}-${lastYear}`}`;
  const { body, height } = drawn(history, inspections, bands, missing, title, settings);
  return svg(settings.width, height, title, described(history, inspections, bands, missing), body, settings.id);
}

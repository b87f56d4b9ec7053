import type { CalendarDate } from '../calendar/calendarDate.js';
import { MONTHS } from '../calendar/calendarDate.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import { type Compared, readComparison } from '../outcomes/comparisonRead.js';
import type { NeighbourComparison } from '../outcomes/neighbours.js';
import { CHART_LIMITS, type ChartOptions, chartSettings, tooMany } from './chartOptions.js';
import { textOn } from './palette.js';
import { clipped, element, label, paragraph, svg, textWidth } from './svg.js';

type Grade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-judged';

const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged'];

const GRADE_WORDS: Readonly<Record<Grade, readonly string[]>> = {
  outstanding: ['Outstanding', 'Outst.', 'O'],
  good: ['Good', 'G'],
  'requires-improvement': ['Requires improvement', 'Req. improvement', 'RI'],
  inadequate: ['Inadequate', 'Inad.', 'I'],
  'not-judged': ['Not judged', 'NJ'],
};

const SAID: Readonly<Record<Grade, string>> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement',
  inadequate: 'inadequate',
  'not-judged': 'not judged',
};

const COLUMN_WORDS: readonly (readonly string[])[] = [
  ['Overall', 'Ovr.', 'OE'],
  ['Leaders', 'Lead.', 'L'],
  ['Help and protection', 'Help & prot.', 'H&P'],
  ['Children in care', 'In care', 'CiC'],
  ['Care leavers', 'Leavers', 'CL'],
];

/** One authority as the chart reads it. */
interface Row {
  readonly rank: number;
  readonly name: string;
  readonly published: CalendarDate | undefined;
  /** Overall, then each of `AREA_ROWS` (undefined: no grade). */
  readonly grades: readonly (Grade | undefined)[];
}

/** What the chart draws of a comparison: the one reading of it (`readComparison`), as rows of grades. */
interface ComparisonSnapshot {
  readonly asOf: CalendarDate;
  readonly sources: readonly string[];
  readonly authority: Row;
  readonly neighbours: readonly Row[];
}

/** A compared authority as the chart draws it: overall, then each of `AREA_ROWS`, by its framework. */
function rowOf(compared: Compared): Row {
  const { framework, areas } = compared;
  const grades: (Grade | undefined)[] = [compared.overall as Grade | undefined];
  for (const row of AREA_ROWS) {
    const id = framework === undefined ? undefined : (row.areas as Readonly<Record<string, string>>)[framework];
    grades.push(id === undefined ? undefined : (areas.get(id) as Grade | undefined));
  }
  return { rank: compared.rank, name: compared.name, published: compared.published, grades };
}

/** The comparison read once and checked, within the chart's bound. */
function snapshotOf(comparison: NeighbourComparison): ComparisonSnapshot {
  const { asOf, sources, rows } = readComparison('neighbourComparisonChart', comparison);
  if (rows.length - 1 > CHART_LIMITS.neighbours) {
    tooMany(
      'neighbourComparisonChart',
      ['comparison', 'neighbours'],
      'The neighbours',
      rows.length - 1,
      CHART_LIMITS.neighbours,
    );
  }
  if (sources.length > CHART_LIMITS.neighbours) {
    tooMany(
      'neighbourComparisonChart',
      ['comparison', 'sources'],
      'The sources',
      sources.length,
      CHART_LIMITS.neighbours,
    );
  }
  const [authority, ...neighbours] = rows.map(rowOf);
  return { asOf, sources, authority: authority as Row, neighbours };
}

/** "Jan 2019", "2019", "'19": the first that fits. */
function dateWords(date: CalendarDate | undefined): string[] {
  if (date === undefined) return ['None', '–'];
  const month = (MONTHS[Number(date.slice(5, 7)) - 1] as string).slice(0, 3);
  return [`${month} ${date.slice(0, 4)}`, date.slice(0, 4), `'${date.slice(2, 4)}`];
}

/**
 * An authority beside its statistical neighbours, as SVG text, from `compareWithNeighbours`
 * (`ofsted-ilacs/outcomes`): a row for the authority (first, in bold) and one for each
 * neighbour, nearest first, with the date its latest graded inspection was published, its
 * overall effectiveness and each area's grade (areas aligned across frameworks by
 * `AREA_ROWS`), each grade in words as well as colour; then the neighbours counted by
 * grade, and a caption with the data's date and sources. Accessible (`role="img"`, a
 * title, a description that says what the picture shows, ids of its own), and the same
 * bytes for the same input. Draws at most `CHART_LIMITS.neighbours` neighbours. Throws
 * `OfstedIlacsError`: `invalid-argument` for a value that is not a comparison,
 * `invalid-option` for options it does not have or values they cannot take.
 *
 * @example
 * ```ts
 * import { neighbourComparisonChart } from 'ofsted-ilacs/charts';
 * import { compareWithNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const hull = compareWithNeighbours('Hull');
 * if (hull.ok) console.log(neighbourComparisonChart(hull.value, { width: 720 }).includes('role="img"')); // true
 * ```
 *
 * @category Charts
 */
export function neighbourComparisonChart(comparison: NeighbourComparison, options?: ChartOptions): string {
  const read = snapshotOf(comparison);
  const settings = chartSettings('neighbourComparisonChart', options);
  const { width, size, palette } = settings;
  const { asOf, sources, authority, neighbours } = read;
  const title = settings.title ?? `${authority.name} beside its statistical neighbours`;
  const pad = size;
  const right = width - pad;
  const rowH = Math.round(size * 2.2);
  const gap = 3;
  const small = size * 0.9;
  const parts: string[] = [];
  const used = new Set<Grade>();
  let y = pad;
  const heading = paragraph(title, pad, y, right - pad, size * 1.3, { lines: 3, leading: 1.25, weight: 'bold' });
  parts.push(...heading.labels);
  y = heading.y;
  const asAt = paragraph(
    `As at ${asOf}: each authority's latest graded inspection published by then.`,
    pad,
    y,
    right - pad,
    size,
    { lines: 3, leading: 1.35, fill: '#333333' },
  );
  parts.push(...asAt.labels);
  y = asAt.y;

  // The table: name, the latest inspection's publication, then a column per grade.
  const rows = [authority, ...neighbours];
  const dateW = width < 560 ? textWidth("'22", small) + size * 0.8 : textWidth('Mar 2019', size) + size * 0.6;
  const minGradeW = size * 2.1;
  const nameW = Math.min(
    Math.max(...rows.map((row) => textWidth(`${row.rank}. ${row.name}`, size, true))) + size * 0.6,
    Math.max(size * 6, right - pad - 5 * (minGradeW + 2) - dateW),
  );
  const dateX = pad + nameW;
  const gradeX = dateX + Math.min(dateW, Math.max(size * 2.6, right - dateX - 5 * (minGradeW + 2)));
  const gradeW = Math.min(size * 10, (right - gradeX) / 5 - 2);
  const datesW = gradeX - dateX;
  const headerY = y + size * 2.2;
  parts.push(label(pad, headerY, 'Authority', size, { weight: 'bold' }));
  parts.push(
    label(
      dateX,
      headerY,
      clipped(
        ['Published', 'Publ.', 'Pub.', 'P.'].find((word) => textWidth(word, size, true) <= datesW - 4) ?? '',
        datesW - 4,
        size,
        true,
      ),
      size,
      { weight: 'bold' },
    ),
  );
  COLUMN_WORDS.forEach((words, column) => {
    const centre = gradeX + column * (gradeW + 2) + gradeW / 2;
    const heading = words.find((word) => textWidth(word, small, true) <= gradeW) ?? (words.at(-1) as string);
    parts.push(label(centre, headerY, heading, small, { anchor: 'middle', weight: 'bold' }));
  });
  y = headerY + size * 0.7;
  rows.forEach((row, index) => {
    const middle = y + rowH / 2 + size * 0.35;
    const own = index === 0;
    if (own) parts.push(element('rect', { x: pad, y: y - 1, width: right - pad, height: rowH + 2, fill: '#f0f0f0' }));
    parts.push(
      label(
        pad + 2,
        middle,
        clipped(own ? authority.name : `${row.rank}. ${row.name}`, nameW - size * 0.5, size, own),
        size,
        own ? { weight: 'bold' } : {},
      ),
    );
    const date = dateWords(row.published).find((word) => textWidth(word, small) <= datesW - 4) ?? '';
    parts.push(label(dateX, middle, date, small, { fill: '#333333' }));
    row.grades.forEach((grade, column) => {
      const x = gradeX + column * (gradeW + 2);
      if (grade === undefined) {
        parts.push(
          element('rect', {
            x,
            y,
            width: gradeW,
            height: rowH,
            fill: '#ffffff',
            stroke: '#8c8c8c',
            'stroke-dasharray': '3 3',
          }),
        );
        parts.push(label(x + gradeW / 2, middle, '–', small, { anchor: 'middle', fill: '#555555' }));
        return;
      }
      used.add(grade);
      const fill = palette[grade];
      parts.push(element('rect', { x, y, width: gradeW, height: rowH, fill, stroke: '#ffffff' }));
      const words =
        GRADE_WORDS[grade].find((word) => textWidth(word, size) <= gradeW - 6) ?? (GRADE_WORDS[grade].at(-1) as string);
      parts.push(label(x + gradeW / 2, middle, words, size, { anchor: 'middle', fill: textOn(fill) }));
    });
    y += rowH + gap + (own ? size * 0.5 : 0);
  });

  // The neighbours counted by grade, overall and for each area.
  const counted = COLUMN_WORDS.map((words, column) => {
    const counts = new Map<string, number>();
    for (const row of neighbours) {
      const grade = row.grades[column];
      const key = grade === undefined ? 'no grade' : SAID[grade];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const order = [...GRADES.map((grade) => SAID[grade]), 'no grade'];
    return `${words[0]}: ${order
      .filter((key) => counts.has(key))
      .map((key) => `${counts.get(key)} ${key}`)
      .join(', ')}`;
  });
  y += size * 0.4;
  const countLines = paragraph(
    `The ${neighbours.length} neighbours by grade. ${counted.join('. ')}.`,
    pad,
    y,
    right - pad,
    small,
    { lines: 8, leading: 1.3, fill: '#333333' },
  );
  parts.push(...countLines.labels);
  y = countLines.y;

  // The legend, then the caption.
  y += size * 0.8;
  let legendX = pad;
  const legend: [Grade, string][] = [
    ['outstanding', 'Outstanding (Outst., O)'],
    ['good', 'Good (G)'],
    ['requires-improvement', 'Requires improvement (RI)'],
    ['inadequate', 'Inadequate (I)'],
    ['not-judged', 'Not judged (NJ)'],
  ];
  for (const [grade, words] of legend) {
    if (!used.has(grade)) continue;
    const needed = size * 1.3 + textWidth(words, size) + size;
    if (legendX > pad && legendX + needed > right) {
      legendX = pad;
      y += size * 1.6;
    }
    parts.push(element('rect', { x: legendX, y, width: size, height: size, fill: palette[grade], stroke: '#767676' }));
    parts.push(label(legendX + size * 1.3, y + size * 0.85, clipped(words, right - legendX - size * 1.3, size), size));
    legendX += needed;
  }
  y += size * 1.6;
  const caption = paragraph(
    `As at ${asOf}. A dashed box: no such grade (no inspection, or the area not judged on its own). Sources: ${sources.join('; ')}.`,
    pad,
    y,
    right - pad,
    small,
    { lines: 6, leading: 1.3, fill: '#444444' },
  );
  parts.push(...caption.labels);
  y = caption.y;
  const height = y + pad;
  const sentence = (row: Row) => {
    const [overall, ...areas] = row.grades;
    const said = (grade: Grade | undefined) => (grade === undefined ? 'no grade' : SAID[grade]);
    return `${row.rank === 0 ? row.name : `${row.rank}. ${row.name}`}: ${row.published === undefined ? 'no graded inspection published' : `latest inspection published ${row.published}`}; overall ${said(overall)}; ${AREA_ROWS.map((area, at) => `${area.label.toLowerCase()} ${said(areas[at])}`).join(', ')}.`;
  };
  const description = `${authority.name} beside its ${neighbours.length} statistical neighbours, as at ${asOf}. ${rows.map(sentence).join(' ')} The neighbours by grade: ${counted.join('; ')}. Sources: ${sources.join('; ')}.`;
  return svg(width, height, title, description, parts.join('\n'), settings.id);
}

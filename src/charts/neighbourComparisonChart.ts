import type { CalendarDate } from '../calendar/calendarDate.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import { type Compared, readComparison } from '../outcomes/comparisonRead.js';
import type { NeighbourComparison } from '../outcomes/neighbours.js';
import { gradeCell } from './cells.js';
import { captionBlock, type Drawing, drawingOf, noteBlock, rowMiddle, textBlock, titleBlock } from './chartLayout.js';
import { CHART_LIMITS, type ChartOptions, chartSettings, tooMany } from './chartOptions.js';
import { dateWords } from './dateWords.js';
import { GRADES, said, saidByArea } from './grades.js';
import { type LegendEntry, legend, swatch } from './legend.js';
import { clipped, element, fitting, label, svg, textWidth } from './svg.js';

/** The grade columns' headings, longest first: the first that fits is used. */
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
  readonly grades: readonly (AreaJudgement | undefined)[];
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
  const grades: (AreaJudgement | undefined)[] = [compared.overall as AreaJudgement | undefined];
  for (const row of AREA_ROWS) {
    const id = framework === undefined ? undefined : (row.areas as Readonly<Record<string, string>>)[framework];
    grades.push(id === undefined ? undefined : (areas.get(id) as AreaJudgement | undefined));
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

/** A publication date in its column, longest first: "Jan 2019", "2019", "'19"; "None" where there is none. */
function publishedWords(date: CalendarDate | undefined): string[] {
  return date === undefined ? ['None', '–'] : dateWords(date);
}

/** The neighbours counted by grade, overall and for each area: "Overall: 2 good, 1 inadequate", a column each. */
function countedByGrade(neighbours: readonly Row[]): string[] {
  const order = [...GRADES.map((grade) => said(grade, 'no grade')), 'no grade'];
  return COLUMN_WORDS.map((words, column) => {
    const counts = new Map<string, number>();
    for (const row of neighbours) {
      const key = said(row.grades[column], 'no grade');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return `${words[0]}: ${order
      .filter((key) => counts.has(key))
      .map((key) => `${counts.get(key)} ${key}`)
      .join(', ')}`;
  });
}

/** The comparison chart being drawn: the comparison as read, and the grades drawn, for the legend. */
interface ComparisonDrawing extends Drawing, ComparisonSnapshot {
  readonly used: Set<AreaJudgement>;
}

/**
 * The comparison chart's drawing with its table laid out: the names' column (`nameW`
 * wide), the publication dates' at `dateX` (`datesW` wide), and five grade columns from
 * `gradeX`, each `gradeW` wide.
 */
interface ComparisonTable extends ComparisonDrawing {
  readonly nameW: number;
  readonly dateX: number;
  readonly datesW: number;
  readonly gradeX: number;
  readonly gradeW: number;
}

/** The table's columns: names as wide as the longest, dates as wide as a month and year, where there is room. */
function comparisonTableOf(drawing: ComparisonDrawing): ComparisonTable {
  const { width, size, small, pad, right, authority, neighbours } = drawing;
  const dateW = width < 560 ? textWidth("'22", small) + size * 0.8 : textWidth('Mar 2019', size) + size * 0.6;
  const minGradeW = size * 2.1;
  const nameW = Math.min(
    Math.max(...[authority, ...neighbours].map((row) => textWidth(`${row.rank}. ${row.name}`, size, true))) +
      size * 0.6,
    Math.max(size * 6, right - pad - 5 * (minGradeW + 2) - dateW),
  );
  const dateX = pad + nameW;
  const gradeX = dateX + Math.min(dateW, Math.max(size * 2.6, right - dateX - 5 * (minGradeW + 2)));
  const gradeW = Math.min(size * 10, (right - gradeX) / 5 - 2);
  return { ...drawing, nameW, dateX, datesW: gradeX - dateX, gradeX, gradeW };
}

/** The table's headings, at baseline `headerY`: the authority, its latest publication, and each grade. */
function tableHeadings({ pad, size, small, dateX, datesW, gradeX, gradeW, parts }: ComparisonTable, headerY: number) {
  parts.push(label(pad, headerY, 'Authority', size, { weight: 'bold' }));
  const published =
    ['Published', 'Publ.', 'Pub.', 'P.'].find((word) => textWidth(word, size, true) <= datesW - 4) ?? '';
  parts.push(label(dateX, headerY, clipped(published, datesW - 4, size, true), size, { weight: 'bold' }));
  COLUMN_WORDS.forEach((words, column) => {
    const centre = gradeX + column * (gradeW + 2) + gradeW / 2;
    parts.push(
      label(centre, headerY, fitting(words, gradeW, small, true), small, { anchor: 'middle', weight: 'bold' }),
    );
  });
}

/**
 * An authority's row at `y`: its name (the authority's own in bold, on a grey band), the
 * publication of its latest graded inspection, and its grades. Returns the top of the next.
 */
function tableRow(table: ComparisonTable, row: Row, y: number): number {
  const { pad, right, size, small, rowH, gap, nameW, dateX, datesW, gradeX, gradeW, parts, used } = table;
  const middle = rowMiddle(table, y);
  const own = row === table.authority;
  if (own) parts.push(element('rect', { x: pad, y: y - 1, width: right - pad, height: rowH + 2, fill: '#f0f0f0' }));
  const name = clipped(own ? row.name : `${row.rank}. ${row.name}`, nameW - size * 0.5, size, own);
  parts.push(label(pad + 2, middle, name, size, own ? { weight: 'bold' } : {}));
  const date = publishedWords(row.published).find((word) => textWidth(word, small) <= datesW - 4) ?? '';
  parts.push(label(dateX, middle, date, small, { fill: '#333333' }));
  row.grades.forEach((grade, column) => {
    gradeCell(table, { x: gradeX + column * (gradeW + 2), y, width: gradeW }, grade);
    if (grade !== undefined) used.add(grade);
  });
  return y + (rowH + gap + (own ? size * 0.5 : 0));
}

/** The table below `y`: name, the latest inspection's publication, then a column per grade. Returns its bottom. */
function comparisonTable(drawing: ComparisonDrawing, y: number): number {
  const table = comparisonTableOf(drawing);
  const headerY = y + drawing.size * 2.2;
  tableHeadings(table, headerY);
  let top = headerY + drawing.size * 0.7;
  for (const row of [table.authority, ...table.neighbours]) top = tableRow(table, row, top);
  return top;
}

/** The legend below `y`: the grades drawn. Returns the top of the line below it. */
function gradeLegend(drawing: ComparisonDrawing, y: number): number {
  const { size, palette, used } = drawing;
  const entries: LegendEntry<AreaJudgement>[] = (
    [
      ['outstanding', 'Outstanding (Outst., O)'],
      ['good', 'Good (G)'],
      ['requires-improvement', 'Requires improvement (RI)'],
      ['inadequate', 'Inadequate (I)'],
      ['not-judged', 'Not judged (NJ)'],
    ] as const
  ).map(([grade, words]) => [grade, words, swatch(size, palette[grade])]);
  const drawn = entries.filter(([grade]) => used.has(grade));
  return legend(drawing, y, drawn, { lineH: size * 1.6, wrap: false, spaceAfter: true });
}

/** An authority's row as the description says it. */
function rowSentence(row: Row): string {
  const [overall, ...areas] = row.grades;
  return `${row.rank === 0 ? row.name : `${row.rank}. ${row.name}`}: ${row.published === undefined ? 'no graded inspection published' : `latest inspection published ${row.published}`}; overall ${said(overall, 'no grade')}; ${saidByArea(areas, 'no grade')}.`;
}

/** What the chart says, for those who cannot see it. */
function described({ asOf, sources, authority, neighbours }: ComparisonSnapshot, counted: readonly string[]): string {
  const rows = [authority, ...neighbours].map(rowSentence).join(' ');
  return `${authority.name} beside its ${neighbours.length} statistical neighbours, as at ${asOf}. ${rows} The neighbours by grade: ${counted.join('; ')}. Sources: ${sources.join('; ')}.`;
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
  const { asOf, sources, authority, neighbours } = read;
  const title = settings.title ?? `${authority.name} beside its statistical neighbours`;
  const drawing: ComparisonDrawing = { ...drawingOf(settings), ...read, used: new Set() };
  const { size, small, pad } = drawing;
  const counted = countedByGrade(neighbours);
  const asAt = `As at ${asOf}: each authority's latest graded inspection published by then.`;
  let y = noteBlock(drawing, asAt, titleBlock(drawing, title, pad), 3);
  y = comparisonTable(drawing, y) + size * 0.4;
  const byGrade = `The ${neighbours.length} neighbours by grade. ${counted.join('. ')}.`;
  y = textBlock(drawing, byGrade, y, { size: small, lines: 8, leading: 1.3, fill: '#333333' }) + size * 0.8;
  y = gradeLegend(drawing, y);
  const caption = `As at ${asOf}. A dashed box: no such grade (no inspection, or the area not judged on its own). Sources: ${sources.join('; ')}.`;
  y = captionBlock(drawing, caption, y, 6);
  return svg(settings.width, y + pad, title, described(read, counted), drawing.parts.join('\n'), settings.id);
}

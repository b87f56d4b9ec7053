import { filledCell } from './cells.js';
import { rowMiddle } from './chartLayout.js';
import { named, type PlanDrawing } from './planDrawing.js';
import { countsOf, movedWords } from './planProgress.js';
import type { FindingRow, Rating } from './planRead.js';
import { clipped, label, textWidth, wrapped } from './svg.js';

/** The words for a rating in its cell, longest first: the first that fits is used. */
const RATING_WORDS: Readonly<Record<Rating, readonly string[]>> = {
  red: ['Red', 'R'],
  amber: ['Amber', 'A'],
  green: ['Green', 'G'],
  blue: ['Blue', 'B'],
  'not-rated': ['Not rated', 'NR', '–'],
};

/**
 * The plan chart's drawing with its table of findings laid out: the findings' names
 * (`findingW` wide), delivery and impact (`ratingW` wide each), then, where the chart is
 * `wide` enough, the next due date and the details in columns; otherwise the details on a
 * line below each row.
 */
interface FindingTable extends PlanDrawing {
  readonly findingW: number;
  readonly ratingW: number;
  readonly deliveryX: number;
  readonly impactX: number;
  readonly dueX: number;
  readonly detailX: number;
  readonly wide: boolean;
}

/** The table's columns: names as wide as the longest (at most 35% of the chart), ratings as wide as their words. */
function findingTableOf(drawing: PlanDrawing): FindingTable {
  const { width, size, pad, right, summary } = drawing;
  const ratingW = Math.max(textWidth('Not rated', size), textWidth('Delivery', size)) + size;
  const dueW = textWidth('2020-03-31', size) + size;
  const findingW = Math.min(
    Math.max(textWidth('Finding', size), ...summary.findings.map((f) => textWidth(named(drawing, f.findingId), size))) +
      size,
    (width - 2 * pad) * 0.35,
  );
  const deliveryX = pad + findingW;
  const impactX = deliveryX + ratingW + 4;
  const dueX = impactX + ratingW + size;
  const detailX = dueX + dueW;
  return { ...drawing, findingW, ratingW, deliveryX, impactX, dueX, detailX, wide: right - detailX >= size * 14 };
}

/** The table's headings at baseline `headerY`. */
function tableHeadings(table: FindingTable, headerY: number): void {
  const { pad, right, size, findingW, deliveryX, impactX, dueX, detailX, wide, details, parts } = table;
  const headings: [number, string][] = [
    [pad, clipped('Finding', findingW - size / 2, size)],
    [deliveryX, 'Delivery'],
    [impactX, 'Impact'],
  ];
  if (wide) {
    headings.push([dueX, 'Next due'], [detailX, details === undefined ? 'Actions' : 'Actions, and due dates moved']);
  }
  for (const [x, heading] of headings) {
    parts.push(label(x, headerY, clipped(heading, right - x, size), size, { weight: 'bold' }));
  }
}

/** A rating's cell: in its colour, with the longest of its words that fits. */
function ratingCell(table: FindingTable, x: number, y: number, rating: Rating): void {
  const { size, ratingW, palette, used } = table;
  used.add(rating);
  const words = RATING_WORDS[rating].find((word) => textWidth(word, size) <= ratingW - 6) ?? '';
  filledCell(table, { x, y, width: ratingW }, palette[rating], words);
}

/**
 * A finding's row at `y`: its name, its delivery and impact, its next due date, and its
 * actions counted by RAG with the moves of their due dates. Returns the top of the next.
 */
function findingRow(table: FindingTable, finding: FindingRow, y: number): number {
  const { pad, right, size, small, rowH, gap, findingW, deliveryX, impactX, dueX, detailX, wide, parts } = table;
  const middle = rowMiddle(table, y);
  parts.push(label(pad, middle, clipped(named(table, finding.findingId), findingW - size / 2, size), size));
  ratingCell(table, deliveryX, y, finding.delivery);
  ratingCell(table, impactX, y, finding.impact);
  const detail = table.details?.get(finding.findingId);
  const actions = `${countsOf(finding.actions, detail?.counts)}${movedWords(detail, 'moved')}`;
  if (wide) {
    parts.push(label(dueX, middle, finding.nextDue ?? '–', size));
    parts.push(label(detailX, middle, clipped(actions, right - detailX, size), size, { fill: '#333333' }));
    return y + (rowH + gap);
  }
  const due = finding.nextDue === undefined ? 'Nothing due' : `Next due ${finding.nextDue}`;
  const lines = wrapped(`${due}. ${actions}.`, right - pad, small, 3);
  lines.forEach((line, index) => {
    parts.push(label(pad, y + rowH + small * (1.2 + index * 1.25), line, small, { fill: '#333333' }));
  });
  return y + (rowH + small * (0.6 + lines.length * 1.25) + gap);
}

/**
 * The findings below `y`: a row each. Columns where they fit; otherwise the details on a
 * line below. Returns the bottom of the last row.
 *
 * @internal
 */
export function findingTable(drawing: PlanDrawing, y: number): number {
  const table = findingTableOf(drawing);
  const headerY = y + drawing.size * 2;
  tableHeadings(table, headerY);
  let top = headerY + drawing.size * 0.8;
  for (const finding of drawing.summary.findings) top = findingRow(table, finding, top);
  return top;
}

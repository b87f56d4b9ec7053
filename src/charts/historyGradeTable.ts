import { filledCell, gradeCell } from './cells.js';
import type { Placed } from './chartedTypes.js';
import { rowMiddle } from './chartLayout.js';
import { dateWords } from './dateWords.js';
import { definedFill, definedWords, isDefinedGrade } from './definedGrades.js';
import { type HistoryDrawing, rowLabel } from './historyDrawing.js';
import { clipped, fitting, label, wrapped } from './svg.js';

/** The words for a kind of inspection under its column's heading, longest first. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  sif: ['SIF', 'S'],
  'standard-inspection': ['Standard', 'Std', 'S'],
  'short-inspection': ['Short', 'Sh'],
  'graded-inspection': ['Graded', 'Gr', 'G'],
};

/**
 * The history chart's drawing with its table of grades laid out: blocks of columns, one
 * column per inspection, each block with a header (two lines, or three where any column
 * has a third: a predecessor, or only a publication date) above a row per grade.
 */
interface GradeTable extends HistoryDrawing {
  readonly columnW: number;
  readonly inBlock: number;
  readonly blocks: number;
  readonly headerH: number;
  readonly blockH: number;
  readonly withThird: boolean;
}

/** The table's layout: as many columns in a block as fit at their narrowest, the blocks as even as can be. */
function gradeTableOf(drawing: HistoryDrawing): GradeTable {
  const { inspections, left, right, size, rowH, gap } = drawing;
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
  const blockH = headerH + drawing.rows.length * (rowH + gap) + size;
  return { ...drawing, columnW, inBlock, blocks, headerH, blockH, withThird };
}

/** An inspection's column: the inspection, its number (as its mark's), its left edge and the top of its block. */
interface Column {
  readonly placed: Placed;
  readonly number: number;
  readonly x: number;
  readonly top: number;
}

/** A column's heading: its number and date, the kind of inspection, and a third line where it has one. */
function columnHeading(table: GradeTable, { placed, number, x, top }: Column): void {
  const { columnW, withThird, size, small, parts, used } = table;
  const { inspection, date, daysKnown, predecessor } = placed;
  const centre = x + columnW / 2;
  const heading = fitting([...dateWords(date).map((words) => `${number}. ${words}`), `${number}`], columnW, size, true);
  parts.push(label(centre, top + size, heading, size, { anchor: 'middle', weight: 'bold' }));
  const kind = inspection.outcome.framework === 'sif-2013' ? 'sif' : inspection.kind;
  parts.push(
    label(centre, top + size * 2.1, fitting(KIND_WORDS[kind] as readonly string[], columnW, small), small, {
      anchor: 'middle',
      fill: '#555555',
    }),
  );
  if (!withThird) return;
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

/** A column's grades, a cell a row: overall, then each area's row; a grade of a caller's scale in its colour and words. */
function gradeColumn(table: GradeTable, { placed, x, top }: Column): void {
  const { columnW, headerH, rowH, gap, used, size, palette } = table;
  placed.cells.forEach((cell, row) => {
    const box = { x, y: top + headerH + row * (rowH + gap), width: columnW };
    if (isDefinedGrade(cell)) {
      const words = clipped(fitting(definedWords(cell), columnW - 6, size), columnW - 6, size);
      filledCell(table, box, definedFill(palette, cell), words);
      return;
    }
    gradeCell(table, box, cell);
    used.add(cell ?? 'ungraded');
  });
}

/**
 * The grades below `gridTop`: a table, one column per inspection in date order, numbered
 * as its mark on the time axis, in as many blocks as the width needs. Returns the bottom
 * of its last block.
 *
 * @internal
 */
export function gradeTable(drawing: HistoryDrawing, gridTop: number): number {
  const table = gradeTableOf(drawing);
  const { blocks, blockH, inBlock, headerH, columnW, inspections, left, rowH, gap } = table;
  for (let block = 0; block < blocks; block += 1) {
    const top = gridTop + block * blockH;
    table.rows.forEach((words, index) => {
      rowLabel(table, words, rowMiddle(table, top + headerH + index * (rowH + gap)));
    });
    for (let column = 0; column < inBlock; column += 1) {
      const index = block * inBlock + column;
      const placed = inspections[index];
      if (placed === undefined) break;
      const at: Column = { placed, number: index + 1, x: left + column * (columnW + 4), top };
      columnHeading(table, at);
      gradeColumn(table, at);
    }
  }
  return gridTop + blocks * blockH;
}

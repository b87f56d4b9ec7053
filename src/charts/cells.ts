import type { AreaJudgement } from '../outcome/outcome.js';
import { type Drawing, rowMiddle } from './chartLayout.js';
import { GRADE_WORDS } from './grades.js';
import { textOn } from './palette.js';
import { element, fitting, label } from './svg.js';

/**
 * Where a cell of a table goes: its left edge, its top and its width; its height is the
 * layout's row height.
 *
 * @internal
 */
export interface CellBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A cell filled with a colour, its text centred in black or white, whichever contrasts more. @internal */
export function filledCell(drawing: Drawing, { x, y, width }: CellBox, fill: string, text: string): void {
  drawing.parts.push(
    element('rect', { x, y, width, height: drawing.rowH, fill, stroke: '#ffffff' }),
    label(x + width / 2, rowMiddle(drawing, y), text, drawing.size, { anchor: 'middle', fill: textOn(fill) }),
  );
}

/** A cell with no grade: a dashed box with a dash in it. @internal */
export function emptyCell(drawing: Drawing, { x, y, width }: CellBox): void {
  drawing.parts.push(
    element('rect', {
      x,
      y,
      width,
      height: drawing.rowH,
      fill: '#ffffff',
      stroke: '#8c8c8c',
      'stroke-dasharray': '3 3',
    }),
    label(x + width / 2, rowMiddle(drawing, y), '–', drawing.small, { anchor: 'middle', fill: '#555555' }),
  );
}

/** A grade's cell: in its colour, with the longest of its words that fits; an empty cell where there is no grade. @internal */
export function gradeCell(drawing: Drawing, box: CellBox, grade: AreaJudgement | undefined): void {
  if (grade === undefined) {
    emptyCell(drawing, box);
    return;
  }
  filledCell(drawing, box, drawing.palette[grade], fitting(GRADE_WORDS[grade], box.width - 6, drawing.size));
}

import type { Drawing } from './chartLayout.js';
import { clipped, element, label, textWidth, wrapped } from './svg.js';

/** A legend's mark, drawn with its top left at a point. @internal */
export type LegendMark = (x: number, y: number) => string;

/** A square of colour the size of the text, outlined; dashed where it stands for no grade. @internal */
export function swatch(size: number, fill: string, dashed = false): LegendMark {
  return (x, y) =>
    element('rect', {
      x,
      y,
      width: size,
      height: size,
      fill,
      stroke: dashed ? '#8c8c8c' : '#767676',
      ...(dashed && { 'stroke-dasharray': '3 3' }),
    });
}

/** An entry of a legend: the key of what it explains, its words, and its mark (none: words alone). @internal */
export type LegendEntry<Key> = readonly [key: Key, words: string, mark: LegendMark | undefined];

/** How a legend is set. @internal */
export interface LegendForm {
  /** The height of a line. */
  readonly lineH: number;
  /** Whether an entry's words wrap onto as many as three lines of their own (true), or are cut to fit (false). */
  readonly wrap: boolean;
  /** Whether the space after an entry must fit on its line as well as the entry. */
  readonly spaceAfter: boolean;
}

/**
 * A legend below `y`: its entries flow left to right, each after the last on its line, on
 * a new line where one does not fit; an entry whose words wrap takes lines of its own.
 * Returns the top of the line below it.
 *
 * @internal
 */
export function legend<Key>(
  drawing: Drawing,
  y: number,
  entries: readonly LegendEntry<Key>[],
  { lineH, wrap, spaceAfter }: LegendForm,
): number {
  const { pad, right, size, parts } = drawing;
  let x = pad;
  let top = y;
  for (const [, words, mark] of entries) {
    const markW = mark === undefined ? 0 : size * 1.3;
    const lines = wrap ? wrapped(words, right - pad - markW, size, 3) : [words];
    const textW = Math.max(...lines.map((line) => textWidth(line, size)));
    const needed = markW + textW + size;
    if (lines.length > 1 || (x > pad && (spaceAfter ? x + needed : x + markW + textW) > right)) {
      if (x > pad) top += lineH;
      x = pad;
    }
    if (mark !== undefined) parts.push(mark(x, top));
    lines.forEach((line, index) => {
      const text = wrap ? line : clipped(line, right - x - markW, size);
      parts.push(label(x + markW, top + size * 0.85 + index * lineH, text, size));
    });
    top += (lines.length - 1) * lineH;
    x = lines.length > 1 ? right : spaceAfter ? x + needed : x + markW + textW + size;
  }
  return top + lineH;
}

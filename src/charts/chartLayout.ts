import type { ChartSettings } from './chartOptions.js';
import type { ChartPalette } from './palette.js';
import { paragraph } from './svg.js';

/**
 * The measures every chart is laid out by: its width, text size and palette (from its
 * settings), the margin, the right edge, a row's height, the gap between rows and the size
 * of small text. A chart's parts draw with them into a {@link Drawing}, top to bottom.
 *
 * @internal
 */
export interface ChartLayout {
  readonly width: number;
  readonly size: number;
  readonly palette: ChartPalette;
  readonly pad: number;
  readonly right: number;
  readonly rowH: number;
  readonly gap: number;
  readonly small: number;
}

/** A chart being drawn: its layout, and the elements drawn so far, in order. @internal */
export interface Drawing extends ChartLayout {
  readonly parts: string[];
}

/** A drawing begun from a chart's settings, with nothing drawn yet. @internal */
export function drawingOf({ width, size, palette }: ChartSettings): Drawing {
  const pad = size;
  return {
    width,
    size,
    palette,
    pad,
    right: width - pad,
    rowH: Math.round(size * 2.2),
    gap: 3,
    small: size * 0.9,
    parts: [],
  };
}

/** The baseline that centres text of the layout's size in a row whose top is at `y`. @internal */
export function rowMiddle({ rowH, size }: ChartLayout, y: number): number {
  return y + rowH / 2 + size * 0.35;
}

/** How a block of text is set: its size, and its lines (see {@link paragraph}). @internal */
export interface TextForm {
  readonly size: number;
  readonly lines: number;
  readonly leading: number;
  readonly weight?: 'bold';
  readonly fill?: string;
}

/**
 * Text drawn across the chart, from the margin to the right edge, its lines below `y`;
 * returns the baseline of its last line.
 *
 * @internal
 */
export function textBlock(drawing: Drawing, text: string, y: number, { size, ...form }: TextForm): number {
  const set = paragraph(text, drawing.pad, y, drawing.right - drawing.pad, size, form);
  drawing.parts.push(...set.labels);
  return set.y;
}

/** A chart's title, bold, on as many as three lines below `y`; returns the baseline of its last line. @internal */
export function titleBlock(drawing: Drawing, title: string, y: number): number {
  return textBlock(drawing, title, y, { size: drawing.size * 1.3, lines: 3, leading: 1.25, weight: 'bold' });
}

/** A note in grey text, on at most `lines` lines below `y`; returns the baseline of its last line. @internal */
export function noteBlock(drawing: Drawing, text: string, y: number, lines: number): number {
  return textBlock(drawing, text, y, { size: drawing.size, lines, leading: 1.35, fill: '#333333' });
}

/** A caption in small grey text, on at most `lines` lines below `y`; returns the baseline of its last line. @internal */
export function captionBlock(drawing: Drawing, text: string, y: number, lines: number): number {
  return textBlock(drawing, text, y, { size: drawing.small, lines, leading: 1.3, fill: '#444444' });
}

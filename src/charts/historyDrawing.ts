import type { AreaJudgement } from '../outcome/outcome.js';
import type { ChartedHistory } from './chartedTypes.js';
import { type Drawing, drawingOf } from './chartLayout.js';
import type { ChartSettings } from './chartOptions.js';
import type { MarkedVisit } from './historyVisits.js';
import type { Regime } from './interventionBands.js';
import { clipped, fitting, label, textWidth } from './svg.js';

/** The rows of grades' labels, longest first: the first that fits is used. @internal */
export const ROW_WORDS: readonly (readonly string[])[] = [
  ['Overall'],
  ['Leaders'],
  ['Help and protection', 'Help & protection', 'Help & prot.'],
  ['Children in care', 'In care'],
  ['Care leavers', 'Leavers'],
];

/** The labels of the time axis's lanes, longest first. @internal */
export const LANE_WORDS = {
  inspections: ['Inspections', 'Graded'],
  interventions: ['DfE intervention', 'DfE'],
  visits: ['Visits'],
} as const;

/** What the history chart's legend can explain: the keys of what it drew. @internal */
export type HistoryKey = AreaJudgement | 'ungraded' | 'inspection' | 'published' | 'predecessor' | Regime | MarkedVisit;

/**
 * The history chart being drawn: the history as read, the plot's left edge (right of the
 * rows' labels, `labelW` wide), and the keys of what has been drawn, for the legend.
 *
 * @internal
 */
export interface HistoryDrawing extends Drawing, ChartedHistory {
  readonly labelW: number;
  readonly left: number;
  readonly used: Set<HistoryKey>;
}

/** The history chart's drawing begun, its labels' column as wide as its longest label (at most 30% of the chart). @internal */
export function historyDrawingOf(settings: ChartSettings, charted: ChartedHistory): HistoryDrawing {
  const drawing = drawingOf(settings);
  const { width, size, pad } = drawing;
  const full = [...charted.rows, ...Object.values(LANE_WORDS)].map((words) => words[0] as string);
  const labelW = Math.min(Math.max(...full.map((row) => textWidth(row, size))), (width - 2 * pad) * 0.3) + size;
  return { ...drawing, ...charted, labelW, left: pad + labelW, used: new Set() };
}

/** A row's label, right-aligned in the labels' column, at baseline `y`: the longest of its words that fits. @internal */
export function rowLabel({ left, labelW, size, parts }: HistoryDrawing, words: readonly string[], y: number): void {
  parts.push(
    label(left - size / 2, y, clipped(fitting(words, labelW - size, size), labelW - size, size), size, {
      anchor: 'end',
    }),
  );
}

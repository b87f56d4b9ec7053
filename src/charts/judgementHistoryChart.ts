import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { type InspectionHistory, readHistory } from '../inspection/inspectionHistory.js';
import { chartedHistory } from './chartedHistory.js';
import type { ChartedHistory, Placed } from './chartedTypes.js';
import { captionBlock, type Drawing } from './chartLayout.js';
import { CHART_LIMITS, type ChartOptions, type ChartSettings, chartSettings, tooMany } from './chartOptions.js';
import { describedHistory } from './historyDescription.js';
import { type HistoryDrawing, historyDrawingOf } from './historyDrawing.js';
import { gradeTable } from './historyGradeTable.js';
import { historyLegend } from './historyLegend.js';
import { timeline } from './historyTimeline.js';
import { label, svg, wrapped } from './svg.js';

/** The title, bold, on as many as three lines; returns the baseline of the time axis's years. */
function titled({ width, size, pad, parts }: Drawing, title: string): number {
  const titleSize = size * 1.3;
  const lines = wrapped(title, width - 2 * pad, titleSize, 3, true);
  lines.forEach((line, index) => {
    parts.push(label(pad, pad + titleSize * (1 + index * 1.25), line, titleSize, { weight: 'bold' }));
  });
  return pad + titleSize * (1 + (lines.length - 1) * 1.25) + size * 1.8;
}

/** Where the data comes from, below `y`, when the history says; returns the bottom of what is drawn. */
function sourced(drawing: HistoryDrawing, y: number): number {
  const { coverage } = drawing.history;
  if (coverage === undefined) return y;
  const text = `Data as at ${coverage.asOf}. Sources: ${coverage.sources.join('; ')}.`;
  return captionBlock(drawing, text, y, 4) + drawing.small * 0.5;
}

/** The chart's body, laid out in the settings' width, top to bottom. */
function drawn(charted: ChartedHistory, title: string, settings: ChartSettings): { body: string; height: number } {
  const drawing = historyDrawingOf(settings, charted);
  let y = titled(drawing, title);
  y = timeline(drawing, y);
  y = gradeTable(drawing, y) + drawing.size * 0.2;
  y = historyLegend(drawing, y);
  y = sourced(drawing, y);
  return { body: drawing.parts.join('\n'), height: y + drawing.pad };
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
 * the data's date and sources. The legend explains only what is drawn.
 *
 * An inspection under a framework of your own (pass it as `frameworks`, as to
 * `createInspectionHistory`) has rows of its own: its framework's areas, by title, below
 * the built-in rows; each cell says its grade in the scale's label, coloured by the
 * grade's rank on the scale (the best in the palette's outstanding colour, the worst in
 * its inadequate colour, those between mixed along the palette's grades; never by the
 * grade's name); the legend lists the scale's grades, best
 * first. A history of built-in inspections is drawn as without the option. Accessible
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
export function judgementHistoryChart(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  options?: ChartOptions,
): string {
  const settings = chartSettings('judgementHistoryChart', options);
  history = readHistory('judgementHistoryChart', history, settings.frameworks);
  if (history.events.length > CHART_LIMITS.historyEvents) {
    tooMany(
      'judgementHistoryChart',
      ['history', 'events'],
      'The history',
      history.events.length,
      CHART_LIMITS.historyEvents,
    );
  }
  const charted = chartedHistory(history, settings.frameworks);
  const firstYear = (charted.inspections[0] as Placed).date.slice(0, 4);
  const lastYear = (charted.inspections.at(-1) as Placed).date.slice(0, 4);
  const title =
    settings.title ??
    `${history.authority.name}: graded inspections${firstYear === lastYear ? ` ${firstYear}` : `, ${firstYear}-${lastYear}`}`;
  const { body, height } = drawn(charted, title, settings);
  return svg(settings.width, height, title, describedHistory(charted), body, settings.id);
}

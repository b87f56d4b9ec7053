import { definedLegend } from './definedGrades.js';
import type { HistoryDrawing, HistoryKey } from './historyDrawing.js';
import { type LegendEntry, type LegendMark, legend, swatch } from './legend.js';
import { element } from './svg.js';

/** A triangle pointing down, as an inspection's mark. */
function triangle(size: number, fill: string): LegendMark {
  return (x, y) =>
    element('path', {
      d: `M${x} ${y + 1}L${x + size} ${y + 1}L${x + size / 2} ${y + size}Z`,
      fill,
      stroke: '#1a1a1a',
    });
}

/** A diamond, as a visit's mark. */
function diamond(size: number): LegendMark {
  return (x, y) =>
    element('path', {
      d: `M${x + size / 2} ${y}L${x + size} ${y + size / 2}L${x + size / 2} ${y + size}L${x} ${y + size / 2}Z`,
      fill: '#1a1a1a',
    });
}

/** Everything the history chart's legend can explain, in order. */
function entriesOf({ size, palette }: HistoryDrawing): LegendEntry<HistoryKey>[] {
  return [
    ['outstanding', 'Outstanding (Outst., O)', swatch(size, palette.outstanding)],
    ['good', 'Good (G)', swatch(size, palette.good)],
    ['requires-improvement', 'Requires improvement (RI)', swatch(size, palette['requires-improvement'])],
    ['inadequate', 'Inadequate (Inad., I)', swatch(size, palette.inadequate)],
    ['not-judged', 'Not judged (NJ)', swatch(size, palette['not-judged'])],
    [
      'ungraded',
      'No grade: an area not judged on its own then, or no overall grade awarded',
      swatch(size, '#ffffff', true),
    ],
    [
      'inspection',
      'Graded inspection, at its first day on site; its number heads its column',
      triangle(size, '#1a1a1a'),
    ],
    ['published', 'Days on site not published: placed at its publication', triangle(size, '#ffffff')],
    ['predecessor', '"of …": an inspection of a predecessor council', undefined],
    [
      'improvement-notice',
      'Improvement notice (IN) in force for children’s social care',
      swatch(size, palette['improvement-notice']),
    ],
    [
      'statutory-direction',
      'Statutory direction (SD) in force for children’s social care',
      swatch(size, palette['statutory-direction']),
    ],
    ['focused-visit', 'FV: focused visit', diamond(size)],
    ['monitoring-visit', 'MV: monitoring visit', diamond(size)],
    ['joint-targeted-area-inspection', 'JTAI: joint targeted area inspection', diamond(size)],
    ['area-send-inspection', 'SEND: area SEND inspection of the local area partnership', diamond(size)],
    ['area-send-monitoring', 'SEND MV: area SEND monitoring inspection', diamond(size)],
  ];
}

/** The built-in grades, whose entries lead the legend. */
const GRADE_KEYS: readonly string[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];

/**
 * The legend below `y`: only what the chart draws, each explained; the grades of each of
 * the caller's scales charted follow the built-in grades. Returns the top of the line
 * below it.
 *
 * @internal
 */
export function historyLegend(drawing: HistoryDrawing, y: number): number {
  const drawn: LegendEntry<string>[] = entriesOf(drawing).filter(([key]) => drawing.used.has(key));
  const defined = definedLegend(drawing.inspections, drawing.size, drawing.palette);
  if (defined.length > 0) drawn.splice(drawn.filter(([key]) => GRADE_KEYS.includes(key)).length, 0, ...defined);
  return legend(drawing, y, drawn, { lineH: drawing.size * 1.5, wrap: true, spaceAfter: false });
}

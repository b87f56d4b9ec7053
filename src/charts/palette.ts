import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The colours a chart fills its cells with, one for each grade and each RAG, as
 * `#rrggbb`. Every cell also carries its grade or RAG in words, so no reading depends on
 * colour alone.
 *
 * @example
 * ```ts
 * import type { ChartPalette } from 'ofsted-ilacs/charts';
 *
 * const greys: Partial<ChartPalette> = { outstanding: '#ffffff', good: '#dddddd' };
 * console.log(Object.keys(greys));
 * ```
 *
 * @category Charts
 */
export interface ChartPalette {
  readonly outstanding: string;
  readonly good: string;
  readonly 'requires-improvement': string;
  readonly inadequate: string;
  readonly 'not-judged': string;
  readonly red: string;
  readonly amber: string;
  readonly green: string;
  readonly blue: string;
  readonly 'not-rated': string;
  /** The bands behind the grades while an improvement notice or a statutory direction is in force. */
  readonly 'improvement-notice': string;
  readonly 'statutory-direction': string;
}

/**
 * The default palette, from Okabe and Ito's colours, which stay distinct with the common
 * forms of colour blindness; black text on every fill has a contrast of at least 5.4:1
 * (the 4.5:1 of WCAG's level AA for text).
 * Frozen.
 *
 * @example
 * ```ts
 * import { CHART_PALETTE } from 'ofsted-ilacs/charts';
 *
 * console.log(CHART_PALETTE.inadequate); // '#D55E00'
 * ```
 *
 * @category Charts
 */
export const CHART_PALETTE: ChartPalette = /* @__PURE__ */ deepFreeze({
  outstanding: '#56B4E9',
  good: '#009E73',
  'requires-improvement': '#F0E442',
  inadequate: '#D55E00',
  'not-judged': '#DDDDDD',
  red: '#D55E00',
  amber: '#E69F00',
  green: '#009E73',
  blue: '#56B4E9',
  'not-rated': '#DDDDDD',
  'improvement-notice': '#FBE9D7',
  'statutory-direction': '#F6D2BF',
});

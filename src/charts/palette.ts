import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * The colours a chart fills its cells with, one for each grade and each RAG, as
 * `#rrggbb`. Every cell also carries its grade or RAG in words, so no reading depends on
 * colour alone; its text is black or white, whichever contrasts more with the fill.
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
 * The default palette. Each scale's colours differ in lightness as well as hue, so they
 * stay apart with protanopia, deuteranopia and tritanopia (the library's tests simulate
 * each): the red is a red (a crimson, far darker than the amber), the amber a
 * golden yellow, the blue darker than the green. Text on each fill is black or white,
 * whichever contrasts more, at 5.4:1 or more (WCAG's level AA for text asks 4.5:1); every
 * cell says its grade or RAG in words as well. Frozen.
 *
 * @example
 * ```ts
 * import { CHART_PALETTE } from 'ofsted-ilacs/charts';
 *
 * console.log(CHART_PALETTE.red, CHART_PALETTE.amber); // '#B2182B' '#F5B700'
 * ```
 *
 * @category Charts
 */
export const CHART_PALETTE: ChartPalette = /* @__PURE__ */ deepFreeze({
  outstanding: '#2166AC',
  good: '#1B9E77',
  'requires-improvement': '#F0E442',
  inadequate: '#B2182B',
  'not-judged': '#D0D0D0',
  red: '#B2182B',
  amber: '#F5B700',
  green: '#1B9E77',
  blue: '#2166AC',
  'not-rated': '#D0D0D0',
  'improvement-notice': '#FCE3C4',
  'statutory-direction': '#E3B7D9',
});

/** WCAG's relative luminance of a colour written `#rrggbb`. @internal */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The colour for text on a fill: black or white, whichever contrasts more. @internal */
export function textOn(fill: string): '#000000' | '#ffffff' {
  const light = luminance(fill);
  return (light + 0.05) / 0.05 >= 1.05 / (light + 0.05) ? '#000000' : '#ffffff';
}

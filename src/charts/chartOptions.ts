import { type OptionRule, objectOption, textOption, wholeNumberOption } from '../check/options.js';
import { describeValue, isRecord } from '../check/values.js';
import { CHART_PALETTE, type ChartPalette } from './palette.js';

/**
 * Options every chart takes.
 *
 * @example
 * ```ts
 * import { judgementHistoryChart, type ChartOptions } from 'ofsted-ilacs/charts';
 * import { HULL_HISTORY } from 'ofsted-ilacs/testing';
 *
 * const options: ChartOptions = { width: 720, fontSize: 12, title: 'Hull, 2014-2026' };
 * console.log(judgementHistoryChart(HULL_HISTORY, options).startsWith('<svg')); // true
 * ```
 *
 * @category Charts
 */
export interface ChartOptions {
  /** The chart's width in pixels, from 320 to 4,000; its height follows from what it shows. Default 880. */
  readonly width?: number;
  /** The size of its text in pixels, from 8 to 32. Default 12. */
  readonly fontSize?: number;
  /** The title shown and read out. Default: said from what is charted. */
  readonly title?: string;
  /** Colours to use instead of the default's (see `CHART_PALETTE`). */
  readonly palette?: Partial<ChartPalette>;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A palette: known keys only, each a colour written `#rrggbb`. */
const paletteOption: OptionRule = (value, name) => {
  const problem = objectOption(value, name);
  if (problem !== undefined) return problem;
  for (const [key, colour] of Object.entries(value as Record<string, unknown>)) {
    if (!Object.hasOwn(CHART_PALETTE, key)) {
      return {
        code: 'unknown-key',
        message: `${name}.${key} is not a colour of the palette: use ${Object.keys(CHART_PALETTE).join(', ')}.`,
      };
    }
    if (typeof colour !== 'string' || !COLOUR.test(colour)) {
      return {
        code: 'invalid-value',
        message: `${name}.${key} must be a colour written #rrggbb, such as #D55E00, got ${describeValue(colour)}.`,
      };
    }
  }
  return undefined;
};

/** The rules of {@link ChartOptions}. @internal */
export const CHART_OPTIONS: Readonly<Record<string, OptionRule>> = {
  width: /* @__PURE__ */ wholeNumberOption(320, 4000),
  fontSize: /* @__PURE__ */ wholeNumberOption(8, 32),
  title: textOption,
  palette: paletteOption,
};

/** A chart's options with the defaults filled in. @internal */
export interface ChartSettings {
  readonly width: number;
  readonly size: number;
  readonly palette: ChartPalette;
}

/** The settings of checked options. @internal */
export function settingsOf(options: ChartOptions | undefined): ChartSettings {
  return {
    width: options?.width ?? 880,
    size: options?.fontSize ?? 12,
    palette: isRecord(options?.palette) ? { ...CHART_PALETTE, ...options.palette } : CHART_PALETTE,
  };
}

import { type Path, type Problem, suggestion, textFieldProblem, wholeNumberProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { listSnapshot, refusedCopyIssue } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue, isRecord } from '../check/values.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { type Issue, issue } from '../result/result.js';
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
  /**
   * The start of the ids of the chart's title and description (`<id>-title`, `<id>-desc`):
   * a letter or `_`, then up to 63 letters, digits, `_` or `-`. Default: `chart-` and a
   * short hash of the chart's text, so two different charts on one page never share an id
   * (give an id when a page shows the same chart twice).
   */
  readonly id?: string;
  /**
   * Frameworks of your own, made by `defineFramework`, that a history's outcomes may be
   * under (as `createInspectionHistory` takes them): `judgementHistoryChart` checks the
   * history with them and draws an inspection under one in rows of its areas, graded on
   * its scale. Without them, such an inspection is unknown and the history refused. The
   * other charts draw no inspection outcome and only check the option.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * The most one chart draws, so that its size and the work to draw it stay bounded: events
 * of a history (`judgementHistoryChart`), findings of a plan (`planChart`), and
 * authorities beside the one compared (`neighbourComparisonChart`). A chart given more
 * refuses with `OfstedIlacsError` (`invalid-argument`, issue code `too-many`): chart a
 * part (a span of years, a plan's findings by area) instead. Frozen.
 *
 * @example
 * ```ts
 * import { CHART_LIMITS } from 'ofsted-ilacs/charts';
 *
 * console.log(CHART_LIMITS); // { historyEvents: 200, planFindings: 100, neighbours: 20 }
 * ```
 *
 * @category Charts
 */
export const CHART_LIMITS = /* @__PURE__ */ Object.freeze({
  historyEvents: 200,
  planFindings: 100,
  neighbours: 20,
} as const);

/** The refusal of more than a chart draws. @internal */
export function tooMany(fn: string, path: Path, what: string, count: number, limit: number): never {
  throw refusal('invalid-argument', fn, [
    issue(
      path,
      'too-many',
      `${what} has ${count.toLocaleString('en-GB')} items; one chart draws at most ${limit.toLocaleString('en-GB')} (CHART_LIMITS): chart a part of it.`,
      { field: path.join('.'), found: `${count} items`, limit },
    ),
  ]);
}

/** The issue for a value that must be an object and is not: `name must be an object, got <found>`. @internal */
export function notAnObject(at: Path, name: string, value: unknown): Issue {
  const found = describeValue(value);
  return issue(at, 'invalid-type', `${name} must be an object, got ${found}.`, { field: name, found, rule: 'object' });
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const ID = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/**
 * Reads one option's value, given once, pushing issues at its path; returns what the chart
 * keeps of it (a snapshot), or `undefined` when it was refused. @internal
 */
export type OptionReader = (value: unknown, at: Path, issues: Issue[]) => unknown;

/** Pushes an issue at a path when there is a problem; returns the value when there is none. */
function kept<T>(issues: Issue[], at: Path, value: T, problem: Problem | undefined) {
  if (problem === undefined) return value;
  issues.push(issue(at, problem.code, problem.message, problem.params));
  return undefined;
}

/** A whole number option. */
function wholeNumber(min: number, max: number): OptionReader {
  return (value, at, issues) => kept(issues, at, value, wholeNumberProblem(value, String(at.at(-1)), min, max));
}

/**
 * Reads a record option once into a map of its own keys, calling `entry` on each value; a
 * value that is not a record is refused. @internal
 */
export function recordOption(entry: (key: string, value: unknown, at: Path, issues: Issue[]) => unknown): OptionReader {
  return (value, at, issues) => {
    const name = at.map(String).join('.');
    if (!isRecord(value)) {
      issues.push(notAnObject(at, name, value));
      return undefined;
    }
    const snapshot = new Map<string, unknown>();
    const before = issues.length;
    for (const key of Object.keys(value)) snapshot.set(key, entry(key, value[key], [...at, key], issues));
    return issues.length === before ? snapshot : undefined;
  };
}

/** A palette: known keys only, each a colour written `#rrggbb`. */
const paletteOption: OptionReader = recordOption((key, colour, at, issues) => {
  if (!Object.hasOwn(CHART_PALETTE, key)) {
    issues.push(
      issue(
        at,
        'unknown-key',
        `options.palette.${key.slice(0, 60)} is not a colour of the palette: use ${Object.keys(CHART_PALETTE).join(', ')}.`,
        { field: 'options.palette', found: describeValue(key), allowed: Object.keys(CHART_PALETTE) },
      ),
    );
  } else if (typeof colour !== 'string' || !COLOUR.test(colour)) {
    issues.push(
      issue(
        at,
        'invalid-value',
        `options.palette.${key} must be a colour written #rrggbb, such as #B2182B, got ${describeValue(colour)}.`,
        { field: `options.palette.${key}`, found: describeValue(colour), rule: 'colour' },
      ),
    );
  }
  return colour;
});

/** A text option. @internal */
export const textOption: OptionReader = (value, at, issues) =>
  kept(issues, at, value, textFieldProblem(value, at.map(String).join('.')));

/** The caller's frameworks: a list read once by index, each made by `defineFramework`. */
const frameworksOption: OptionReader = (value, at, issues) => {
  let list: unknown;
  try {
    list = listSnapshot(value) ?? value;
  } catch (error) {
    issues.push(refusedCopyIssue(error, at));
    return undefined;
  }
  return kept(issues, at, list, frameworksProblem(list, at.map(String).join('.')));
};

/** The options every chart reads. @internal */
export const CHART_OPTIONS: Readonly<Record<string, OptionReader>> = {
  width: /* @__PURE__ */ wholeNumber(320, 4000),
  fontSize: /* @__PURE__ */ wholeNumber(8, 32),
  title: textOption,
  palette: paletteOption,
  id: (value, at, issues) =>
    kept(
      issues,
      at,
      value,
      typeof value === 'string' && ID.test(value)
        ? undefined
        : {
            code: typeof value === 'string' ? 'invalid-value' : 'invalid-type',
            message: `options.id must be a letter or _ then up to 63 letters, digits, _ or -, such as "hull-history", got ${describeValue(value)}.`,
            params: { field: 'options.id', found: describeValue(value), rule: 'id' },
          },
    ),
  frameworks: frameworksOption,
};

/** A chart's options, read once and checked, with the defaults filled in. @internal */
export interface ChartSettings {
  readonly width: number;
  readonly size: number;
  readonly palette: ChartPalette;
  readonly title: string | undefined;
  readonly id: string | undefined;
  /** The caller's frameworks, as read (a copy of the list). */
  readonly frameworks: readonly DefinedFramework[] | undefined;
  /** Every option given, as read (snapshots of records), by name. */
  readonly given: ReadonlyMap<string, unknown>;
}

/**
 * Reads a chart's options once, inside a guard, into a snapshot, and checks each with its
 * reader: an option the chart does not have, a value of the wrong type or out of range,
 * or options whose reading throws are refused with `OfstedIlacsError` (`invalid-option`),
 * each issue naming the option. The chart then works on the snapshot alone.
 *
 * @internal
 */
export function chartSettings(
  fn: string,
  options: unknown,
  readers: Readonly<Record<string, OptionReader>> = CHART_OPTIONS,
): ChartSettings {
  const issues: Issue[] = [];
  const given = new Map<string, unknown>();
  if (options !== undefined) {
    try {
      if (!isRecord(options)) {
        issues.push(notAnObject(['options'], 'options', options));
      } else {
        for (const name of Object.keys(options)) {
          if (!Object.hasOwn(readers, name)) {
            const known = Object.keys(readers);
            issues.push(
              issue(
                ['options', name],
                'unknown-key',
                `"${name.length > 60 ? `${name.slice(0, 60)}…` : name}" is not an option here: the options are ${known.join(', ')}${suggestion(name, known).replace(' (', '; ').replace('?)', '?')}.`,
                { field: 'options', found: describeValue(name), allowed: known },
              ),
            );
            continue;
          }
          const value = options[name];
          if (value === undefined) continue;
          given.set(name, (readers[name] as OptionReader)(value, ['options', name], issues));
        }
      }
    } catch {
      issues.push(unreadable(['options']));
    }
  }
  if (issues.length > 0) throw refusal('invalid-option', fn, issues);
  const colours = given.get('palette') as ReadonlyMap<string, string> | undefined;
  return {
    width: (given.get('width') as number | undefined) ?? 880,
    size: (given.get('fontSize') as number | undefined) ?? 12,
    palette: colours === undefined ? CHART_PALETTE : { ...CHART_PALETTE, ...Object.fromEntries(colours) },
    title: given.get('title') as string | undefined,
    id: given.get('id') as string | undefined,
    frameworks: given.get('frameworks') as readonly DefinedFramework[] | undefined,
    given,
  };
}

import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { Scale } from '../defined/defineScale.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import type { ChartCell, DefinedGrade, Placed } from './chartedTypes.js';
import type { LegendEntry } from './legend.js';
import { swatch } from './legend.js';
import type { ChartPalette } from './palette.js';

/** Whether a cell holds a grade on a scale of the caller's. @internal */
export function isDefinedGrade(cell: ChartCell): cell is DefinedGrade {
  return typeof cell === 'object';
}

/** The palette's grades, best first: the ramp a caller's scale is coloured along. */
const RAMP = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;

/** Two colours written `#rrggbb` mixed, `share` of the way from the first to the second. */
function mixed(from: string, to: string, share: number): string {
  let colour = '#';
  for (const at of [1, 3, 5]) {
    const a = Number.parseInt(from.slice(at, at + 2), 16);
    const b = Number.parseInt(to.slice(at, at + 2), 16);
    colour += Math.round(a + (b - a) * share)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  }
  return colour;
}

/**
 * The colour of a grade on a caller's scale, by its rank alone (never by its name, so a
 * grade called "inadequate" or "green" is coloured where it stands on its own scale): the
 * best at the palette's outstanding colour, the worst at its inadequate colour, those
 * between mixed along the palette's four grade colours (a four-point scale takes them as
 * they are).
 *
 * @internal
 */
export function definedFill(palette: ChartPalette, { scale, grade }: DefinedGrade): string {
  const at = (scale.grades.indexOf(grade) / (scale.grades.length - 1)) * (RAMP.length - 1);
  const low = Math.min(Math.floor(at), RAMP.length - 2);
  return mixed(palette[RAMP[low] as keyof ChartPalette], palette[RAMP[low + 1] as keyof ChartPalette], at - low);
}

/** A grade's words in a cell, longest first: its label, then the label's initials. @internal */
export function definedWords({ scale, grade }: DefinedGrade): readonly string[] {
  const label = (scale.labels as Readonly<Record<string, string>>)[grade] as string;
  const initials = label
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => Array.from(word)[0])
    .join('')
    .toUpperCase();
  return initials === label ? [label] : [label, initials];
}

/** A grade's label, as a sentence says it; `otherwise` where there is none. */
function saidOf(cell: ChartCell, otherwise: string): string {
  if (cell === undefined) return otherwise;
  return isDefinedGrade(cell) ? (definedWords(cell)[0] as string) : 'not judged';
}

/** The cell of a grade given in a caller's outcome: on its scale, not judged, or none. */
function cellOf(scale: Scale, grade: string | undefined): ChartCell {
  if (grade === undefined) return undefined;
  return grade === 'not-judged' ? ('not-judged' as AreaJudgement) : { scale, grade };
}

/** An inspection under a caller's framework as the description says it, numbered as its mark. @internal */
export function definedSentence(placed: Placed, number: number, when: string, kind: string): string {
  const framework = placed.framework as DefinedFramework;
  const outcome = placed.inspection.outcome as DefinedOutcome;
  const judgements = outcome.judgements as Readonly<Record<string, string | undefined>>;
  const overall = framework.overall.awarded
    ? saidOf(cellOf(framework.scale, outcome.awardedOverall), 'not given')
    : 'not awarded';
  const areas = framework.areas.map(
    (area) => `${area.title}: ${saidOf(cellOf(framework.scale, judgements[area.id]), 'not judged')}`,
  );
  const of = placed.predecessor === undefined ? '' : ` of ${placed.predecessor}, a predecessor council`;
  return `${number}. ${when}, ${kind}${of} under ${framework.title} (${framework.id}): overall ${overall}; ${areas.join('; ')}.`;
}

/** The rows of a table whose inspections are under frameworks of the caller's, and each inspection's cells in them. */
export interface DefinedTable {
  readonly rows: readonly (readonly string[])[];
  readonly cells: (placed: Placed) => ChartCell[];
}

/**
 * The rows of a table with inspections under the caller's frameworks: overall; the
 * built-in areas' rows (`builtIn`, after overall) where any inspection is under a built-in
 * framework; then each of the caller's frameworks' areas by title, in the order the
 * frameworks are first charted. An inspection has cells in its own framework's rows only.
 *
 * @internal
 */
export function definedTable(
  placed: readonly Placed[],
  builtIn: readonly (readonly string[])[],
  builtInCells: (placed: Placed) => ChartCell[],
): DefinedTable {
  const frameworks = [...new Set(placed.map((one) => one.framework))];
  const withBuiltIn = frameworks.includes(undefined);
  const defined = frameworks.filter((one): one is DefinedFramework => one !== undefined);
  const rows = [
    ...(withBuiltIn ? builtIn : builtIn.slice(0, 1)),
    ...defined.flatMap((framework) => framework.areas.map((area) => [area.title])),
  ];
  const blank = (framework: DefinedFramework) => framework.areas.map(() => undefined);
  const cells = (one: Placed): ChartCell[] => {
    if (one.framework === undefined) return [...builtInCells(one), ...defined.flatMap(blank)];
    const own = one.framework;
    const outcome = one.inspection.outcome as DefinedOutcome;
    const judgements = outcome.judgements as Readonly<Record<string, string | undefined>>;
    return [
      cellOf(own.scale, outcome.awardedOverall),
      ...(withBuiltIn ? builtIn.slice(1).map(() => undefined) : []),
      ...defined.flatMap((framework) =>
        framework === own ? own.areas.map((area) => cellOf(own.scale, judgements[area.id])) : blank(framework),
      ),
    ];
  };
  return { rows, cells };
}

/**
 * The legend's entries for the caller's scales charted: for each scale once, its
 * frameworks' titles, then each grade best first in its colour, with its label and, where
 * a cell may show them, its initials.
 *
 * @internal
 */
export function definedLegend(placed: readonly Placed[], size: number, palette: ChartPalette): LegendEntry<string>[] {
  const byScale = new Map<Scale, string[]>();
  for (const { framework } of placed) {
    if (framework === undefined) continue;
    const titles = byScale.get(framework.scale) ?? [];
    if (!titles.includes(framework.title)) titles.push(framework.title);
    byScale.set(framework.scale, titles);
  }
  return [...byScale].flatMap(([scale, titles]) => [
    ['defined-scale', `${titles.join(' and ')}, best first:`, undefined] as LegendEntry<string>,
    ...scale.grades.map((grade): LegendEntry<string> => {
      const [label, initials] = definedWords({ scale, grade });
      const words = initials === undefined ? (label as string) : `${label} (${initials})`;
      return ['defined-grade', words, swatch(size, definedFill(palette, { scale, grade }))];
    }),
  ]);
}

import type { Path } from '../check/fields.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { isJudgement } from '../judgement/judgement.js';
import { JUDGEMENT_LABELS } from '../judgement/judgementLabel.js';

/**
 * What the functions that write rows share: the caller's value read once into a copy,
 * grades and frameworks in words, and rows built from their headers and frozen.
 *
 * @internal
 */
export type Cells = readonly string[];

/**
 * The headers of an outcome in a row, in order: its framework, its overall grade, and
 * the four area columns of `AREA_ROWS`. Shared by every table that shows an outcome.
 *
 * @internal
 */
export const OUTCOME_HEADERS = [
  'Framework',
  'Overall',
  'Leaders',
  'Help and protection',
  'Children in care',
  'Care leavers',
] as const;

/** A framework as a board paper names it: "SIF", "ILACS 2018". @internal */
export function frameworkWords(id: FrameworkId): string {
  const framework = FRAMEWORKS[id];
  return framework.family === 'sif' ? 'SIF' : `ILACS ${framework.inForce.from.slice(0, 4)}`;
}

/** A grade in Ofsted's printed words for its framework; "Not judged"; blank for none. @internal */
export function gradeWords(grade: unknown, framework: FrameworkId): string {
  if (grade === 'not-judged') return 'Not judged';
  return isJudgement(grade) ? JUDGEMENT_LABELS[FRAMEWORKS[framework].labelStyle][grade] : '';
}

/** The four area cells (`AREA_ROWS`' order) of an outcome's judgements, in words; blank where none. @internal */
export function areaCells(framework: FrameworkId | undefined, judgements: ReadonlyMap<string, unknown>): Cells {
  return AREA_ROWS.map((row) => {
    const area = framework === undefined ? undefined : row.areas[framework];
    return area === undefined || framework === undefined ? '' : gradeWords(judgements.get(area), framework);
  });
}

/** Rows built from their headers and cells, each frozen, in a frozen list. @internal */
export function frozenRows<H extends string>(
  headers: readonly H[],
  cells: readonly Cells[],
): readonly Readonly<Record<H, string>>[] {
  return Object.freeze(
    cells.map((row) => {
      const record: Record<string, string> = {};
      headers.forEach((header, index) => {
        record[header] = row[index] ?? '';
      });
      return Object.freeze(record as Record<H, string>);
    }),
  );
}

/** A text cell: the text, or blank. @internal */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Where an issue is, for a message: "comparison.neighbours.0". @internal */
export function named(path: Path): string {
  return path.join('.');
}

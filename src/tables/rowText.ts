import type { Path } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { SnapshotRefusal, snapshot } from '../check/snapshot.js';
import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { isJudgement } from '../judgement/judgement.js';
import { JUDGEMENT_LABELS } from '../judgement/judgementLabel.js';
import { issue } from '../result/result.js';

/**
 * What the functions that write rows share: the caller's value read once into a copy,
 * grades and frameworks in words, and rows built from their headers and frozen.
 *
 * @internal
 */
export type Cells = readonly string[];

/** The framework ids the library knows, for messages. */
const FRAMEWORK_LIST = /* @__PURE__ */ Object.keys(FRAMEWORKS).join(', ');

/**
 * The caller's value, read once into a plain copy of its own (see `snapshot`): a value
 * whose reading throws, a list with a hole or one too long is refused with `code`,
 * naming where.
 *
 * @internal
 */
export function readOnce(fn: string, name: string, value: unknown, code: OfstedIlacsError['code']): unknown {
  try {
    return snapshot(value);
  } catch (error) {
    const refused = error instanceof SnapshotRefusal ? error : new SnapshotRefusal('unreadable');
    const where = [name, ...refused.path].join('.');
    const message =
      refused.reason === 'hole'
        ? `${where} is a hole in its list: give a value at every place.`
        : refused.reason === 'too-many'
          ? `${where} holds more items than one call reads (LIMITS.listLength).`
          : `${where} could not be read: reading it threw (a getter or proxy that throws, or nesting too deep). Pass plain data, such as the value the library returned or the result of JSON.parse.`;
    throw refusal(code, fn, [
      issue(
        [name, ...refused.path],
        refused.reason === 'hole' ? 'missing' : refused.reason === 'too-many' ? 'too-many' : 'unreadable',
        message,
      ),
    ]);
  }
}

/** Whether a value is a framework the library knows. @internal */
export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && Object.hasOwn(FRAMEWORKS, value);
}

/** The problem with a framework id read from an outcome, for messages. @internal */
export function frameworkExpected(value: unknown): string {
  return `an outcome's framework must be one of ${FRAMEWORK_LIST}, got ${typeof value === 'string' ? `"${value.slice(0, 60)}"` : 'none'}`;
}

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

/** Whether a value is a grade an area can hold. @internal */
export function isAreaGrade(value: unknown): boolean {
  return value === 'not-judged' || isJudgement(value);
}

/** The four area cells (`AREA_ROWS`' order) of an outcome's judgements, in words; blank where none. @internal */
export function areaCells(framework: FrameworkId | undefined, judgements: ReadonlyMap<string, unknown>): Cells {
  return AREA_ROWS.map((row) => {
    const area = framework === undefined ? undefined : row.areas[framework];
    return area === undefined || framework === undefined ? '' : gradeWords(judgements.get(area), framework);
  });
}

/** The ids of a framework's areas. @internal */
export function areaIdsOf(framework: FrameworkId): readonly string[] {
  return FRAMEWORKS[framework].areas.map((area) => area.id);
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

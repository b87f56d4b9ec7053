import { behaviourOf } from '../defined/behaviour.js';
import type { DefinedOutcome } from '../defined/definedFramework.js';
import { type Issue, issue, shorten } from '../result/result.js';
import { textOf } from './cells.js';
import type { FixedFramework } from './fixedFramework.js';
import { plainWord } from './fixedFramework.js';
import type { RowDates } from './rowDates.js';
import { inForceOn, type Kind, type KindCell } from './rowFramework.js';
import type { RowReader } from './rowReader.js';

/** A framework of the caller's, fixed by the column map. */
type DefinedFixed = Extract<FixedFramework, { readonly kind: 'defined' }>;

/** What a grade cell may hold under the framework, in words: each grade with its label, not-judged, blank. */
function expected(fixed: DefinedFixed, notJudged: boolean, blank: boolean): string {
  const { grades, labels } = fixed.framework.scale;
  const each = grades.map((grade) => `${grade} ("${labels[grade]}")`).join(', ');
  const others = [...(notJudged ? ['not-judged'] : []), ...(blank ? ['blank'] : [])];
  return `a grade of ${fixed.framework.id}: ${each}${others.length > 0 ? `; or ${others.join(' or ')}` : ''}`;
}

/**
 * The grade a cell holds, on the framework's scale: by its id, or its id or label in any
 * case (not-judged too, where `notJudged`); `undefined` for a blank cell (left to the
 * framework's check, which refuses a required area left blank), or after a problem placed
 * at the column (anything else, with the grades it may hold).
 */
function gradeAt(
  reader: RowReader,
  fixed: DefinedFixed,
  column: string,
  { notJudged, blank }: { readonly notJudged: boolean; readonly blank: boolean },
): string | undefined {
  const text = reader.take(column, textOf(column, reader.cell(column), expected(fixed, notJudged, blank)));
  if (text === undefined) return undefined;
  const { grades } = fixed.framework.scale;
  const grade = grades.includes(text) ? text : fixed.words.get(plainWord(text));
  if (grade !== undefined && (notJudged || grade !== 'not-judged')) return grade;
  reader.refuse(column, {
    code: 'unrecognised-judgement',
    message: `${column} is "${shorten(text)}": expected ${expected(fixed, notJudged, blank)}.`,
    params: { field: column, found: `"${shorten(text)}"`, allowed: notJudged ? [...grades, 'not-judged'] : grades },
  });
  return undefined;
}

/**
 * The overall cell: a grade where the framework awards one; where it awards none, whatever
 * the cell holds, for the framework's check to refuse. `undefined` for a blank cell or
 * none mapped.
 */
function overallAt(reader: RowReader, fixed: DefinedFixed): string | undefined {
  const column = reader.format.columns.overall;
  if (column === undefined) return undefined;
  if (fixed.framework.overall.awarded) return gradeAt(reader, fixed, column, { notJudged: false, blank: true });
  const text = reader.take(column, textOf(column, reader.cell(column), 'blank'));
  return text === undefined ? undefined : (fixed.words.get(plainWord(text)) ?? text);
}

/** The column of the field of an outcome an issue concerns. */
function columnOf(reader: RowReader, fixed: DefinedFixed, found: Issue): string | undefined {
  if (found.path[0] === 'judgements') return fixed.areas[String(found.path[1])];
  return found.path[0] === 'awardedOverall' ? reader.format.columns.overall : undefined;
}

/**
 * Places the problems the framework's own check finds (`defineFramework`'s, the one rule
 * of its outcomes) at the column of the field each concerns, in the table's words; skips
 * a column already refused (its cell could not be read).
 */
function placeDefinedIssues(reader: RowReader, fixed: DefinedFixed, found: readonly Issue[]): void {
  const id = fixed.framework.id;
  for (const each of found) {
    const column = columnOf(reader, fixed, each);
    if (column !== undefined && reader.refusedAny([column])) continue;
    const area = String(each.path[1]);
    const message =
      each.code === 'missing-area'
        ? `${column} is blank: ${id} requires a judgement for ${area}, so give its grade, or not-judged.`
        : each.code === 'no-overall-in-framework'
          ? `${column} is ${each.params.found}, but ${id} awards no overall grade: leave ${column} blank, or leave columns.overall out.`
          : `${column ?? each.path.join('.')}: ${each.message}`;
    reader.issues.push(
      issue([reader.index, column ?? each.path.join('.')], each.code, message, {
        ...each.params,
        field: column ?? each.params.field,
      }),
    );
  }
}

/** The outcome of a row under the caller's framework, checked by it; places each problem at its column. */
function definedOutcomeOf(reader: RowReader, fixed: DefinedFixed): DefinedOutcome | undefined {
  const before = reader.issues.length;
  const judgements: Record<string, string> = {};
  for (const area of fixed.framework.areas) {
    const column = fixed.areas[area.id];
    const grade =
      column === undefined ? undefined : gradeAt(reader, fixed, column, { notJudged: true, blank: !area.required });
    if (grade !== undefined) judgements[area.id] = grade;
  }
  const overall = overallAt(reader, fixed);
  const outcome = {
    framework: fixed.framework.id,
    judgements,
    ...(overall !== undefined && { awardedOverall: overall }),
  };
  const read = behaviourOf(fixed.frameworks)?.read(outcome, fixed.frameworks);
  placeDefinedIssues(reader, fixed, read?.issues ?? []);
  if (reader.issues.length > before || read?.copy === undefined) return undefined;
  return read.copy as unknown as DefinedOutcome;
}

/**
 * A row under a framework of the caller's that the column map fixes: its first day on
 * site within the framework's `inForce`, its kind where the kind column says standard or
 * short (a kind it does not know is a warning, or a problem on a row refused for its
 * date), and its outcome read from the areas' columns on the framework's scale. Places
 * each problem at its column.
 *
 * @internal
 */
export function definedRowOf(
  reader: RowReader,
  fixed: DefinedFixed,
  { start }: RowDates,
  kind: KindCell,
): [Kind | undefined, DefinedOutcome] | undefined {
  const { columns } = reader.format;
  const badDate = reader.refusedAny([columns.start, columns.published]);
  const inForce = badDate ? undefined : inForceOn(reader, fixed.framework, start);
  const outcome = definedOutcomeOf(reader, fixed);
  if ('unknown' in kind && columns.kind !== undefined && !reader.refusedAny([columns.kind])) {
    if (inForce === undefined) reader.refuse(columns.kind, kind.unknown);
    else
      reader.warn(columns.kind, {
        ...kind.unknown,
        message: `${kind.unknown.message} Read under ${fixed.framework.id}, with its kind unknown.`,
      });
  }
  if (inForce === undefined || outcome === undefined) return undefined;
  return ['kind' in kind ? kind.kind : undefined, outcome];
}

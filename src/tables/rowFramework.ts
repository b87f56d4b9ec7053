import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Framework } from '../framework/framework.js';
import { frameworkForDate } from '../framework/frameworkForDate.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { frameworksPublishedOn } from '../framework/publicationWindow.js';
import type { Issue } from '../result/result.js';
import { type CellProblem, KIND_WORDS, kindOf } from './cells.js';
import type { RowDates } from './rowDates.js';
import type { RowReader } from './rowReader.js';

/** The kind of a graded ILACS inspection. @internal */
export type Kind = 'standard-inspection' | 'short-inspection';

/** What a row's kind cell says: a kind, blank, or something the reader does not know. @internal */
export type KindCell = { readonly kind: Kind } | { readonly blank: true } | { readonly unknown: CellProblem };

/** The row's kind cell, read. @internal */
export function kindCellOf(reader: RowReader): KindCell {
  const column = reader.format.columns.kind;
  if (column === undefined) return { blank: true };
  const cell = kindOf(column, reader.cell(column));
  if (!cell.ok) return { unknown: cell };
  return cell.value === undefined ? { blank: true } : { kind: cell.value };
}

/**
 * The framework the dates and the kind decide (or the built-in one the column map fixes),
 * and the kind as far as known; places the reason where they do not. With the first day
 * blank, the publication decides where it leaves only one framework possible (a warning
 * says so).
 *
 * @internal
 */
export function frameworkOf(
  reader: RowReader,
  { start, published }: RowDates,
  kind: KindCell,
): [Framework, Kind | undefined] | undefined {
  const { columns } = reader.format;
  const kindColumn = columns.kind ?? columns.start;
  const fixed = reader.table.fixed?.kind === 'built-in' ? reader.table.fixed.framework : undefined;
  const chosen =
    fixed !== undefined
      ? inForceOn(reader, fixed, start)
      : start !== undefined
        ? byFirstDay(reader, start, kind)
        : byPublication(reader, published, kind);
  if (chosen === undefined) return undefined;
  const said = reader.cell(kindColumn);
  if ('kind' in kind) {
    if (chosen.family === 'sif') {
      reader.refuse(kindColumn, {
        code: 'framework-not-in-force',
        message:
          fixed === undefined
            ? `${kindColumn} is "${String(said)}", but on ${start ?? published} only the SIF was in force, and it had no standard or short inspections (those are ILACS kinds): leave ${kindColumn} blank for a SIF inspection, or check the dates.`
            : `${kindColumn} is "${String(said)}", but columns.framework is ${chosen.id}, which had no standard or short inspections (those are ILACS kinds): leave ${kindColumn} blank for a SIF inspection, or check columns.framework.`,
        params: { field: kindColumn, found: `"${String(said)}"`, limit: start ?? published, rule: 'kind-under-sif' },
      });
      return undefined;
    }
    return [chosen, kind.kind];
  }
  if (chosen.family === 'sif') {
    if ('unknown' in kind)
      reader.warn(kindColumn, {
        code: kind.unknown.code,
        message: `${kind.unknown.message} Read as a SIF inspection, which ${fixed === undefined ? 'its dates decide' : 'columns.framework names'}.`,
        params: kind.unknown.params,
      });
    return [chosen, 'standard-inspection'];
  }
  reader.warn(kindColumn, {
    code: 'unknown' in kind ? kind.unknown.code : 'missing',
    message: `${'unknown' in kind ? kind.unknown.message : `${kindColumn} is blank: expected standard or short.`} ${fixed === undefined ? 'The dates decide' : 'columns.framework names'} ${chosen.id}, so the row is read with its kind unknown (a graded inspection, neither standard nor short).`,
    params: 'unknown' in kind ? kind.unknown.params : { field: kindColumn, allowed: KIND_WORDS },
  });
  return [chosen, undefined];
}

/**
 * The framework the column map fixes, where the row's first day on site falls while it is
 * in force; places the reason where it does not (or the first day is blank: with the
 * framework fixed, it is what places the row in the framework's time).
 *
 * @internal
 */
export function inForceOn<F extends { readonly id: string; readonly inForce: { from: string; until?: string } }>(
  reader: RowReader,
  framework: F,
  start: CalendarDate | undefined,
): F | undefined {
  const column = reader.format.columns.start;
  const { from, until } = framework.inForce;
  const when = until === undefined ? `from ${from}` : `from ${from} to ${until}`;
  if (start === undefined) {
    reader.needed(
      column,
      undefined,
      `the first day on site, which must fall while ${framework.id} is in force (${when})`,
    );
    return undefined;
  }
  if (start >= from && (until === undefined || start <= until)) return framework;
  const before = start < from;
  reader.refuse(column, {
    code: 'framework-not-in-force',
    message: `${column} is ${start}, but columns.framework is ${framework.id}, in force ${when}: check the date, or read this row with another column map.`,
    params: {
      field: column,
      found: `"${start}"`,
      limit: before ? from : (until as string),
      rule: before ? 'before-in-force' : 'after-in-force',
    },
  });
  return undefined;
}

/** The framework in force on the first day on site, for the kind; places the reason where none is. */
function byFirstDay(reader: RowReader, start: CalendarDate, kind: KindCell): Framework | undefined {
  const { columns } = reader.format;
  const chosen = frameworkForDate(start, 'kind' in kind ? { family: 'ilacs' } : {});
  if (chosen.ok) return chosen.value;
  const kindColumn = columns.kind ?? columns.start;
  const problem = chosen.issues[0] as Issue;
  if (problem.code === 'framework-ambiguous') {
    reader.refuse(kindColumn, {
      code: problem.code,
      message:
        'unknown' in kind
          ? `${kind.unknown.message} On ${start} SIF and ILACS inspections both ran, so the kind must say which: standard or short for an ILACS inspection, blank for SIF.`
          : `${kindColumn} is blank, and on ${start} SIF and ILACS inspections both ran: expected standard or short for an ILACS inspection (a SIF re-inspection cannot be told from an ILACS one by its date).`,
      params: { ...problem.params, field: kindColumn },
    });
    return undefined;
  }
  const sif = frameworkForDate(start, { family: 'sif' });
  if ('kind' in kind && sif.ok) return sif.value; // refused by the caller, which says why
  reader.refuse(columns.start, {
    code: problem.code,
    message: `${columns.start} is ${start}: ${start < '2013-11-07' ? 'the report is older than every framework the library models (the SIF began on 2013-11-07).' : problem.message}`,
    params:
      start < '2013-11-07'
        ? { ...problem.params, field: columns.start, limit: '2013-11-07', rule: 'before-first' }
        : { ...problem.params, field: columns.start },
  });
  return undefined;
}

/** With the first day blank: the one framework that could have produced the report, with a warning; else the reason. */
function byPublication(reader: RowReader, published: CalendarDate | undefined, kind: KindCell): Framework | undefined {
  const { columns } = reader.format;
  const what = 'the first day on site, which decides the framework';
  if (published === undefined) {
    reader.needed(columns.start, undefined, what);
    return undefined;
  }
  const possible = frameworksPublishedOn(published).filter(
    (id) => !('kind' in kind) || FRAMEWORKS[id].family === 'ilacs',
  );
  if (possible.length === 1) {
    const framework = FRAMEWORKS[possible[0] as FrameworkId];
    reader.warn(columns.start, {
      code: 'missing',
      message: `${columns.start} is blank: read as ${framework.id}, the only framework that could have produced a report published on ${published}.`,
      params: { field: columns.start, limit: published, rule: 'published-decides' },
    });
    return framework;
  }
  reader.refuse(columns.start, {
    code: possible.length === 0 ? 'no-framework-in-force' : 'missing',
    message:
      possible.length === 0
        ? `${columns.start} is blank, and no framework the library models could have produced a report published on ${published}${published < '2013-11-07' ? ': it is older than every framework (the SIF began on 2013-11-07)' : ''}.`
        : `${columns.start} is blank, and a report published on ${published} could be ${possible.join(' or ')}: expected ${what}.`,
    params: {
      field: columns.start,
      limit: published,
      rule: possible.length === 0 ? 'published-fits-none' : 'published-fits-several',
    },
  });
  return undefined;
}

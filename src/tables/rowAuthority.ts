import { describeValue } from '../check/values.js';
import { findAuthority, linkedAuthorities, type OfficialAuthority } from '../outcomes/authorities.js';
import type { RecordAuthority } from '../outcomes/inspectionRecord.js';
import type { Issue, Result } from '../result/result.js';
import { identifierOf, nameOf } from './cells.js';
import type { RowReader } from './rowReader.js';

/** The identifiers a row may have, each with its form and what the form is, for messages. */
const IDENTIFIERS = [
  ['code', /^[EW]\d{8}$/i, 'an ONS code, such as E06000010'],
  ['laNumber', /^\d{3}$/, 'a DfE number of three digits, such as 810'],
  ['urn', /^\d{5,7}$/, 'an Ofsted URN of five to seven digits, such as 80477'],
] as const;

/** An authority by one query, remembered for the rows after. */
function lookUp(reader: RowReader, query: string): Result<OfficialAuthority> {
  const { authorities } = reader.table;
  let found = authorities.get(query);
  if (found === undefined) {
    found = findAuthority(query);
    authorities.set(query, found);
  }
  return found;
}

/** What a row's identifiers say: each as given, and the authority they name with the cell that named it. */
interface Identified {
  readonly given: Record<string, string>;
  readonly official?: OfficialAuthority;
  /** The column and value that named `official`, for messages. */
  readonly officialFrom: string;
}

/** The row's identifiers, read and looked up; `undefined`, with the problem placed, when they disagree. */
function identified(reader: RowReader): Identified | undefined {
  const given: Record<string, string> = {};
  let official: OfficialAuthority | undefined;
  let officialFrom = '';
  for (const [key, form, expected] of IDENTIFIERS) {
    const column = reader.format.columns[key];
    if (column === undefined) continue;
    const value = reader.take(column, identifierOf(column, reader.cell(column), form, expected, key));
    if (value === undefined) continue;
    given[key] = value;
    const found = lookUp(reader, value);
    if (!found.ok) continue;
    if (official !== undefined && found.value !== official) {
      reader.refuse(column, {
        code: 'invalid-value',
        message: `${column} ${value} is ${found.value.name}, but ${officialFrom} is ${official.name}: the row's identifiers disagree.`,
        params: { field: column, found: `"${value}"`, rule: 'identifiers-disagree' },
      });
      return undefined;
    }
    official = found.value;
    officialFrom = `${column} ${value}`;
  }
  return { given, ...(official !== undefined && { official }), officialFrom };
}

/**
 * The row's authority: its name, its identifiers, and the official authority they name,
 * where they agree. A name that matches no authority, with no identifier that does, is
 * kept as written, with a warning; a name and identifiers that disagree are refused.
 *
 * @internal
 */
export function authorityOf(reader: RowReader): RecordAuthority | undefined {
  const column = reader.format.columns.authority;
  const name = reader.needed(
    column,
    reader.take(column, nameOf(column, reader.cell(column), "the authority's name", reader.table.readings)),
    "the authority's name",
  );
  const ids = identified(reader);
  if (ids === undefined || name === undefined) return undefined;
  const { given, officialFrom } = ids;
  let { official } = ids;
  const byName = lookUp(reader, name);
  if (byName.ok && official !== undefined && byName.value !== official && !linkedAuthorities(byName.value, official)) {
    reader.refuse(column, {
      code: 'invalid-value',
      message: `${column} names ${byName.value.name}, but ${officialFrom} is ${official.name}: the row's name and identifiers disagree.`,
      params: { field: column, found: describeValue(name), rule: 'name-disagrees' },
    });
    return undefined;
  }
  if (official === undefined && !byName.ok) {
    const why = byName.issues[0] as Issue;
    reader.warn(column, {
      code: 'invalid-value',
      message: `${why.message} The row is read with the name as written, so answers that join on authorities leave it out: correct the name, or add a column with the ONS code, DfE number or URN.`,
      params: { ...why.params, field: column },
    });
  }
  official ??= byName.ok ? byName.value : undefined;
  return { name, ...given, ...(official !== undefined && { official }) };
}

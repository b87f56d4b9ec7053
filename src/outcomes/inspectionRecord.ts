import type { CalendarDate } from '../calendar/calendarDate.js';
import { isChecked, markChecked } from '../check/checked.js';
import {
  dateFieldProblem,
  oneOfProblem,
  type Path,
  place,
  placeAt,
  recordAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { listSnapshot, refusedCopyIssue, snapshot } from '../check/snapshot.js';
import { describeValue } from '../check/values.js';
import type { DefinedOutcome } from '../defined/definedFramework.js';
import { eventIssues, type KnownFrameworks } from '../inspection/eventIssues.js';
import type { DateField } from '../inspection/inspectionDates.js';
import type { Authority, GradedInspection } from '../inspection/inspectionEvent.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { fail, type Issue, issue, type Result, succeed } from '../result/result.js';
import { abolishedBefore, findAuthority, linkedAuthorities, type OfficialAuthority } from './authorities.js';

/**
 * The authority an inspection record names: its name and whichever identifiers the
 * source gives, as written, and the authority in Ofsted's data they identify, where they
 * do. A name that identifies no authority is kept as written, without `official`.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS, type RecordAuthority } from 'ofsted-ilacs/outcomes';
 *
 * const authority: RecordAuthority | undefined = OFFICIAL_INSPECTIONS.at(-1)?.authority;
 * console.log(authority?.official?.code === authority?.code); // true
 * ```
 *
 * @category Published outcomes
 */
export interface RecordAuthority {
  readonly name: string;
  /** Its ONS code, as the source gives it. */
  readonly code?: string;
  /** Its DfE number, as the source gives it. */
  readonly laNumber?: string;
  /** Ofsted's URN for its children's services, as the source gives it. */
  readonly urn?: string;
  /** The authority in Ofsted's data that the name or identifiers identify, where they do. */
  readonly official?: OfficialAuthority;
}

/**
 * Where an inspection record comes from: the source's name, the date it is complete to
 * where known, and the row for a record read from a table (its index in the rows given).
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS, type RecordSource } from 'ofsted-ilacs/outcomes';
 *
 * const source: RecordSource | undefined = OFFICIAL_INSPECTIONS.at(-1)?.source;
 * console.log(source?.asAt); // '2025-03-31'
 * ```
 *
 * @category Published outcomes
 */
export interface RecordSource {
  readonly name: string;
  /** The date the source is complete to, where it says. */
  readonly asAt?: CalendarDate;
  /** For a record read from a table: its row's index in the rows given. */
  readonly row?: number;
}

/**
 * One graded inspection as a source records it: the one shape that Ofsted's shipped
 * record, the table readers and the caller's own data share, and that every function of
 * `ofsted-ilacs/outcomes` takes and gives. Each date is absent where the source lacks it
 * (Ofsted published no days on site for SIF inspections, and only the first day in its
 * ILACS sheet); `kind` is absent where the source does not say standard or short.
 *
 * `O` is the outcome's type: an {@link InspectionOutcome} under a built-in framework, the
 * default and all that `ofsted-ilacs/outcomes` takes. `readInspectionRows` given
 * frameworks of your own may also give records whose outcome is a {@link DefinedOutcome}
 * (`InspectionRecord<InspectionOutcome | DefinedOutcome<F>>`); tell them apart by
 * `outcome.framework`.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS, type InspectionRecord } from 'ofsted-ilacs/outcomes';
 *
 * const first: InspectionRecord | undefined = OFFICIAL_INSPECTIONS[0];
 * console.log(first?.published, first?.outcome.framework, first?.firstDayOnSite); // '2014-01-09' 'sif-2013' undefined
 * ```
 *
 * @category Published outcomes
 */
export interface InspectionRecord<O extends InspectionOutcome | DefinedOutcome = InspectionOutcome> {
  readonly authority: RecordAuthority;
  readonly kind?: 'standard-inspection' | 'short-inspection';
  /** For SIF inspections: the first inspection, or a re-inspection, where the source says. */
  readonly sifRound?: 'first' | 're-inspection';
  readonly firstDayOnSite?: CalendarDate;
  readonly lastDayOnSite?: CalendarDate;
  readonly published?: CalendarDate;
  readonly outcome: O;
  readonly source: RecordSource;
  /** Other sources that hold the same inspection (see `mergeInspections`), which filled what this source lacks. */
  readonly alsoIn?: readonly RecordSource[];
  /**
   * Set only in a history that includes predecessors: the authority in whose history
   * this inspection of one of its predecessors is shown.
   */
  readonly asPredecessorOf?: OfficialAuthority;
}

/**
 * How fresh an answer's data is: the date it holds for (the date asked, or the data's
 * own date where that is older) and where the data comes from.
 *
 * @example
 * ```ts
 * import { nationalCounts, type Freshness } from 'ofsted-ilacs/outcomes';
 *
 * const { asOf, sources }: Freshness = nationalCounts();
 * console.log(asOf, sources.length); // '2025-03-31' 2
 * ```
 *
 * @category Published outcomes
 */
export interface Freshness {
  readonly asOf: CalendarDate;
  readonly sources: readonly string[];
}

/**
 * How fresh a list of records is: each source is complete to its own date where it gives
 * one (Ofsted's sheet: 31 March 2025, though it holds reports published later), else to
 * its newest publication in the list; the list to the newest of those. With a date
 * asked, the answer holds for the older of the two. Sources in the order first met.
 *
 * @internal
 */
export function freshnessOf(records: readonly InspectionRecord[], asked?: CalendarDate): Freshness {
  const stated = new Map<string, CalendarDate | undefined>();
  const newest = new Map<string, CalendarDate>();
  const note = (source: RecordSource, published: CalendarDate | undefined) => {
    if (source.asAt !== undefined || !stated.has(source.name)) stated.set(source.name, source.asAt);
    const before = newest.get(source.name);
    if (published !== undefined && (before === undefined || published > before)) newest.set(source.name, published);
  };
  for (const record of records) {
    // The day the record's outcome counts as known: its publication, else its last or first day on site.
    const known = record.published ?? record.lastDayOnSite ?? record.firstDayOnSite;
    note(record.source, known);
    if (record.alsoIn !== undefined) for (const source of record.alsoIn) note(source, known);
  }
  let dataAsOf: CalendarDate | undefined;
  for (const [name, asAt] of stated) {
    const date = asAt ?? newest.get(name);
    if (date !== undefined && (dataAsOf === undefined || date > dataAsOf)) dataAsOf = date;
  }
  const asOf = dataAsOf === undefined || (asked !== undefined && asked < dataAsOf) ? asked : dataAsOf;
  return { asOf: asOf ?? ('1900-01-01' as CalendarDate), sources: Object.freeze([...stated.keys()]) };
}

/** The first day a record knows of its inspection: its first day on site, else its last, else its publication. */
function recordDay(record: InspectionRecord): CalendarDate | undefined {
  return record.firstDayOnSite ?? record.lastDayOnSite ?? record.published;
}

/** The record as an event of a timeline: its days as far as known, its kind where known. @internal */
export function recordEvent(record: InspectionRecord, predecessor?: Authority): GradedInspection {
  const { firstDayOnSite: start, lastDayOnSite: end } = record;
  return {
    kind: record.kind ?? 'graded-inspection',
    ...(start !== undefined && { onSite: end === undefined ? { start } : { start, end } }),
    ...(record.published !== undefined && { published: record.published }),
    outcome: record.outcome,
    ...(predecessor !== undefined && { predecessor }),
  };
}

const RECORD_FIELDS = [
  'authority',
  'kind',
  'sifRound',
  'firstDayOnSite',
  'lastDayOnSite',
  'published',
  'outcome',
  'source',
  'alsoIn',
  'asPredecessorOf',
];

/** What the record check calls each date, and where a record keeps it. */
const RECORD_DATES: Readonly<Record<DateField, string>> = {
  start: 'firstDayOnSite',
  end: 'lastDayOnSite',
  reportReceived: 'reportReceived',
  published: 'published',
};

/** Authorities found by one query, kept for the length of a call. */
type Lookups = Map<string, OfficialAuthority | undefined>;

function lookUp(lookups: Lookups, query: string): OfficialAuthority | undefined {
  if (!lookups.has(query)) {
    const found = findAuthority(query);
    lookups.set(query, found.ok ? found.value : undefined);
  }
  return lookups.get(query);
}

/** Checks a source, pushing issues at `path`. */
function sourceIssues(issues: Issue[], value: unknown, path: Path): void {
  const source = recordAt(issues, value, path, 'a source', ['name', 'asAt', 'row']);
  if (source === undefined) return;
  placeAt(issues, path, 'name', textFieldProblem(source.name, 'source.name'));
  if (source.asAt !== undefined) placeAt(issues, path, 'asAt', dateFieldProblem(source.asAt, 'source.asAt'));
  if (source.row !== undefined) placeAt(issues, path, 'row', wholeNumberProblem(source.row, 'source.row', 0, 1e9));
}

/** The authority a record names, checked and resolved; `undefined` after an issue. */
function readAuthority(
  issues: Issue[],
  value: unknown,
  path: Path,
  lookups: Lookups,
): RecordAuthority | OfficialAuthority | undefined {
  const before = issues.length;
  const authority = recordAt(issues, value, path, 'an authority', ['name', 'code', 'laNumber', 'urn', 'official']);
  if (authority === undefined) return undefined;
  placeAt(issues, path, 'name', textFieldProblem(authority.name, 'authority.name'));
  for (const key of ['code', 'laNumber', 'urn'] as const) {
    if (authority[key] !== undefined) placeAt(issues, path, key, textFieldProblem(authority[key], `authority.${key}`));
  }
  let official: OfficialAuthority | undefined;
  if (authority.official !== undefined) {
    const code = (authority.official as { code?: unknown } | null)?.code;
    official = typeof code === 'string' ? lookUp(lookups, code) : undefined;
    if (official === undefined || official.code !== code) {
      issues.push(
        issue(
          [...path, 'official'],
          'invalid-value',
          `authority.official must be an authority of Ofsted's data (from findAuthority or OFFICIAL_AUTHORITIES), got ${describeValue(authority.official)}: leave it out, and the record's name and identifiers are resolved.`,
          { field: 'authority.official', found: describeValue(authority.official), rule: 'official' },
        ),
      );
    }
  }
  if (issues.length > before) return undefined;
  // Every field that names an authority must name the same one (or one made from it, or
  // that it became): a name and a code that disagree are refused, never resolved to either.
  let from = official === undefined ? '' : 'authority.official';
  for (const key of ['code', 'laNumber', 'urn', 'name'] as const) {
    if (typeof authority[key] !== 'string') continue;
    const found = lookUp(lookups, authority[key] as string);
    if (found === undefined) continue;
    if (official !== undefined && found !== official && !linkedAuthorities(found, official)) {
      issues.push(
        issue(
          [...path, key],
          'invalid-value',
          `authority.${key} "${String(authority[key]).slice(0, 60)}" is ${found.name}, but ${from} is ${official.name}: the record's name and identifiers disagree.`,
          {
            field: `authority.${key}`,
            found: `"${String(authority[key]).slice(0, 60)}"`,
            rule: 'identifiers-disagree',
          },
        ),
      );
      return undefined;
    }
    if (official === undefined) {
      official = found;
      from = `authority.${key}`;
    }
  }
  const { official: _given, ...written } = authority as unknown as RecordAuthority;
  return { ...written, ...(official !== undefined && { official }) };
}

/**
 * Checks one record (a snapshot the door made) and returns it resolved, or pushes its
 * issues at `path`. The dates and outcome follow the timeline's rules for a graded
 * inspection, so a record read is a record a history accepts.
 */
function readRecord(
  issues: Issue[],
  value: unknown,
  path: Path,
  lookups: Lookups,
  frameworks: KnownFrameworks,
): InspectionRecord | undefined {
  const before = issues.length;
  const record = recordAt(issues, value, path, 'an inspection record', RECORD_FIELDS);
  if (record === undefined) return undefined;
  const authority = readAuthority(issues, record.authority, [...path, 'authority'], lookups);
  if (record.kind !== undefined) {
    placeAt(issues, path, 'kind', oneOfProblem(record.kind, ['standard-inspection', 'short-inspection'], 'kind'));
  }
  if (record.sifRound !== undefined) {
    placeAt(issues, path, 'sifRound', oneOfProblem(record.sifRound, ['first', 're-inspection'], 'sifRound'));
  }
  for (const key of ['firstDayOnSite', 'lastDayOnSite', 'published'] as const) {
    if (record[key] !== undefined) placeAt(issues, path, key, dateFieldProblem(record[key], key));
  }
  sourceIssues(issues, record.source, [...path, 'source']);
  if (record.alsoIn !== undefined) {
    const also = Array.isArray(record.alsoIn) ? record.alsoIn : undefined;
    if (also === undefined)
      issues.push(
        issue([...path, 'alsoIn'], 'invalid-type', 'alsoIn must be a list of sources.', {
          field: 'alsoIn',
          found: describeValue(record.alsoIn),
          rule: 'list',
        }),
      );
    also?.forEach((source, index) => {
      sourceIssues(issues, source, [...path, 'alsoIn', index]);
    });
  }
  let asPredecessorOf: OfficialAuthority | undefined;
  if (record.asPredecessorOf !== undefined) {
    const code = (record.asPredecessorOf as { code?: unknown } | null)?.code;
    asPredecessorOf = typeof code === 'string' ? lookUp(lookups, code) : undefined;
    if (asPredecessorOf === undefined) {
      issues.push(
        issue(
          [...path, 'asPredecessorOf'],
          'invalid-value',
          "asPredecessorOf must be an authority of Ofsted's data, as officialHistory gives it: leave it out.",
          { field: 'asPredecessorOf', found: describeValue(record.asPredecessorOf), rule: 'official' },
        ),
      );
    }
  }
  if (issues.length > before) return undefined;
  const read = { ...record, authority } as unknown as InspectionRecord;
  const official = (authority as RecordAuthority).official;
  const after = official === undefined ? undefined : abolishedBefore(official, recordDay(read), 'authority');
  place(issues, [...path, 'authority'], after);
  // The timeline's rules for a graded inspection, on the record's own fields.
  eventIssues(issues, recordEvent(read), path, true, RECORD_DATES, recordDatePath, frameworks);
  if (issues.length > before) return undefined;
  return { ...read, ...(asPredecessorOf !== undefined && { asPredecessorOf }) };
}

/** Where a record keeps each date. */
function recordDatePath(field: DateField): Path {
  return [RECORD_DATES[field]];
}

/**
 * Reads a list of inspection records once, into the library's own checked and frozen
 * copies: the caller's list is never read again, changed or frozen. Records the library
 * gave out (the shipped record, a table read, a merge) are used as they are. Issues are
 * placed at `[name, index, ...]`. With `frameworks` (the caller's, made by
 * `defineFramework`), a record's outcome may be under one of them; such a list is frozen
 * but not marked checked, so that a door without the option checks it, and refuses it.
 *
 * @internal
 */
export function readRecords(
  value: unknown,
  name: string,
  frameworks?: KnownFrameworks,
): Result<readonly InspectionRecord[]> {
  if (isChecked(value)) return succeed(value as readonly InspectionRecord[]);
  let items: unknown[] | undefined;
  try {
    items = listSnapshot(value);
  } catch (error) {
    return fail([refusedCopyIssue(error, [name])]);
  }
  if (items === undefined) {
    return fail([
      issue([name], 'invalid-type', `${name} must be a list of inspection records, got ${describeValue(value)}.`, {
        field: name,
        found: describeValue(value),
        rule: 'list',
      }),
    ]);
  }
  const issues: Issue[] = [];
  const lookups: Lookups = new Map();
  const records: InspectionRecord[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (isChecked(item)) {
      records.push(item as InspectionRecord);
      continue;
    }
    let copy: unknown;
    try {
      copy = snapshot(item);
    } catch (error) {
      issues.push(refusedCopyIssue(error, [name, index]));
      continue;
    }
    const read = readRecord(issues, copy, [name, index], lookups, frameworks);
    if (read !== undefined) records.push(read);
  }
  if (issues.length > 0) return fail(issues);
  return succeed(frameworks === undefined ? checkedRecords(records) : deepFreeze(records));
}

/** Marks a list of records the library built as checked, frozen all the way down. @internal */
export function checkedRecords(records: InspectionRecord[]): readonly InspectionRecord[] {
  return markChecked(records, records);
}

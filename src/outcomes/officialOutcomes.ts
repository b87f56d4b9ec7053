import type { CalendarDate } from '../calendar/calendarDate.js';
import { booleanOption, dateOption, listOption, readOptions, refusal } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import type { KnownFrameworks } from '../inspection/eventIssues.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { issue, type Result, succeed } from '../result/result.js';
import { findAuthority, OFFICIAL_AUTHORITIES, type OfficialAuthority } from './authorities.js';
import {
  checkedRecords,
  type Freshness,
  freshnessOf,
  type InspectionRecord,
  type RecordSource,
  readRecords,
} from './inspectionRecord.js';
import { INSPECTION_ROWS } from './officialData.js';

/**
 * Where the data comes from, how recent it is, and the attribution its licence requires.
 *
 * @example
 * ```ts
 * import { OFFICIAL_OUTCOMES_VINTAGE } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_OUTCOMES_VINTAGE.asAt); // '2025-03-31'
 * console.log(OFFICIAL_OUTCOMES_VINTAGE.attribution);
 * ```
 *
 * @category Published outcomes
 */
export const OFFICIAL_OUTCOMES_VINTAGE = /* @__PURE__ */ deepFreeze({
  asAt: '2025-03-31' as CalendarDate,
  description: 'Every ILACS inspection from January 2018 to 31 March 2025, and every SIF inspection (2014-2018).',
  sources: [
    'Ofsted, "Local authority inspection outcomes as at 31 March 2025", published 25 September 2025 (ILACS)',
    'Ofsted, "Children’s social care data in England 2023", underlying data, published 6 July 2023 (SIF)',
  ],
  licence: 'Open Government Licence v3.0',
  attribution: 'Contains public sector information licensed under the Open Government Licence v3.0. Source: Ofsted.',
} as const);

const SOURCE_ILACS = /* @__PURE__ */ Object.freeze({
  name: OFFICIAL_OUTCOMES_VINTAGE.sources[0],
  asAt: OFFICIAL_OUTCOMES_VINTAGE.asAt,
}) as RecordSource;
const SOURCE_SIF = /* @__PURE__ */ Object.freeze({ name: OFFICIAL_OUTCOMES_VINTAGE.sources[1] }) as RecordSource;

const FRAMEWORK_OF: Record<string, FrameworkId> = { S: 'sif-2013', '8': 'ilacs-2018', '3': 'ilacs-2023' };
const GRADE_OF: Record<string, Judgement> = { O: JUDGEMENTS[0], G: JUDGEMENTS[1], R: JUDGEMENTS[2], I: JUDGEMENTS[3] };

function decode(line: string): InspectionRecord {
  const [index, frameworkCode, type, firstDay, published, grades] = line.split('|') as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const framework = FRAMEWORK_OF[frameworkCode] as FrameworkId;
  const [overall, ...areaGrades] = [...grades];
  const judgements: Record<string, AreaJudgement> = {};
  FRAMEWORKS[framework].areas.forEach((area, position) => {
    const grade = GRADE_OF[areaGrades[position] as string];
    if (grade !== undefined) judgements[area.id] = grade;
    else if (area.required) judgements[area.id] = 'not-judged';
  });
  const awardedOverall = GRADE_OF[overall as string];
  const official = OFFICIAL_AUTHORITIES[Number(index)] as OfficialAuthority;
  return {
    authority: {
      name: official.name,
      code: official.code,
      laNumber: official.laNumber,
      ...(official.urn !== undefined && { urn: official.urn }),
      official,
    },
    kind: type === 'H' ? 'short-inspection' : 'standard-inspection',
    ...(type === 'F' && { sifRound: 'first' as const }),
    ...(type === 'R' && { sifRound: 're-inspection' as const }),
    ...(firstDay !== '' && { firstDayOnSite: firstDay as CalendarDate }),
    published: published as CalendarDate,
    outcome: { framework, judgements, ...(awardedOverall !== undefined && { awardedOverall }) } as InspectionOutcome,
    source: framework === 'sif-2013' ? SOURCE_SIF : SOURCE_ILACS,
  };
}

/**
 * The day a record's outcome counts as known, for ordering and dates asked: its
 * publication, else its last day on site, else its first (a record always has one).
 *
 * @internal
 */
export function recordKnown(record: InspectionRecord): CalendarDate {
  return (record.published ?? record.lastDayOnSite ?? record.firstDayOnSite) as CalendarDate;
}

/** Records oldest first by the day each became known; the same day keeps the order given. @internal */
export function byKnown(records: readonly InspectionRecord[]): InspectionRecord[] {
  return records
    .map((record, index) => ({ record, index, known: recordKnown(record) }))
    .sort((a, b) => (a.known < b.known ? -1 : a.known > b.known ? 1 : a.index - b.index))
    .map(({ record }) => record);
}

/**
 * Every graded inspection in Ofsted's record (444), as inspection records, oldest
 * publication first. Frozen. SIF records have no days on site (Ofsted published none);
 * ILACS records have the first day only.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_INSPECTIONS.filter((inspection) => inspection.outcome.framework !== 'sif-2013').length); // 271
 * ```
 *
 * @category Published outcomes
 */
export const OFFICIAL_INSPECTIONS: readonly InspectionRecord[] = /* @__PURE__ */ checkedRecords(
  /* @__PURE__ */ byKnown(INSPECTION_ROWS.map(decode)),
);

/**
 * The inspections an answer is computed from: the caller's (checked, read once), or
 * Ofsted's shipped record. Throws `invalid-option` naming the function for records it
 * cannot read. With `frameworks`, a record may be under one of the caller's frameworks.
 *
 * @internal
 */
export function inspectionsOption(
  fn: string,
  given: unknown,
  frameworks?: KnownFrameworks,
): readonly InspectionRecord[] {
  if (given === undefined) return OFFICIAL_INSPECTIONS;
  const read = readRecords(given, 'inspections', frameworks);
  if (!read.ok)
    throw refusal(
      'invalid-option',
      fn,
      read.issues.map((found) => ({ ...found, path: ['options', ...found.path] })),
    );
  if (read.value.length === 0) {
    throw refusal('invalid-option', fn, [
      issue(
        ['options', 'inspections'],
        'empty',
        "inspections is empty: there is nothing to answer from. Leave it out to answer from Ofsted's shipped record.",
        { field: 'inspections', found: 'no records' },
      ),
    ]);
  }
  return read.value;
}

/** The option that brings a caller's inspections; its contents are read by {@link inspectionsOption}. @internal */
export const INSPECTIONS_OPTION = { inspections: listOption };

/**
 * Options of {@link officialHistory}.
 *
 * @example
 * ```ts
 * import { officialHistory, type OfficialHistoryOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: OfficialHistoryOptions = { includePredecessors: true };
 * console.log(officialHistory('Cumberland', options).ok); // true
 * ```
 *
 * @category Published outcomes
 */
export interface OfficialHistoryOptions {
  /**
   * Include the inspections of the councils the authority was made from (BCP: Bournemouth
   * and Poole; Cumberland: Cumbria), each marked with `asPredecessorOf`. Default `false`.
   */
  readonly includePredecessors?: boolean;
  /** The inspections to answer from (records read from a table, or merged). Default: Ofsted's shipped record. */
  readonly inspections?: readonly InspectionRecord<InspectionOutcome | DefinedOutcome>[];
  /**
   * Frameworks of your own (made by `defineFramework`) that the records may be under, as
   * `readInspectionRows` reads them from a sheet graded under one: each is checked by its
   * framework and kept. Without it, such a record is refused (`unknown-framework`).
   */
  readonly frameworks?: readonly DefinedFramework[];
}

const HISTORY_OPTIONS = { includePredecessors: booleanOption, frameworks: frameworksProblem, ...INSPECTIONS_OPTION };

/**
 * An authority's inspection records, oldest first, with how fresh the data is.
 *
 * @example
 * ```ts
 * import { officialHistory, type AuthorityRecords } from 'ofsted-ilacs/outcomes';
 *
 * const found = officialHistory('Hull');
 * const hull: AuthorityRecords | undefined = found.ok ? found.value : undefined;
 * console.log(hull?.inspections.length, hull?.asOf); // 3 '2025-03-31'
 * ```
 *
 * @category Published outcomes
 */
export interface AuthorityRecords<O extends InspectionOutcome | DefinedOutcome = InspectionOutcome> extends Freshness {
  readonly authority: OfficialAuthority;
  /** The records, oldest first; `O` is their outcomes' type: the built-in frameworks', or yours too where `frameworks` was passed. */
  readonly inspections: readonly InspectionRecord<O>[];
}

/** The authority's own records and, with predecessors, theirs marked as such. @internal */
export function recordsOf(
  authority: OfficialAuthority,
  records: readonly InspectionRecord[],
  includePredecessors: boolean,
): InspectionRecord[] {
  const before = new Set<string>();
  const visit = (of: OfficialAuthority) => {
    for (const link of of.predecessors) {
      if (before.has(link.code)) continue;
      before.add(link.code);
      const predecessor = OFFICIAL_AUTHORITIES.find((candidate) => candidate.code === link.code);
      if (predecessor !== undefined) visit(predecessor);
    }
  };
  if (includePredecessors) visit(authority);
  const found: InspectionRecord[] = [];
  for (const record of records) {
    const code = record.authority.official?.code;
    if (code === authority.code) found.push(record);
    else if (code !== undefined && before.has(code)) found.push({ ...record, asPredecessorOf: authority });
  }
  return byKnown(found);
}

/**
 * An authority's graded inspections, oldest first, from Ofsted's shipped record or the
 * caller's `inspections`; with `includePredecessors`, those of the councils it was made
 * from too, marked as such. Says how fresh its data is (`asOf`, `sources`). Never throws
 * on the query; throws `OfstedIlacsError` (`invalid-option`) for bad options.
 *
 * @example
 * ```ts
 * import { officialHistory } from 'ofsted-ilacs/outcomes';
 *
 * const hull = officialHistory('Hull');
 * if (hull.ok) console.log(hull.value.inspections.map((i) => `${i.published} ${i.outcome.framework} ${'awardedOverall' in i.outcome ? i.outcome.awardedOverall : ''}`));
 * // ['2015-02-03 sif-2013 requires-improvement', '2019-05-17 ilacs-2018 inadequate', '2023-01-13 ilacs-2018 requires-improvement']
 *
 * const bcp = officialHistory('BCP', { includePredecessors: true });
 * if (bcp.ok) console.log(bcp.value.inspections.map((i) => `${i.published} ${i.authority.name}${i.asPredecessorOf ? ' (predecessor)' : ''}`));
 * // ['2014-06-30 Bournemouth (predecessor)', '2017-11-24 Poole (predecessor)', '2018-08-24 Bournemouth (predecessor)',
 * //  '2022-02-11 Bournemouth, Christchurch & Poole', '2025-01-29 Bournemouth, Christchurch & Poole']
 * ```
 *
 * @category Published outcomes
 */
export function officialHistory<const F extends DefinedFramework>(
  query: string,
  options: OfficialHistoryOptions & { readonly frameworks: readonly F[] },
): Result<AuthorityRecords<InspectionOutcome | DefinedOutcome<F>>>;
export function officialHistory(query: string, options?: OfficialHistoryOptions): Result<AuthorityRecords>;
export function officialHistory(
  query: string,
  options: OfficialHistoryOptions = {},
): Result<AuthorityRecords<InspectionOutcome | DefinedOutcome>> {
  const read = readOptions('officialHistory', options, HISTORY_OPTIONS);
  const records = inspectionsOption('officialHistory', read.inspections, read.frameworks as KnownFrameworks);
  const found = findAuthority(query);
  if (!found.ok) return found;
  const inspections = Object.freeze(recordsOf(found.value, records, read.includePredecessors === true));
  return succeed(Object.freeze({ authority: found.value, inspections, ...freshnessOf(records) }));
}

/**
 * Options of {@link latestOfficialOutcomes} and {@link nationalCounts}.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import type { OfficialOutcomesOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: OfficialOutcomesOptions = { asOf: calendarDate('2020-01-01'), includeAbolished: true };
 * console.log(options.includeAbolished);
 * ```
 *
 * @category Published outcomes
 */
export interface OfficialOutcomesOptions {
  /** Only inspections published on or before this date. Default: all. */
  readonly asOf?: CalendarDate;
  /** Include authorities abolished before the data's date. Default `false`. */
  readonly includeAbolished?: boolean;
  /** The inspections to answer from (records read from a table, or merged). Default: Ofsted's shipped record. */
  readonly inspections?: readonly InspectionRecord[];
}

const OFFICIAL_OPTIONS = { asOf: dateOption, includeAbolished: booleanOption, ...INSPECTIONS_OPTION };

/**
 * Each authority's latest inspection, with how fresh the data is.
 *
 * @example
 * ```ts
 * import { latestOfficialOutcomes, type LatestOutcomes } from 'ofsted-ilacs/outcomes';
 *
 * const latest: LatestOutcomes = latestOfficialOutcomes();
 * console.log(latest.inspections.length, latest.asOf); // 153 '2025-03-31'
 * ```
 *
 * @category Published outcomes
 */
export interface LatestOutcomes extends Freshness {
  /** Each authority's latest inspection known by `asOf`, ordered by ONS code (records naming no authority in Ofsted's data are left out). */
  readonly inspections: readonly InspectionRecord[];
}

/** The latest record of each authority in Ofsted's data known by `asOf`, keyed by ONS code. @internal */
export function latestByAuthority(
  records: readonly InspectionRecord[],
  asOf: CalendarDate | undefined,
): Map<string, InspectionRecord> {
  const latest = new Map<string, InspectionRecord>();
  for (const record of records) {
    const known = recordKnown(record);
    const key = record.authority.official?.code;
    // A record naming no authority in Ofsted's data joins no authority: it is left out.
    if (key === undefined || (asOf !== undefined && known > asOf)) continue;
    const before = latest.get(key);
    if (before === undefined || recordKnown(before) <= known) latest.set(key, record);
  }
  return latest;
}

/**
 * Each authority's latest graded inspection known by a date (published by then; by
 * default every inspection in the data), from Ofsted's shipped record or the caller's
 * `inspections`, ordered by ONS code, with how fresh the data is (`asOf`: the date asked,
 * or the data's own where older; Ofsted's sheet is as at 31 March 2025 and holds reports
 * of inspections before then published up to May 2025). Authorities with no inspection by then are left out, and so are
 * abolished ones unless asked for. Throws {@link OfstedIlacsError} (`invalid-option`)
 * for options it does not have or bad values.
 *
 * @example
 * ```ts
 * import { latestOfficialOutcomes } from 'ofsted-ilacs/outcomes';
 *
 * console.log(latestOfficialOutcomes().inspections.length); // 153: every current authority
 * ```
 *
 * @category Published outcomes
 */
export function latestOfficialOutcomes(options: OfficialOutcomesOptions = {}): LatestOutcomes {
  const read = readOptions('latestOfficialOutcomes', options, OFFICIAL_OPTIONS);
  const records = inspectionsOption('latestOfficialOutcomes', read.inspections);
  const freshness = freshnessOf(records, read.asOf);
  const inspections = [...latestByAuthority(records, read.asOf)]
    .filter(([, record]) => read.includeAbolished === true || record.authority.official?.current !== false)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, record]) => record);
  return Object.freeze({ inspections: Object.freeze(inspections), ...freshness });
}

/**
 * The national picture: how many authorities' latest overall grade was each grade, as of
 * a date, and how fresh the data is.
 *
 * @example
 * ```ts
 * import { nationalCounts, type NationalCounts } from 'ofsted-ilacs/outcomes';
 *
 * const counts: NationalCounts = nationalCounts();
 * console.log(counts.authorities, counts.overall);
 * ```
 *
 * @category Published outcomes
 */
export interface NationalCounts extends Freshness {
  /** Authorities counted: those with a published inspection by `asOf`. */
  readonly authorities: number;
  readonly overall: Readonly<Record<Judgement, number>>;
}

/**
 * Counts authorities by the overall grade of their latest published inspection, as of
 * a date (by default the data's own date), from Ofsted's shipped record or the caller's
 * `inspections`. Throws {@link OfstedIlacsError} (`invalid-option`) for options it does
 * not have or bad values.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import { nationalCounts } from 'ofsted-ilacs/outcomes';
 *
 * console.log(nationalCounts().overall);
 * console.log(nationalCounts({ asOf: calendarDate('2018-12-31') }).authorities);
 * ```
 *
 * @category Published outcomes
 */
export function nationalCounts(options: OfficialOutcomesOptions = {}): NationalCounts {
  const latest = latestOfficialOutcomes(readOptions('nationalCounts', options, OFFICIAL_OPTIONS));
  const overall = Object.fromEntries(JUDGEMENTS.map((grade) => [grade, 0])) as Record<Judgement, number>;
  for (const inspection of latest.inspections) {
    if ('awardedOverall' in inspection.outcome && inspection.outcome.awardedOverall !== undefined)
      overall[inspection.outcome.awardedOverall] += 1;
  }
  return Object.freeze({
    asOf: latest.asOf,
    sources: latest.sources,
    authorities: latest.inspections.length,
    overall: Object.freeze(overall),
  });
}

import { dayNumberOf } from '../calendar/dayNumber.js';
import { oneOfOption, readOptions, wholeNumberOption } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { KnownFrameworks } from '../inspection/eventIssues.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { fail, type Issue, issue, type Result, succeed } from '../result/result.js';
import { checkedRecords, type Freshness, freshnessOf, type InspectionRecord, readRecords } from './inspectionRecord.js';
import { byKnown } from './officialOutcomes.js';

/**
 * Options of {@link mergeInspections}.
 *
 * @example
 * ```ts
 * import type { MergeOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: MergeOptions = { prefer: 'additions', withinDays: 3 };
 * console.log(options.prefer);
 * ```
 *
 * @category Published outcomes
 */
export interface MergeOptions {
  /** Which list's value to keep where the two disagree: `'base'` (the default: the official record) or `'additions'`. */
  readonly prefer?: 'base' | 'additions';
  /** How many days apart two publications of the same inspection may be. Default 7. */
  readonly withinDays?: number;
  /**
   * Frameworks of your own (made by `defineFramework`) that records may be under, as
   * `readInspectionRows` reads them from a sheet graded under one: each is checked by its
   * framework and merged like any record. The merged list is then frozen but not marked
   * as checked, so a door without the option checks it again, and refuses those records.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * A field on which two records of the same inspection disagree: both values, both
 * sources, and which value the merge kept.
 *
 * @example
 * ```ts
 * import { mergeInspections, type MergeConflict } from 'ofsted-ilacs/outcomes';
 *
 * const merged = mergeInspections([], []);
 * const conflicts: readonly MergeConflict[] = merged.ok ? merged.value.conflicts : [];
 * console.log(conflicts.length); // 0
 * ```
 *
 * @category Published outcomes
 */
export interface MergeConflict {
  /** The authority, as the kept record names it. */
  readonly authority: string;
  /** The field, as a path into the record: `['published']`, `['outcome', 'judgements', 'leaders']`. */
  readonly field: readonly string[];
  readonly base: { readonly value: unknown; readonly source: string };
  readonly addition: { readonly value: unknown; readonly source: string };
  readonly kept: 'base' | 'addition';
}

/**
 * What {@link mergeInspections} gives: one list, each inspection once; the conflicts
 * found; and how fresh the merged data is (`asOf`, the newest publication or source date
 * in it) with its sources.
 *
 * @example
 * ```ts
 * import { mergeInspections, OFFICIAL_INSPECTIONS, type MergedInspections } from 'ofsted-ilacs/outcomes';
 *
 * const merged = mergeInspections(OFFICIAL_INSPECTIONS, []);
 * const value: MergedInspections | undefined = merged.ok ? merged.value : undefined;
 * console.log(value?.inspections.length, value?.asOf); // 444 '2025-03-31'
 * ```
 *
 * @category Published outcomes
 */
export interface MergedInspections<O extends InspectionOutcome | DefinedOutcome = InspectionOutcome> extends Freshness {
  /** The records, merged; `O` is their outcomes' type: the built-in frameworks', or yours too where `frameworks` was passed. */
  readonly inspections: readonly InspectionRecord<O>[];
  readonly conflicts: readonly MergeConflict[];
}

const MERGE_OPTIONS = {
  prefer: /* @__PURE__ */ oneOfOption(['base', 'additions']),
  withinDays: /* @__PURE__ */ wholeNumberOption(0, 366),
  frameworks: frameworksProblem,
};

/** A record's authority, allowing for reorganised codes: the authority Ofsted's data resolves it to, else its name. */
function authorityKey(record: InspectionRecord): string {
  return record.authority.official?.code ?? `~${record.authority.name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Whether two records of one authority are the same inspection: one framework, and the same first day or publication within a few days. */
function sameInspection(a: InspectionRecord, b: InspectionRecord, withinDays: number): boolean {
  if (a.outcome.framework !== b.outcome.framework) return false;
  if (a.firstDayOnSite !== undefined && a.firstDayOnSite === b.firstDayOnSite) return true;
  if (a.published === undefined || b.published === undefined) return false;
  return Math.abs(dayNumberOf(a.published) - dayNumberOf(b.published)) <= withinDays;
}

/**
 * Where each record stands, so that finding the same inspection costs the same whatever
 * the list's size: by its first day, and by its publication in buckets `withinDays + 1`
 * days wide (two publications in one bucket are within `withinDays`, so match; a match
 * may also lie in a bucket either side).
 */
class InspectionIndex {
  /** By authority and framework: first days, and publication buckets, to places in the list. */
  private readonly places = new Map<string, { firstDays: Map<string, number>; buckets: Map<number, number[]> }>();
  constructor(private readonly withinDays: number) {}

  private of(record: InspectionRecord) {
    const key = `${authorityKey(record)}|${record.outcome.framework}`;
    let found = this.places.get(key);
    if (found === undefined) {
      found = { firstDays: new Map(), buckets: new Map() };
      this.places.set(key, found);
    }
    return found;
  }

  private bucket(published: string): number {
    return Math.floor(dayNumberOf(published) / (this.withinDays + 1));
  }

  add(record: InspectionRecord, at: number): void {
    const { firstDays, buckets } = this.of(record);
    if (record.firstDayOnSite !== undefined && !firstDays.has(record.firstDayOnSite)) {
      firstDays.set(record.firstDayOnSite, at);
    }
    if (record.published !== undefined) {
      const bucket = this.bucket(record.published);
      const places = buckets.get(bucket);
      if (places === undefined) buckets.set(bucket, [at]);
      else if (!places.includes(at)) places.push(at);
    }
  }

  find(record: InspectionRecord, records: readonly InspectionRecord[]): number | undefined {
    const { firstDays, buckets } = this.of(record);
    if (record.firstDayOnSite !== undefined) {
      const at = firstDays.get(record.firstDayOnSite);
      if (at !== undefined) return at;
    }
    if (record.published === undefined) return undefined;
    const bucket = this.bucket(record.published);
    for (const near of [bucket, bucket - 1, bucket + 1]) {
      for (const at of buckets.get(near) ?? []) {
        if (sameInspection(records[at] as InspectionRecord, record, this.withinDays)) return at;
      }
    }
    return undefined;
  }
}

const DATE_FIELDS = ['kind', 'sifRound', 'firstDayOnSite', 'lastDayOnSite', 'published'] as const;

/** The grades of an outcome by field path: each area's, and the awarded overall. */
function grades(record: InspectionRecord): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const outcome = record.outcome as { judgements: Readonly<Record<string, unknown>>; awardedOverall?: unknown };
  for (const area of Object.keys(outcome.judgements)) found.set(`judgements.${area}`, outcome.judgements[area]);
  found.set('awardedOverall', outcome.awardedOverall);
  return found;
}

/** One record from two of the same inspection: the preferred one's values, with what only the other has; and the conflicts. */
function joined(
  base: InspectionRecord,
  addition: InspectionRecord,
  prefer: 'base' | 'additions',
  conflicts: MergeConflict[],
): InspectionRecord {
  const [kept, other] = prefer === 'base' ? [base, addition] : [addition, base];
  const keptSide = prefer === 'base' ? 'base' : 'addition';
  const conflict = (field: readonly string[], baseValue: unknown, additionValue: unknown) =>
    conflicts.push({
      authority: kept.authority.name,
      field,
      base: { value: baseValue, source: base.source.name },
      addition: { value: additionValue, source: addition.source.name },
      kept: keptSide,
    });
  const filled: Record<string, unknown> = {};
  for (const field of DATE_FIELDS) {
    const [b, a] = [base[field], addition[field]];
    if (b !== undefined && a !== undefined && b !== a) conflict([field], b, a);
    if (kept[field] === undefined && other[field] !== undefined) filled[field] = other[field];
  }
  const baseGrades = grades(base);
  const additionGrades = grades(addition);
  for (const [field, b] of baseGrades) {
    const a = additionGrades.get(field);
    if (b !== undefined && a !== undefined && b !== a) conflict(['outcome', ...field.split('.')], b, a);
  }
  const authority = kept.authority.official === undefined ? { ...other.authority, ...kept.authority } : kept.authority;
  return {
    ...kept,
    ...filled,
    authority,
    alsoIn: [...(kept.alsoIn ?? []), other.source, ...(other.alsoIn ?? [])],
  };
}

/**
 * Joins two lists of inspection records into one, each inspection once: typically
 * Ofsted's shipped record (`base`) and newer rows read from a table (`additions`). Two
 * records are the same inspection when they name the same authority (allowing for
 * reorganised codes: both resolve to the same authority in Ofsted's data, or, where
 * neither resolves, carry the same name), are under the same framework, and share their
 * first day on site or were published within `withinDays` (7) of each other. The joined
 * record keeps the preferred list's values (`prefer`, default the base) and takes what
 * only the other has (the last day on site a scrape adds to Ofsted's sheet); where their
 * grades or dates differ, a conflict names both sources, both values, and which was
 * kept. Records in neither list twice are kept as they are. Linear in the records.
 *
 * Returns the issues, never a raw error, for lists or records it cannot read; throws
 * `OfstedIlacsError` (`invalid-option`) for bad options.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import { mergeInspections, OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
 *
 * const hull2026 = {
 *   authority: { name: 'Kingston upon Hull' },
 *   kind: 'standard-inspection',
 *   firstDayOnSite: calendarDate('2026-03-02'),
 *   lastDayOnSite: calendarDate('2026-03-13'),
 *   published: calendarDate('2026-05-18'),
 *   outcome: {
 *     framework: 'ilacs-2023',
 *     judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
 *     awardedOverall: 'good',
 *   },
 *   source: { name: 'Hull City Council, inspection report of 18 May 2026' },
 * } as const;
 * const merged = mergeInspections(OFFICIAL_INSPECTIONS, [hull2026]);
 * if (merged.ok) console.log(merged.value.inspections.length, merged.value.asOf); // 445 '2026-05-18'
 * ```
 *
 * @category Published outcomes
 */
export function mergeInspections<const F extends DefinedFramework>(
  base: readonly InspectionRecord<InspectionOutcome | DefinedOutcome<F>>[],
  additions: readonly InspectionRecord<InspectionOutcome | DefinedOutcome<F>>[],
  options: MergeOptions & { readonly frameworks: readonly F[] },
): Result<MergedInspections<InspectionOutcome | DefinedOutcome<F>>>;
export function mergeInspections(
  base: readonly InspectionRecord[],
  additions: readonly InspectionRecord[],
  options?: MergeOptions,
): Result<MergedInspections>;
export function mergeInspections(
  base: readonly InspectionRecord<InspectionOutcome | DefinedOutcome>[],
  additions: readonly InspectionRecord<InspectionOutcome | DefinedOutcome>[],
  options?: MergeOptions,
): Result<MergedInspections<InspectionOutcome | DefinedOutcome>> {
  const read = readOptions('mergeInspections', options, MERGE_OPTIONS);
  const prefer = read.prefer ?? 'base';
  const withinDays = read.withinDays ?? 7;
  const frameworks = read.frameworks as KnownFrameworks;
  const baseRead = readRecords(base, 'base', frameworks);
  const additionsRead = readRecords(additions, 'additions', frameworks);
  const issues: Issue[] = [...(baseRead.ok ? [] : baseRead.issues), ...(additionsRead.ok ? [] : additionsRead.issues)];
  if (!baseRead.ok || !additionsRead.ok) return fail(issues);
  if (baseRead.value.length + additionsRead.value.length === 0) {
    return fail([
      issue(['base'], 'empty', 'Both lists are empty: there is nothing to merge, and no date the data holds for.', {
        field: 'base and additions',
        found: 'no records',
      }),
    ]);
  }
  const merged: InspectionRecord[] = [];
  const index = new InspectionIndex(withinDays);
  for (const record of baseRead.value) index.add(record, merged.push(record) - 1);
  const conflicts: MergeConflict[] = [];
  for (const addition of additionsRead.value) {
    const at = index.find(addition, merged);
    if (at === undefined) {
      index.add(addition, merged.push(addition) - 1);
    } else {
      const joinedRecord = joined(merged[at] as InspectionRecord, addition, prefer, conflicts);
      merged[at] = joinedRecord;
      index.add(joinedRecord, at);
    }
  }
  const inspections = frameworks === undefined ? checkedRecords(byKnown(merged)) : deepFreeze(byKnown(merged));
  return succeed(
    Object.freeze({
      inspections,
      conflicts: Object.freeze(conflicts),
      ...freshnessOf(inspections),
    }),
  );
}

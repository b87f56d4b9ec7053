import { booleanOption, readOptions } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { InspectionEvent } from '../inspection/inspectionEvent.js';
import { createInspectionHistory, type InspectionHistory } from '../inspection/inspectionHistory.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import type { Result } from '../result/result.js';
import { findAuthority } from './authorities.js';
import { freshnessOf, type InspectionRecord, recordEvent } from './inspectionRecord.js';
import { INSPECTIONS_OPTION, inspectionsOption, recordsOf } from './officialOutcomes.js';

/**
 * Options of {@link authorityHistory}.
 *
 * @example
 * ```ts
 * import { authorityHistory, type AuthorityHistoryOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: AuthorityHistoryOptions = { includePredecessors: true };
 * console.log(authorityHistory('North Northamptonshire', options).ok); // true
 * ```
 *
 * @category Published outcomes
 */
export interface AuthorityHistoryOptions {
  /**
   * The inspections to build from (records read from a table, or merged). Default:
   * Ofsted's shipped record. With `frameworks`, records under those frameworks too (as
   * `readInspectionRows` reads them from a sheet graded under one).
   */
  readonly inspections?: readonly InspectionRecord<InspectionOutcome | DefinedOutcome>[];
  /**
   * Frameworks of your own (made by `defineFramework`) that the records may be under:
   * each such record is checked by its framework and kept in the history. Without it, a
   * record under one of yours is refused (`unknown-framework`).
   */
  readonly frameworks?: readonly DefinedFramework[];
  /**
   * Include the inspections of the councils the authority was made from, each marked
   * with `predecessor` (the council inspected). Default `false`.
   */
  readonly includePredecessors?: boolean;
}

/** The kinds of event inspection records hold: graded inspections only. */
const RECORDED_KINDS: readonly InspectionEvent['kind'][] = /* @__PURE__ */ Object.freeze([
  'standard-inspection',
  'short-inspection',
  'graded-inspection',
]);

/**
 * An authority's inspection history built from inspection records (Ofsted's shipped
 * record by default, or the caller's, read from a table or merged), as the timeline
 * functions and `judgementHistoryChart` take it. Each record becomes a graded inspection
 * with the days its source gives and no others: a SIF record (Ofsted published no days
 * on site) is placed by its publication, and a record that does not say standard or
 * short is a `graded-inspection`. With `includePredecessors`, the inspections of the
 * councils it was made from are in it, each naming the council inspected in
 * `predecessor`. The history's `coverage` says what the data holds (graded inspections
 * only: visits and DfE interventions are not in it), how fresh it is, and its sources.
 * With `frameworks`, records under frameworks of your own (as `readInspectionRows` reads
 * them from a sheet graded under one) are checked by them and kept, so a council's own
 * reviews stand beside Ofsted's inspections in one history and one chart.
 *
 * Refused with issues, never thrown, for a query that names no authority and for
 * records that cannot make a history (two records of one inspection that overlap on site:
 * merge them first with `mergeInspections`); throws `OfstedIlacsError`
 * (`invalid-option`) for bad options.
 *
 * @example
 * ```ts
 * import { latestGradedInspection } from 'ofsted-ilacs';
 * import { authorityHistory } from 'ofsted-ilacs/outcomes';
 *
 * const hull = authorityHistory('Hull');
 * if (hull.ok) {
 *   console.log(hull.value.events.map((event) => event.kind)); // ['standard-inspection', 'standard-inspection', 'standard-inspection']
 *   console.log(latestGradedInspection(hull.value)?.published, hull.value.coverage?.asOf); // '2023-01-13' '2025-03-31'
 * }
 * const north = authorityHistory('North Northamptonshire', { includePredecessors: true });
 * if (north.ok) console.log(north.value.events.map((event) => ('predecessor' in event ? event.predecessor?.name : 'own')));
 * // ['Northamptonshire', 'Northamptonshire', 'Northamptonshire', 'own']
 * ```
 *
 * @category Published outcomes
 */
export function authorityHistory<const F extends DefinedFramework>(
  query: string,
  options: AuthorityHistoryOptions & { readonly frameworks: readonly F[] },
): Result<InspectionHistory<FrameworkId | F>>;
export function authorityHistory(query: string, options?: AuthorityHistoryOptions): Result<InspectionHistory>;
export function authorityHistory(
  query: string,
  options?: AuthorityHistoryOptions,
): Result<InspectionHistory<FrameworkId | DefinedFramework>> {
  const read = readOptions('authorityHistory', options, {
    includePredecessors: booleanOption,
    frameworks: frameworksProblem,
    ...INSPECTIONS_OPTION,
  });
  const frameworks = read.frameworks as readonly DefinedFramework[] | undefined;
  const records = inspectionsOption('authorityHistory', read.inspections, frameworks);
  const found = findAuthority(query);
  if (!found.ok) return found;
  const authority = found.value;
  const events = recordsOf(authority, records, read.includePredecessors === true).map((record) => {
    if (record.asPredecessorOf === undefined) return recordEvent(record);
    const inspected = record.authority.official;
    return recordEvent(
      record,
      inspected === undefined ? { name: record.authority.name } : { name: inspected.name, code: inspected.code },
    );
  });
  const { asOf, sources } = freshnessOf(records);
  return createInspectionHistory({ name: authority.name, code: authority.code }, events, {
    coverage: { asOf, sources, kinds: RECORDED_KINDS },
    ...(frameworks !== undefined && { frameworks }),
  });
}

/**
 * ofsted-ilacs/outcomes: Ofsted's official outcomes of local authority children's
 * services inspections (every ILACS inspection January 2018 - 31 March 2025 and every SIF
 * inspection) as typed, frozen records; the authorities with every identifier the sector
 * joins on and their statistical neighbours; and lookups. Contains public sector
 * information licensed under the Open Government Licence v3.0; the identifiers and
 * neighbours are derived from Data to Insight's lookup, MIT licence (see
 * `AUTHORITY_DATA_VINTAGE`). Only this entry and `ofsted-ilacs/tables` import it, so only
 * those who import them ship the data.
 *
 * @packageDocumentation
 * @module ofsted-ilacs/outcomes
 */

export {
  AUTHORITY_CHANGES,
  AUTHORITY_DATA_VINTAGE,
  type AuthorityChange,
  type AuthorityLink,
  type AuthorityType,
  findAuthority,
  OFFICIAL_AUTHORITIES,
  type OfficialAuthority,
} from './authorities.js';
export { type AuthorityHistoryOptions, authorityHistory } from './authorityHistory.js';
export type {
  Freshness,
  InspectionRecord,
  RecordAuthority,
  RecordSource,
} from './inspectionRecord.js';
export {
  type MergeConflict,
  type MergedInspections,
  type MergeOptions,
  mergeInspections,
} from './mergeInspections.js';
export {
  type ComparedAuthority,
  compareWithNeighbours,
  type NeighbourComparison,
  type NeighbourOptions,
  type StatisticalNeighbours,
  statisticalNeighbours,
} from './neighbours.js';
export {
  type AuthorityRecords,
  type LatestOutcomes,
  latestOfficialOutcomes,
  type NationalCounts,
  nationalCounts,
  OFFICIAL_INSPECTIONS,
  OFFICIAL_OUTCOMES_VINTAGE,
  type OfficialHistoryOptions,
  type OfficialOutcomesOptions,
  officialHistory,
} from './officialOutcomes.js';

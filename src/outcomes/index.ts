/**
 * ofsted-ilacs/outcomes: Ofsted's official outcomes of local authority children's
 * services inspections (every ILACS inspection January 2018 - 31 March 2025 and every SIF
 * inspection) as typed, frozen records, with lookups. Contains public sector information
 * licensed under the Open Government Licence v3.0. Nothing else in the package imports
 * this entry, so only those who import it ship the data.
 *
 * @packageDocumentation
 */

export {
  findAuthority,
  latestOfficialOutcomes,
  type NationalCounts,
  nationalCounts,
  OFFICIAL_AUTHORITIES,
  OFFICIAL_INSPECTIONS,
  OFFICIAL_OUTCOMES_VINTAGE,
  type OfficialAuthority,
  type OfficialInspection,
  type OfficialOutcomesOptions,
  officialHistory,
} from './officialOutcomes.js';

/**
 * ofsted-ilacs/tables: the sector's own tables of inspections read into typed outcomes:
 * Ofsted's "ILACS inspection history" sheet, Data to Insight's ILACS scrape tool, and
 * council spreadsheets with a column map, graded under a built-in framework or one of
 * your own (`defineFramework`). Authorities are resolved through
 * `ofsted-ilacs/outcomes`, so this entry carries that data.
 *
 * @packageDocumentation
 * @module ofsted-ilacs/tables
 */

export type { InspectionRecord, RecordAuthority, RecordSource } from '../outcomes/inspectionRecord.js';
export {
  type ColumnCheck,
  type InspectionColumns,
  TABLE_PRESETS,
  type TableFormat,
  type TablePreset,
} from './columns.js';
export { COMPARISON_HEADERS, type ComparisonRow, comparisonRows } from './comparisonRows.js';
export { HISTORY_HEADERS, type HistoryRow, historyRows } from './historyRows.js';
export { PLAN_SUMMARY_HEADERS, type PlanSummaryRow, planSummaryRows } from './planSummaryRows.js';
export { type ReadRowsOptions, readInspectionRows } from './readInspectionRows.js';

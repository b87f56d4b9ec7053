/**
 * ofsted-ilacs/charts: pictures as SVG text, from pure functions: an authority's graded
 * inspections over time, a plan's delivery and impact by finding, and an authority beside
 * its statistical neighbours. No DOM, nothing
 * fetched, the same bytes for the same input; accessible, and readable with colour
 * blindness.
 *
 * @packageDocumentation
 * @module ofsted-ilacs/charts
 */

export { CHART_LIMITS, type ChartOptions } from './chartOptions.js';
export { judgementHistoryChart } from './judgementHistoryChart.js';
export { neighbourComparisonChart } from './neighbourComparisonChart.js';
export { CHART_PALETTE, type ChartPalette } from './palette.js';
export { type PlanChartOptions, planChart } from './planChart.js';

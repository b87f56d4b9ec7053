import type { Drawing } from './chartLayout.js';
import type { FindingDetail } from './planProgress.js';
import type { PlanSnapshot, Rating, SummarySnapshot } from './planRead.js';

/**
 * What the plan chart reads: the summary; with `plan`, the plan and each finding's
 * details from it (by finding id); and with `labels`, each finding's label.
 *
 * @internal
 */
export interface ChartedPlan {
  readonly summary: SummarySnapshot;
  readonly plan: PlanSnapshot | undefined;
  readonly details: ReadonlyMap<string, FindingDetail> | undefined;
  readonly labels: ReadonlyMap<string, string> | undefined;
}

/** The plan chart being drawn: the plan as read, and the ratings drawn, for the legend. @internal */
export interface PlanDrawing extends Drawing, ChartedPlan {
  readonly used: Set<Rating>;
}

/** A finding as the chart names it: its id, then its label where it has one. @internal */
export function named({ labels }: ChartedPlan, id: string): string {
  return `${id} ${labels?.get(id) ?? ''}`.trim();
}

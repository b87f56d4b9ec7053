import type { CalendarDate } from '../calendar/calendarDate.js';
import type { AreaId } from '../framework/frameworks.js';
import type { InspectionEvent } from '../inspection/inspectionEvent.js';
import type { Measure } from './measure.js';
import type { NationalFrameworkTag } from './nationalFramework.js';

/**
 * Where a finding came from: a recommendation in a report ("what needs to improve"), an
 * area for priority action set by a focused visit, a finding of a monitoring visit, or
 * the council's own self-evaluation.
 *
 * @example
 * ```ts
 * import { FINDING_KINDS, type FindingKind } from 'ofsted-ilacs';
 *
 * const kind: FindingKind = 'area-for-priority-action';
 * console.log(FINDING_KINDS.includes(kind)); // true
 * ```
 *
 * @category Improvement plans
 */
export type FindingKind = 'recommendation' | 'area-for-priority-action' | 'monitoring-finding' | 'self-evaluation';

/**
 * Every {@link FindingKind}.
 *
 * @example
 * ```ts
 * import { FINDING_KINDS } from 'ofsted-ilacs';
 *
 * console.log(FINDING_KINDS.length); // 4
 * ```
 *
 * @category Improvement plans
 */
export const FINDING_KINDS = /* @__PURE__ */ Object.freeze([
  'recommendation',
  'area-for-priority-action',
  'monitoring-finding',
  'self-evaluation',
] as const satisfies readonly FindingKind[]);

/**
 * The event a finding came from, by kind and first day (on site, or the event's date).
 *
 * @example
 * ```ts
 * import { calendarDate, type EventReference } from 'ofsted-ilacs';
 *
 * const hull2019: EventReference = { kind: 'standard-inspection', start: calendarDate('2019-01-14') };
 * console.log(hull2019.kind);
 * ```
 *
 * @category Improvement plans
 */
export interface EventReference {
  readonly kind: InspectionEvent['kind'];
  readonly start: CalendarDate;
}

interface FindingBase<A extends string> {
  /** A stable id, unique within its plan. */
  readonly id: string;
  /** The framework area it concerns: of a built-in framework, or of a framework of your own (`A`). */
  readonly area: A;
  /** What was found, in words. */
  readonly text: string;
  /** When it was raised (for an inspection, usually the day the report was received or published). */
  readonly raised: CalendarDate;
  /** How progress on the finding is measured (see `Measure`). */
  readonly measures?: readonly Measure[];
  /**
   * The outcomes and enablers of the DfE's Children's Social Care National Framework it
   * concerns, each named once (see `NATIONAL_FRAMEWORK`): as ILACS reports tag their
   * recommendations since January 2025, or as the council organises its plan.
   */
  readonly tags?: readonly NationalFrameworkTag[];
}

/**
 * A finding raised by Ofsted: a recommendation, an area for priority action or a
 * monitoring finding, with the event that raised it.
 *
 * @example
 * ```ts
 * import { calendarDate, type InspectionFinding } from 'ofsted-ilacs';
 *
 * const finding: InspectionFinding = {
 *   id: 'F1',
 *   kind: 'recommendation',
 *   area: 'helpAndProtection',
 *   text: 'The quality and timeliness of assessments of risk.',
 *   raised: calendarDate('2019-05-17'),
 *   raisedBy: { kind: 'standard-inspection', start: calendarDate('2019-01-14') },
 *   tags: ['outcome-3-safety', 'enabler-3-workforce'],
 * };
 * console.log(finding.raisedBy.kind, finding.tags);
 * ```
 *
 * @category Improvement plans
 */
export interface InspectionFinding<A extends string = AreaId> extends FindingBase<A> {
  readonly kind: Exclude<FindingKind, 'self-evaluation'>;
  readonly raisedBy: EventReference;
}

/**
 * A finding of the council's own self-evaluation; it may name an event that prompted it.
 *
 * @example
 * ```ts
 * import { calendarDate, type SelfEvaluationFinding } from 'ofsted-ilacs';
 *
 * const finding: SelfEvaluationFinding = {
 *   id: 'F4',
 *   kind: 'self-evaluation',
 *   area: 'childrenInCare',
 *   text: 'Placement stability has fallen.',
 *   raised: calendarDate('2024-02-01'),
 * };
 * console.log(finding.kind);
 * ```
 *
 * @category Improvement plans
 */
export interface SelfEvaluationFinding<A extends string = AreaId> extends FindingBase<A> {
  readonly kind: 'self-evaluation';
  readonly raisedBy?: EventReference;
}

/**
 * Something the council must improve: what was found, the framework area it concerns,
 * when it was raised and, except for self-evaluation, the event that raised it. `A` is
 * the areas it may concern: a built-in framework's by default, and a framework of your
 * own's too in a plan answering an inspection under it (see `ImprovementPlan`).
 *
 * @example
 * ```ts
 * import { calendarDate, type Finding } from 'ofsted-ilacs';
 *
 * const finding: Finding = {
 *   id: 'F1',
 *   kind: 'recommendation',
 *   area: 'helpAndProtection',
 *   text: 'The quality and timeliness of assessments of risk.',
 *   raised: calendarDate('2019-05-17'),
 *   raisedBy: { kind: 'standard-inspection', start: calendarDate('2019-01-14') },
 * };
 * console.log(finding.area);
 * ```
 *
 * @category Improvement plans
 */
export type Finding<A extends string = AreaId> = InspectionFinding<A> | SelfEvaluationFinding<A>;

import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import type { AreaSendOutcome } from './areaSendOutcomes.js';
import { kindOf } from './eventKinds.js';

/**
 * The days inspectors were on site, first and last inclusive.
 *
 * @example
 * ```ts
 * import { calendarDate, type OnSite } from 'ofsted-ilacs';
 *
 * const onSite: OnSite = { start: calendarDate('2019-01-14'), end: calendarDate('2019-01-25') };
 * console.log(onSite.start);
 * ```
 *
 * @category Inspection timeline
 */
export interface OnSite {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * What is known of a graded inspection's days on site: the first, and the last where the
 * source gives it. Ofsted's outcomes sheet gives only the first day; it published no days
 * at all for SIF inspections, whose `onSite` is then absent.
 *
 * @example
 * ```ts
 * import { calendarDate, type DaysOnSite } from 'ofsted-ilacs';
 *
 * const fromOfstedSheet: DaysOnSite = { start: calendarDate('2022-11-14') };
 * console.log(fromOfstedSheet.end); // undefined: not published
 * ```
 *
 * @category Inspection timeline
 */
export interface DaysOnSite {
  readonly start: CalendarDate;
  readonly end?: CalendarDate;
}

/**
 * A local authority: its name and, where known, its ONS (GSS) code.
 *
 * @example
 * ```ts
 * import type { Authority } from 'ofsted-ilacs';
 *
 * const hull: Authority = { name: 'Kingston upon Hull', code: 'E06000010' };
 * console.log(hull.code);
 * ```
 *
 * @category Inspection timeline
 */
export interface Authority {
  readonly name: string;
  readonly code?: string;
}

interface ReportDates {
  /** When the council received the final report or letter, if known. The statutory clocks start here. */
  readonly reportReceived?: CalendarDate;
  /** When Ofsted published the report or letter, if it has. */
  readonly published?: CalendarDate;
  /** Anything worth keeping about the event, in words. */
  readonly note?: string;
}

interface VisitBase extends ReportDates {
  /** The days on site. */
  readonly onSite: OnSite;
}

/**
 * A graded inspection under ILACS (standard: two weeks on site; short: one week) or the
 * SIF, with its outcome. Only graded inspections carry judgements. `graded-inspection`
 * is one whose kind, standard or short, the source does not say.
 *
 * `F` is the framework of its outcome: a built-in framework's id (the default, any of
 * them), or a framework of your own made by `defineFramework`, whose outcome is then a
 * {@link DefinedOutcome} typed by its areas and grades. A history holds one only where it
 * was given the framework (`frameworks` in the options of `createInspectionHistory`).
 *
 * Its days on site are what the source gives: both, the first only, or none (Ofsted
 * published none for SIF inspections). The library never makes days up: where no day is
 * known, `published` is required and places the inspection, and a function that needs
 * the days says why it cannot answer.
 *
 * @example
 * ```ts
 * import { calendarDate, type GradedInspection } from 'ofsted-ilacs';
 *
 * const hull2022: GradedInspection<'ilacs-2018'> = {
 *   kind: 'standard-inspection',
 *   onSite: { start: calendarDate('2022-11-14'), end: calendarDate('2022-11-25') },
 *   published: calendarDate('2023-01-13'),
 *   outcome: {
 *     framework: 'ilacs-2018',
 *     judgements: { leaders: 'requires-improvement', helpAndProtection: 'requires-improvement', childrenInCareAndCareLeavers: 'good' },
 *     awardedOverall: 'requires-improvement',
 *   },
 * };
 * console.log(hull2022.outcome.awardedOverall);
 * ```
 *
 * @category Inspection timeline
 */
export interface GradedInspection<F extends FrameworkId | DefinedFramework = FrameworkId> extends ReportDates {
  readonly kind: 'standard-inspection' | 'short-inspection' | 'graded-inspection';
  /** The days on site, as far as the source gives them; absent where it gives none. */
  readonly onSite?: DaysOnSite;
  /** Its outcome: under a built-in framework, or under a framework of your own. */
  readonly outcome: F extends FrameworkId
    ? InspectionOutcome<F>
    : F extends DefinedFramework
      ? DefinedOutcome<F>
      : never;
  /**
   * The council inspected, where it is not the history's own: a predecessor's inspection
   * in the history of a council made from it (Northamptonshire's, in North
   * Northamptonshire's history).
   */
  readonly predecessor?: Authority;
}

/**
 * An ILACS focused visit: ungraded, on one theme, reported by letter. It may set areas for
 * priority action, which start the draft action plan clock.
 *
 * @example
 * ```ts
 * import { calendarDate, type FocusedVisit } from 'ofsted-ilacs';
 *
 * const visit: FocusedVisit = {
 *   kind: 'focused-visit',
 *   onSite: { start: calendarDate('2018-02-06'), end: calendarDate('2018-02-07') },
 *   theme: 'the front door',
 *   areasForPriorityAction: [],
 * };
 * console.log(visit.theme);
 * ```
 *
 * @category Inspection timeline
 */
export interface FocusedVisit extends VisitBase {
  readonly kind: 'focused-visit';
  readonly theme: string;
  /** The areas for priority action the letter sets; empty when none. */
  readonly areasForPriorityAction: readonly string[];
}

/**
 * A monitoring visit to a council judged inadequate: ungraded, reported by letter.
 *
 * @example
 * ```ts
 * import { calendarDate, type MonitoringVisit } from 'ofsted-ilacs';
 *
 * const visit: MonitoringVisit = {
 *   kind: 'monitoring-visit',
 *   onSite: { start: calendarDate('2020-01-14'), end: calendarDate('2020-01-15') },
 *   sequence: 2,
 *   theme: 'children in care',
 *   findings: ['Experiences of children in care have significantly declined.'],
 * };
 * console.log(visit.sequence);
 * ```
 *
 * @category Inspection timeline
 */
export interface MonitoringVisit extends VisitBase {
  readonly kind: 'monitoring-visit';
  /**
   * Its number in the series of monitoring visits since the inadequate judgement, from 1,
   * where known. Within a series the numbers must rise; a graded inspection starts a new
   * series.
   */
  readonly sequence?: number;
  readonly theme: string;
  readonly findings: readonly string[];
}

/**
 * An inspectorate taking part in a joint targeted area inspection.
 *
 * @example
 * ```ts
 * import type { Inspectorate } from 'ofsted-ilacs';
 *
 * const agencies: Inspectorate[] = ['ofsted', 'cqc', 'hmicfrs'];
 * console.log(agencies);
 * ```
 *
 * @category Inspection timeline
 */
export type Inspectorate = 'ofsted' | 'cqc' | 'hmicfrs' | 'hmi-probation';

/**
 * A joint targeted area inspection (JTAI): Ofsted with other inspectorates, on one theme,
 * ungraded in the reports read so far.
 *
 * @example
 * ```ts
 * import { calendarDate, type JointTargetedAreaInspection } from 'ofsted-ilacs';
 *
 * const jtai: JointTargetedAreaInspection = {
 *   kind: 'joint-targeted-area-inspection',
 *   onSite: { start: calendarDate('2024-03-04'), end: calendarDate('2024-03-08') },
 *   theme: 'serious youth violence',
 *   agencies: ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'],
 * };
 * console.log(jtai.agencies.length);
 * ```
 *
 * @category Inspection timeline
 */
export interface JointTargetedAreaInspection extends VisitBase {
  readonly kind: 'joint-targeted-area-inspection';
  readonly theme: string;
  readonly agencies: readonly Inspectorate[];
}

/**
 * An area SEND inspection: Ofsted and CQC inspect the local area partnership (the council
 * and the NHS integrated care board) for children and young people with special
 * educational needs and disabilities, for about a week, under the framework of January
 * 2023. It ends in one of three outcomes ({@link AREA_SEND_OUTCOMES}), not in ILACS
 * judgements: the ILACS queries (`latestGradedInspection`, `expectedNextInspection`,
 * `interventionRegimeOn`) pass it by, and `expectedNextAreaSendInspection` reads it.
 *
 * @example
 * ```ts
 * import { calendarDate, type AreaSendInspection } from 'ofsted-ilacs';
 *
 * // Illustrative dates and outcome.
 * const inspection: AreaSendInspection = {
 *   kind: 'area-send-inspection',
 *   onSite: { start: calendarDate('2024-02-05'), end: calendarDate('2024-02-09') },
 *   published: calendarDate('2024-03-22'),
 *   outcome: 'inconsistent',
 * };
 * console.log(inspection.outcome);
 * ```
 *
 * @category Inspection timeline
 */
export interface AreaSendInspection extends VisitBase {
  readonly kind: 'area-send-inspection';
  readonly outcome: AreaSendOutcome;
}

/**
 * An area SEND monitoring inspection: Ofsted and CQC return to a local area partnership
 * whose area SEND inspection found widespread and/or systemic failings, usually within
 * about 18 months. Ungraded. It counts, with ILACS monitoring visits, towards the cap on
 * monitoring visits from July 2025 (see `monitoringCapWarnings`).
 *
 * @example
 * ```ts
 * import { calendarDate, type AreaSendMonitoringInspection } from 'ofsted-ilacs';
 *
 * // Illustrative dates.
 * const monitoring: AreaSendMonitoringInspection = {
 *   kind: 'area-send-monitoring',
 *   onSite: { start: calendarDate('2025-09-15'), end: calendarDate('2025-09-17') },
 * };
 * console.log(monitoring.onSite.start);
 * ```
 *
 * @category Inspection timeline
 */
export interface AreaSendMonitoringInspection extends VisitBase {
  readonly kind: 'area-send-monitoring';
}

/**
 * What a Department for Education intervention covers: children's social care, or
 * special educational needs and disabilities (SEND). Notices about SEND do not change the
 * regime for children's social care.
 *
 * @example
 * ```ts
 * import type { InterventionScope } from 'ofsted-ilacs';
 *
 * const scope: InterventionScope = 'send';
 * console.log(scope);
 * ```
 *
 * @category Inspection timeline
 */
export type InterventionScope = 'childrens-social-care' | 'send';

/**
 * A Department for Education intervention: an improvement notice issued or lifted, a
 * statutory direction issued or revoked. Usually after an inadequate judgement, but not
 * always: Herefordshire received a non-statutory improvement notice on 18 May 2021
 * (Herefordshire Council, "Children's services improvements"), before its inadequate
 * judgement in July 2022, and notices also cover SEND. `scope` says what
 * it covers (children's social care when left out) and `legalBasis` the power used, where
 * there is one (a direction: Education Act 1996 s.497A; improvement notices are
 * non-statutory). A direction supersedes an improvement notice in force. A direction
 * replaced by a notice is two events on the same day: the revocation, then the new
 * notice.
 *
 * @example
 * ```ts
 * import { calendarDate, type InterventionEvent } from 'ofsted-ilacs';
 *
 * const direction: InterventionEvent = {
 *   kind: 'statutory-direction-issued',
 *   date: calendarDate('2020-03-16'),
 *   legalBasis: 'Education Act 1996 s.497A',
 *   note: 'Commissioner appointed.',
 * };
 * console.log(direction.kind);
 * ```
 *
 * @category Inspection timeline
 */
export interface InterventionEvent {
  readonly kind:
    | 'improvement-notice-issued'
    | 'improvement-notice-lifted'
    | 'statutory-direction-issued'
    | 'statutory-direction-revoked';
  readonly date: CalendarDate;
  /** What it covers. Default: children's social care. */
  readonly scope?: InterventionScope;
  /** The legal power used, where there is one. */
  readonly legalBasis?: string;
  readonly note?: string;
}

/**
 * Anything in an authority's inspection history, discriminated by `kind`. `F` is the
 * framework a graded inspection's outcome may be under: any built-in one by default, or
 * also frameworks of your own (`InspectionEvent<FrameworkId | typeof yours>`).
 *
 * @example
 * ```ts
 * import { calendarDate, type InspectionEvent } from 'ofsted-ilacs';
 *
 * function describe(event: InspectionEvent): string {
 *   switch (event.kind) {
 *     case 'standard-inspection':
 *     case 'short-inspection':
 *       return `graded under ${event.outcome.framework}`;
 *     case 'focused-visit':
 *       return `focused visit on ${event.theme}`;
 *     default:
 *       return event.kind;
 *   }
 * }
 * console.log(describe({ kind: 'improvement-notice-issued', date: calendarDate('2019-05-31') })); // 'improvement-notice-issued'
 * console.log(
 *   describe({
 *     kind: 'focused-visit',
 *     onSite: { start: calendarDate('2018-02-06'), end: calendarDate('2018-02-07') },
 *     theme: 'the front door',
 *     areasForPriorityAction: [],
 *   }),
 * ); // 'focused visit on the front door'
 * ```
 *
 * @category Inspection timeline
 */
export type InspectionEvent<F extends FrameworkId | DefinedFramework = FrameworkId> =
  | GradedInspection<F>
  | FocusedVisit
  | MonitoringVisit
  | JointTargetedAreaInspection
  | AreaSendInspection
  | AreaSendMonitoringInspection
  | InterventionEvent;

/**
 * The kinds of {@link InspectionEvent}.
 *
 * @example
 * ```ts
 * import { INSPECTION_EVENT_KINDS } from 'ofsted-ilacs';
 *
 * console.log(INSPECTION_EVENT_KINDS.length); // 12
 * ```
 *
 * @category Inspection timeline
 */
export const INSPECTION_EVENT_KINDS = /* @__PURE__ */ Object.freeze([
  'standard-inspection',
  'short-inspection',
  'graded-inspection',
  'focused-visit',
  'monitoring-visit',
  'joint-targeted-area-inspection',
  'area-send-inspection',
  'area-send-monitoring',
  'improvement-notice-issued',
  'improvement-notice-lifted',
  'statutory-direction-issued',
  'statutory-direction-revoked',
] as const satisfies readonly InspectionEvent['kind'][]);

/**
 * A visit: any event with days on site (every event but a DfE intervention).
 *
 * @example
 * ```ts
 * import { calendarDate, type Visit } from 'ofsted-ilacs';
 *
 * const visit: Visit = {
 *   kind: 'focused-visit',
 *   onSite: { start: calendarDate('2018-02-06'), end: calendarDate('2018-02-07') },
 *   theme: 'the front door',
 *   areasForPriorityAction: [],
 * };
 * console.log(visit.onSite.end);
 * ```
 *
 * @category Inspection timeline
 */
export type Visit = Exclude<InspectionEvent, InterventionEvent>;

/**
 * Whether an event is a graded inspection (standard, short or graded, under ILACS, the
 * SIF or a framework of your own). Any value may be passed: one that is not a graded inspection gives `false`, and
 * so does an area SEND inspection, whose outcome is not an ILACS one.
 *
 * @example
 * ```ts
 * import { calendarDate, isGradedInspection, type InspectionEvent } from 'ofsted-ilacs';
 *
 * const event: InspectionEvent = { kind: 'improvement-notice-issued', date: calendarDate('2019-05-20') };
 * console.log(isGradedInspection(event)); // false
 * ```
 *
 * @category Inspection timeline
 */
export function isGradedInspection<E extends InspectionEvent<FrameworkId | DefinedFramework>>(
  event: E,
): event is Extract<E, { readonly kind: GradedInspection['kind'] }> {
  return kindOf(event)?.graded === true;
}

/**
 * Whether an event is a visit (has days on site), not a DfE intervention. Any value may be
 * passed: one that is not a visit gives `false`.
 *
 * @example
 * ```ts
 * import { calendarDate, isVisit, type InspectionEvent } from 'ofsted-ilacs';
 *
 * const event: InspectionEvent = { kind: 'statutory-direction-revoked', date: calendarDate('2022-08-05') };
 * console.log(isVisit(event)); // false
 * ```
 *
 * @category Inspection timeline
 */
export function isVisit<E extends InspectionEvent<FrameworkId | DefinedFramework>>(
  event: E,
): event is Exclude<E, InterventionEvent> {
  return kindOf(event)?.visit === true;
}

/**
 * The date that places an event: its first day on site, or its date; for a graded
 * inspection whose days are not known, its publication (which its check requires).
 *
 * @internal
 */
export function eventStart(event: InspectionEvent<FrameworkId | DefinedFramework>): CalendarDate {
  if (!isVisit(event)) return event.date;
  return (event.onSite?.start ?? event.published) as CalendarDate;
}

/**
 * The day an event's outcome counts as known: its publication, else its last day on site,
 * else (a graded inspection recorded with its first day only) its first day; an
 * intervention's date.
 *
 * @internal
 */
export function eventKnown(event: InspectionEvent<FrameworkId | DefinedFramework>): CalendarDate {
  if (!isVisit(event)) return event.date;
  return (event.published ?? event.onSite?.end ?? event.onSite?.start) as CalendarDate;
}

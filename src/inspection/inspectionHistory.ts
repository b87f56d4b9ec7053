import type { CalendarDate } from '../calendar/calendarDate.js';
import { fail, type Issue, issue, type Result, succeed } from '../result/result.js';
import {
  eventStart,
  type GradedInspection,
  type InspectionEvent,
  type InterventionEvent,
  isGradedInspection,
  isVisit,
} from './inspectionEvent.js';

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
 */
export interface Authority {
  readonly name: string;
  readonly code?: string;
}

/**
 * An authority's inspection history: its events in date order, checked by
 * {@link createInspectionHistory}.
 *
 * @example
 * ```ts
 * import { createInspectionHistory, type InspectionHistory } from 'ofsted-ilacs';
 *
 * const result = createInspectionHistory({ name: 'Kingston upon Hull' }, []);
 * const history: InspectionHistory | undefined = result.ok ? result.value : undefined;
 * console.log(history?.events.length); // 0
 * ```
 */
export interface InspectionHistory {
  readonly authority: Authority;
  readonly events: readonly InspectionEvent[];
}

function describe(event: InspectionEvent): string {
  return `the ${event.kind.replaceAll('-', ' ')} starting ${eventStart(event)}`;
}

/**
 * Checks an authority's events and returns its history in date order, or the issues.
 * The events passed in are not reordered or changed.
 *
 * Refused, with the event's index in the list given: a visit that ends before it starts
 * (`dates-out-of-order`); a report received or published before its visit ended
 * (`dates-out-of-order`); two visits whose days on site overlap (`overlapping-visits`);
 * a notice lifted or a direction revoked when none is in force (`not-in-force`).
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory } from 'ofsted-ilacs';
 *
 * const result = createInspectionHistory({ name: 'Example' }, [
 *   { kind: 'improvement-notice-lifted', date: calendarDate('2023-10-01') },
 * ]);
 * if (!result.ok) console.log(result.issues[0]?.code); // 'not-in-force'
 * ```
 */
export function createInspectionHistory(
  authority: Authority,
  events: readonly InspectionEvent[],
): Result<InspectionHistory> {
  const indexed = events.map((event, index) => ({ event, index }));
  // Same-day events keep their given order (a revocation before the notice replacing it).
  const ordered = [...indexed].sort((a, b) =>
    eventStart(a.event) < eventStart(b.event) ? -1 : eventStart(a.event) > eventStart(b.event) ? 1 : a.index - b.index,
  );
  const issues: Issue[] = [];

  for (const { event, index } of indexed) {
    if (!isVisit(event)) continue;
    const { start, end } = event.onSite;
    if (end < start) {
      issues.push(
        issue(
          ['events', index, 'onSite', 'end'],
          'dates-out-of-order',
          `The visit ends (${end}) before it starts (${start}): check onSite.`,
        ),
      );
    }
    for (const key of ['reportReceived', 'published'] as const) {
      const date = event[key];
      if (date !== undefined && date < end) {
        issues.push(
          issue(
            ['events', index, key],
            'dates-out-of-order',
            `${key} (${date}) is before ${describe(event)} ended (${end}): check both dates.`,
          ),
        );
      }
    }
  }

  const visits = ordered.filter(({ event }) => isVisit(event));
  for (let i = 1; i < visits.length; i += 1) {
    const previous = visits[i - 1]!;
    const current = visits[i]!;
    if (isVisit(previous.event) && isVisit(current.event) && current.event.onSite.start <= previous.event.onSite.end) {
      issues.push(
        issue(
          ['events', current.index, 'onSite'],
          'overlapping-visits',
          `${describe(current.event)} overlaps ${describe(previous.event)}, which ends ${previous.event.onSite.end}: one team is on site at a time, so check the dates.`,
        ),
      );
    }
  }

  let notice = false;
  let direction = false;
  for (const { event, index } of ordered) {
    if (event.kind === 'improvement-notice-issued') notice = true;
    else if (event.kind === 'statutory-direction-issued') direction = true;
    else if (event.kind === 'improvement-notice-lifted' || event.kind === 'statutory-direction-revoked') {
      const lifting = event.kind === 'improvement-notice-lifted';
      if (!(lifting ? notice : direction)) {
        issues.push(
          issue(
            ['events', index, 'kind'],
            'not-in-force',
            `${describe(event)} ends ${lifting ? 'an improvement notice' : 'a statutory direction'} that is not in force: add the event that started it, or remove this one.`,
          ),
        );
      }
      if (lifting) notice = false;
      else direction = false;
    }
  }

  return issues.length > 0 ? fail(issues) : succeed({ authority, events: ordered.map(({ event }) => event) });
}

/**
 * Options of {@link latestGradedInspection}.
 *
 * @example
 * ```ts
 * import { calendarDate, type LatestGradedInspectionOptions } from 'ofsted-ilacs';
 *
 * const options: LatestGradedInspectionOptions = { asOf: calendarDate('2023-01-01') };
 * console.log(options.asOf);
 * ```
 */
export interface LatestGradedInspectionOptions {
  /**
   * Only inspections whose outcome was known on this date: published by then or, where
   * no publication date is recorded, finished on site by then. Default: every inspection.
   */
  readonly asOf?: CalendarDate;
}

/**
 * The most recent graded inspection in a history, or `undefined` if there is none.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, latestGradedInspection } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   {
 *     kind: 'standard-inspection',
 *     onSite: { start: calendarDate('2022-11-14'), end: calendarDate('2022-11-25') },
 *     published: calendarDate('2023-01-13'),
 *     outcome: {
 *       framework: 'ilacs-2018',
 *       judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
 *       awardedOverall: 'good',
 *     },
 *   },
 * ]);
 * if (history.ok) {
 *   console.log(latestGradedInspection(history.value)?.published); // '2023-01-13'
 *   console.log(latestGradedInspection(history.value, { asOf: calendarDate('2023-01-01') })); // undefined: not yet published
 * }
 * ```
 */
export function latestGradedInspection(
  history: InspectionHistory,
  options: LatestGradedInspectionOptions = {},
): GradedInspection | undefined {
  let latest: GradedInspection | undefined;
  for (const event of history.events) {
    if (!isGradedInspection(event)) continue;
    const known = event.published ?? event.onSite.end;
    if (options.asOf !== undefined && known > options.asOf) continue;
    latest = event;
  }
  return latest;
}

/**
 * The DfE intervention in force on a date.
 *
 * @example
 * ```ts
 * import type { InterventionRegime } from 'ofsted-ilacs';
 *
 * const regime: InterventionRegime = 'statutory-direction';
 * console.log(regime);
 * ```
 */
export type InterventionRegime = 'none' | 'improvement-notice' | 'statutory-direction';

/**
 * What {@link interventionRegimeOn} returns: the regime, the event that started it, and
 * a sentence. Where a direction and a notice are both in force, the direction (the
 * stronger measure) is the regime.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, interventionRegimeOn, type RegimeOnDate } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, []);
 * if (history.ok) {
 *   const regime: RegimeOnDate = interventionRegimeOn(history.value, calendarDate('2020-01-01'));
 *   console.log(regime.regime); // 'none'
 * }
 * ```
 */
export interface RegimeOnDate {
  readonly date: CalendarDate;
  readonly regime: InterventionRegime;
  /** The event that started the regime in force, if any. */
  readonly since?: InterventionEvent;
  readonly reason: string;
}

/**
 * The DfE intervention regime in force on a date: a statutory direction, an improvement
 * notice, or none. Events dated on the day count as in force on it.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, interventionRegimeOn } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   { kind: 'improvement-notice-issued', date: calendarDate('2019-05-20') },
 *   { kind: 'statutory-direction-issued', date: calendarDate('2020-03-16') },
 * ]);
 * if (history.ok) {
 *   console.log(interventionRegimeOn(history.value, calendarDate('2019-12-01')).regime); // 'improvement-notice'
 *   console.log(interventionRegimeOn(history.value, calendarDate('2020-03-16')).regime); // 'statutory-direction'
 * }
 * ```
 */
export function interventionRegimeOn(history: InspectionHistory, date: CalendarDate): RegimeOnDate {
  let notice: InterventionEvent | undefined;
  let direction: InterventionEvent | undefined;
  for (const event of history.events) {
    if (isVisit(event) || event.date > date) continue;
    if (event.kind === 'improvement-notice-issued') notice = event;
    else if (event.kind === 'improvement-notice-lifted') notice = undefined;
    else if (event.kind === 'statutory-direction-issued') direction = event;
    else direction = undefined;
  }
  if (direction !== undefined) {
    return {
      date,
      regime: 'statutory-direction',
      since: direction,
      reason: `A statutory direction has been in force since ${direction.date}.`,
    };
  }
  if (notice !== undefined) {
    return {
      date,
      regime: 'improvement-notice',
      since: notice,
      reason: `An improvement notice has been in force since ${notice.date}.`,
    };
  }
  return { date, regime: 'none', reason: `No DfE intervention was in force on ${date}.` };
}

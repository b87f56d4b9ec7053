import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createInspectionHistory,
  type InspectionEvent,
  interventionRegimeOn,
  latestGradedInspection,
} from '../../src/index.js';
import { HULL_EVENTS, HULL_HISTORY } from '../../src/testing/hullHistory.js';

const d = calendarDate;
const goodOutcome = {
  framework: 'ilacs-2023',
  judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
  awardedOverall: 'good',
} as const;

describe('createInspectionHistory', () => {
  it('orders events by date without touching the list it was given', () => {
    const events = [HULL_EVENTS.at(-1)!, ...HULL_EVENTS.slice(0, -1)];
    const before = structuredClone(events);
    const result = createInspectionHistory({ name: 'Kingston upon Hull' }, events);
    expect(result.ok && result.value.events.map((e) => e.kind)).toEqual(HULL_EVENTS.map((e) => e.kind));
    expect(events).toEqual(before);
  });

  it('keeps same-day events in the order given: a revocation before the notice replacing it', () => {
    const sameDay = HULL_HISTORY.events.filter((e) => 'date' in e && e.date === '2022-08-05').map((e) => e.kind);
    expect(sameDay).toEqual(['statutory-direction-revoked', 'improvement-notice-issued']);
  });

  it.each<[string, InspectionEvent[], (string | number)[], string, RegExp]>([
    [
      'a visit ending before it starts',
      [{ kind: 'standard-inspection', onSite: { start: d('2023-03-10'), end: d('2023-03-01') }, outcome: goodOutcome }],
      ['events', 0, 'onSite', 'end'],
      'dates-out-of-order',
      /ends \(2023-03-01\) before it starts \(2023-03-10\)/,
    ],
    [
      'a report published before the visit ended',
      [
        {
          kind: 'standard-inspection',
          onSite: { start: d('2023-03-01'), end: d('2023-03-10') },
          published: d('2023-03-05'),
          outcome: goodOutcome,
        },
      ],
      ['events', 0, 'published'],
      'dates-out-of-order',
      /published \(2023-03-05\) is before the standard inspection starting 2023-03-01 ended \(2023-03-10\)/,
    ],
    [
      'overlapping visits',
      [
        { kind: 'short-inspection', onSite: { start: d('2023-03-06'), end: d('2023-03-10') }, outcome: goodOutcome },
        {
          kind: 'focused-visit',
          onSite: { start: d('2023-03-09'), end: d('2023-03-10') },
          theme: 'x',
          areasForPriorityAction: [],
        },
      ],
      ['events', 1, 'onSite'],
      'overlapping-visits',
      /overlaps the short inspection starting 2023-03-06/,
    ],
    [
      'a direction revoked that was never issued',
      [{ kind: 'statutory-direction-revoked', date: d('2022-08-05') }],
      ['events', 0, 'kind'],
      'not-in-force',
      /a statutory direction that is not in force/,
    ],
  ])('refuses %s, saying where', (_, events, path, code, message) => {
    const result = createInspectionHistory({ name: 'Example' }, events);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([{ path, code, message: expect.stringMatching(message) }]);
  });
});

describe("Hull's history", () => {
  it('gives the latest graded inspection as known on a date', () => {
    expect(latestGradedInspection(HULL_HISTORY)?.onSite.start).toBe('2026-03-02');
    expect(latestGradedInspection(HULL_HISTORY, { asOf: d('2026-05-17') })?.onSite.start).toBe('2022-11-14');
    expect(latestGradedInspection(HULL_HISTORY, { asOf: d('2014-01-01') })).toBeUndefined();
  });

  it.each([
    ['2019-05-30', 'none'],
    ['2019-05-31', 'improvement-notice'],
    ['2020-03-15', 'improvement-notice'],
    ['2020-03-16', 'statutory-direction'],
    ['2022-08-04', 'statutory-direction'],
    ['2022-08-05', 'improvement-notice'],
    ['2023-09-27', 'improvement-notice'],
    ['2023-09-28', 'none'],
    ['2026-11-24', 'none'],
  ])('was under %s: %s', (date, regime) => {
    expect(interventionRegimeOn(HULL_HISTORY, d(date)).regime).toBe(regime);
  });

  it('says since when a regime has been in force', () => {
    expect(interventionRegimeOn(HULL_HISTORY, d('2021-01-01'))).toMatchObject({
      regime: 'statutory-direction',
      since: { kind: 'statutory-direction-issued', date: '2020-03-16' },
      reason:
        'A statutory direction (Education Act 1996 s.497A) has been in force since 2020-03-16, issued after the inadequate judgement of the standard inspection starting 2019-01-14.',
    });
  });
});

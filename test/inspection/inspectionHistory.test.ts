import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createInspectionHistory,
  type InspectionEvent,
  type IssueParams,
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

  it.each<[string, InspectionEvent[], (string | number)[], string, RegExp, IssueParams]>([
    [
      'a visit ending before it starts',
      [{ kind: 'standard-inspection', onSite: { start: d('2023-03-10'), end: d('2023-03-01') }, outcome: goodOutcome }],
      ['events', 0, 'onSite', 'end'],
      'dates-out-of-order',
      /onSite.end \(2023-03-01\) is before onSite.start \(2023-03-10\)/,
      { field: 'onSite.end', found: '"2023-03-01"', limit: '2023-03-10', rule: 'end-before-start' },
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
      /published \(2023-03-05\) is before the last day on site \(onSite.end\), 2023-03-10/,
      { field: 'published', found: '"2023-03-05"', limit: '2023-03-10', rule: 'report-before-visit' },
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
      { field: 'onSite', found: '"2023-03-09"', limit: '2023-03-10' },
    ],
    [
      'a direction revoked that was never issued',
      [{ kind: 'statutory-direction-revoked', date: d('2022-08-05') }],
      ['events', 0, 'kind'],
      'not-in-force',
      /a statutory direction that is not in force/,
      { field: 'a statutory direction', found: '"statutory-direction-revoked"' },
    ],
  ])('refuses %s, saying where', (_, events, path, code, message, params) => {
    const result = createInspectionHistory({ name: 'Example' }, events);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([{ path, code, message: expect.stringMatching(message), params }]);
  });
});

describe("Hull's history", () => {
  it('gives the latest graded inspection as known on a date', () => {
    expect(latestGradedInspection(HULL_HISTORY)?.onSite?.start).toBe('2026-03-02');
    expect(latestGradedInspection(HULL_HISTORY, { asOf: d('2026-05-17') })?.onSite?.start).toBe('2022-11-14');
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

describe('DfE interventions', () => {
  const inadequate2022 = {
    kind: 'standard-inspection',
    onSite: { start: d('2022-06-06'), end: d('2022-06-17') },
    published: d('2022-07-29'),
    outcome: {
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'inadequate',
        helpAndProtection: 'inadequate',
        childrenInCareAndCareLeavers: 'inadequate',
      },
      awardedOverall: 'inadequate',
    },
  } as const;

  it('allows a notice with no inadequate judgement before it, and says "after" only where there was one', () => {
    // Herefordshire: a non-statutory notice on 18 May 2021 (Herefordshire Council, "Children's services
    // improvements"), before its inadequate judgement in July 2022 and its direction of 21 September 2022.
    const history = createInspectionHistory({ name: 'Herefordshire' }, [
      { kind: 'improvement-notice-issued', date: d('2021-05-18'), note: 'Non-statutory improvement notice.' },
      inadequate2022,
      { kind: 'statutory-direction-issued', date: d('2022-09-21'), legalBasis: 'Education Act 1996 s.497A' },
    ]);
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    const notice = interventionRegimeOn(history.value, d('2022-06-01'));
    expect(notice).toMatchObject({ regime: 'improvement-notice' });
    expect(notice.reason).toBe('An improvement notice has been in force since 2021-05-18.');
    expect(notice.after).toBeUndefined();
    const direction = interventionRegimeOn(history.value, d('2022-11-01'));
    expect(direction.reason).toBe(
      'A statutory direction (Education Act 1996 s.497A) has been in force since 2022-09-21, issued after the inadequate judgement of the standard inspection starting 2022-06-06.',
    );
  });

  it('keeps SEND notices apart from children’s social care', () => {
    const history = createInspectionHistory({ name: 'Example' }, [
      { kind: 'improvement-notice-issued', date: d('2023-02-01'), scope: 'send' },
      { kind: 'improvement-notice-issued', date: d('2023-03-01') },
    ]);
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    expect(interventionRegimeOn(history.value, d('2023-02-15')).regime).toBe('none');
    expect(interventionRegimeOn(history.value, d('2023-02-15'), { scope: 'send' })).toMatchObject({
      regime: 'improvement-notice',
      reason: 'An improvement notice about SEND has been in force since 2023-02-01.',
    });
  });

  it('lets a direction supersede a notice, and refuses a second notice while one is in force', () => {
    const superseded = createInspectionHistory({ name: 'Example' }, [
      { kind: 'improvement-notice-issued', date: d('2019-05-31') },
      { kind: 'statutory-direction-issued', date: d('2020-03-16') },
      { kind: 'statutory-direction-revoked', date: d('2022-08-05') },
    ]);
    expect(superseded.ok).toBe(true);
    if (superseded.ok) expect(interventionRegimeOn(superseded.value, d('2022-09-01')).regime).toBe('none');
    const twice = createInspectionHistory({ name: 'Example' }, [
      { kind: 'improvement-notice-issued', date: d('2019-05-31') },
      { kind: 'improvement-notice-issued', date: d('2019-05-31') },
    ]);
    expect(!twice.ok && twice.issues.map((i) => [i.path, i.code])).toEqual([
      [['events', 1, 'kind'], 'already-in-force'],
    ]);
  });

  it('refuses monitoring visits numbered out of order within a series, and a report published before it was received', () => {
    const visit = (start: string, sequence: number) => ({
      kind: 'monitoring-visit' as const,
      onSite: { start: d(start), end: d(start) },
      sequence,
      theme: 'x',
      findings: [],
    });
    const numbered = createInspectionHistory({ name: 'Example' }, [
      visit('2020-01-14', 5),
      visit('2020-04-14', 1),
      visit('2020-07-14', 1),
    ]);
    expect(!numbered.ok && numbered.issues.map((i) => [i.path, i.code])).toEqual([
      [['events', 1, 'sequence'], 'sequence-out-of-order'],
      [['events', 2, 'sequence'], 'sequence-out-of-order'],
    ]);
    const afterReinspection = createInspectionHistory({ name: 'Example' }, [
      visit('2020-01-14', 5),
      { ...inadequate2022, onSite: { start: d('2021-06-07'), end: d('2021-06-18') }, published: d('2021-08-02') },
      visit('2021-11-09', 1),
    ]);
    expect(afterReinspection.ok).toBe(true);
    const early = createInspectionHistory({ name: 'Example' }, [
      { ...visit('2020-01-14', 1), reportReceived: d('2020-02-10'), published: d('2020-02-07') },
    ]);
    expect(!early.ok && early.issues[0]).toMatchObject({
      path: ['events', 0, 'published'],
      code: 'dates-out-of-order',
    });
  });

  it('refuses an outcome under a framework not in use when the inspection started', () => {
    const result = createInspectionHistory({ name: 'Example' }, [
      { ...inadequate2022, onSite: { start: d('2023-03-06'), end: d('2023-03-17') }, published: d('2023-05-02') },
    ]);
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['events', 0, 'outcome', 'framework'],
      code: 'framework-not-in-force',
    });
  });
});

describe("Hull's record", () => {
  it('has the monitoring visits Ofsted made after the 2019 judgement, numbered where the letters number them', () => {
    const visits = HULL_HISTORY.events.filter((e) => e.kind === 'monitoring-visit');
    expect(visits.map((v) => [v.onSite.start, v.onSite.end, v.kind === 'monitoring-visit' && v.sequence])).toEqual([
      ['2020-01-14', '2020-01-15', 2],
      ['2021-06-30', '2021-07-01', undefined],
      ['2021-11-18', '2021-11-19', undefined],
      ['2022-07-20', '2022-07-21', 6],
    ]);
    expect(visits[0]?.note).toMatch(/not verified/);
  });

  it('records the notice lifted on 28 September 2023, and marks the direction and revocation days as stand-ins', () => {
    const lifted = HULL_HISTORY.events.find((e) => e.kind === 'improvement-notice-lifted');
    expect(lifted && 'date' in lifted && lifted.date).toBe('2023-09-28');
    for (const kind of ['statutory-direction-issued', 'statutory-direction-revoked'] as const) {
      const event = HULL_HISTORY.events.find((e) => e.kind === kind);
      expect(event?.note, kind).toMatch(/not verified.*stands in/);
    }
  });
});

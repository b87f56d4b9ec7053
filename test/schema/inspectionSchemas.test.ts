import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, STATUTORY_CLOCKS } from '../../src/index.js';
import {
  AuthoritySchema,
  CalendarDateSchema,
  HolidayCalendarSchema,
  parseInspectionHistory,
  StatutoryClockSchema,
} from '../../src/schema/index.js';
import { HULL_HISTORY } from '../../src/testing/hullHistory.js';
import { arbitraryInspectionHistory } from '../../src/testing/index.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseInspectionHistory', () => {
  it("round-trips Hull's history through JSON with nothing lost", () => {
    const first = parseInspectionHistory(json(HULL_HISTORY));
    expect(first).toEqual({ ok: true, value: HULL_HISTORY });
    const second = first.ok ? parseInspectionHistory(json(first.value)) : first;
    expect(second).toEqual(first);
  });

  it('orders the events it reads, and leaves the input alone', () => {
    const input = json({
      ...HULL_HISTORY,
      events: [...HULL_HISTORY.events].slice(-1).concat(HULL_HISTORY.events.slice(0, -1)),
    });
    const before = JSON.stringify(input);
    const result = parseInspectionHistory(input);
    expect(result.ok && result.value.events).toEqual(HULL_HISTORY.events);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    [
      'an impossible date',
      { authority: { name: 'Example' }, events: [{ kind: 'improvement-notice-issued', date: '2019-02-30' }] },
      {
        path: ['events', 0, 'date'],
        code: 'invalid-date',
        message: '2019-02-30 is not a date: February 2019 has 28 days.',
        params: { field: 'date', found: '"2019-02-30"', rule: 'date' },
      },
    ],
    [
      'a date in another format',
      { authority: { name: 'Example' }, events: [{ kind: 'improvement-notice-issued', date: '30/05/2019' }] },
      {
        path: ['events', 0, 'date'],
        code: 'invalid-date',
        message: '"30/05/2019" is not a date written YYYY-MM-DD: write day/month/year as 2019-05-30.',
        params: { field: 'date', found: '"30/05/2019"', rule: 'date' },
      },
    ],
    [
      'an unknown kind of event',
      { authority: { name: 'Example' }, events: [{ kind: 'inspection', date: '2019-05-30' }] },
      {
        path: ['events', 0, 'kind'],
        code: 'invalid-value',
        message: expect.stringMatching(/^"inspection" is not a kind of event: use standard-inspection, /),
        params: {
          field: 'events.0.kind',
          found: '"inspection"',
          allowed: [
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
          ],
        },
      },
    ],
    [
      'an outcome on a focused visit',
      {
        authority: { name: 'Example' },
        events: [
          {
            kind: 'focused-visit',
            onSite: { start: '2018-02-06', end: '2018-02-07' },
            theme: 'the front door',
            areasForPriorityAction: [],
            outcome: {},
          },
        ],
      },
      {
        path: ['events', 0, 'outcome'],
        code: 'unknown-key',
        message: '"outcome" is not a field of events.0: remove it, or check its spelling.',
        params: { field: 'events.0', found: '"outcome"' },
      },
    ],
    [
      'an area the nested outcome’s framework lacks',
      {
        authority: { name: 'Example' },
        events: [
          {
            kind: 'standard-inspection',
            onSite: { start: '2019-01-14', end: '2019-01-25' },
            outcome: {
              framework: 'ilacs-2018',
              judgements: {
                leaders: 'good',
                helpAndProtection: 'good',
                childrenInCareAndCareLeavers: 'good',
                careLeavers: 'good',
              },
            },
          },
        ],
      },
      {
        path: ['events', 0, 'outcome', 'judgements', 'careLeavers'],
        code: 'area-not-in-framework',
        message: expect.stringMatching(/^"careLeavers" is not an area of ilacs-2018/),
        params: {
          field: 'judgements',
          found: '"careLeavers"',
          allowed: ['leaders', 'helpAndProtection', 'childrenInCareAndCareLeavers'],
        },
      },
    ],
    [
      'overlapping visits',
      {
        authority: { name: 'Example' },
        events: [
          {
            kind: 'monitoring-visit',
            onSite: { start: '2020-01-14', end: '2020-01-15' },
            sequence: 1,
            theme: 'x',
            findings: [],
          },
          {
            kind: 'monitoring-visit',
            onSite: { start: '2020-01-15', end: '2020-01-16' },
            sequence: 2,
            theme: 'y',
            findings: [],
          },
        ],
      },
      {
        path: ['events', 1, 'onSite'],
        code: 'overlapping-visits',
        message: expect.stringMatching(/overlaps the monitoring visit starting 2020-01-14/),
        params: { field: 'onSite', found: '"2020-01-15"', limit: '2020-01-15' },
      },
    ],
    [
      'a malformed ONS code',
      { authority: { name: 'Hull', code: 'E6' }, events: [] },
      {
        path: ['authority', 'code'],
        code: 'invalid-value',
        message: 'An ONS (GSS) code is a letter and eight digits, such as E06000010.',
        params: { field: 'authority.code', found: '"E6"', rule: 'regex' },
      },
    ],
    [
      'a missing authority',
      { events: [] },
      {
        path: ['authority'],
        code: 'missing',
        message: expect.any(String),
        params: { field: 'authority', rule: 'object' },
      },
    ],
  ])('refuses %s, saying where and what to do', (_, input, expected) => {
    expect(parseInspectionHistory(input)).toEqual({ ok: false, issues: [expected] });
  });

  describe('properties', () => {
    it('reads every generated history back unchanged, through JSON, every kind of event included', () => {
      const kinds = new Set<string>();
      fc.assert(
        fc.property(arbitraryInspectionHistory(), (history) => {
          for (const event of history.events) kinds.add(event.kind);
          const once = parseInspectionHistory(json(history));
          expect(once).toEqual({ ok: true, value: history });
          const twice = once.ok ? parseInspectionHistory(json(once.value)) : once;
          expect(twice).toEqual(once);
        }),
        { numRuns: 200 },
      );
      expect(kinds.size).toBeGreaterThanOrEqual(8);
    });

    it('never throws, whatever it is given, and every refusal says where and why', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const result = parseInspectionHistory(input);
          if (!result.ok) {
            for (const found of result.issues) {
              expect(Array.isArray(found.path)).toBe(true);
              expect(found.message.length).toBeGreaterThan(10);
            }
          }
        }),
      );
    });
  });
});

describe('the other calendar and inspection schemas', () => {
  it('agree with isCalendarDate on every date-shaped string', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.tuple(digits(4), digits(2), digits(2)), ([y, m, d]) => {
        const text = `${y}-${m}-${d}`;
        expect(CalendarDateSchema.safeParse(text).success).toBe(isCalendarDate(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('read dates strictly, and give the branded date', () => {
    expect(CalendarDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(CalendarDateSchema.safeParse(20240229).success).toBe(false);
  });

  it('read a holiday calendar and refuse coverage that runs backwards', () => {
    const calendar = {
      name: 'Closures',
      coverage: { fromYear: 2026, toYear: 2026 },
      holidays: [{ date: '2026-12-24', title: 'Closed' }],
    };
    expect(HolidayCalendarSchema.parse(calendar)).toEqual(calendar);
    const backwards = HolidayCalendarSchema.safeParse({ ...calendar, coverage: { fromYear: 2027, toYear: 2026 } });
    expect(backwards.error?.issues[0]?.message).toBe('coverage.fromYear must not be after coverage.toYear.');
  });

  it('accept every built-in statutory clock and an authority with or without a code', () => {
    for (const clock of STATUTORY_CLOCKS) expect(StatutoryClockSchema.parse(clock)).toEqual(clock);
    expect(AuthoritySchema.safeParse({ name: 'Kingston upon Hull' }).success).toBe(true);
  });
});

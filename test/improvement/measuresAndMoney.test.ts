import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  calendarDate,
  changeMoney,
  closeAction,
  createImprovementAction,
  deliverAction,
  deriveImpact,
  deriveRag,
  findActionIssues,
  findMeasureIssues,
  findPlanIssues,
  type ImprovementAction,
  type Measure,
  recordImpact,
  recordReading,
  rescheduleAction,
  startAction,
  summarisePlan,
} from '../../src/index.js';
import { parseImprovementAction, parseImprovementPlan } from '../../src/schema/index.js';
import { HULL_ACTIONS, HULL_PLAN } from '../../src/testing/index.js';

const d = calendarDate;

const audits: Measure = {
  id: 'M1',
  name: 'Cases audited as good or better',
  unit: '%',
  higherIsBetter: true,
  baseline: { value: 20, on: d('2020-01-01') },
  target: { value: 60, by: d('2020-12-31') },
  readings: [],
};
/** The trajectory is 40 points over 365 days: half way on 2020-07-01, 40 expected. */
const reading = (value: number, on = '2020-07-01') => ({ ...audits, readings: [{ value, on: d(on) }] });
const impact = (measure: Measure, asOf = '2020-07-31', trajectoryTolerance?: number) =>
  deriveImpact(measure, { asOf: d(asOf), ...(trajectoryTolerance !== undefined && { trajectoryTolerance }) });

describe('measures', () => {
  it.each([
    [
      'the target date on the baseline’s',
      { target: { value: 60, by: d('2020-01-01') } },
      ['target', 'by'],
      'dates-out-of-order',
    ],
    [
      'a target worse than the baseline',
      { target: { value: 10, by: d('2020-12-31') } },
      ['target', 'value'],
      'invalid-value',
    ],
    [
      'a reading before the baseline',
      { readings: [{ value: 30, on: d('2019-12-31') }] },
      ['readings', 0, 'on'],
      'dates-out-of-order',
    ],
    [
      'two readings on one day',
      {
        readings: [
          { value: 30, on: d('2020-03-01') },
          { value: 31, on: d('2020-03-01') },
        ],
      },
      ['readings', 1, 'on'],
      'dates-out-of-order',
    ],
    [
      'a value that is not finite',
      { baseline: { value: Number.NaN, on: d('2020-01-01') } },
      ['baseline', 'value'],
      'out-of-range',
    ],
    [
      'a value too large',
      { readings: [{ value: 1e13, on: d('2020-03-01') }] },
      ['readings', 0, 'value'],
      'out-of-range',
    ],
    ['a blank unit', { unit: ' ' }, ['unit'], 'empty'],
    ['no way to tell which is better', { higherIsBetter: 'yes' }, ['higherIsBetter'], 'invalid-type'],
  ])('refuses %s', (_, change, path, code) => {
    expect(findMeasureIssues({ ...audits, ...change } as Measure)).toEqual([expect.objectContaining({ path, code })]);
  });

  it.each([
    ['no reading yet', audits, 'not-rated', 'no-reading'],
    ['the target met early', reading(61), 'blue', 'target-met'],
    ['ahead of the trajectory', reading(45), 'green', 'trajectory'],
    ['exactly on it', reading(40), 'green', 'trajectory'],
    ['behind by less than a tenth of the way (4 points)', reading(37), 'amber', 'trajectory'],
    ['behind by more', reading(35), 'red', 'trajectory'],
  ] as const)('rates impact against the straight line from baseline to target: %s', (_, measure, rag, decidedBy) => {
    const derived = impact(measure);
    expect([derived.rag, derived.decidedBy]).toEqual([rag, decidedBy]);
    expect(derived.reason.length).toBeGreaterThan(30);
    if (measure.readings.length > 0 && rag !== 'blue') expect(derived.expected).toBeCloseTo(40, 0);
  });

  it('reads only the readings by asOf, misses a target whose date has passed, and takes a tolerance', () => {
    const later = {
      ...audits,
      readings: [
        { value: 37, on: d('2020-07-01') },
        { value: 70, on: d('2020-09-01') },
      ],
    };
    expect(impact(later, '2020-08-01').rag).toBe('amber');
    expect(impact(later, '2020-09-01').rag).toBe('blue');
    expect(impact(reading(55, '2020-12-01'), '2021-01-04').decidedBy).toBe('target-date-passed');
    expect(impact(reading(35), '2020-07-31', 0.2).rag).toBe('amber');
    expect(impact(reading(35), '2020-07-31', 0).rag).toBe('red');
    expect(impact(audits, '2020-07-31').reason).toBe(
      'Not rated: no reading of Cases audited as good or better by 2020-07-31 (baseline 20% on 2020-01-01, target 60% by 2020-12-31).',
    );
  });

  it('rates a measure where lower is better the other way round', () => {
    const rereferrals: Measure = {
      id: 'M2',
      name: 'Re-referrals within 12 months',
      unit: '%',
      higherIsBetter: false,
      baseline: { value: 30, on: d('2020-01-01') },
      target: { value: 20, by: d('2020-12-31') },
      readings: [{ value: 24, on: d('2020-07-01') }],
    };
    expect(impact(rereferrals).rag).toBe('green');
    expect(impact({ ...rereferrals, readings: [{ value: 29, on: d('2020-07-01') }] }).rag).toBe('red');
  });

  it('records readings in order, never editing one', () => {
    const next = recordReading(audits, { value: 30, on: d('2020-03-01') });
    expect(next.ok && next.value.readings).toEqual([{ value: 30, on: '2020-03-01' }]);
    expect(audits.readings).toEqual([]);
    const earlier = next.ok ? recordReading(next.value, { value: 31, on: d('2020-02-01') }) : undefined;
    expect(earlier?.ok === false && earlier.issues[0]).toMatchObject({
      path: ['reading', 'on'],
      code: 'dates-out-of-order',
    });
  });

  it('refuses a bad measure or options with the library’s error', () => {
    expect(() => deriveImpact({ ...audits, unit: '' }, { asOf: d('2020-07-01') })).toThrowError(/measure\.unit/);
    expect(() => deriveImpact(audits, {} as never)).toThrowError(/asOf is required/);
    expect(() => deriveImpact(audits, { asOf: d('2020-07-01'), trajectoryTolerance: 2 })).toThrowError(/from 0 to 1/);
  });
});

const base = {
  id: 'A1',
  title: 'Audit cases',
  answers: [],
  kind: 'case-audit',
  owner: 'QA lead',
  raised: d('2020-01-06'),
  due: d('2020-09-30'),
  by: 'DCS',
} as const;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('what amber means', () => {
  const started = unwrap(startAction(unwrap(createImprovementAction(base)), { on: d('2020-01-13'), by: 'QA lead' }));

  it("'due-soon' (the default): amber when due within ten working days", () => {
    expect(deriveRag(started, { asOf: d('2020-09-25') }).rag).toBe('amber');
    expect(deriveRag(started, { asOf: d('2020-09-25'), amber: 'at-risk' }).rag).toBe('green');
  });

  it("'at-risk': amber once the due date has moved, or when a measure slips; red when overdue either way", () => {
    const moved = unwrap(
      rescheduleAction(started, { on: d('2020-03-02'), by: 'QA lead', to: d('2020-10-30'), reason: 'Sample widened.' }),
    );
    expect(deriveRag(moved, { asOf: d('2020-04-01') }).rag).toBe('green');
    expect(deriveRag(moved, { asOf: d('2020-04-01'), amber: 'at-risk' })).toMatchObject({
      rag: 'amber',
      decidedBy: 'reschedules',
    });
    const measured = { ...started, measures: [reading(35)] };
    expect(findActionIssues(measured)).toEqual([]);
    expect(deriveRag(measured, { asOf: d('2020-07-31'), amber: 'at-risk' })).toMatchObject({
      rag: 'amber',
      decidedBy: 'measure',
      date: '2020-07-01',
    });
    expect(deriveRag(measured, { asOf: d('2020-10-05'), amber: 'at-risk' }).rag).toBe('red');
  });
});

describe('money with its history', () => {
  const withMoney = unwrap(createImprovementAction({ ...base, kind: 'investment', moneyPence: 200_000_000 }));
  const changed = unwrap(
    changeMoney(withMoney, { on: d('2020-02-06'), by: 'Cabinet', toPence: 640_000_000, reason: 'A further £4.4m.' }),
  );

  it('records who changed it, when, from what, to what and why', () => {
    expect(changed.moneyPence).toBe(640_000_000);
    expect(changed.history.at(-1)).toEqual({
      change: 'money',
      on: '2020-02-06',
      by: 'Cabinet',
      from: 200_000_000,
      to: 640_000_000,
      reason: 'A further £4.4m.',
    });
    expect(findActionIssues(changed)).toEqual([]);
    expect(parseImprovementAction(JSON.parse(JSON.stringify(changed)))).toMatchObject({ ok: true });
  });

  it('refuses a change that is not one', () => {
    const refuse = (toPence: number, reason = 'Why.', on = '2020-03-01') =>
      changeMoney(withMoney, { on: d(on), by: 'Cabinet', toPence, reason });
    expect(refuse(200_000_000)).toMatchObject({ ok: false, issues: [{ path: ['toPence'], code: 'invalid-value' }] });
    expect(refuse(-1)).toMatchObject({ ok: false, issues: [{ path: ['toPence'], code: 'out-of-range' }] });
    expect(refuse(1.5)).toMatchObject({ ok: false, issues: [{ path: ['toPence'], code: 'invalid-value' }] });
    expect(refuse(100, '')).toMatchObject({ ok: false, issues: [{ path: ['reason'], code: 'missing-evidence' }] });
    const early = refuse(100, 'Why.', '2019-12-31');
    expect(!early.ok && early.issues.map((found) => found.code)).toEqual([
      'date-before-raised',
      'date-before-previous',
    ]);
  });

  it('refuses a change once the action has ended, and money changed without a record', () => {
    const by = (who: string, on: string) => ({ on: d(on), by: who });
    const closed = unwrap(
      closeAction(
        unwrap(
          recordImpact(
            unwrap(
              deliverAction(
                unwrap(startAction(changed, by('QA lead', '2020-02-10'))),
                by('QA lead', '2020-05-01'),
                'Done.',
              ),
            ),
            by('QA lead', '2020-07-01'),
            'Better.',
          ),
        ),
        by('Board chair', '2020-08-03'),
      ),
    );
    expect(changeMoney(closed, { ...by('Cabinet', '2020-09-01'), toPence: 100, reason: 'Late.' })).toMatchObject({
      ok: false,
      issues: [{ code: 'illegal-transition' }],
    });
    expect(findActionIssues({ ...changed, moneyPence: 700_000_000 })).toEqual([
      expect.objectContaining({ path: ['moneyPence'], code: 'inconsistent-history' }),
    ]);
  });

  it('still reads actions stored before money was recorded at creation', () => {
    const [created, ...rest] = withMoney.history;
    const { moneyPence: _notRecorded, ...older } = created as { moneyPence?: number };
    const legacy = { ...withMoney, history: [older, ...rest] } as unknown as ImprovementAction;
    expect(findActionIssues(legacy)).toEqual([]);
    expect(parseImprovementAction(JSON.parse(JSON.stringify(legacy))).ok).toBe(true);
  });
});

describe('plan summaries report delivery and impact apart, and money with its changes', () => {
  const asOf = d('2020-03-31');
  const summary = summarisePlan(HULL_PLAN, { asOf });

  it("rate Hull's measure, and each finding's delivery and impact", () => {
    expect(summary.impact.byRag).toMatchObject({ total: 1, amber: 1 });
    expect(summary.impact.measures[0]).toMatchObject({
      measureId: 'M1',
      rag: 'amber',
      of: { kind: 'finding', id: 'F1' },
    });
    expect(summary.findings.map((f) => [f.findingId, f.delivery, f.impact, f.nextDue])).toEqual([
      ['F1', 'amber', 'amber', '2020-03-31'],
      ['F2', 'not-rated', 'not-rated', undefined],
      ['F3', 'green', 'not-rated', '2020-05-29'],
      ['F4', 'red', 'not-rated', '2020-03-20'],
    ]);
  });

  it('add up money as it stood on the day, with the changes recorded by then', () => {
    const a5 = HULL_ACTIONS[4] as ImprovementAction;
    const raised = unwrap(
      changeMoney(a5, { on: d('2020-02-06'), by: 'Cabinet', toPence: 250_000_000, reason: 'Agency staff.' }),
    );
    const plan = { ...HULL_PLAN, actions: HULL_PLAN.actions.map((a) => (a.id === 'A5' ? raised : a)) };
    expect(findPlanIssues(plan)).toEqual([]);
    const before = summarisePlan(plan, { asOf: d('2020-01-31') });
    const after = summarisePlan(plan, { asOf });
    expect(before.moneyCommittedPence).toBe(200_000_000);
    expect(before.moneyChanges).toEqual([]);
    expect(after.moneyCommittedPence).toBe(250_000_000 + 440_000_000);
    expect(after.moneyChanges).toEqual([
      {
        actionId: 'A5',
        on: '2020-02-06',
        by: 'Cabinet',
        fromPence: 200_000_000,
        toPence: 250_000_000,
        from: '£2,000,000.00',
        to: '£2,500,000.00',
        reason: 'Agency staff.',
      },
    ]);
  });

  it('refuse a measure id used twice in a plan, through every door', () => {
    const measure = HULL_PLAN.findings[0]?.measures?.[0] as Measure;
    const plan = {
      ...HULL_PLAN,
      actions: HULL_PLAN.actions.map((a, i) => (i === 0 ? { ...a, measures: [measure] } : a)),
    };
    expect(findPlanIssues(plan)).toEqual([
      expect.objectContaining({ path: ['actions', 0, 'measures', 0, 'id'], code: 'duplicate-id' }),
    ]);
    expect(parseImprovementPlan(JSON.parse(JSON.stringify(plan)))).toMatchObject({
      ok: false,
      issues: [{ path: ['actions', 0, 'measures', 0, 'id'], code: 'duplicate-id' }],
    });
  });

  it('take the amber meaning and tolerance options, and refuse ones they do not have', () => {
    expect(summarisePlan(HULL_PLAN, { asOf, trajectoryTolerance: 0 }).impact.byRag.red).toBe(1);
    expect(() => summarisePlan(HULL_PLAN, { asOf, amber: 'soon' as never })).toThrowError(/amber/);
    const dated = (on: string) => on as CalendarDate;
    expect(summarisePlan(HULL_PLAN, { asOf: dated('2019-06-30') }).impact.byRag['not-rated']).toBe(1);
  });
});

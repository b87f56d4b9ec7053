import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createImprovementAction,
  createImprovementPlan,
  deriveRag,
  formatPence,
  type ImprovementAction,
  type ImprovementPlan,
  rescheduleAction,
  startAction,
  summarisePlan,
} from '../../src/index.js';
import { HULL_ACTIONS, HULL_PLAN } from '../../src/testing/hullPlan.js';

const d = calendarDate;
const asOf = d('2020-03-31');
const byId = (id: string) => HULL_ACTIONS.find((a) => a.id === id)!;
const make = (id: string, answers: string[]): ImprovementAction => {
  const result = createImprovementAction({
    id,
    title: id,
    answers,
    kind: 'other',
    owner: 'Owner',
    raised: d('2019-06-03'),
    due: d('2019-09-30'),
    by: 'DCS',
  });
  if (!result.ok) throw new Error('fixture');
  return result.value;
};

describe('deriveRag', () => {
  it.each([
    ['A1', 'blue', 'state', 'Complete: closed on 2020-03-06, verified by Improvement board chair.'],
    ['A2', 'green', 'state', 'Delivered on 2019-12-13; awaiting evidence of impact.'],
    ['A3', 'amber', 'due-date', 'Due 2020-03-31, today, and in progress.'],
    ['A5', 'green', 'state', 'Impact evidenced on 2020-01-10; awaiting verification and closure.'],
    ['A7', 'red', 'due-date', 'Overdue: due 2020-03-20, 7 working days ago, and in progress.'],
    ['A9', 'green', 'due-date', 'On track: due 2020-05-29, in 39 working days, and in progress.'],
  ])('rates Hull %s %s on 2020-03-31, saying why', (id, rag, decidedBy, reason) => {
    expect(deriveRag(byId(id), { asOf })).toMatchObject({ actionId: id, rag, decidedBy, reason });
  });

  it('reports a RAG set by hand beside the derived one, never instead of it', () => {
    const rated = deriveRag(byId('A9'), { asOf });
    expect(rated.rag).toBe('green');
    expect(rated.override).toEqual({
      rag: 'amber',
      reason: 'Supervision is still irregular.',
      by: 'Improvement adviser',
      on: '2020-03-02',
    });
  });

  it('rates a blocked action red, and an often-moved one amber', () => {
    const a8Blocked = deriveRag(byId('A8'), { asOf: d('2019-09-20') });
    expect(a8Blocked).toMatchObject({
      rag: 'red',
      decidedBy: 'state',
      date: '2019-09-16',
      reason: 'Blocked since 2019-09-16: The first recruitment round did not appoint.',
    });
    const moved = [
      (a: ImprovementAction) => startAction(a, { on: d('2019-06-03'), by: 'Owner' }),
      (a: ImprovementAction) =>
        rescheduleAction(a, { on: d('2019-07-01'), by: 'Owner', to: d('2019-12-20'), reason: 'Sample widened.' }),
      (a: ImprovementAction) =>
        rescheduleAction(a, { on: d('2019-09-02'), by: 'Owner', to: d('2020-02-28'), reason: 'Staff turnover.' }),
    ].reduce(
      (action, step) => {
        const next = step(action);
        if (!next.ok) throw new Error(JSON.stringify(next.issues));
        return next.value;
      },
      make('A10', []),
    );
    expect(deriveRag(moved, { asOf: d('2019-12-10') })).toMatchObject({
      rag: 'amber',
      decidedBy: 'reschedules',
      reason: 'Rescheduled 2 times: first due 2019-09-30, now due 2020-02-28.',
    });
    expect(deriveRag(moved, { asOf: d('2019-12-10'), amberAfterReschedules: 3 }).rag).toBe('green');
  });

  it('counts working days, not calendar days, to the amber line', () => {
    // Due Tuesday 2020-03-31; ten working days before is Tuesday 2020-03-17.
    expect(deriveRag(byId('A3'), { asOf: d('2020-03-17') }).rag).toBe('amber');
    expect(deriveRag(byId('A3'), { asOf: d('2020-03-16') }).rag).toBe('green');
    expect(deriveRag(byId('A3'), { asOf: d('2020-03-16'), amberWithinWorkingDays: 11 }).rag).toBe('amber');
  });

  it('does not rate an action before it was raised', () => {
    expect(deriveRag(byId('A6'), { asOf: d('2019-12-01') })).toMatchObject({
      rag: 'not-rated',
      reason: 'Not rated: raised on 2020-02-06, after 2019-12-01.',
    });
  });
});

describe("summarisePlan, over Hull's 2019-2020 plan", () => {
  const summary = summarisePlan(HULL_PLAN, { asOf });

  it('counts by RAG and status', () => {
    expect(summary.byRag).toEqual({ total: 9, red: 1, amber: 2, green: 5, blue: 1, 'not-rated': 0 });
    expect(summary.byStatus).toMatchObject({ 'in-progress': 4, delivered: 3, 'impact-evidenced': 1, closed: 1 });
    expect(summary.rags.map((r) => r.actionId)).toEqual(HULL_PLAN.actions.map((a) => a.id));
  });

  it('counts by kind and by the areas of the findings each action answers', () => {
    expect(summary.byKind.investment).toEqual({ total: 2, red: 0, amber: 1, green: 1, blue: 0, 'not-rated': 0 });
    expect(summary.byArea.helpAndProtection).toEqual({ total: 3, red: 0, amber: 1, green: 1, blue: 1, 'not-rated': 0 });
    expect(summary.byArea.childrenInCareAndCareLeavers).toEqual({
      total: 2,
      red: 1,
      amber: 1,
      green: 0,
      blue: 0,
      'not-rated': 0,
    });
  });

  it('adds up the money committed: £2m and £4.4m', () => {
    expect(summary.moneyCommittedPence).toBe(640_000_000);
    expect(summary.moneyCommitted).toBe('£6,400,000.00');
  });

  it('keeps findings open while any action is, and reports reschedules and overrides', () => {
    expect(summary.findings.map((f) => [f.findingId, f.state, f.reason])).toEqual([
      ['F1', 'open', '2 of 3 actions still open.'],
      ['F2', 'open', 'No action answers it.'],
      ['F3', 'open', '4 of 4 actions still open.'],
      ['F4', 'open', '2 of 2 actions still open.'],
    ]);
    expect(summary.findingsWithoutActions).toEqual(['F2']);
    expect([summary.reschedules, summary.rescheduledActions]).toEqual([3, 2]);
    expect(summary.overridden).toEqual([
      { actionId: 'A9', derived: 'green', override: 'amber', reason: 'Supervision is still irregular.' },
    ]);
  });

  it('lists the next deadlines, the statutory clocks included', () => {
    expect(summary.nextDeadlines.map((x) => [x.date, x.source, x.id])).toEqual([
      ['2020-03-31', 'action', 'A3'],
      ['2020-03-31', 'action', 'A6'],
      ['2020-05-29', 'action', 'A9'],
    ]);
    const early = summarisePlan(HULL_PLAN, { asOf: d('2019-06-01'), deadlines: 3 });
    expect(early.nextDeadlines.map((x) => [x.date, x.source, x.id])).toEqual([
      ['2019-07-01', 'statutory', 'publish-report'],
      ['2019-08-27', 'statutory', 'action-plan'],
      ['2019-09-30', 'action', 'A1'],
    ]);
    // A1 was due 2019-09-30 until it moved on 2019-09-02: the summary replays each history to its date.
    expect(summarisePlan(HULL_PLAN, { asOf: d('2019-09-03') }).rags[0]?.reason).toBe(
      'On track: due 2019-11-29, in 63 working days, and in progress.',
    );
  });
});

describe('plans', () => {
  const finding = {
    id: 'F1',
    kind: 'self-evaluation',
    area: 'leaders',
    text: 'Supervision is irregular.',
    raised: d('2019-06-03'),
  } as const;
  const base: ImprovementPlan = { ...HULL_PLAN, findings: [finding], actions: [] };

  it('closes a finding only when all its actions have ended, one at least closed', () => {
    const summary = summarisePlan(
      { ...base, findings: [finding, { ...finding, id: 'F2' }], actions: [make('A1', [])] },
      { asOf },
    );
    expect(summary.findingsWithoutActions).toEqual(['F1', 'F2']);
    expect(summary.actionsWithoutFindings).toEqual(['A1']);
    expect(summary.byArea.unassigned?.total).toBe(1);
    const closedPlan = summarisePlan({ ...HULL_PLAN, actions: HULL_ACTIONS.filter((a) => a.id === 'A1') }, { asOf });
    expect(closedPlan.findings[0]).toMatchObject({
      findingId: 'F1',
      state: 'closed',
      actions: 1,
      reason: 'All 1 action has ended, 1 closed.',
      delivery: 'blue',
    });
    expect(closedPlan.findings[0]?.nextDue).toBeUndefined();
  });

  it.each([
    ['a duplicate finding id', { findings: [finding, finding] }, ['findings', 1, 'id'], 'duplicate-id'],
    [
      'a duplicate action id',
      { actions: [make('A1', ['F1']), make('A1', ['F1'])] },
      ['actions', 1, 'id'],
      'duplicate-id',
    ],
    [
      'an answer to a finding not in the plan',
      { actions: [make('A1', ['F9'])] },
      ['actions', 0, 'answers', 0],
      'unknown-finding',
    ],
    [
      'an inconsistent action',
      { actions: [{ ...make('A1', ['F1']), due: d('2019-12-31') }] },
      ['actions', 0, 'due'],
      'inconsistent-history',
    ],
  ])('refuses %s, saying where', (_, change, path, code) => {
    const result = createImprovementPlan({ ...base, ...change });
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ path, code })]);
  });

  it('formats pence as pounds', () => {
    expect([formatPence(0), formatPence(1), formatPence(200_000_000)]).toEqual(['£0.00', '£0.01', '£2,000,000.00']);
  });

  describe('properties', () => {
    const plan = fc
      .array(fc.tuple(fc.integer({ min: -60, max: 400 }), fc.constantFrom('F1', 'none')), { maxLength: 60 })
      .map(
        (rows): ImprovementPlan => ({
          ...base,
          actions: rows.map(([days, answer], index) => {
            const raised = d('2019-06-03');
            const due = new Date(Date.parse(raised) + Math.max(0, days) * 86_400_000).toISOString().slice(0, 10);
            const result = createImprovementAction({
              id: `A${index}`,
              title: 't',
              answers: answer === 'none' ? [] : [answer],
              kind: 'other',
              owner: 'o',
              raised,
              due: d(due),
              by: 'b',
            });
            if (!result.ok) throw new Error('fixture');
            return result.value;
          }),
        }),
      );

    it('every derived RAG has a reason, and the counts add up', () => {
      fc.assert(
        fc.property(plan, fc.integer({ min: 0, max: 500 }), (p, days) => {
          const on = d(new Date(Date.parse('2019-06-03') + days * 86_400_000).toISOString().slice(0, 10));
          const summary = summarisePlan(p, { asOf: on });
          expect(summary.byRag.total).toBe(p.actions.length);
          for (const rag of summary.rags) expect(rag.reason.length).toBeGreaterThan(10);
          const sum =
            summary.byRag.red +
            summary.byRag.amber +
            summary.byRag.green +
            summary.byRag.blue +
            summary.byRag['not-rated'];
          expect(sum).toBe(p.actions.length);
          expect(summary.nextDeadlines.length).toBeLessThanOrEqual(5);
          const dates = summary.nextDeadlines.map((x) => x.date);
          expect(dates).toEqual([...dates].sort());
        }),
      );
    });
  });
});

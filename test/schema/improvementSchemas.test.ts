import { describe, expect, it } from 'vitest';
import { parseImprovementAction, parseImprovementPlan } from '../../src/schema/index.js';
import { HULL_ACTIONS, HULL_PLAN } from '../../src/testing/hullPlan.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseImprovementPlan', () => {
  it("round-trips Hull's plan through JSON with nothing lost, histories included", () => {
    const first = parseImprovementPlan(json(HULL_PLAN));
    expect(first).toEqual({ ok: true, value: HULL_PLAN });
    const second = first.ok ? parseImprovementPlan(json(first.value)) : first;
    expect(second).toEqual(first);
    expect(first.ok && first.value.actions.flatMap((a) => a.history).length).toBe(
      HULL_ACTIONS.flatMap((a) => a.history).length,
    );
  });

  it('refuses an answer to a finding the plan lacks, with its path', () => {
    const input = json(HULL_PLAN) as { actions: { answers: string[] }[] };
    input.actions[0]!.answers = ['F9'];
    const result = parseImprovementPlan(input);
    expect(!result.ok && result.issues).toEqual([
      {
        path: ['actions', 0, 'answers', 0],
        code: 'unknown-finding',
        message: 'A1 answers finding F9, which is not in the plan: add the finding or correct the id.',
        params: { field: 'answers[0]', found: '"F9"' },
      },
    ]);
  });

  it('reads the events a plan answers, DfE notices included, and refuses a kind it does not know', () => {
    const plan = json(HULL_PLAN) as { events: unknown[] };
    const withNotice = { ...plan, events: [...plan.events, { kind: 'improvement-notice-issued', date: '2019-05-31' }] };
    expect(parseImprovementPlan(withNotice).ok).toBe(true);
    const result = parseImprovementPlan({ ...plan, events: [...plan.events, { kind: 'notice', date: '2019-05-31' }] });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['events', 2, 'kind'],
      code: 'invalid-value',
      message: expect.stringMatching(/is not a kind of event/),
    });
  });

  it('refuses a finding raised by an event the plan does not answer, or in an area outside its framework', () => {
    const plan = json(HULL_PLAN) as { findings: Record<string, unknown>[] };
    const jtai = {
      ...plan,
      findings: [
        ...plan.findings,
        {
          id: 'F5',
          kind: 'recommendation',
          area: 'careLeavers',
          text: 'x',
          raised: '2030-03-20',
          raisedBy: { kind: 'joint-targeted-area-inspection', start: '2030-03-04' },
        },
      ],
    };
    expect(parseImprovementPlan(jtai)).toMatchObject({
      ok: false,
      issues: [{ path: ['findings', 4, 'raisedBy'], code: 'unknown-event' }],
    });
    const wrongArea = { ...plan, findings: plan.findings.map((f, i) => (i === 0 ? { ...f, area: 'careLeavers' } : f)) };
    expect(parseImprovementPlan(wrongArea)).toMatchObject({
      ok: false,
      issues: [{ path: ['findings', 0, 'area'], code: 'area-not-in-framework' }],
    });
  });
});

describe('parseImprovementAction', () => {
  const a7 = json(HULL_ACTIONS.find((a) => a.id === 'A7')) as Record<string, unknown>;

  it('reads an action with its history', () => {
    expect(parseImprovementAction(a7)).toEqual({ ok: true, value: HULL_ACTIONS.find((a) => a.id === 'A7') });
  });

  it.each([
    ['a due date moved without a record', { due: '2020-06-30' }, ['due'], 'inconsistent-history'],
    [
      'a history edited to hide a move',
      { history: (a7.history as unknown[]).filter((_, i) => i !== 2) },
      ['history', 2, 'from'],
      'inconsistent-history',
    ],
    ['money in pounds with pence', { moneyPence: 12.5 }, ['moneyPence'], 'invalid-type'],
    [
      'a delivered status without evidence',
      { status: { state: 'delivered', started: '2019-06-03', delivered: '2019-09-01' } },
      ['status', 'deliveryEvidence'],
      'missing',
    ],
    [
      'status dates that differ from the history',
      { status: { state: 'in-progress', started: '2020-02-07' } },
      ['status', 'started'],
      'inconsistent-history',
    ],
    ['a blank finding id in answers', { answers: [' '] }, ['answers', 0], 'empty'],
    ['an unknown kind of action', { kind: 'audit' }, ['kind'], 'invalid-value'],
    ['an unknown field', { priority: 'high' }, ['priority'], 'unknown-key'],
  ])('refuses %s', (_, change, path, code) => {
    const result = parseImprovementAction({ ...a7, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual(expect.objectContaining({ path, code }));
  });
});

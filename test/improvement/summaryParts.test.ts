import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  calendarDate,
  cancelAction,
  changeMoney,
  countActions,
  deriveImpact,
  deriveRag,
  type ImprovementAction,
  type ImprovementPlan,
  nextDeadlines,
  OfstedIlacsError,
  overriddenRags,
  planImpact,
  planMoney,
  planSlippage,
  progressByFinding,
  type RagCounts,
  type RatedPlan,
  type Result,
  ratePlan,
  summarisePlan,
} from '../../src/index.js';
import { parseImprovementPlan } from '../../src/schema/index.js';
import { arbitraryImprovementPlan, HULL_PLAN } from '../../src/testing/index.js';
import { unwrap } from '../support/unwrap.js';

const d = calendarDate;
const asOf = d('2020-03-31');
const rated = ratePlan(HULL_PLAN, { asOf });
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** A value as JSON, to compare before and after; the same word for any value JSON cannot write. */
const serialised = (value: unknown) => {
  try {
    return JSON.stringify(value);
  } catch {
    return 'unserialisable';
  }
};
const dayAfter = (date: string, days: number) =>
  d(new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10));

/** Hull's plan with one action changed by a lifecycle function. */
function withChange(id: string, change: (action: ImprovementAction) => Result<ImprovementAction>): ImprovementPlan {
  return {
    ...HULL_PLAN,
    actions: HULL_PLAN.actions.map((action) => (action.id === id ? unwrap(change(action)) : action)),
  };
}

/** Counts of RAGs, tallied here from `deriveRag` over each action on its own: no summary involved. */
function tally(actions: readonly ImprovementAction[], on: CalendarDate): RagCounts {
  const counts: RagCounts = { total: 0, red: 0, amber: 0, green: 0, blue: 0, 'not-rated': 0 };
  for (const action of actions) {
    counts.total += 1;
    counts[deriveRag(action, { asOf: on }).rag] += 1;
  }
  return counts;
}

const PARTS = {
  countActions,
  progressByFinding,
  planImpact,
  planMoney,
  planSlippage,
  overriddenRags,
  nextDeadlines,
} as const;

describe('ratePlan', () => {
  it('rates each action once, as deriveRag rates it alone, and each measure as deriveImpact does', () => {
    expect(rated.actions.map((row) => row.action.id)).toEqual(HULL_PLAN.actions.map((action) => action.id));
    HULL_PLAN.actions.forEach((action, index) => {
      expect(rated.actions[index]?.rag).toStrictEqual(deriveRag(action, { asOf }));
    });
    const m1 = HULL_PLAN.findings[0]?.measures?.[0];
    if (m1 === undefined) throw new Error('Hull’s first finding has a measure');
    expect(rated.measures).toEqual([{ ...deriveImpact(m1, { asOf }), of: { kind: 'finding', id: 'F1' } }]);
  });

  it('replays each history to its day: the case review was moved twice, from 6 to 13 to 20 March 2020', () => {
    const a7 = (on: string) => ratePlan(HULL_PLAN, { asOf: d(on) }).actions.find((row) => row.action.id === 'A7');
    expect(a7('2020-02-20')).toMatchObject({ state: 'in-progress', due: '2020-03-06', reschedules: 0 });
    expect(a7('2020-03-01')).toMatchObject({ due: '2020-03-13', reschedules: 1 });
    expect(a7('2020-03-31')).toMatchObject({ due: '2020-03-20', reschedules: 2, rag: { rag: 'red' } });
  });

  it('reads the plan and the options once, into copies of its own, and freezes only those', () => {
    const copy = plain(HULL_PLAN);
    let planReads = 0;
    let dayReads = 0;
    const given = Object.defineProperty({ ...copy }, 'actions', {
      enumerable: true,
      get() {
        planReads += 1;
        return planReads === 1 ? copy.actions : [];
      },
    });
    const options = Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get() {
        dayReads += 1;
        return dayReads === 1 ? asOf : 'not a date';
      },
    });
    const read = ratePlan(given, options as { asOf: CalendarDate });
    expect([planReads, dayReads]).toEqual([1, 1]);
    expect(read.actions).toHaveLength(9);
    expect(read.asOf).toBe(asOf);
    expect(Object.isFrozen(read) && Object.isFrozen(read.plan.actions[0]) && Object.isFrozen(read.actions[0])).toBe(
      true,
    );
    expect(Object.isFrozen(copy) || Object.isFrozen(copy.actions[0])).toBe(false);
  });

  it('uses a plan parseImprovementPlan read as it is, and a plan it rated needs no second check', () => {
    const parsed = unwrap(parseImprovementPlan(plain(HULL_PLAN)));
    expect(ratePlan(parsed, { asOf }).plan).toBe(parsed);
    expect(summarisePlan(rated.plan, { asOf })).toStrictEqual(summarisePlan(HULL_PLAN, { asOf }));
  });

  it.each([
    [
      'a plan whose action answers a finding it lacks',
      { ...HULL_PLAN, findings: HULL_PLAN.findings.slice(1) },
      { asOf },
    ],
    [
      'a list with a hole',
      { ...HULL_PLAN, actions: new Array<ImprovementAction>(1).concat(HULL_PLAN.actions) },
      { asOf },
    ],
    ['no asOf', HULL_PLAN, {}],
    ['an option it does not have', HULL_PLAN, { asOf, deadline: 3 }],
    ['too many deadlines', HULL_PLAN, { asOf, deadlines: 101 }],
  ])('refuses %s, as summarisePlan does', (_, plan, options) => {
    const refusal = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        if (error instanceof OfstedIlacsError) return [error.code, error.issues.map((found) => found.path)];
      }
      return 'answered';
    };
    const fromRate = refusal(() => ratePlan(plan as ImprovementPlan, options as { asOf: CalendarDate }));
    expect(fromRate).not.toBe('answered');
    expect(fromRate).toEqual(refusal(() => summarisePlan(plan as ImprovementPlan, options as { asOf: CalendarDate })));
  });
});

describe('ratePlan, called as plain JavaScript would call it', () => {
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('read');
      },
      ownKeys: () => {
        throw new Error('keys');
      },
    },
  );
  const HOSTILE: readonly [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['empty text', ''],
    ['a date', '2020-03-31'],
    ['an empty list', []],
    ['an empty object', {}],
    ['a null-prototype object', Object.create(null)],
    ['a function', () => asOf],
    ['a symbol', Symbol('s')],
    ['a bigint', 10n],
    ['a Date object', new Date('2020-03-31T00:00:00Z')],
    ['a proxy whose reading throws', throwing],
    ['a __proto__ key', JSON.parse('{"__proto__":{"polluted":"yes"},"asOf":"2020-03-31"}')],
  ];

  it.each([
    [0, 'invalid-plan'],
    [1, 'invalid-option'],
  ])('refuses a hostile argument %i with OfstedIlacsError (%s), never crashing or changing it', (index, code) => {
    for (const [label, hostile] of HOSTILE) {
      const args: unknown[] = [plain(HULL_PLAN), { asOf }];
      args[index] = hostile;
      const before = args.map(serialised);
      expect(() => (ratePlan as (...given: unknown[]) => unknown)(...args), label).toThrowError(
        expect.objectContaining({ code }),
      );
      expect(args.map(serialised), `${label} changed`).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('the parts of a summary, each from a plan rated once', () => {
  it('give the summary’s fields their guide names, for any plan on any day', () => {
    // The table of docs/improvement-plans.md: each part, and the fields of the summary it gives.
    const gives: readonly [keyof typeof PARTS, string | readonly string[]][] = [
      ['countActions', ['byRag', 'byStatus', 'byKind', 'byArea', 'byTag']],
      ['progressByFinding', ['findings', 'findingsWithoutActions', 'actionsWithoutFindings']],
      ['planImpact', 'impact'],
      ['planMoney', ['moneyCommittedPence', 'moneyCommitted', 'moneyChanges']],
      ['planSlippage', ['reschedules', 'rescheduledActions']],
      ['overriddenRags', 'overridden'],
      ['nextDeadlines', 'nextDeadlines'],
    ];
    const named = new Set(['asOf', 'rags', ...gives.flatMap(([, fields]) => fields)]);
    fc.assert(
      fc.property(
        arbitraryImprovementPlan({ maxActions: 8 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.constantFrom({}, { amber: 'at-risk' as const }, { deadlines: 2 }),
        (plan, days, options) => {
          const on = dayAfter('2023-01-01', days);
          const summary = summarisePlan(plan, { asOf: on, ...options }) as unknown as Record<string, unknown>;
          const onDay = ratePlan(plan, { asOf: on, ...options });
          expect(new Set(Object.keys(summary))).toEqual(named);
          expect(summary.rags).toStrictEqual(onDay.actions.map((row) => row.rag));
          for (const [name, fields] of gives) {
            const part = (PARTS[name] as (value: RatedPlan) => unknown)(onDay);
            if (typeof fields === 'string') expect(summary[fields], name).toStrictEqual(part);
            else expect(Object.fromEntries(fields.map((field) => [field, summary[field]])), name).toStrictEqual(part);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(Object.entries(PARTS))('%s takes only a plan ratePlan rated, never a copy or another value', (name, part) => {
    const summary = summarisePlan(HULL_PLAN, { asOf });
    const proxy = new Proxy(rated, {
      get: () => {
        throw new Error('read');
      },
    });
    for (const value of [plain(rated), { ...rated }, summary, HULL_PLAN, undefined, null, 'rated', proxy]) {
      expect(() => (part as (value: unknown) => unknown)(value)).toThrowError(
        expect.objectContaining({
          code: 'invalid-argument',
          issues: [expect.objectContaining({ path: ['rated'] })],
          message: expect.stringMatching(new RegExp(`^${name}: .*rated must be a plan rated by ratePlan`)),
        }),
      );
    }
    expect(() => part(rated)).not.toThrow();
  });
});

describe("countActions, over Hull's plan", () => {
  const counts = countActions(rated);

  it('counts the RAGs each action has on its own, overall, by status and by kind', () => {
    expect(counts.byRag).toEqual(tally(HULL_PLAN.actions, asOf));
    expect(counts.byRag).toMatchObject({ red: 1, blue: 1 });
    expect(counts.byStatus).toMatchObject({ closed: 1, delivered: 3, 'impact-evidenced': 1, 'in-progress': 4 });
    // The two investments: the £2m, impact evidenced (green); the £4.4m, due today (amber).
    expect(counts.byKind.investment).toEqual({ total: 2, red: 0, amber: 1, green: 1, blue: 0, 'not-rated': 0 });
  });

  it('counts each action under the areas of the findings it answers, and one answering none as unassigned', () => {
    // F4 (children in care) is answered by A6 (due today) and A7 (overdue); F2 (the same area) by none.
    expect(counts.byArea.childrenInCareAndCareLeavers).toEqual(
      tally(
        HULL_PLAN.actions.filter((action) => action.answers.includes('F4')),
        asOf,
      ),
    );
    expect(counts.byArea.childrenInCareAndCareLeavers).toMatchObject({ total: 2, red: 1, amber: 1 });
    expect(counts.byArea.unassigned).toBeUndefined();
    const orphan = { ...HULL_PLAN, actions: HULL_PLAN.actions.map((action) => ({ ...action, answers: [] })) };
    expect(countActions(ratePlan(orphan, { asOf })).byArea).toEqual({ unassigned: counts.byRag });
  });

  it('counts by National Framework tag in the framework’s order, untagged last', () => {
    const tagged = {
      ...HULL_PLAN,
      findings: HULL_PLAN.findings.map((finding) =>
        finding.id === 'F4' ? { ...finding, tags: ['enabler-2-leaders', 'outcome-4-stable-homes'] as const } : finding,
      ),
    };
    const byTag = countActions(ratePlan(tagged, { asOf })).byTag;
    expect(Object.keys(byTag)).toEqual(['outcome-4-stable-homes', 'enabler-2-leaders', 'untagged']);
    expect(byTag['outcome-4-stable-homes']).toEqual(counts.byArea.childrenInCareAndCareLeavers);
    expect(byTag.untagged?.total).toBe(7);
  });
});

describe("progressByFinding, over Hull's plan", () => {
  it('keeps a finding open while one of its actions is, with its worst RAG and its next due date', () => {
    const { findings, findingsWithoutActions, actionsWithoutFindings } = progressByFinding(rated);
    // F1: A1 closed, A2 delivered, A3 in progress and due today (amber): open, amber, next due A3's day.
    expect(findings[0]).toEqual({
      findingId: 'F1',
      state: 'open',
      actions: 3,
      reason: '2 of 3 actions still open.',
      delivery: 'amber',
      impact: 'amber',
      nextDue: '2020-03-31',
    });
    // F4: A7, overdue since 20 March, is still the earliest due; its delivery is A7's red.
    expect(findings[3]).toMatchObject({ findingId: 'F4', delivery: 'red', impact: 'not-rated', nextDue: '2020-03-20' });
    expect(findingsWithoutActions).toEqual(['F2']);
    expect(findings[1]).toMatchObject({ state: 'open', actions: 0, reason: 'No action answers it.' });
    expect(actionsWithoutFindings).toEqual([]);
  });

  it('closes a finding only when its actions have ended and one at least closed', () => {
    const onlyA1 = { ...HULL_PLAN, actions: HULL_PLAN.actions.filter((action) => action.id === 'A1') };
    expect(progressByFinding(ratePlan(onlyA1, { asOf })).findings[0]).toEqual({
      findingId: 'F1',
      state: 'closed',
      actions: 1,
      reason: 'All 1 action has ended, 1 closed.',
      delivery: 'blue',
      impact: 'amber',
    });
    const cancelled = withChange('A3', (a) => cancelAction(a, { on: d('2020-03-02'), by: 'Board' }, 'Merged.'));
    const onlyA3 = { ...cancelled, actions: cancelled.actions.filter((action) => action.id === 'A3') };
    expect(progressByFinding(ratePlan(onlyA3, { asOf })).findings[0]).toMatchObject({
      state: 'open',
      reason: 'Its actions ended without any being closed.',
      delivery: 'not-rated',
    });
  });
});

describe("planImpact, over Hull's plan", () => {
  it('rates the audit measure by its latest reading, and not at all before the first', () => {
    const impact = planImpact(rated);
    expect(impact.measures.map((measure) => [measure.of, measure.measureId, measure.rag])).toEqual([
      [{ kind: 'finding', id: 'F1' }, 'M1', 'amber'],
    ]);
    expect(impact.byRag).toEqual({ total: 1, red: 0, amber: 1, green: 0, blue: 0, 'not-rated': 0 });
    // The first audit reading is from 22 November 2019.
    expect(planImpact(ratePlan(HULL_PLAN, { asOf: d('2019-11-21') })).byRag['not-rated']).toBe(1);
  });
});

describe("planMoney, over Hull's plan", () => {
  it('commits the £4.4m from the day its action was raised, and the £2m before', () => {
    const on = (date: string, plan: ImprovementPlan = HULL_PLAN) =>
      planMoney(ratePlan(plan, { asOf: d(date) })).moneyCommittedPence;
    expect([on('2019-05-31'), on('2019-06-03'), on('2020-02-05'), on('2020-02-06')]).toEqual([
      0, 200_000_000, 200_000_000, 640_000_000,
    ]);
    const cancelled = withChange('A6', (a) => cancelAction(a, { on: d('2020-03-10'), by: 'Cabinet' }, 'Withdrawn.'));
    expect([on('2020-03-09', cancelled), on('2020-03-10', cancelled)]).toEqual([640_000_000, 200_000_000]);
    expect(planMoney(rated).moneyCommitted).toBe('£6,400,000.00');
  });

  it('lists every change of money recorded by the day, oldest first across actions', () => {
    const a5 = withChange('A5', (a) =>
      changeMoney(a, { on: d('2020-03-02'), by: 'Cabinet', toPence: 250_000_000, reason: 'Two more teams.' }),
    );
    const both = {
      ...a5,
      actions: a5.actions.map((action) =>
        action.id === 'A6'
          ? unwrap(changeMoney(action, { on: d('2020-02-10'), by: 'Cabinet', toPence: 400_000_000, reason: 'Less.' }))
          : action,
      ),
    };
    const money = planMoney(ratePlan(both, { asOf }));
    expect(money.moneyChanges.map((change) => [change.actionId, change.on, change.from, change.to])).toEqual([
      ['A6', '2020-02-10', '£4,400,000.00', '£4,000,000.00'],
      ['A5', '2020-03-02', '£2,000,000.00', '£2,500,000.00'],
    ]);
    expect(money.moneyCommittedPence).toBe(250_000_000 + 400_000_000);
    // On 1 March the second change had not been made.
    expect(planMoney(ratePlan(both, { asOf: d('2020-03-01') })).moneyChanges.map((change) => change.actionId)).toEqual([
      'A6',
    ]);
  });
});

describe("planSlippage and overriddenRags, over Hull's plan", () => {
  it('counts the moves of due dates recorded by the day, and the actions moved', () => {
    // A1 moved on 2 September 2019; A7 on 24 February and 9 March 2020.
    expect(planSlippage(ratePlan(HULL_PLAN, { asOf: d('2019-09-01') }))).toEqual({
      reschedules: 0,
      rescheduledActions: 0,
    });
    expect(planSlippage(ratePlan(HULL_PLAN, { asOf: d('2020-03-01') }))).toEqual({
      reschedules: 2,
      rescheduledActions: 2,
    });
    expect(planSlippage(rated)).toEqual({ reschedules: 3, rescheduledActions: 2 });
  });

  it('lists a RAG set by hand only where it differs from the derived one', () => {
    expect(overriddenRags(rated)).toEqual([
      { actionId: 'A9', derived: 'green', override: 'amber', reason: 'Supervision is still irregular.' },
    ]);
    // Set on 2 March 2020; by 20 May A9 is due within ten working days, so derived amber too.
    expect(overriddenRags(ratePlan(HULL_PLAN, { asOf: d('2020-03-01') }))).toEqual([]);
    const may = ratePlan(HULL_PLAN, { asOf: d('2020-05-20') });
    expect(may.actions.find((row) => row.action.id === 'A9')?.rag).toMatchObject({
      rag: 'amber',
      override: { rag: 'amber' },
    });
    expect(overriddenRags(may)).toEqual([]);
  });
});

describe("nextDeadlines, over Hull's plan", () => {
  it('lists open actions due from the day on, in the plan’s order on the same day, never an overdue one', () => {
    expect(nextDeadlines(rated).map((deadline) => [deadline.date, deadline.source, deadline.id])).toEqual([
      ['2020-03-31', 'action', 'A3'],
      ['2020-03-31', 'action', 'A6'],
      ['2020-05-29', 'action', 'A9'],
    ]);
    expect(rated.actions.find((row) => row.action.id === 'A7')?.rag.rag).toBe('red');
  });

  it('puts the statutory clocks of the inspection first when they come first, and keeps as many as asked', () => {
    const early = (deadlines?: number) =>
      nextDeadlines(ratePlan(HULL_PLAN, { asOf: d('2019-06-01'), ...(deadlines !== undefined && { deadlines }) }));
    expect(early(3).map((deadline) => [deadline.date, deadline.source, deadline.id])).toEqual([
      ['2019-07-01', 'statutory', 'publish-report'],
      ['2019-08-27', 'statutory', 'action-plan'],
      ['2019-09-30', 'action', 'A1'],
    ]);
    expect(early()).toHaveLength(5);
    expect(early(0)).toEqual([]);
  });

  it('gives at most the deadlines asked for, earliest first, none before the day, for any plan', () => {
    fc.assert(
      fc.property(
        arbitraryImprovementPlan({ maxActions: 10 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 6 }),
        (plan, days, deadlines) => {
          const on = dayAfter('2023-01-01', days);
          const next = nextDeadlines(ratePlan(plan, { asOf: on, deadlines }));
          expect(next.length).toBeLessThanOrEqual(deadlines);
          const dates = next.map((deadline) => deadline.date);
          expect(dates).toEqual([...dates].sort());
          for (const deadline of next) expect(deadline.date >= on).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the parts agree with each action rated alone, for any plan', () => {
  it('counts the RAGs deriveRag gives, and the moves each history records by the day', () => {
    fc.assert(
      fc.property(arbitraryImprovementPlan({ maxActions: 10 }), fc.integer({ min: 0, max: 1500 }), (plan, days) => {
        const on = dayAfter('2023-01-01', days);
        const onDay: RatedPlan = ratePlan(plan, { asOf: on });
        expect(countActions(onDay).byRag).toEqual(tally(plan.actions, on));
        const moves = plan.actions.map(
          (action) => action.history.filter((entry) => entry.change === 'due-date' && entry.on <= on).length,
        );
        expect(planSlippage(onDay)).toEqual({
          reschedules: moves.reduce((sum, count) => sum + count, 0),
          rescheduledActions: moves.filter((count) => count > 0).length,
        });
      }),
      { numRuns: 60 },
    );
  });
});

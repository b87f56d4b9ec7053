import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createImprovementPlan,
  createInspectionHistory,
  deriveImpact,
  deriveOverallEffectiveness,
  findActionIssues,
  findMeasureIssues,
  findOutcomeIssues,
  linkActionToFinding,
  type Measure,
  OfstedIlacsError,
  ratePlan,
  summarisePlan,
} from '../../src/index.js';
import { parseImprovementPlan } from '../../src/schema/index.js';
import { HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';

const d = calendarDate;
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A copy of a list that iterates differently from how it indexes: one item more. */
function withOwnIterator<T>(list: readonly T[]): T[] {
  const copy = [...list];
  Object.defineProperty(copy, Symbol.iterator, {
    value: function* () {
      yield* Array.prototype.values.call(copy);
      yield copy[0];
    },
  });
  return copy;
}

/** A copy of a list with a hole in front. */
function withHole<T>(list: readonly T[]): T[] {
  const copy: T[] = new Array(list.length + 1);
  list.forEach((item, index) => {
    copy[index + 1] = item;
  });
  return copy;
}

describe('every core door refuses lists with holes, lists with their own iterator and inherited fields alike', () => {
  const plan = plain(HULL_PLAN);

  it('refuses a plan whose events have a hole, as parseImprovementPlan does', () => {
    const holey = { ...plan, events: withHole(plan.events) };
    const created = createImprovementPlan(holey);
    expect(created.ok).toBe(false);
    expect(!created.ok && created.issues[0]).toMatchObject({ path: ['events', 0], code: 'missing' });
    expect(parseImprovementPlan(holey).ok).toBe(false);
  });

  it('refuses a plan whose actions iterate differently from how they index, where the summary would count one more', () => {
    const actions = withOwnIterator(plan.actions);
    expect(createImprovementPlan({ ...plan, actions }).ok).toBe(false);
    expect(() => summarisePlan({ ...plan, actions }, { asOf: d('2020-03-31') })).toThrow(OfstedIlacsError);
    expect(() => ratePlan({ ...plan, actions }, { asOf: d('2020-03-31') })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['plan', 'actions'], code: 'invalid-type' })],
      }),
    );
    expect(summarisePlan(plan, { asOf: d('2020-03-31') }).rags).toHaveLength(plan.actions.length);
  });

  it('refuses a history whose events have a hole or their own iterator', () => {
    expect(createInspectionHistory(HULL_HISTORY.authority, withHole(HULL_HISTORY.events))).toMatchObject({
      ok: false,
      issues: [{ path: ['events', 0], code: 'missing' }],
    });
    expect(createInspectionHistory(HULL_HISTORY.authority, withOwnIterator(HULL_HISTORY.events))).toMatchObject({
      ok: false,
      issues: [{ path: ['events'], code: 'invalid-type' }],
    });
  });

  it('refuses a measure whose readings have a hole before deriveImpact could read it', () => {
    const measure = plan.findings.flatMap((finding) => finding.measures ?? [])[0] as Measure;
    const holey = { ...measure, readings: withHole(measure.readings) };
    expect(findMeasureIssues(holey).map((found) => found.code)).toEqual(['missing']);
    expect(() => deriveImpact(holey, { asOf: d('2020-06-01') })).toThrow(OfstedIlacsError);
  });

  it('refuses a status whose fields come from its prototype', () => {
    const action = plan.actions.find((candidate) => candidate.status.state !== 'not-started') ?? plan.actions[0];
    if (action === undefined) throw new Error('the plan has actions');
    const status = Object.create(action.status);
    expect(findActionIssues({ ...action, status }).map((found) => [found.path.join('.'), found.code])).toContainEqual([
      'status',
      'invalid-type',
    ]);
  });

  it('refuses judgements that come from a prototype, in the check and in derive alike', () => {
    const judgements = Object.create({
      leaders: 'good',
      helpAndProtection: 'good',
      childrenInCareAndCareLeavers: 'good',
    });
    const outcome = { framework: 'ilacs-2018', judgements };
    expect(findOutcomeIssues(outcome)).toMatchObject([{ path: ['judgements'], code: 'invalid-type' }]);
    expect(() => deriveOverallEffectiveness(outcome as never)).toThrow(
      expect.objectContaining({ code: 'invalid-outcome', issues: [expect.objectContaining({ code: 'invalid-type' })] }),
    );
  });

  it('still takes lists and records from JSON, literals and Object.create(null)', () => {
    const bare = Object.assign(Object.create(null), {
      framework: 'ilacs-2018',
      judgements: Object.assign(Object.create(null), {
        leaders: 'good',
        helpAndProtection: 'good',
        childrenInCareAndCareLeavers: 'good',
      }),
    });
    expect(findOutcomeIssues(bare)).toEqual([]);
    expect(createImprovementPlan(plan).ok).toBe(true);
    expect(createInspectionHistory(HULL_HISTORY.authority, [...HULL_HISTORY.events]).ok).toBe(true);
  });
});

describe('a threshold is compared exactly', () => {
  it('derives amber for a reading exactly a tenth of the way behind its trajectory, the documented allowance', () => {
    const measure: Measure = {
      id: 'M',
      name: 'Cases audited as good or better',
      unit: '%',
      higherIsBetter: true,
      baseline: { value: 24, on: d('2020-01-01') },
      target: { value: 60, by: d('2020-01-11') },
      // Halfway on: the trajectory expects 42; a tenth of the 36-point range behind is 38.4.
      readings: [{ value: 42 - 3.6, on: d('2020-01-06') }],
    };
    expect(deriveImpact(measure, { asOf: d('2020-01-06') }).rag).toBe('amber');
    const further = { ...measure, readings: [{ value: 38.39, on: d('2020-01-06') }] };
    expect(deriveImpact(further, { asOf: d('2020-01-06') }).rag).toBe('red');
    const onTrack = { ...measure, readings: [{ value: 42, on: d('2020-01-06') }] };
    expect(deriveImpact(onTrack, { asOf: d('2020-01-06') }).rag).toBe('green');
  });
});

describe('a lifecycle change reads its context once', () => {
  it('uses the finding id it checked, however the context answers the next time', () => {
    const action = HULL_PLAN.actions[2];
    if (action === undefined) throw new Error('Hull has a third action');
    let reads = 0;
    const context = {
      on: d('2020-04-01'),
      by: 'Improvement board chair',
      reason: 'A monitoring visit found it.',
      get findingId(): string {
        reads += 1;
        return reads <= 1 ? 'F4' : ({ not: 'an id' } as unknown as string);
      },
    };
    const linked = linkActionToFinding(action, context);
    expect(reads).toBe(1);
    expect(linked.ok && linked.value.answers.at(-1)).toBe('F4');
    const throwing = new Proxy(context, {
      ownKeys() {
        throw new Error('no');
      },
    });
    expect(linkActionToFinding(action, throwing)).toMatchObject({ ok: false, issues: [{ code: 'unreadable' }] });
  });
});

describe('the table reader refuses rows that iterate their own way, as a list of their own kind', () => {
  it('says so, rather than calling the list too long', async () => {
    const { readInspectionRows } = await import('../../src/tables/index.js');
    const rows = withOwnIterator([{ a: '1' }, { a: '2' }]);
    let refused: unknown;
    try {
      readInspectionRows(rows, { format: 'ofsted-outcomes' } as never);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(OfstedIlacsError);
    expect((refused as OfstedIlacsError).issues[0]).toMatchObject({
      path: ['rows'],
      code: 'invalid-type',
      params: { field: 'rows', rule: 'plain-list' },
    });
  });
});

describe('options and plans read once', () => {
  it('frameworkForDate refuses frameworks with a hole or their own iterator with issues, never a raw error', async () => {
    const { frameworkForDate, FRAMEWORKS } = await import('../../src/index.js');
    const holey = withHole([FRAMEWORKS['ilacs-2023'], FRAMEWORKS['ilacs-2026']]);
    const own = withOwnIterator([FRAMEWORKS['ilacs-2023']]);
    for (const frameworks of [holey, own]) {
      const result = frameworkForDate('2024-06-01', { frameworks } as never);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]?.path.slice(0, 2)).toEqual(['options', 'frameworks']);
    }
  });

  it('summarisePlan reads the plan once: actions that change on a second read change nothing', () => {
    const plan = plain(HULL_PLAN);
    let reads = 0;
    const doubling = {
      ...plan,
      get actions() {
        reads += 1;
        return reads > 1 ? [...plan.actions, ...plan.actions] : plan.actions;
      },
    };
    const summary = summarisePlan(doubling as never, { asOf: d('2020-03-31') });
    expect(summary.rags).toHaveLength(plan.actions.length);
    expect(reads).toBe(1);
  });
});

describe('histories and options read once at the timeline doors', () => {
  it('a history whose events change on a second read changes nothing, and neither does an option', async () => {
    const { expectedNextInspection, interventionRegimeOn, latestGradedInspection } = await import('../../src/index.js');
    const history = plain(HULL_HISTORY);
    let reads = 0;
    const shifting = {
      ...history,
      get events() {
        reads += 1;
        return reads > 1 ? [] : history.events;
      },
    };
    expect(latestGradedInspection(shifting as never)).toEqual(latestGradedInspection(history));
    reads = 0;
    expect(interventionRegimeOn(shifting as never, d('2020-01-01')).regime).toBe(
      interventionRegimeOn(history, d('2020-01-01')).regime,
    );
    let asOfReads = 0;
    const options = {
      get asOf() {
        asOfReads += 1;
        if (asOfReads > 1) throw new Error('read twice');
        return d('2020-01-01');
      },
    };
    expect(expectedNextInspection(history, options).kind).toBe(
      expectedNextInspection(history, { asOf: d('2020-01-01') }).kind,
    );
  });
});

describe('an outcome whose judgements change when read again', () => {
  it('is never answered with no issues, nor checked against one reading and derived from another', async () => {
    const { checkAwardedOverall } = await import('../../src/index.js');
    const good = { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' };
    const bad = { leaders: 'Good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' };
    /** Bad on the first read, good on every read after. */
    const shifting = () => {
      let reads = 0;
      return {
        framework: 'ilacs-2018',
        get judgements() {
          reads += 1;
          return reads === 1 ? bad : good;
        },
      };
    };
    const found = findOutcomeIssues(shifting());
    expect(found.length).toBeGreaterThan(0);
    let refused: unknown;
    try {
      deriveOverallEffectiveness(shifting() as never);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(OfstedIlacsError);
    expect((refused as OfstedIlacsError).issues.length).toBeGreaterThan(0);
    const checked = checkAwardedOverall({ ...shifting(), awardedOverall: 'good' } as never);
    expect(checked.kind).toBe('invalid');
  });
});

import { describe, expect, it } from 'vitest';
import { calendarDate, deriveRag, summarisePlan } from '../../src/index.js';
import { parseImprovementAction, parseImprovementPlan } from '../../src/schema/index.js';
import { HULL_PLAN } from '../../src/testing/index.js';
import { objectsIn } from '../support/oneValueChanged.js';

const asOf = calendarDate('2020-03-31');

describe('values read by parseImprovementPlan and parseImprovementAction', () => {
  it('are the library’s own copies, frozen all the way down, sharing no object with the input', () => {
    const input = JSON.parse(JSON.stringify(HULL_PLAN));
    const parsed = parseImprovementPlan(input);
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    const given = new Set<object>(objectsIn(input));
    const read = objectsIn(parsed.value);
    expect(read.length).toBe(given.size);
    for (const part of read) {
      expect(given.has(part)).toBe(false);
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(objectsIn(input).some((part) => Object.isFrozen(part))).toBe(false);
  });

  it('summarise and rate exactly as the same plan built in code, which is checked on every call', () => {
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(HULL_PLAN)));
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    const plain = JSON.parse(JSON.stringify(HULL_PLAN));
    for (const date of ['2019-09-30', '2020-03-31', '2021-06-30'] as const) {
      const options = { asOf: calendarDate(date) };
      expect(summarisePlan(parsed.value, options)).toStrictEqual(summarisePlan(plain, options));
    }
    const action = parseImprovementAction(JSON.parse(JSON.stringify(HULL_PLAN.actions[0])));
    if (!action.ok) throw new Error(action.issues[0]?.message);
    expect(deriveRag(action.value, { asOf })).toStrictEqual(deriveRag(HULL_PLAN.actions[0] as never, { asOf }));
    expect(deriveRag(parsed.value.actions[1] as never, { asOf })).toStrictEqual(
      deriveRag(HULL_PLAN.actions[1] as never, { asOf }),
    );
  });

  it('a plain copy of a parsed plan, edited so it breaks the rules, is still refused', () => {
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(HULL_PLAN)));
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    const edited = structuredClone(parsed.value) as unknown as { actions: { due: string }[] };
    (edited.actions[0] as { due: string }).due = '2030-01-01';
    expect(() => summarisePlan(edited as never, { asOf })).toThrow(/invalid-plan|does not|history/);
  });
});

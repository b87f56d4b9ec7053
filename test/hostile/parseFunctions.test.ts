import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  calendarDate,
  checkAwardedOverall,
  createImprovementPlan,
  deriveOverallEffectiveness,
  deriveRag,
  directionOfTravel,
  expectedNextInspection,
  findActionIssues,
  findHistoryIssues,
  findOutcomeIssues,
  findPlanIssues,
  frameworkForDate,
  type ImprovementAction,
  type ImprovementPlan,
  type InspectionHistory,
  type InspectionOutcome,
  type Issue,
  interventionRegimeOn,
  isVisit,
  latestGradedInspection,
  originalDueDate,
  parseCalendarDate,
  parseJudgement,
  rescheduleCount,
  statutoryDeadlines,
  summarisePlan,
} from '../../src/index.js';
import { findAuthority, OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';
import {
  parseImprovementAction,
  parseImprovementPlan,
  parseInspectionHistory,
  parseInspectionOutcome,
} from '../../src/schema/index.js';
import {
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  arbitraryInspectionHistory,
  arbitraryOutcome,
  HULL_ACTIONS,
  HULL_HISTORY,
  HULL_INSPECTIONS,
  HULL_PLAN,
} from '../../src/testing/index.js';
import { somewhereIn } from '../support/oneValueChanged.js';

type Parse = (input: unknown) => { ok: boolean; issues?: readonly Issue[] } | readonly Issue[];

/** Every public function that reads untrusted input, with what it answers. */
const PARSERS: Record<string, Parse> = {
  parseJudgement,
  parseCalendarDate,
  frameworkForDate: (input) => frameworkForDate(input as string),
  findAuthority: (input) => findAuthority(input as string),
  parseInspectionOutcome,
  parseInspectionHistory,
  parseImprovementAction,
  parseImprovementPlan,
  findOutcomeIssues,
  findHistoryIssues,
  findActionIssues: (input) => findActionIssues(input as ImprovementAction),
  findPlanIssues: (input) => findPlanIssues(input as ImprovementPlan),
  checkAwardedOverall: (input) => {
    const check = checkAwardedOverall(input as InspectionOutcome);
    return check.kind === 'invalid' ? check.issues : [];
  },
};

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    'x'.repeat(100_000),
    '2019-02-30',
    '0000-00-00',
    '__proto__',
    'constructor',
    '',
    ' ',
    '\u0000',
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.constant(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}')),
  fc.integer({ min: 1, max: 2_000 }).map((depth) => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) nested = i % 2 === 0 ? [nested] : { nested };
    return nested;
  }),
);

/** A valid record with one value somewhere in it replaced by something hostile. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), hostileValue, fc.constantFrom('replace', 'add-key', 'proto-key'))
    .map(([value, pick, hostile, how]) => {
      const copy = JSON.parse(JSON.stringify(value));
      const { holder, key } = somewhereIn(copy, pick);
      if (how === 'replace' && key !== undefined) holder[key] = hostile;
      else if (how === 'add-key') holder[`extra${pick}`] = hostile;
      else
        Object.defineProperty(holder, '__proto__', {
          value: hostile,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return copy;
    });
}

function checkSafely(parse: Parse, input: unknown): void {
  const before = JSON.stringify(input);
  let answer: ReturnType<Parse> | undefined;
  expect(() => {
    answer = parse(input);
  }).not.toThrow();
  expect(JSON.stringify(input)).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  const issues = Array.isArray(answer) ? answer : ((answer as { issues?: readonly Issue[] }).issues ?? []);
  for (const found of issues as readonly Issue[]) {
    expect(Array.isArray(found.path)).toBe(true);
    expect(found.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(found.message.length).toBeGreaterThan(10);
    expect(found.message.length).toBeLessThan(2_000);
  }
}

describe('hostile input', () => {
  it.each(Object.entries(PARSERS))('%s never throws, mutates or pollutes, on anything at all', (_, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), hostileValue), (input) =>
        checkSafely(parse, input),
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['parseInspectionOutcome', arbitraryOutcome()],
    ['checkAwardedOverall', arbitraryOutcome()],
    ['parseInspectionHistory', arbitraryInspectionHistory({ maxEvents: 4 })],
    ['parseImprovementAction', arbitraryImprovementAction()],
    ['findActionIssues', arbitraryImprovementAction()],
    ['parseImprovementPlan', arbitraryImprovementPlan({ maxActions: 4 })],
  ] as const)('%s never throws, mutates or pollutes, on valid records with one thing made hostile', (name, valid) => {
    fc.assert(
      fc.property(mutated(valid), (input) => checkSafely(PARSERS[name] as Parse, input)),
      { numRuns: 150 },
    );
  });
});

describe('mutation fuzzing: what a parse function accepts, the core uses without error', () => {
  const official = fc.constantFrom(...OFFICIAL_INSPECTIONS.slice(0, 60).map((inspection) => inspection.outcome));
  const asOf = calendarDate('2020-03-31');

  function useOutcome(value: InspectionOutcome): void {
    deriveOverallEffectiveness(value);
    deriveOverallEffectiveness(value, { limitingRule: 'inadequate-practice-area', tieBreak: 'better' });
    checkAwardedOverall(value);
    directionOfTravel(value, value);
  }

  function useHistory(history: InspectionHistory): void {
    latestGradedInspection(history);
    expectedNextInspection(history);
    for (const event of history.events) {
      const start = isVisit(event) ? (event.onSite?.start ?? (event.published as CalendarDate)) : event.date;
      interventionRegimeOn(history, start);
      statutoryDeadlines(event);
    }
  }

  function useAction(action: ImprovementAction): void {
    deriveRag(action, { asOf: action.due });
    deriveRag(action, { asOf });
    rescheduleCount(action);
    originalDueDate(action);
  }

  function usePlan(plan: ImprovementPlan): void {
    expect(createImprovementPlan(plan).ok).toBe(true);
    summarisePlan(plan, { asOf });
    summarisePlan(plan, { asOf: calendarDate('2199-12-31') });
  }

  const cases = [
    [
      'parseInspectionOutcome',
      fc.oneof(official, arbitraryOutcome(), fc.constantFrom(...HULL_INSPECTIONS.map((i) => i.outcome))),
      useOutcome,
    ],
    [
      'parseInspectionHistory',
      fc.oneof(arbitraryInspectionHistory({ maxEvents: 5 }), fc.constant(HULL_HISTORY)),
      useHistory,
    ],
    ['parseImprovementAction', fc.oneof(arbitraryImprovementAction(), fc.constantFrom(...HULL_ACTIONS)), useAction],
    ['parseImprovementPlan', fc.oneof(arbitraryImprovementPlan({ maxActions: 4 }), fc.constant(HULL_PLAN)), usePlan],
  ] as const;

  it.each(cases)(
    '%s: valid documents with one value made hostile are refused, or accepted and usable',
    (name, valid, use) => {
      let accepted = 0;
      fc.assert(
        fc.property(mutated(valid), (input) => {
          checkSafely(PARSERS[name] as Parse, input);
          const result = (PARSERS[name] as (input: unknown) => { ok: boolean; value?: unknown })(input);
          if (result.ok) {
            accepted += 1;
            (use as (value: unknown) => void)(result.value);
          }
        }),
        { numRuns: 300 },
      );
      // Outcomes are all enumerations, so one hostile value never leaves one valid; the other
      // documents have free text, so some mutations are accepted and must then be usable.
      if (name !== 'parseInspectionOutcome') expect(accepted).toBeGreaterThan(0);
    },
    120_000,
  );

  it.each(Object.entries(PARSERS))('%s refuses, never throws on, values whose reading throws', (_, parse) => {
    const traps = {
      get() {
        throw new TypeError('get trap');
      },
      ownKeys() {
        throw new RangeError('ownKeys trap');
      },
      getPrototypeOf() {
        throw new TypeError('getPrototypeOf trap');
      },
      has() {
        throw new TypeError('has trap');
      },
      getOwnPropertyDescriptor() {
        throw new TypeError('getOwnPropertyDescriptor trap');
      },
    };
    const getter = Object.defineProperty({ framework: 'ilacs-2018', authority: { name: 'x' } }, 'events', {
      enumerable: true,
      get() {
        throw new TypeError('getter');
      },
    });
    for (const hostile of [new Proxy({}, traps), new Proxy([], traps), getter, { nested: new Proxy({}, traps) }]) {
      let answer: ReturnType<Parse> | undefined;
      expect(() => {
        answer = parse(hostile);
      }).not.toThrow();
      const issues = Array.isArray(answer) ? answer : ((answer as { issues?: readonly Issue[] }).issues ?? []);
      expect(issues.length).toBeGreaterThan(0);
    }
  });
});

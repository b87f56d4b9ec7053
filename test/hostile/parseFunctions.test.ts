import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAwardedOverall,
  findActionIssues,
  findOutcomeIssues,
  frameworkForDate,
  type ImprovementAction,
  type InspectionOutcome,
  type Issue,
  parseCalendarDate,
  parseJudgement,
} from '../../src/index.js';
import { findAuthority } from '../../src/outcomes/index.js';
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
} from '../../src/testing/index.js';

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
  findActionIssues: (input) => {
    // findActionIssues takes typed actions; reading anything else is what parseImprovementAction is for.
    return typeof input === 'object' &&
      input !== null &&
      Array.isArray((input as ImprovementAction).history) &&
      Array.isArray((input as ImprovementAction).answers)
      ? findActionIssues(input as ImprovementAction)
      : [];
  },
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
      const holders: Record<string, unknown>[] = [];
      const walk = (node: unknown) => {
        if (typeof node === 'object' && node !== null) {
          holders.push(node as Record<string, unknown>);
          for (const child of Object.values(node)) walk(child);
        }
      };
      walk(copy);
      const holder = holders[pick % holders.length] as Record<string, unknown>;
      const keys = Object.keys(holder);
      if (how === 'replace' && keys.length > 0) holder[keys[pick % keys.length] as string] = hostile;
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

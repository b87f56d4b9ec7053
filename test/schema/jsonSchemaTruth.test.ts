import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, type IssueCode, isCalendarDate, STATUTORY_CLOCKS } from '../../src/index.js';
import { OFFICIAL_AUTHORITIES, OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';
import {
  parseImprovementAction,
  parseImprovementPlan,
  parseInspectionHistory,
  parseInspectionOutcome,
  toJsonSchemas,
} from '../../src/schema/index.js';
import {
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  arbitraryInspectionHistory,
  arbitraryOutcome,
  HULL_ACTIONS,
  HULL_HISTORY,
  HULL_PLAN,
} from '../../src/testing/index.js';
import { somewhereIn } from '../support/oneValueChanged.js';

/**
 * The JSON Schema tells integrators the truth: a real validator (ajv, draft 2020-12, with
 * formats) accepts every document the parser accepts, and refuses every document the
 * parser refuses for a rule on a single field. The rules across fields, which JSON Schema
 * cannot say, are the only ones it may let through, and each entity's description names
 * them.
 */

const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats.default(ajv);
const schemas = toJsonSchemas();
const validate = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema as object)]),
) as Record<keyof typeof schemas, ReturnType<typeof ajv.compile>>;

/** The issue codes of rules across fields: the ones JSON Schema cannot express. */
const CROSS_FIELD: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'dates-out-of-order',
  'overlapping-visits',
  'not-in-force',
  'already-in-force',
  'sequence-out-of-order',
  'illegal-transition',
  'date-before-raised',
  'date-before-previous',
  'self-verification',
  'duplicate-id',
  'unknown-finding',
  'unknown-event',
  'inconsistent-history',
  'framework-not-in-force',
  'area-not-in-framework',
]);

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('the JSON Schema accepts every valid document', () => {
  it("accepts every official outcome, authority, Hull's history, plan and actions, and the built-in clocks and calendar", () => {
    for (const inspection of OFFICIAL_INSPECTIONS)
      expect(validate.InspectionOutcome(json(inspection.outcome))).toBe(true);
    for (const authority of OFFICIAL_AUTHORITIES) {
      expect(validate.Authority({ name: authority.name, code: authority.code }), authority.code).toBe(true);
    }
    expect(validate.InspectionHistory(json(HULL_HISTORY))).toBe(true);
    expect(validate.ImprovementPlan(json(HULL_PLAN))).toBe(true);
    for (const action of HULL_ACTIONS) expect(validate.ImprovementAction(json(action))).toBe(true);
    for (const clock of STATUTORY_CLOCKS) expect(validate.StatutoryClock(json(clock))).toBe(true);
    expect(validate.HolidayCalendar(json(ENGLAND_AND_WALES_BANK_HOLIDAYS))).toBe(true);
  });

  it('accepts every generated outcome, history, action and plan', () => {
    fc.assert(
      fc.property(
        arbitraryOutcome(),
        arbitraryInspectionHistory({ maxEvents: 5 }),
        arbitraryImprovementAction(),
        arbitraryImprovementPlan({ maxActions: 3 }),
        (outcome, history, action, plan) => {
          expect(validate.InspectionOutcome(json(outcome))).toBe(true);
          expect(validate.InspectionHistory(json(history))).toBe(true);
          expect(validate.ImprovementAction(json(action))).toBe(true);
          expect(validate.ImprovementPlan(json(plan))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('reads dates exactly as the parser does, and no validator can let a newline or another digit through', () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(fc.tuple(digits(4), digits(2), digits(2)), ([y, m, day]) => {
        const text = `${y}-${m}-${day}`;
        expect(validate.CalendarDate(text)).toBe(isCalendarDate(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['2019-05-17\n', '2019-05-17 ', '\u0662\u0660\u0661\u0669-05-17', '9999-12-31', '2019-5-17']) {
      expect(validate.CalendarDate(text), JSON.stringify(text)).toBe(false);
    }
    const dateSchema = schemas.CalendarDate as { minLength: number; maxLength: number; pattern: string };
    expect([dateSchema.minLength, dateSchema.maxLength]).toEqual([10, 10]);
    expect(dateSchema.pattern).not.toMatch(/\\d/);
  });

  it('refuses blank text, as the parser does', () => {
    for (const blank of ['', ' ', '\u00a0', '\t\n', '\u2003', '\ufeff']) {
      expect(validate.Holiday({ date: '2026-12-24', title: blank }), JSON.stringify(blank)).toBe(false);
    }
  });
});

describe('the JSON Schema refuses every single-field error the parser refuses', () => {
  const replacement = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      '',
      ' ',
      '\u00a0',
      '2019-02-30',
      '2019-05-17\n',
      '9999-12-31',
      '17/05/2019',
      'Good',
      'ilacs-2099',
      'bogus',
      -1,
      1.5,
      2 ** 53,
      'x'.repeat(10_001),
      [],
      {},
      null,
    ),
  );

  /** A valid document with one value, somewhere in it, replaced. */
  function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
    return fc.tuple(valid, fc.nat(), replacement, fc.boolean()).map(([value, pick, hostile, add]) => {
      const copy = json(value);
      const { holder, key } = somewhereIn(copy, pick);
      if (add || key === undefined) holder[Array.isArray(holder) ? holder.length : `extra${pick % 3}`] = hostile;
      else holder[key] = hostile;
      return copy;
    });
  }

  // The overloaded parsers, each through a function of one signature: a union of overloaded functions cannot be called.
  const CASES = [
    ['InspectionOutcome', arbitraryOutcome(), (input: unknown) => parseInspectionOutcome(input)],
    [
      'InspectionHistory',
      arbitraryInspectionHistory({ maxEvents: 5 }),
      (input: unknown) => parseInspectionHistory(input),
    ],
    ['ImprovementAction', arbitraryImprovementAction(), parseImprovementAction],
    ['ImprovementPlan', arbitraryImprovementPlan({ maxActions: 3 }), (input: unknown) => parseImprovementPlan(input)],
  ] as const;

  it.each(CASES)(
    '%s: whatever the parser accepts the schema accepts, and a single-field refusal the schema refuses too',
    (name, valid, parse) => {
      let singleFieldRefusals = 0;
      fc.assert(
        fc.property(mutate(valid as fc.Arbitrary<unknown>), (document) => {
          const parsed = parse(document);
          const accepted = validate[name](document);
          if (parsed.ok) {
            expect(accepted, JSON.stringify(document)).toBe(true);
          } else if (parsed.issues.every((found) => !CROSS_FIELD.has(found.code))) {
            singleFieldRefusals += 1;
            expect(accepted, JSON.stringify(parsed.issues)).toBe(false);
          }
        }),
        { numRuns: 600 },
      );
      expect(singleFieldRefusals).toBeGreaterThan(50);
    },
    120_000,
  );

  it('names the rules across fields in each entity description', () => {
    const described = (name: keyof typeof schemas) => (schemas[name] as { description?: string }).description ?? '';
    expect(described('InspectionHistory')).toMatch(
      /Cross-field rules:.*overlap.*monitoring visits.*issued only when none/,
    );
    expect(described('InspectionEvent')).toMatch(/Cross-field rules:.*published is not before reportReceived/);
    expect(described('ImprovementAction')).toMatch(
      /Cross-field rules:.*ACTION_LIFECYCLE.*verified by someone other than the owner/,
    );
    expect(described('ImprovementPlan')).toMatch(/Cross-field rules:.*raisedBy names one of the plan's events/);
  });
});

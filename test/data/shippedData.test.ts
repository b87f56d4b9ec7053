import { describe, expect, it } from 'vitest';
import {
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  FRAMEWORKS,
  findActionIssues,
  findHistoryIssues,
  findOutcomeIssues,
  findPlanIssues,
  frameworkForDate,
  STATUTORY_CLOCKS,
} from '../../src/index.js';
import { OFFICIAL_AUTHORITIES, OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';
import {
  AuthoritySchema,
  HolidayCalendarSchema,
  parseImprovementAction,
  parseImprovementPlan,
  parseInspectionHistory,
  parseInspectionOutcome,
  StatutoryClockSchema,
} from '../../src/schema/index.js';
import { HULL_ACTIONS, HULL_EVENTS, HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Everything the package ships passes the package's own checks, through every door. */
describe('the shipped data', () => {
  it('every official inspection is a valid outcome, read back unchanged', () => {
    expect(OFFICIAL_INSPECTIONS).toHaveLength(444);
    for (const inspection of OFFICIAL_INSPECTIONS) {
      expect(findOutcomeIssues(inspection.outcome)).toEqual([]);
      expect(parseInspectionOutcome(json(inspection.outcome))).toEqual({ ok: true, value: inspection.outcome });
    }
  });

  it('every official authority has a name and an ONS code the schema accepts (Dorset county is E10000009)', () => {
    expect(OFFICIAL_AUTHORITIES.length).toBeGreaterThan(150);
    for (const authority of OFFICIAL_AUTHORITIES) {
      expect(AuthoritySchema.safeParse({ name: authority.name, code: authority.code }).success, authority.code).toBe(
        true,
      );
    }
    expect(OFFICIAL_AUTHORITIES.find((authority) => authority.name === 'Dorset' && !authority.current)?.code).toBe(
      'E10000009',
    );
  });

  it("Hull's history, plan and actions pass every door", () => {
    expect(findHistoryIssues(HULL_HISTORY)).toEqual([]);
    expect(parseInspectionHistory(json({ authority: HULL_HISTORY.authority, events: HULL_EVENTS }))).toEqual({
      ok: true,
      value: HULL_HISTORY,
    });
    expect(findPlanIssues(HULL_PLAN)).toEqual([]);
    expect(parseImprovementPlan(json(HULL_PLAN))).toEqual({ ok: true, value: HULL_PLAN });
    for (const action of HULL_ACTIONS) {
      expect(findActionIssues(action)).toEqual([]);
      expect(parseImprovementAction(json(action))).toEqual({ ok: true, value: action });
    }
  });

  it('the built-in clocks, calendar and frameworks pass the checks a caller’s own would meet', () => {
    for (const clock of STATUTORY_CLOCKS) expect(StatutoryClockSchema.safeParse(json(clock)).success).toBe(true);
    expect(HolidayCalendarSchema.safeParse(json(ENGLAND_AND_WALES_BANK_HOLIDAYS)).success).toBe(true);
    const frameworks = Object.values(FRAMEWORKS);
    const chosen = frameworkForDate('2019-01-14', { frameworks });
    expect(chosen.ok && chosen.value.id).toBe('ilacs-2018');
  });
});

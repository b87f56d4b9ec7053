import { describe, expect, it } from 'vitest';
import {
  checkAwardedOverall,
  type DefinedFramework,
  type DefinedOverall,
  type DerivedOverall,
  defineFramework,
  deriveOverallEffectiveness,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type FrameworkId,
  frameworkDefinition,
  type InspectionOutcome,
  JUDGEMENTS,
  LIMITING_RULES,
} from '../../src/index.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';
import { thrown } from '../support/thrown.js';

const GRADES = [...JUDGEMENTS, 'not-judged'] as const;
const TIE_BREAKS = [undefined, 'leaders', 'worse', 'better'] as const;
const RULES = [undefined, ...LIMITING_RULES] as const;

/** A copy of a built-in definition under an id of its own, so that it can be passed in `frameworks`. */
function copyOf(id: FrameworkId): DefinedFramework {
  return defineFramework({ ...frameworkDefinition(id), id: `copy-of-${id}` });
}

/** What a derivation decided, apart from how each kind names its rule. */
function decided(derived: DerivedOverall | DefinedOverall) {
  return {
    kind: derived.kind,
    grade: derived.grade,
    decidingAreas: derived.decidingAreas,
    ...(derived.kind === 'indicative' && { tie: derived.tie, between: derived.between, tieBreak: derived.tieBreak }),
  };
}

/** Every combination of grades (or not-judged) over `count` areas. */
function combinations(count: number): string[][] {
  let all: string[][] = [[]];
  for (let area = 0; area < count; area += 1) all = all.flatMap((grades) => GRADES.map((grade) => [...grades, grade]));
  return all;
}

describe('the built-in frameworks, defined with defineFramework', () => {
  it('give each area its id, title, requirement and role, and each rule the areas the built-in rule counts', () => {
    for (const id of FRAMEWORK_IDS) {
      const builtIn = FRAMEWORKS[id];
      const defined = frameworkDefinition(id);
      expect([defined.id, defined.title, defined.inForce]).toEqual([id, builtIn.name, builtIn.inForce]);
      expect(defined.overall.awarded).toBe(builtIn.hasOverallEffectiveness);
      expect(defined.areas.map((area) => [area.id, area.title, area.required])).toEqual(
        builtIn.areas.map((area) => [area.id, area.title, area.required]),
      );
      const roles = defined.overall.indicativeRoles ?? [];
      builtIn.areas.forEach((area, index) => {
        const role = defined.areas[index]?.role ?? 'separate';
        expect(roles.includes(role), `${id} ${area.id} in the median`).toBe(area.role === 'key');
        for (const rule of defined.overall.limitingRules ?? []) {
          const limits = (area.limits as readonly string[]).includes(rule.id);
          expect(rule.roles.includes(role), `${id} ${area.id} under ${rule.id}`).toBe(limits);
        }
      });
      expect(defined.overall.limitingRules?.map((rule) => rule.id)).toEqual([...LIMITING_RULES]);
      expect(defined.overall.tieBreak).toBe('leaders');
    }
  });

  it('derive every combination of grades as the built-in frameworks do, under every rule and tie-break', () => {
    let compared = 0;
    for (const id of FRAMEWORK_IDS) {
      const builtIn = FRAMEWORKS[id];
      const copy = copyOf(id);
      const keys = builtIn.areas.filter((area) => area.role === 'key').map((area) => area.id);
      const others = builtIn.areas.filter((area) => area.role !== 'key').map((area) => area.id);
      combinations(keys.length).forEach((grades, index) => {
        const judgements: Record<string, string> = Object.fromEntries(
          keys.map((area, at) => [area, grades[at] as string]),
        );
        // The areas outside the median and the rules are graded inadequate in every other case: they must not count.
        if (index % 2 === 1) for (const area of others) judgements[area] = 'inadequate';
        const outcome = { framework: id, judgements } as InspectionOutcome;
        const mine = { framework: copy.id, judgements };
        for (const limitingRule of RULES) {
          for (const tieBreak of TIE_BREAKS) {
            const options = { ...(limitingRule && { limitingRule }), ...(tieBreak && { tieBreak }) };
            const expected = decided(deriveOverallEffectiveness(outcome, options));
            const actual = decided(deriveOverallEffectiveness(mine as never, { ...options, frameworks: [copy] }));
            expect(actual, `${id} ${JSON.stringify(judgements)} ${JSON.stringify(options)}`).toEqual(expected);
            compared += 1;
          }
        }
      });
    }
    // 125 combinations for the SIF and ILACS 2018, 625 for ILACS 2023 and 2026, each under 12 options.
    expect(compared).toBe((125 + 125 + 625 + 625) * 12);
  });

  it("derive each of Ofsted's 444 published outcomes as the built-in frameworks do", () => {
    const copies = new Map(FRAMEWORK_IDS.map((id) => [id, copyOf(id)]));
    const inspections = loadOfficialInspections();
    expect(inspections).toHaveLength(444);
    for (const { outcome, laName } of inspections) {
      const copy = copies.get(outcome.framework) as DefinedFramework;
      const mine = { ...outcome, framework: copy.id };
      for (const limitingRule of LIMITING_RULES) {
        const expected = decided(deriveOverallEffectiveness(outcome, { limitingRule }));
        const actual = decided(deriveOverallEffectiveness(mine as never, { limitingRule, frameworks: [copy] }));
        expect(actual, laName).toEqual(expected);
      }
      // The awarded grade is judged the same way: consistent with the rule, or a departure from it.
      const builtInKind = checkAwardedOverall(outcome).kind;
      const definedKind = checkAwardedOverall(mine as never, { frameworks: [copy] }).kind;
      expect(definedKind, laName).toBe(builtInKind);
    }
  });

  it('are one frozen object per framework, and refuse an id that is no built-in framework', () => {
    expect(frameworkDefinition('ilacs-2023')).toBe(frameworkDefinition('ilacs-2023'));
    expect(Object.isFrozen(frameworkDefinition('sif-2013').overall.limitingRules)).toBe(true);
    const refused = thrown(() => frameworkDefinition('ilacs-2027' as FrameworkId));
    expect([refused.code, refused.issues[0]?.path, refused.issues[0]?.params.allowed]).toEqual([
      'invalid-argument',
      ['id'],
      [...FRAMEWORK_IDS],
    ]);
  });

  it('are not passed in frameworks, for the library knows them already; a copy under its own id is', () => {
    const outcome = { framework: 'ilacs-2023', judgements: {} } as never;
    const refused = thrown(() =>
      deriveOverallEffectiveness(outcome, { frameworks: [frameworkDefinition('ilacs-2023')] as never }),
    );
    expect([refused.code, refused.issues[0]?.code, refused.issues[0]?.params.rule]).toEqual([
      'invalid-option',
      'duplicate-id',
      'built-in',
    ]);
    expect(refused.message).toMatch(/copy its definition with an id of your own/);
    const sketch = defineFramework({
      ...frameworkDefinition('ilacs-2026'),
      id: 'cfs-2027',
      title: 'Children and families services, 2027',
      inForce: { from: '2027-04-01' },
    });
    const derived = deriveOverallEffectiveness(
      {
        framework: 'cfs-2027',
        judgements: { leaders: 'good', helpAndProtection: 'inadequate', childrenInCare: 'good', careLeavers: 'good' },
      },
      { frameworks: [sketch] },
    );
    expect([derived.kind, derived.rule]).toEqual(['none', 'no-overall-in-framework']);
  });

  it('keep a built-in id from a definition of the caller’s, in any case', () => {
    const refused = thrown(() => defineFramework({ ...frameworkDefinition('sif-2013'), id: 'SIF-2013' }));
    expect([refused.code, refused.issues[0]?.path, refused.issues[0]?.params.rule]).toEqual([
      'invalid-framework',
      ['definition', 'id'],
      'built-in',
    ]);
  });
});

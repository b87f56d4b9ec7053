import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BuiltInDefinition,
  checkAwardedOverall,
  type DefinedFramework,
  type DefinedOutcome,
  type DefinedOverall,
  type DerivedOverall,
  defineFramework,
  deriveOverallEffectiveness,
  FRAMEWORK_DEFINITIONS,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type FrameworkAreaOf,
  type FrameworkId,
  frameworkForDate,
  type InspectionOutcome,
  JUDGEMENTS,
  LIMITING_RULES,
} from '../../src/index.js';
import { parseInspectionOutcome } from '../../src/schema/index.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';
import { thrown } from '../support/thrown.js';

const GRADES = [...JUDGEMENTS, 'not-judged'] as const;
const TIE_BREAKS = [undefined, 'leaders', 'worse', 'better'] as const;
const RULES = [undefined, ...LIMITING_RULES] as const;

/** A copy of a built-in definition under an id of its own, so that it can be passed in `frameworks`. */
function copyOf(id: FrameworkId): DefinedFramework {
  // One framework at a time: a union of the four is not one definition's type.
  const definition: BuiltInDefinition = FRAMEWORK_DEFINITIONS[id];
  return defineFramework({ ...definition, id: `copy-of-${id}` } as Parameters<typeof defineFramework>[0]);
}
const COPIES = new Map(FRAMEWORK_IDS.map((id) => [id, copyOf(id)]));

/** What a derivation decided, whichever vocabulary names its rule. */
function decided(derived: DerivedOverall | DefinedOverall) {
  const defined = derived.rule === 'limiting-rule' || derived.rule === 'median-of-areas';
  const named = derived as { readonly limitingRule?: string };
  return {
    kind: derived.kind,
    grade: derived.grade,
    decidingAreas: derived.decidingAreas,
    grades: derived.grades,
    // The rule that limited, or that found nothing to limit; for no grade, why not.
    rule:
      derived.kind === 'none'
        ? derived.rule
        : derived.kind === 'limited' && !defined
          ? derived.rule
          : named.limitingRule,
    ...(derived.kind === 'indicative' && { tie: derived.tie, between: derived.between, tieBreak: derived.tieBreak }),
  };
}

/** Every combination of grades (or not-judged) over `count` areas. */
function combinations(count: number): string[][] {
  let all: string[][] = [[]];
  for (let area = 0; area < count; area += 1) all = all.flatMap((grades) => GRADES.map((grade) => [...grades, grade]));
  return all;
}

const keysOf = (id: FrameworkId) => FRAMEWORKS[id].areas.filter((area) => area.role === 'key').map((area) => area.id);
const othersOf = (id: FrameworkId) => FRAMEWORKS[id].areas.filter((area) => area.role !== 'key').map((area) => area.id);

/** Derives an outcome under a built-in framework and under the copy of its definition. */
function bothWays(id: FrameworkId, judgements: Record<string, string>, options: Record<string, string>) {
  const copy = COPIES.get(id) as DefinedFramework;
  const builtIn = deriveOverallEffectiveness({ framework: id, judgements } as InspectionOutcome, options);
  const mine = deriveOverallEffectiveness({ framework: copy.id, judgements } as never, {
    ...options,
    frameworks: [copy],
  });
  return [decided(mine), decided(builtIn)] as const;
}

describe('the built-in frameworks, as they are defined', () => {
  it('state the SIF and ILACS 2023 as Ofsted does: roles, requirements and the overall rule', () => {
    const sif = FRAMEWORK_DEFINITIONS['sif-2013'];
    expect(sif.areas.map((area) => [area.id, area.role, area.required])).toEqual([
      ['helpAndProtection', 'practice', true],
      ['childrenLookedAfter', 'practice', true],
      ['adoption', 'sub-judgement', false],
      ['careLeavers', 'sub-judgement', false],
      ['leaders', 'leadership', true],
      ['lscb', 'separate', false],
    ]);
    const rules = {
      awarded: true,
      limitingRules: [
        { id: 'any-inadequate-area', anyArea: 'inadequate', roles: ['leadership', 'practice'] },
        { id: 'inadequate-practice-area', anyArea: 'inadequate', roles: ['practice'] },
      ],
      indicative: 'median',
      indicativeRoles: ['leadership', 'practice'],
      tieBreak: 'leaders',
    };
    expect(sif.overall).toEqual(rules);
    expect(sif.scale.labels['requires-improvement']).toBe('Requires improvement');
    const ilacs = FRAMEWORK_DEFINITIONS['ilacs-2023'];
    expect(ilacs.areas.map((area) => [area.id, area.role, area.required])).toEqual([
      ['leaders', 'leadership', true],
      ['helpAndProtection', 'practice', true],
      ['childrenInCare', 'practice', true],
      ['careLeavers', 'practice', true],
    ]);
    expect(ilacs.overall).toEqual(rules);
    expect(ilacs.scale.labels['requires-improvement']).toBe('Requires improvement to be good');
    expect(FRAMEWORK_DEFINITIONS['ilacs-2026'].overall).toEqual({ ...rules, awarded: false });
  });

  it('give FRAMEWORKS its key areas and limits: a key area is one the median reads, its limits the rules that count its role', () => {
    for (const id of FRAMEWORK_IDS) {
      const defined: DefinedFramework = FRAMEWORK_DEFINITIONS[id];
      const builtIn = FRAMEWORKS[id];
      expect([defined.id, defined.title, defined.inForce]).toEqual([id, builtIn.name, builtIn.inForce]);
      expect(defined.overall.awarded).toBe(builtIn.hasOverallEffectiveness);
      // The compiled derivation takes LIMITING_RULES[0] as the default: the definitions' first rule.
      expect(defined.overall.limitingRules?.map((rule) => rule.id)).toEqual([...LIMITING_RULES]);
      builtIn.areas.forEach((area, index) => {
        const mine = defined.areas[index];
        expect([mine?.id, mine?.title, mine?.required]).toEqual([area.id, area.title, area.required]);
        const role = mine?.role ?? 'separate';
        expect(area.role === 'key').toBe(defined.overall.indicativeRoles?.includes(role));
        const counting = (defined.overall.limitingRules ?? []).filter((rule) => rule.roles.includes(role));
        expect(area.limits).toEqual(counting.map((rule) => rule.id));
      });
    }
  });

  it('derive every combination of key grades as the built-in frameworks do, under every rule and tie-break', () => {
    let compared = 0;
    for (const id of FRAMEWORK_IDS) {
      const keys = keysOf(id);
      for (const grades of combinations(keys.length)) {
        const judgements = Object.fromEntries(keys.map((area, at) => [area, grades[at] as string]));
        for (const limitingRule of RULES) {
          for (const tieBreak of TIE_BREAKS) {
            const options = { ...(limitingRule && { limitingRule }), ...(tieBreak && { tieBreak }) };
            const [mine, builtIn] = bothWays(id, judgements, options);
            expect(mine, `${id} ${JSON.stringify(judgements)} ${JSON.stringify(options)}`).toEqual(builtIn);
            compared += 1;
          }
        }
      }
    }
    // 125 combinations for the SIF and ILACS 2018, 625 for ILACS 2023 and 2026, each under 12 options.
    expect(compared).toBe((125 + 125 + 625 + 625) * 12);
  });

  const anyOutcome = fc.constantFrom(...FRAMEWORK_IDS).chain((id) =>
    fc.record({
      id: fc.constant(id),
      keys: fc.tuple(...keysOf(id).map(() => fc.constantFrom(...GRADES))),
      // Each area outside the median and the rules graded, not judged or left out, on its own.
      others: fc.tuple(...othersOf(id).map(() => fc.option(fc.constantFrom(...GRADES), { nil: undefined }))),
      limitingRule: fc.constantFrom(...RULES),
      tieBreak: fc.constantFrom(...TIE_BREAKS),
      awarded: fc.option(fc.constantFrom(...JUDGEMENTS), { nil: undefined }),
    }),
  );

  function judgementsOf(value: { id: FrameworkId; keys: readonly string[]; others: readonly (string | undefined)[] }) {
    const judgements: Record<string, string> = {};
    keysOf(value.id).forEach((area, at) => {
      judgements[area] = value.keys[at] as string;
    });
    othersOf(value.id).forEach((area, at) => {
      const grade = value.others[at];
      if (grade !== undefined) judgements[area] = grade;
    });
    return judgements;
  }

  it('derive as the built-in frameworks do whatever the areas outside the median are graded', () => {
    fc.assert(
      fc.property(anyOutcome, (value) => {
        const options = {
          ...(value.limitingRule && { limitingRule: value.limitingRule }),
          ...(value.tieBreak && { tieBreak: value.tieBreak }),
        };
        const [mine, builtIn] = bothWays(value.id, judgementsOf(value), options);
        expect(mine).toEqual(builtIn);
      }),
      { numRuns: 3000 },
    );
  });

  it('check an awarded grade as the built-in frameworks do: the same kind, departure and areas concerned', () => {
    fc.assert(
      fc.property(anyOutcome, (value) => {
        const copy = COPIES.get(value.id) as DefinedFramework;
        const judgements = judgementsOf(value);
        const awarded =
          FRAMEWORKS[value.id].hasOverallEffectiveness && value.awarded ? { awardedOverall: value.awarded } : {};
        const options = value.limitingRule ? { limitingRule: value.limitingRule } : {};
        const builtIn = checkAwardedOverall(
          { framework: value.id, judgements, ...awarded } as InspectionOutcome,
          options,
        );
        const mine = checkAwardedOverall({ framework: copy.id, judgements, ...awarded } as never, {
          ...options,
          frameworks: [copy],
        });
        const shared = (check: object) => {
          const { kind, departure, decidingAreas, matchesIndicative } = check as Record<string, unknown>;
          return { kind, departure, decidingAreas, matchesIndicative };
        };
        expect(shared(mine)).toEqual(shared(builtIn));
      }),
      { numRuns: 3000 },
    );
  });

  it("derive and check each of Ofsted's 444 published outcomes as the built-in frameworks do", () => {
    const inspections = loadOfficialInspections();
    expect(inspections).toHaveLength(444);
    for (const { outcome, laName } of inspections) {
      const copy = COPIES.get(outcome.framework) as DefinedFramework;
      const mine = { ...outcome, framework: copy.id };
      for (const limitingRule of LIMITING_RULES) {
        const builtIn = decided(deriveOverallEffectiveness(outcome, { limitingRule }));
        expect(
          decided(deriveOverallEffectiveness(mine as never, { limitingRule, frameworks: [copy] })),
          laName,
        ).toEqual(builtIn);
        const builtInCheck = checkAwardedOverall(outcome, { limitingRule });
        const definedCheck = checkAwardedOverall(mine as never, { limitingRule, frameworks: [copy] });
        expect(definedCheck.kind, laName).toBe(builtInCheck.kind);
      }
    }
  });

  it('give FRAMEWORKS the literal types of each area, as before they were definitions', () => {
    const [leaders, help] = FRAMEWORKS['ilacs-2023'].areas;
    expectTypeOf(leaders.limits).toEqualTypeOf<readonly ['any-inadequate-area']>();
    expectTypeOf(help.limits).toEqualTypeOf<readonly ['any-inadequate-area', 'inadequate-practice-area']>();
    expectTypeOf(leaders.role).toEqualTypeOf<'key'>();
    const adoption = FRAMEWORKS['sif-2013'].areas[2];
    expectTypeOf(adoption.limits).toEqualTypeOf<readonly []>();
    expectTypeOf(adoption.role).toEqualTypeOf<'sub-judgement'>();
    expectTypeOf<FrameworkAreaOf<'ilacs-2018'>['id']>().toEqualTypeOf<
      'leaders' | 'helpAndProtection' | 'childrenInCareAndCareLeavers'
    >();
    expectTypeOf(FRAMEWORKS['ilacs-2026'].hasOverallEffectiveness).toEqualTypeOf<false>();
    expect([leaders.limits, help.limits, adoption.limits]).toEqual([
      ['any-inadequate-area'],
      ['any-inadequate-area', 'inadequate-practice-area'],
      [],
    ]);
  });

  it('are frozen, and a copy keeps the types of each area and of the overall rule', () => {
    expect(Object.isFrozen(FRAMEWORK_DEFINITIONS)).toBe(true);
    expect(Object.isFrozen(FRAMEWORK_DEFINITIONS['sif-2013'].overall.limitingRules)).toBe(true);
    const copy = defineFramework({ ...FRAMEWORK_DEFINITIONS['ilacs-2026'], id: 'ilacs-2026-copy' });
    const awarded: DefinedOutcome<typeof copy> = {
      framework: 'ilacs-2026-copy',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
      // @ts-expect-error: ILACS 2026 awards no overall grade, and neither does its copy.
      awardedOverall: 'good',
    };
    // @ts-expect-error: every area of ILACS 2026 is required, in its copy too.
    const missing: DefinedOutcome<typeof copy> = { framework: 'ilacs-2026-copy', judgements: { leaders: 'good' } };
    expect([awarded.framework, missing.framework]).toEqual(['ilacs-2026-copy', 'ilacs-2026-copy']);
  });
});

describe('a built-in definition given in frameworks', () => {
  it('is refused at every door, for the library knows the framework already', () => {
    const builtIn = [FRAMEWORK_DEFINITIONS['ilacs-2023']] as never;
    const outcome = {
      framework: 'ilacs-2023',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    } as const;
    const refused = thrown(() => deriveOverallEffectiveness(outcome, { frameworks: builtIn }));
    expect([refused.code, refused.issues[0]?.code, refused.issues[0]?.params.rule]).toEqual([
      'invalid-option',
      'duplicate-id',
      'built-in',
    ]);
    expect(refused.message).toMatch(/copy its definition with an id of your own/);
    const parsed = parseInspectionOutcome(outcome, { frameworks: builtIn });
    expect(parsed.ok ? [] : parsed.issues.map((each) => each.params.rule)).toEqual(['built-in']);
    const dated = frameworkForDate('2024-01-10', { frameworks: builtIn });
    expect(dated.ok ? [] : dated.issues.map((each) => [each.path.join('.'), each.params.rule])).toEqual([
      ['options.frameworks.0', 'built-in'],
    ]);
  });

  it('keeps a built-in id from a copy, in any case', () => {
    const refused = thrown(() => defineFramework({ ...FRAMEWORK_DEFINITIONS['sif-2013'], id: 'SIF-2013' }));
    expect([refused.code, refused.issues[0]?.path, refused.issues[0]?.params.rule]).toEqual([
      'invalid-framework',
      ['definition', 'id'],
      'built-in',
    ]);
  });
});

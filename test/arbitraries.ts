import fc from 'fast-check';
import {
  type AreaJudgement,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type FrameworkId,
  type InspectionOutcome,
  JUDGEMENTS,
  type Judgement,
} from '../src/index.js';

export const judgement: fc.Arbitrary<Judgement> = fc.constantFrom(...JUDGEMENTS);
export const areaJudgement: fc.Arbitrary<AreaJudgement> = fc.oneof(
  { weight: 9, arbitrary: judgement },
  { weight: 1, arbitrary: fc.constant('not-judged' as const) },
);

/** A framework-valid outcome, with or without an awarded overall grade. */
export function outcome(framework?: FrameworkId): fc.Arbitrary<InspectionOutcome> {
  const id = framework === undefined ? fc.constantFrom(...FRAMEWORK_IDS) : fc.constant(framework);
  return id.chain((fw) => {
    const { areas, hasOverallEffectiveness } = FRAMEWORKS[fw];
    const judgements = fc.record(
      Object.fromEntries(areas.map((area) => [area.id, areaJudgement])) as Record<string, fc.Arbitrary<AreaJudgement>>,
      { requiredKeys: areas.filter((area) => area.required).map((area) => area.id) },
    );
    const awarded = hasOverallEffectiveness ? fc.option(judgement, { nil: undefined }) : fc.constant(undefined);
    return fc.tuple(judgements, awarded).map(
      ([j, awardedOverall]) =>
        ({
          framework: fw,
          judgements: j,
          ...(awardedOverall === undefined ? {} : { awardedOverall }),
        }) as InspectionOutcome,
    );
  });
}

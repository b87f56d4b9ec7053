import fc from 'fast-check';
import {
  type AreaJudgement,
  type CalendarDate,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type FrameworkId,
  type InspectionEvent,
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

/** A real calendar date between 2013 and 2035. */
export const calendarDay: fc.Arbitrary<CalendarDate> = fc
  .date({ min: new Date('2013-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as CalendarDate);

const onSite = fc.tuple(calendarDay, fc.nat(14)).map(([start, days]) => ({
  start,
  end: new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate,
}));

const words = fc.string({ minLength: 1, maxLength: 40 });

/** Any single inspection event (dates coherent within the event; no history constraints). */
export const inspectionEvent: fc.Arbitrary<InspectionEvent> = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('standard-inspection' as const, 'short-inspection' as const),
      onSite,
      outcome: outcome(),
      note: words,
    },
    { requiredKeys: ['kind', 'onSite', 'outcome'] },
  ),
  fc.record({
    kind: fc.constant('focused-visit' as const),
    onSite,
    theme: words,
    areasForPriorityAction: fc.array(words, { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('monitoring-visit' as const),
    onSite,
    sequence: fc.integer({ min: 1, max: 12 }),
    theme: words,
    findings: fc.array(words, { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('joint-targeted-area-inspection' as const),
    onSite,
    theme: words,
    agencies: fc.subarray(['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'] as const),
  }),
  fc.record(
    {
      kind: fc.constantFrom(
        'improvement-notice-issued' as const,
        'improvement-notice-lifted' as const,
        'statutory-direction-issued' as const,
        'statutory-direction-revoked' as const,
      ),
      date: calendarDay,
      note: words,
    },
    { requiredKeys: ['kind', 'date'] },
  ),
);

import { listAnd } from '../check/fields.js';
import { compiledFramework } from '../framework/compiledFrameworks.js';
import { limitedReason } from '../framework/limitingRuleWording.js';
import type { DerivationRule, DerivedOverall, IndicativeOverall } from '../overall/derivedOverall.js';

/**
 * The library's words for a derived overall grade, one function a rule: why the result
 * is what it is, from the result's own data (its rule, grades and deciding areas).
 *
 * @internal
 */
export const OVERALL_WORDS: { readonly [R in DerivationRule]: (derived: DerivedOverall & { rule: R }) => string } = {
  'any-inadequate-area': limited,
  'inadequate-practice-area': limited,
  'median-of-areas': median,
  'no-overall-in-framework': (derived) =>
    `${compiledFramework(derived.framework)?.name ?? derived.framework} awards no overall effectiveness judgement; read the area judgements instead.`,
  'no-area-graded': () => 'No key area was graded, so no overall grade can be derived.',
};

/** "Inadequate: help and protection is inadequate. By …": the areas that limit, and the rule's basis. */
function limited(derived: DerivedOverall & { rule: DerivedOverall['rule'] }): string {
  const framework = compiledFramework(derived.framework);
  const areas = (framework?.keyAreas ?? []).filter((area) =>
    (derived.decidingAreas as readonly string[]).includes(area.id),
  );
  return limitedReason(derived.framework, derived.rule as 'any-inadequate-area', areas);
}

/** "Indicative good, not Ofsted's judgement: … the median of … is good (a tie …)." */
function median(derived: IndicativeOverall): string {
  const framework = compiledFramework(derived.framework);
  const grades = derived.grades as Readonly<Record<string, string | undefined>>;
  const listed = (framework?.keyAreas ?? [])
    .filter((area) => grades[area.id] !== undefined)
    .map((area) => `${area.shortTitle} ${grades[area.id]}`);
  const [better, worse] = derived.between;
  const leaders = derived.tieBreak === 'leaders' ? grades.leaders : undefined;
  const towards =
    leaders !== undefined ? `the leaders' grade, ${leaders}` : `the ${derived.grade === better ? 'better' : 'worse'}`;
  const tie = derived.tie ? ` (a tie between ${better} and ${worse}, broken towards ${towards})` : '';
  return `Indicative ${derived.grade}, not Ofsted's judgement: no area limits overall, and the median of ${listAnd(listed)} is ${derived.grade}${tie}.`;
}

import { listAnd } from '../check/fields.js';
import { derivedUnder } from '../defined/behaviour.js';
import type { DefinedOverall } from '../defined/definedFramework.js';
import { medianAreaIds } from '../defined/overallRules.js';
import { compiledFramework } from '../framework/compiledFrameworks.js';
import { limitedReason } from '../framework/limitingRuleWording.js';
import type { DerivedOverall } from '../overall/derivedOverall.js';

/** A derived overall grade, under a built-in framework or one of the caller's. @internal */
export type AnyOverall = DerivedOverall | DefinedOverall;

/** Every rule a derived overall grade can carry. @internal */
export type AnyOverallRule = AnyOverall['rule'];

/**
 * The library's words for a derived overall grade, one function a rule: why the result
 * is what it is, from the result's own data (its rule, grades and deciding areas).
 *
 * @internal
 */
export const OVERALL_WORDS: { readonly [R in AnyOverallRule]: (derived: AnyOverall & { rule: R }) => string } = {
  'any-inadequate-area': limited,
  'inadequate-practice-area': limited,
  'limiting-rule': (derived) =>
    `Limited to ${derived.grade}: ${listAnd(derived.decidingAreas)} ${derived.decidingAreas.length === 1 ? 'is' : 'are'} ${derived.grade}, and ${derived.framework}'s limiting rule counts ${derived.decidingAreas.length === 1 ? 'it' : 'them'}.`,
  'median-of-areas': median,
  'no-overall-in-framework': (derived) =>
    `${compiledFramework(derived.framework)?.name ?? derived.framework} awards no overall effectiveness judgement; read the area judgements instead.`,
  'no-area-graded': (derived) =>
    `No ${compiledFramework(derived.framework) === undefined ? '' : 'key '}area was graded, so no overall grade can be derived.`,
  'no-indicative-rule': (derived) =>
    `No area limits overall, and ${derived.framework} gives no indicative grade: overall is the inspectors' judgement.`,
};

/** "Inadequate: help and protection is inadequate. By …": the areas that limit, and the rule's basis. */
function limited(derived: DerivedOverall & { rule: 'any-inadequate-area' | 'inadequate-practice-area' }): string {
  const framework = compiledFramework(derived.framework);
  const areas = (framework?.keyAreas ?? []).filter((area) =>
    (derived.decidingAreas as readonly string[]).includes(area.id),
  );
  return limitedReason(derived.framework, derived.rule, areas);
}

/** "Indicative good, not Ofsted's judgement: … the median of … is good (a tie …)." */
function median(derived: AnyOverall & { rule: 'median-of-areas' }): string {
  const framework = compiledFramework(derived.framework);
  const grades = derived.grades as Readonly<Record<string, string | undefined>>;
  // Under a framework of the caller's, the median may read some of the areas graded only.
  const under = derivedUnder(derived);
  const ids = under === undefined ? Object.keys(grades) : medianAreaIds(under, Object.keys(grades));
  const listed = ids.map(
    (id) => `${framework?.keyAreas.find((area) => area.id === id)?.shortTitle ?? id} ${grades[id]}`,
  );
  const [better, worse] = derived.between;
  const leaders = derived.tieBreak === 'leaders' ? grades.leaders : undefined;
  const towards =
    leaders !== undefined ? `the leaders' grade, ${leaders}` : `the ${derived.grade === better ? 'better' : 'worse'}`;
  const tie = derived.tie ? ` (a tie between ${better} and ${worse}, broken towards ${towards})` : '';
  return `Indicative ${derived.grade}, not ${framework === undefined ? "the inspectors'" : "Ofsted's"} judgement: no area limits overall, and the median of ${listAnd(listed)} is ${derived.grade}${tie}.`;
}

import { listAnd } from '../check/fields.js';
import type { CompiledArea } from './compiledFrameworks.js';
import type { LimitingRule } from './framework.js';
import { FRAMEWORK_STRUCTURE } from './frameworkStructure.js';

/** A built-in framework's id (as `FrameworkId`, read from the structure to keep the words apart from the frameworks). */
type FrameworkId = keyof typeof FRAMEWORK_STRUCTURE;

/** Each limiting rule in words, for sentences. @internal */
export const RULE_WORDING: Readonly<Record<LimitingRule, string>> = {
  'any-inadequate-area': 'any inadequate area makes the whole service inadequate',
  'inadequate-practice-area': 'an inadequate practice area makes the whole service inadequate',
};

/**
 * How Ofsted graded ILACS outcomes where leaders alone were inadequate, from its
 * published grades (January 2018 to March 2025). Said wherever the library's default
 * rule is the only thing making such an outcome inadequate.
 *
 * @internal
 */
export const ILACS_LEADERS_ALONE =
  'Ofsted graded such outcomes, with leaders the only inadequate area, requires improvement overall in 4 of 5 published cases (Herefordshire 2018, Bournemouth 2018, Doncaster 2022, Slough 2023; Trafford 2019 was inadequate): pass limitingRule: "inadequate-practice-area" to follow that.';

function isStated(framework: FrameworkId, rule: LimitingRule): boolean {
  const structure = FRAMEWORK_STRUCTURE[framework];
  return 'statedLimitingRule' in structure && structure.statedLimitingRule === rule;
}

/** A limiting rule, named as whose it is, for sentences such as "Departure from …". @internal */
export function ruleName(framework: FrameworkId, rule: LimitingRule): string {
  return isStated(framework, rule)
    ? "Ofsted's rule for the SIF (an inadequate key judgement makes overall effectiveness inadequate)"
    : `the library's limiting rule (${RULE_WORDING[rule]})`;
}

/** A limiting rule as a sentence that says whose it is and on what basis. @internal */
export function ruleSentence(framework: FrameworkId, rule: LimitingRule): string {
  if (isStated(framework, rule)) {
    return "By Ofsted's rule for the SIF, an inadequate key judgement makes overall effectiveness inadequate.";
  }
  return FRAMEWORK_STRUCTURE[framework].family === 'sif'
    ? `By the library's limiting rule, a variant of Ofsted's rule for the SIF (which counts every key judgement), ${RULE_WORDING[rule]}.`
    : `By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), ${RULE_WORDING[rule]}.`;
}

/** Whether the limiting areas are all ones the practice-areas rule leaves out (leaders), under ILACS. @internal */
export function onlyLeadersLimit(framework: FrameworkId, areas: readonly CompiledArea[]): boolean {
  return FRAMEWORK_STRUCTURE[framework].family === 'ilacs' && areas.every((area) => !area.limits[1]);
}

/** The reason of an outcome limited to inadequate by `areas`. @internal */
export function limitedReason(framework: FrameworkId, rule: LimitingRule, areas: readonly CompiledArea[]): string {
  const names = listAnd(areas.map((area) => area.shortTitle));
  const verb = areas.length === 1 ? 'is' : 'are';
  const leadersAlone = onlyLeadersLimit(framework, areas) ? ` ${ILACS_LEADERS_ALONE}` : '';
  return `Inadequate: ${names} ${verb} inadequate. ${ruleSentence(framework, rule)}${leadersAlone}`;
}

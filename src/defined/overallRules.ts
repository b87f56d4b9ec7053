import type { Problem } from '../check/fields.js';
import { oneOfProblem } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import type { DefinedFramework, DefinedLimitingRule } from './definedFramework.js';

/**
 * The limiting rule a derivation under a caller's framework applies: the one whose id the
 * `limitingRule` option names, or the framework's default (its `limitingRule`, or the
 * first of its `limitingRules`). `undefined` where the framework has none. Call
 * {@link limitingRuleProblem} first: a name that is no rule of the framework gives the default.
 *
 * @internal
 */
export function limitingRuleOf(framework: DefinedFramework, chosen: unknown): DefinedLimitingRule | undefined {
  const { limitingRule, limitingRules } = framework.overall;
  if (limitingRules === undefined) return limitingRule;
  return limitingRules.find((rule) => rule.id === chosen) ?? limitingRules[0];
}

/**
 * The problem with the `limitingRule` option under a caller's framework, if there is one:
 * it must name one of the framework's `limitingRules` by id.
 *
 * @internal
 */
export function limitingRuleProblem(framework: DefinedFramework, chosen: unknown): Problem | undefined {
  if (chosen === undefined) return undefined;
  const ids = framework.overall.limitingRules?.map((rule) => rule.id) ?? [];
  if (ids.length > 0) return oneOfProblem(chosen, ids, 'limitingRule');
  return {
    code: 'invalid-value',
    message: `limitingRule chooses between a framework's limitingRules; ${framework.id} has none to choose between: leave limitingRule out.`,
    params: { field: 'limitingRule', found: describeValue(chosen), rule: 'defined-framework' },
  };
}

/**
 * The problem with the tie rule `'leaders'`, in a definition's `tieBreak` or in the
 * option, if there is one: it follows the grade of the area whose id is `leaders`, so the
 * framework must have that area, and its median must read it.
 *
 * @internal
 */
export function leadersTieProblem(
  tieBreak: unknown,
  leadersRole: string | undefined,
  medianRoles: readonly unknown[] | undefined,
  framework: string | undefined,
): Problem | undefined {
  if (tieBreak !== 'leaders') return undefined;
  const which = framework ?? 'this framework';
  const missing =
    leadersRole === undefined
      ? `the area "leaders", which ${which} does not have`
      : medianRoles !== undefined && !medianRoles.includes(leadersRole)
        ? `the area "leaders", whose role ${leadersRole} the median of ${which} does not read`
        : undefined;
  if (missing === undefined) return undefined;
  return {
    code: 'invalid-value',
    message: `tieBreak "leaders" follows the grade of ${missing}: use "worse" or "better".`,
    params: { field: 'tieBreak', found: '"leaders"', allowed: ['worse', 'better'], rule: 'leaders-area' },
  };
}

/**
 * Of the areas a result's grades name, those its framework's median reads (all, where
 * the framework names no `indicativeRoles`), in the order given.
 *
 * @internal
 */
export function medianAreaIds(framework: DefinedFramework, ids: readonly string[]): string[] {
  const roles = framework.overall.indicativeRoles;
  if (roles === undefined) return [...ids];
  return ids.filter((id) => roles.includes(framework.areas.find((area) => area.id === id)?.role ?? ''));
}

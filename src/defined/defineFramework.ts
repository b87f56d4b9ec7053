import { isCalendarDate } from '../calendar/calendarDate.js';
import { markChecked } from '../check/checked.js';
import { dateFieldProblem, listAt, oneOfProblem, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { TIE_RULES } from '../framework/framework.js';
import { FRAMEWORK_IDS } from '../framework/frameworks.js';
import { type Issue, issue } from '../result/result.js';
import { attachBehaviour } from './behaviour.js';
import type { DefinedArea, DefinedFramework } from './definedFramework.js';
import { countAt, idAt, type Scale, scaleIssues } from './defineScale.js';
import { deriveDefinedFrom } from './deriveDefined.js';
import { leadersTieProblem } from './overallRules.js';
import { readDefinedOutcome } from './readDefined.js';

/** The most areas a framework may have. */
const MOST_AREAS = 20;

/**
 * Defines an inspection framework of your own, checked like any input: an id that is not
 * a built-in framework's, a title, a scale ({@link defineScale}), the day it came into
 * force (and, once replaced, the last), one to twenty areas with ids used once, and the
 * overall rule, whose limiting grade must be on the scale and whose roles must be roles of
 * its areas. Areas are required unless `required: false`; the indicative rule is
 * `'median'` unless `'none'`. For rules to choose between, give `limitingRules`, each with
 * an id, instead of `limitingRule` (the first applies unless the `limitingRule` option
 * names another); `indicativeRoles` reads the median from the areas of those roles only;
 * `tieBreak` breaks a tie in the median where the caller names no rule (`'worse'` where
 * left out). {@link FRAMEWORK_DEFINITIONS} gives Ofsted's frameworks in this language.
 * Returns the framework, frozen, its ids and grades typed by the literals given, and each
 * area's `required` and the overall rule's `awarded` too, so that {@link DefinedOutcome}
 * requires the required areas and allows an awarded overall grade only where one is
 * awarded.
 *
 * Pass it as `frameworks: [yours]` to `deriveOverallEffectiveness`, `checkAwardedOverall`,
 * `explain`, `findOutcomeIssues`, `frameworkForDate`, `parseInspectionOutcome`,
 * `toJsonSchemas` and `readInspectionRows` (with a column map that fixes the framework
 * and maps its areas by id). Throws
 * {@link OfstedIlacsError} (`invalid-framework`) with every issue for a definition that
 * breaks the rules.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, deriveOverallEffectiveness } from 'ofsted-ilacs';
 *
 * const threePoint = defineScale({ id: 'peer-review-3', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const peerReview = defineFramework({
 *   id: 'peer-review-2025',
 *   title: "Regional peer review of children's services",
 *   scale: threePoint,
 *   inForce: { from: '2025-01-01' },
 *   areas: [
 *     { id: 'leaders', title: 'Leadership', role: 'leadership' },
 *     { id: 'frontDoor', title: 'The front door', role: 'practice' },
 *     { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
 *   ],
 *   overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] }, indicative: 'median' },
 * });
 * const derived = deriveOverallEffectiveness(
 *   { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
 *   { frameworks: [peerReview] },
 * );
 * console.log(derived.kind, derived.grade, derived.decidingAreas); // 'limited' 'weak' ['frontDoor']
 * ```
 *
 * @category Frameworks
 */
export function defineFramework<
  const Id extends string,
  const G extends string,
  const Areas extends readonly {
    readonly id: string;
    readonly title: string;
    readonly role: string;
    readonly required?: boolean;
  }[],
  const W extends boolean,
>(definition: {
  readonly id: Id;
  readonly title: string;
  readonly scale: Scale<string, G>;
  readonly inForce: { readonly from: string; readonly until?: string };
  readonly areas: Areas & {
    readonly [I in keyof Areas]: {
      readonly [K in keyof Areas[I]]: K extends 'id' | 'title' | 'role' | 'required' ? Areas[I][K] : never;
    };
  };
  readonly overall: {
    readonly awarded: W;
    readonly limitingRule?: { readonly anyArea: NoInfer<G>; readonly roles: readonly NoInfer<Areas[number]['role']>[] };
    readonly limitingRules?: readonly {
      readonly id: string;
      readonly anyArea: NoInfer<G>;
      readonly roles: readonly NoInfer<Areas[number]['role']>[];
    }[];
    readonly indicative?: 'median' | 'none';
    readonly indicativeRoles?: readonly NoInfer<Areas[number]['role']>[];
    readonly tieBreak?: 'worse' | 'better' | 'leaders';
  };
}): DefinedFramework<
  Id,
  Areas[number]['id'],
  G,
  Areas[number]['role'],
  {
    readonly [I in keyof Areas]: DefinedArea<
      Areas[I]['id'],
      Areas[I]['role'],
      Areas[I] extends { readonly required: infer Q extends boolean }
        ? Q
        : 'required' extends keyof Areas[I]
          ? boolean
          : true
    >;
  },
  W
> {
  return defineChecked(definition, false) as never;
}

/**
 * Reads a definition once, checks it and returns the framework, frozen, with its
 * behaviour attached. `builtIn` lets the library define its own frameworks under their
 * ids, which a caller's may not take.
 *
 * @internal
 */
export function defineChecked(definition: unknown, builtIn: boolean): DefinedFramework {
  const copy = readCopy('defineFramework', 'definition', definition, 'invalid-framework');
  const issues = frameworkDefinitionIssues(copy, ['definition'], builtIn);
  if (issues.length > 0) throw refusal('invalid-framework', 'defineFramework', issues);
  const framework = markChecked(settled(copy as Record<string, unknown>) as unknown as DefinedFramework);
  attachBehaviour(framework, BEHAVIOUR);
  return framework;
}

/** What every framework defined here does: derive and check outcomes under it. */
const BEHAVIOUR = { derive: deriveDefinedFrom, read: readDefinedOutcome };

/** A checked definition with its defaults written in: areas required, the median indicative. */
function settled(copy: Record<string, unknown>): Record<string, unknown> {
  // A field given as undefined takes its default, as a field left out does.
  const areas = (copy.areas as Record<string, unknown>[]).map((area) => ({
    ...area,
    required: area.required ?? true,
  }));
  const given = copy.overall as Record<string, unknown>;
  const overall = { ...given, indicative: given.indicative ?? 'median' };
  return { ...copy, areas, overall };
}

/** What is wrong with a framework's definition, at `path`. @internal */
export function frameworkDefinitionIssues(
  value: unknown,
  path: readonly (string | number)[],
  builtIn = false,
): Issue[] {
  const issues: Issue[] = [];
  const fields = ['id', 'title', 'scale', 'inForce', 'areas', 'overall'];
  const framework = recordAt(issues, value, path, 'a framework', fields);
  if (framework === undefined) return issues;
  const id = framework.id;
  if (idAt(issues, path, 'id', id) && !builtIn && FRAMEWORK_IDS.some((each) => each === String(id).toLowerCase())) {
    issues.push(
      issue(
        [...path, 'id'],
        'duplicate-id',
        `"${framework.id}" is a built-in framework's id, whatever its case: give yours an id of its own.`,
        {
          field: 'id',
          found: `"${framework.id}"`,
          rule: 'built-in',
        },
      ),
    );
  }
  placeAt(issues, path, 'title', textFieldProblem(framework.title, 'title'));
  const scaleProblems = scaleIssues(framework.scale, [...path, 'scale']);
  issues.push(...scaleProblems);
  inForceIssues(issues, framework.inForce, [...path, 'inForce']);
  const areas = areaIssues(issues, framework.areas, [...path, 'areas']);
  const grades = scaleProblems.length === 0 ? ((framework.scale as Scale).grades as string[]) : undefined;
  overallIssues(issues, framework.overall, [...path, 'overall'], grades, areas);
  return issues;
}

function inForceIssues(issues: Issue[], value: unknown, path: readonly (string | number)[]): void {
  const inForce = recordAt(issues, value, path, 'inForce', ['from', 'until']);
  if (inForce === undefined) return;
  placeAt(issues, path, 'from', dateFieldProblem(inForce.from, 'inForce.from'));
  if (inForce.until === undefined) return;
  if (!placeAt(issues, path, 'until', dateFieldProblem(inForce.until, 'inForce.until'))) return;
  if (isCalendarDate(inForce.from) && (inForce.until as string) < inForce.from) {
    issues.push(
      issue([...path, 'until'], 'dates-out-of-order', 'inForce.until is before inForce.from.', {
        field: 'inForce.until',
        found: String(inForce.until),
        limit: inForce.from,
      }),
    );
  }
}

/** What the overall rule may name: the areas' ids and roles. */
interface Named {
  readonly ids: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  /** The role of the area whose id is `leaders`, where there is one. */
  readonly leadersRole?: string;
}

/** Checks the areas; returns the ids and roles they have. */
function areaIssues(issues: Issue[], value: unknown, path: readonly (string | number)[]): Named {
  const roles = new Set<string>();
  const ids = new Set<string>();
  let leadersRole: string | undefined;
  const areas = listAt(issues, value, path, 'areas');
  if (areas === undefined) return { ids, roles };
  countAt(issues, path, 'areas', areas.length, 1, MOST_AREAS);
  areas.forEach((value, index) => {
    const at = [...path, index];
    const area = recordAt(issues, value, at, 'an area', ['id', 'title', 'role', 'required']);
    if (area === undefined) return;
    if (idAt(issues, at, 'id', area.id)) {
      if (ids.has(area.id as string)) {
        issues.push(
          issue([...at, 'id'], 'duplicate-id', `"${area.id}" is an area twice: give each area once.`, {
            field: 'id',
            found: `"${area.id}"`,
          }),
        );
      }
      ids.add(area.id as string);
    }
    placeAt(issues, at, 'title', textFieldProblem(area.title, 'title'));
    if (idAt(issues, at, 'role', area.role)) {
      roles.add(area.role as string);
      if (area.id === 'leaders') leadersRole = area.role as string;
    }
    if (area.required !== undefined && typeof area.required !== 'boolean') {
      placeAt(issues, at, 'required', oneOfProblem(String(area.required), ['true', 'false'], 'required'));
    }
  });
  return { ids, roles, ...(leadersRole !== undefined && { leadersRole }) };
}

/** The most limiting rules a framework may offer. */
const MOST_RULES = 8;

function overallIssues(
  issues: Issue[],
  value: unknown,
  path: readonly (string | number)[],
  grades: readonly string[] | undefined,
  named: Named,
): void {
  const fields = ['awarded', 'limitingRule', 'limitingRules', 'indicative', 'indicativeRoles', 'tieBreak'];
  const overall = recordAt(issues, value, path, 'overall', fields);
  if (overall === undefined) return;
  if (typeof overall.awarded !== 'boolean') {
    placeAt(
      issues,
      path,
      'awarded',
      oneOfProblem(overall.awarded === undefined ? undefined : String(overall.awarded), ['true', 'false'], 'awarded'),
    );
  }
  if (overall.indicative !== undefined)
    placeAt(issues, path, 'indicative', oneOfProblem(overall.indicative, ['median', 'none'], 'indicative'));
  if (overall.limitingRule !== undefined) {
    ruleIssues(issues, overall.limitingRule, [...path, 'limitingRule'], 'limitingRule', grades, named.roles);
  }
  if (overall.limitingRules !== undefined) {
    limitingRulesIssues(issues, overall, [...path, 'limitingRules'], grades, named.roles);
  }
  if (overall.indicativeRoles !== undefined) {
    const at = [...path, 'indicativeRoles'];
    if (overall.indicative === 'none') {
      issues.push(
        issue(
          at,
          'invalid-value',
          'indicativeRoles names the areas of a median, but indicative is "none": leave one out.',
          {
            field: 'indicativeRoles',
            rule: 'no-indicative-rule',
          },
        ),
      );
    }
    rolesIssues(issues, overall.indicativeRoles, at, 'indicativeRoles', named.roles);
  }
  if (overall.tieBreak === undefined) return;
  if (placeAt(issues, path, 'tieBreak', oneOfProblem(overall.tieBreak, TIE_RULES, 'tieBreak'))) {
    const medianRoles = Array.isArray(overall.indicativeRoles) ? (overall.indicativeRoles as unknown[]) : undefined;
    placeAt(issues, path, 'tieBreak', leadersTieProblem(overall.tieBreak, named.leadersRole, medianRoles, undefined));
  }
  if (overall.indicative === 'none') {
    issues.push(
      issue(
        [...path, 'tieBreak'],
        'invalid-value',
        'tieBreak breaks a tie in the median, but indicative is "none": leave one out.',
        {
          field: 'tieBreak',
          rule: 'no-indicative-rule',
        },
      ),
    );
  }
}

/** Checks the rules a caller chooses between: a list of one to eight, ids used once, never beside `limitingRule`. */
function limitingRulesIssues(
  issues: Issue[],
  overall: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
  grades: readonly string[] | undefined,
  roles: ReadonlySet<string>,
): void {
  if (overall.limitingRule !== undefined) {
    issues.push(
      issue(
        path,
        'invalid-value',
        'Give limitingRule (one rule) or limitingRules (rules to choose between), not both.',
        {
          field: 'limitingRules',
          rule: 'one-of-two',
        },
      ),
    );
  }
  const rules = listAt(issues, overall.limitingRules, path, 'limitingRules');
  if (rules === undefined) return;
  countAt(issues, path, 'limitingRules', rules.length, 1, MOST_RULES);
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    const at = [...path, index];
    const read = ruleIssues(issues, rule, at, 'a limiting rule', grades, roles, ['id']);
    if (read === undefined || !idAt(issues, at, 'id', read.id)) return;
    if (ids.has(read.id as string)) {
      issues.push(
        issue(
          [...at, 'id'],
          'duplicate-id',
          `"${read.id}" is a limiting rule twice: give each rule an id of its own.`,
          {
            field: 'id',
            found: `"${read.id}"`,
          },
        ),
      );
    }
    ids.add(read.id as string);
  });
}

/** Checks one limiting rule: a grade on the scale and the roles it counts; returns the rule, if it is a record. */
function ruleIssues(
  issues: Issue[],
  value: unknown,
  path: readonly (string | number)[],
  what: string,
  grades: readonly string[] | undefined,
  roles: ReadonlySet<string>,
  extra: readonly string[] = [],
): Readonly<Record<string, unknown>> | undefined {
  const rule = recordAt(issues, value, path, what, [...extra, 'anyArea', 'roles']);
  if (rule === undefined) return undefined;
  if (grades !== undefined) placeAt(issues, path, 'anyArea', oneOfProblem(rule.anyArea, grades, 'anyArea'));
  rolesIssues(issues, rule.roles, [...path, 'roles'], 'roles', roles);
  return rule;
}

/** Checks a list of roles: not empty, each a role of an area. */
function rolesIssues(
  issues: Issue[],
  value: unknown,
  path: readonly (string | number)[],
  what: string,
  roles: ReadonlySet<string>,
): void {
  const named = listAt(issues, value, path, what);
  if (named === undefined) return;
  if (named.length === 0) {
    issues.push(
      issue(path, 'empty', `${what} may not be empty: name the roles of the areas it counts.`, {
        field: what,
      }),
    );
  }
  named.forEach((role, index) => {
    placeAt(issues, path, index, oneOfProblem(role, [...roles], 'a role'));
  });
}

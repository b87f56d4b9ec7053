import { isCalendarDate } from '../calendar/calendarDate.js';
import { markChecked } from '../check/checked.js';
import { dateFieldProblem, listAt, oneOfProblem, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { FRAMEWORK_IDS } from '../framework/frameworks.js';
import { type Issue, issue } from '../result/result.js';
import { attachBehaviour } from './behaviour.js';
import type { DefinedArea, DefinedFramework } from './definedFramework.js';
import { countAt, idAt, type Scale, scaleIssues } from './defineScale.js';
import { deriveDefinedFrom } from './deriveDefined.js';
import { readDefinedOutcome } from './readDefined.js';

/** The most areas a framework may have. */
const MOST_AREAS = 20;

/**
 * Defines an inspection framework of your own, checked like any input: an id that is not
 * a built-in framework's, a title, a scale ({@link defineScale}), the day it came into
 * force (and, once replaced, the last), one to twenty areas with ids used once, and the
 * overall rule, whose limiting grade must be on the scale and whose roles must be roles of
 * its areas. Areas are required unless `required: false`; the indicative rule is
 * `'median'` unless `'none'`. Returns the framework, frozen, its ids and grades typed by
 * the literals given, and each area's `required` and the overall rule's `awarded` too, so
 * that {@link DefinedOutcome} requires the required areas and allows an awarded overall
 * grade only where one is awarded.
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
    readonly indicative?: 'median' | 'none';
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
  const copy = readCopy('defineFramework', 'definition', definition, 'invalid-framework');
  const issues = frameworkDefinitionIssues(copy, ['definition']);
  if (issues.length > 0) throw refusal('invalid-framework', 'defineFramework', issues);
  const framework = markChecked(settled(copy as Record<string, unknown>) as unknown as DefinedFramework);
  attachBehaviour(framework, BEHAVIOUR);
  return framework as never;
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
export function frameworkDefinitionIssues(value: unknown, path: readonly (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const fields = ['id', 'title', 'scale', 'inForce', 'areas', 'overall'];
  const framework = recordAt(issues, value, path, 'a framework', fields);
  if (framework === undefined) return issues;
  const id = framework.id;
  if (idAt(issues, path, 'id', id) && FRAMEWORK_IDS.some((builtIn) => builtIn === String(id).toLowerCase())) {
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
  const roles = areaIssues(issues, framework.areas, [...path, 'areas']);
  const grades = scaleProblems.length === 0 ? ((framework.scale as Scale).grades as string[]) : undefined;
  overallIssues(issues, framework.overall, [...path, 'overall'], grades, roles);
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

/** Checks the areas; returns the roles they have. */
function areaIssues(issues: Issue[], value: unknown, path: readonly (string | number)[]): Set<string> {
  const roles = new Set<string>();
  const areas = listAt(issues, value, path, 'areas');
  if (areas === undefined) return roles;
  countAt(issues, path, 'areas', areas.length, 1, MOST_AREAS);
  const ids = new Set<string>();
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
    if (idAt(issues, at, 'role', area.role)) roles.add(area.role as string);
    if (area.required !== undefined && typeof area.required !== 'boolean') {
      placeAt(issues, at, 'required', oneOfProblem(String(area.required), ['true', 'false'], 'required'));
    }
  });
  return roles;
}

function overallIssues(
  issues: Issue[],
  value: unknown,
  path: readonly (string | number)[],
  grades: readonly string[] | undefined,
  roles: ReadonlySet<string>,
): void {
  const overall = recordAt(issues, value, path, 'overall', ['awarded', 'limitingRule', 'indicative']);
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
  if (overall.limitingRule === undefined) return;
  const rulePath = [...path, 'limitingRule'];
  const rule = recordAt(issues, overall.limitingRule, rulePath, 'limitingRule', ['anyArea', 'roles']);
  if (rule === undefined) return;
  if (grades !== undefined) placeAt(issues, rulePath, 'anyArea', oneOfProblem(rule.anyArea, grades, 'anyArea'));
  const named = listAt(issues, rule.roles, [...rulePath, 'roles'], 'roles');
  if (named === undefined) return;
  if (named.length === 0) {
    issues.push(
      issue([...rulePath, 'roles'], 'empty', 'roles may not be empty: name the roles whose areas limit.', {
        field: 'roles',
      }),
    );
  }
  named.forEach((role, index) => {
    placeAt(issues, [...rulePath, 'roles'], index, oneOfProblem(role, [...roles], 'a role'));
  });
}

import {
  dateFieldProblem,
  listAt,
  oneOfProblem,
  type Path,
  place,
  placeAt,
  recordAt,
  textFieldProblem,
} from '../check/fields.js';
import { booleanOption } from '../check/options.js';
import { describeValue } from '../check/values.js';
import { type Issue, issue } from '../result/result.js';
import { LIMITING_RULES } from './framework.js';

const FRAMEWORK_FIELDS = [
  'id',
  'name',
  'family',
  'inForce',
  'hasOverallEffectiveness',
  'statedLimitingRule',
  'labelStyle',
  'areas',
  'predecessor',
  'limitingRule',
  'sources',
];
const AREA_FIELDS = ['id', 'title', 'shortTitle', 'role', 'parent', 'required', 'limits'];

function booleanAt(issues: Issue[], value: unknown, path: Path, what: string): void {
  const problem = booleanOption(value, what);
  if (problem !== undefined) {
    issues.push(issue(path, value === undefined ? 'missing' : 'invalid-type', problem.message, problem.params));
  }
}

/**
 * What is wrong with a framework a caller passes in place of the built-in ones (to
 * `frameworkForDate`, say): the fields the library reads, checked. Never throws.
 *
 * @internal
 */
export function frameworkIssues(value: unknown, path: Path): Issue[] {
  const issues: Issue[] = [];
  const framework = recordAt(issues, value, path, 'a framework', FRAMEWORK_FIELDS);
  if (framework === undefined) return issues;
  placeAt(issues, path, 'id', textFieldProblem(framework.id, 'id'));
  placeAt(issues, path, 'name', textFieldProblem(framework.name, 'name'));
  placeAt(issues, path, 'family', oneOfProblem(framework.family, ['sif', 'ilacs'], 'family'));
  booleanAt(issues, framework.hasOverallEffectiveness, [...path, 'hasOverallEffectiveness'], 'hasOverallEffectiveness');
  placeAt(issues, path, 'labelStyle', oneOfProblem(framework.labelStyle, ['ilacs', 'sif'], 'labelStyle'));
  const inForce = recordAt(issues, framework.inForce, [...path, 'inForce'], 'inForce', ['from', 'until']);
  if (inForce !== undefined) {
    const from = place(issues, [...path, 'inForce', 'from'], dateFieldProblem(inForce.from, 'inForce.from'));
    if (inForce.until !== undefined) {
      const until = place(issues, [...path, 'inForce', 'until'], dateFieldProblem(inForce.until, 'inForce.until'));
      if (from && until && (inForce.until as string) < (inForce.from as string)) {
        issues.push(
          issue([...path, 'inForce', 'until'], 'dates-out-of-order', 'inForce.until is before inForce.from.', {
            field: 'inForce.until',
            found: describeValue(inForce.until),
            limit: inForce.from as string,
          }),
        );
      }
    }
  }
  const areas = listAt(issues, framework.areas, [...path, 'areas'], 'areas');
  areas?.forEach((item, index) => {
    const at = [...path, 'areas', index];
    const area = recordAt(issues, item, at, 'an area', AREA_FIELDS);
    if (area === undefined) return;
    placeAt(issues, at, 'id', textFieldProblem(area.id, 'id'));
    placeAt(issues, at, 'role', oneOfProblem(area.role, ['key', 'sub-judgement', 'separate'], 'role'));
    booleanAt(issues, area.required, [...at, 'required'], 'required');
    const limits = listAt(issues, area.limits, [...at, 'limits'], 'limits');
    limits?.forEach((rule, ruleIndex) => {
      place(issues, [...at, 'limits', ruleIndex], oneOfProblem(rule, LIMITING_RULES, 'a limiting rule'));
    });
  });
  return issues;
}

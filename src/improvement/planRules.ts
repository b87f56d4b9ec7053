import { isChecked } from '../check/checked.js';
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
import { copyOptions, refusal } from '../check/options.js';
import { checkCopy, issuesOf } from '../check/snapshot.js';
import { describeValue } from '../check/values.js';
import { definedFrameworkOf, frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { areasInUse } from '../framework/compiledFrameworks.js';
import type { FrameworkId } from '../framework/frameworks.js';
import {
  type AnyEvent,
  authorityIssues,
  describeEvent,
  eventIssues,
  type KnownFrameworks,
} from '../inspection/eventIssues.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import { eventStart, INSPECTION_EVENT_KINDS, isGradedInspection } from '../inspection/inspectionEvent.js';
import { withDefineHint } from '../inspection/inspectionHistory.js';
import { type Issue, issue, shorten } from '../result/result.js';
import { actionIssues, findingLinks, measuresIssues } from './actionRules.js';
import { type EventReference, FINDING_KINDS, type Finding } from './finding.js';
import type { ImprovementAction } from './improvementAction.js';
import type { AnyPlan, ImprovementPlan, ImprovementPlanOptions } from './improvementPlan.js';
import { tagsIssues } from './nationalFramework.js';

/** The fields of a plan. @internal */
export const PLAN_FIELDS = ['id', 'title', 'authority', 'events', 'findings', 'actions'] as const;
/** The options of the doors that check a plan (their own, for `summarisePlan` and `ratePlan`, add to these). @internal */
export const PLAN_OPTIONS = { frameworks: frameworksProblem };
const FINDING_FIELDS = ['id', 'kind', 'area', 'text', 'raised', 'raisedBy', 'measures', 'tags'] as const;

/** Checks a finding's fields; returns whether they are sound. */
function findingShapeIssues(issues: Issue[], value: unknown, path: Path): value is PlanFinding {
  const before = issues.length;
  const finding = recordAt(issues, value, path, 'a finding', FINDING_FIELDS);
  if (finding === undefined) return false;
  placeAt(issues, path, 'id', textFieldProblem(finding.id, 'id'));
  placeAt(issues, path, 'kind', oneOfProblem(finding.kind, FINDING_KINDS, 'kind'));
  placeAt(issues, path, 'area', textFieldProblem(finding.area, 'area'));
  placeAt(issues, path, 'text', textFieldProblem(finding.text, 'text'));
  placeAt(issues, path, 'raised', dateFieldProblem(finding.raised, 'raised'));
  measuresIssues(issues, finding.measures, path);
  tagsIssues(issues, finding.tags, path);
  if (finding.raisedBy === undefined) {
    if (finding.kind !== 'self-evaluation' && FINDING_KINDS.includes(finding.kind as never)) {
      issues.push(
        issue(
          [...path, 'raisedBy'],
          'missing',
          `A ${String(finding.kind)} is raised by an event: give raisedBy, the kind and first day of the event in the plan's events that raised it.`,
          { field: 'raisedBy', rule: 'raised-by-event' },
        ),
      );
    }
  } else {
    const at = [...path, 'raisedBy'];
    const reference = recordAt(issues, finding.raisedBy, at, 'raisedBy', ['kind', 'start']);
    if (reference !== undefined) {
      placeAt(issues, at, 'kind', oneOfProblem(reference.kind, INSPECTION_EVENT_KINDS, 'raisedBy.kind'));
      placeAt(issues, at, 'start', dateFieldProblem(reference.start, 'raisedBy.start'));
    }
  }
  return issues.length === before;
}

/** A finding of a plan whose events may be under the caller's frameworks: in an area of any. */
type PlanFinding = Finding<string>;

/** The key of an event, as findings refer to it: its kind and first day. */
function keyOf(reference: EventReference | AnyEvent): string {
  return `${reference.kind}|${'start' in reference ? reference.start : eventStart(reference)}`;
}

/**
 * The areas a finding raised by an event may concern: those of the frameworks of that
 * event (of the caller's framework among `frameworks` its outcome names, where it names one).
 */
function areasOfEvent(event: AnyEvent, frameworks: KnownFrameworks): ReadonlySet<string> {
  if (isGradedInspection(event)) {
    const defined = definedFrameworkOf(frameworks, event.outcome.framework);
    if (defined !== undefined) return new Set(defined.areas.map((area) => area.id));
    return areasInUse(eventStart(event), undefined, event.outcome.framework);
  }
  return areasInUse(eventStart(event), event.kind === 'focused-visit' ? 'ilacs' : undefined);
}

/** An issue for each item whose id an earlier item already has. */
function duplicateIds(
  issues: Issue[],
  items: readonly { readonly id: string }[],
  list: 'findings' | 'actions',
  noun: string,
): void {
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as { readonly id: string };
    if (seen.has(item.id)) {
      issues.push(
        issue(
          [list, index, 'id'],
          'duplicate-id',
          `${noun} id ${shorten(item.id)} is used twice: give each its own id.`,
          { field: 'id', found: describeValue(item.id), rule: list === 'findings' ? 'finding-id' : 'action-id' },
        ),
      );
    }
    seen.add(item.id);
  }
}

/** An issue for each measure whose id a measure earlier in the plan (of a finding or an action) already has. */
function duplicateMeasureIds(issues: Issue[], plan: AnyPlan): void {
  const seen = new Set<string>();
  for (const list of ['findings', 'actions'] as const) {
    plan[list].forEach((holder, index) => {
      holder.measures?.forEach((measure, at) => {
        if (seen.has(measure.id)) {
          issues.push(
            issue(
              [list, index, 'measures', at, 'id'],
              'duplicate-id',
              `Measure id ${shorten(measure.id)} is used twice in the plan: give each measure its own id.`,
              { field: 'id', found: describeValue(measure.id), rule: 'measure-id' },
            ),
          );
        }
        seen.add(measure.id);
      });
    });
  }
}

/** The plan's events by key, with an issue for each event listed a second time. */
function eventsByKey(issues: Issue[], events: readonly AnyEvent[]): Map<string, AnyEvent> {
  const byKey = new Map<string, AnyEvent>();
  events.forEach((event, index) => {
    const key = keyOf(event);
    if (byKey.has(key)) {
      issues.push(
        issue(
          ['events', index],
          'duplicate-id',
          `${describeEvent(event)} is listed twice: list each event the plan answers once.`,
          { field: 'events', found: describeEvent(event), rule: 'event' },
        ),
      );
    }
    byKey.set(key, event);
  });
  return byKey;
}

/** An issue when a self-evaluation finding's area is not one of a framework in use on the day it was raised. */
function selfEvaluationIssues(issues: Issue[], finding: PlanFinding, at: Path): void {
  const areas = areasInUse(finding.raised);
  if (!areas.has(finding.area)) {
    issues.push(
      issue(
        [...at, 'area'],
        'area-not-in-framework',
        `"${shorten(finding.area)}" is not an area of a framework in use on ${finding.raised}, when ${shorten(finding.id)} was raised: use one of ${[...areas].join(', ')}.`,
        { field: 'area', found: describeValue(finding.area), allowed: [...areas], rule: 'self-evaluation' },
      ),
    );
  }
}

/** Issues when a finding is raised before the event that raised it, or in an area its framework does not have. */
function raisedByEventIssues(
  issues: Issue[],
  finding: PlanFinding,
  event: AnyEvent,
  at: Path,
  frameworks: KnownFrameworks,
): void {
  if (finding.raised < eventStart(event)) {
    issues.push(
      issue(
        [...at, 'raised'],
        'dates-out-of-order',
        `${shorten(finding.id)} was raised on ${finding.raised}, before ${describeEvent(event)} that raised it.`,
        { field: 'raised', found: describeValue(finding.raised), limit: eventStart(event), rule: 'after-event' },
      ),
    );
  }
  const areas = areasOfEvent(event, frameworks);
  if (!areas.has(finding.area)) {
    issues.push(
      issue(
        [...at, 'area'],
        'area-not-in-framework',
        `"${shorten(finding.area)}" is not an area of the framework of ${describeEvent(event)}: use one of ${[...areas].join(', ')}.`,
        { field: 'area', found: describeValue(finding.area), allowed: [...areas], rule: 'raised-by-event' },
      ),
    );
  }
}

/** The issues of a finding against the plan's events: the event that raised it, and its area and day. */
function findingAcrossIssues(
  issues: Issue[],
  finding: PlanFinding,
  index: number,
  events: ReadonlyMap<string, AnyEvent>,
  frameworks: KnownFrameworks,
): void {
  const at = ['findings', index];
  if (finding.raisedBy === undefined) {
    selfEvaluationIssues(issues, finding, at);
    return;
  }
  const event = events.get(keyOf(finding.raisedBy));
  if (event === undefined) {
    issues.push(
      issue(
        [...at, 'raisedBy'],
        'unknown-event',
        `${shorten(finding.id)} is raised by the ${EVENT_KINDS[finding.raisedBy.kind].words} starting ${finding.raisedBy.start}, which is not one of the events the plan answers: add it to events, or correct raisedBy.`,
        {
          field: 'raisedBy',
          found: `the ${EVENT_KINDS[finding.raisedBy.kind].words} starting ${finding.raisedBy.start}`,
        },
      ),
    );
    return;
  }
  raisedByEventIssues(issues, finding, event, at, frameworks);
}

/**
 * An issue when an action answers a finding raised after it, unless its history links
 * the finding (`linkActionToFinding`) on or after the day the finding was raised.
 */
function laterFindingIssues(
  issues: Issue[],
  action: ImprovementAction,
  index: number,
  finding: PlanFinding,
  links: ReturnType<typeof findingLinks>,
): void {
  if (action.raised >= finding.raised) return;
  const link = links.get(finding.id);
  if (link === undefined) {
    issues.push(
      issue(
        ['actions', index, 'raised'],
        'dates-out-of-order',
        `${shorten(action.id)} was raised on ${action.raised}, before finding ${shorten(finding.id)} it answers was raised (${finding.raised}): record that it comes to answer it with linkActionToFinding.`,
        { field: 'raised', found: describeValue(action.raised), limit: finding.raised, rule: 'after-finding' },
      ),
    );
  } else if (link.on < finding.raised) {
    issues.push(
      issue(
        ['actions', index, 'history', link.entry, 'on'],
        'dates-out-of-order',
        `${shorten(action.id)} is linked to finding ${shorten(finding.id)} on ${link.on}, before the finding was raised (${finding.raised}).`,
        {
          field: `history[${link.entry}].on`,
          found: describeValue(link.on),
          limit: finding.raised,
          rule: 'linked-after-finding',
        },
      ),
    );
  }
}

/** The issues of an action's answers: each a finding of the plan, raised no later than the action or linked since. */
function answerIssues(
  issues: Issue[],
  action: ImprovementAction,
  index: number,
  findings: ReadonlyMap<string, PlanFinding>,
): void {
  const links = findingLinks(action);
  for (let answerIndex = 0; answerIndex < action.answers.length; answerIndex += 1) {
    const answer = action.answers[answerIndex] as string;
    const finding = findings.get(answer);
    if (finding === undefined) {
      issues.push(
        issue(
          ['actions', index, 'answers', answerIndex],
          'unknown-finding',
          `${shorten(action.id)} answers finding ${shorten(answer)}, which is not in the plan: add the finding or correct the id.`,
          { field: `answers[${answerIndex}]`, found: describeValue(answer) },
        ),
      );
    } else {
      laterFindingIssues(issues, action, index, finding, links);
    }
  }
}

/**
 * The rules across a plan whose parts are sound: the events it answers are each listed
 * once; finding and action ids are unique; each finding raised by an event is raised by
 * one of the plan's events, on or after its first day, in an area of that event's
 * framework (a self-evaluation finding with no event: an area of a framework in use when
 * it was raised); each action answers findings of the plan, raised on or before the
 * action, or later and linked by its history (`linkActionToFinding`) on or after the day
 * the finding was raised. A graded inspection under one of `frameworks` (the caller's)
 * raises findings in that framework's areas. For the schema layer too, which checks the parts.
 *
 * @internal
 */
export function acrossPlan(issues: Issue[], plan: AnyPlan, frameworks?: KnownFrameworks): Issue[] {
  const events = eventsByKey(issues, plan.events);
  duplicateIds(issues, plan.findings, 'findings', 'Finding');
  duplicateIds(issues, plan.actions, 'actions', 'Action');
  duplicateMeasureIds(issues, plan);
  const findings = new Map<string, PlanFinding>();
  plan.findings.forEach((finding, index) => {
    findings.set(finding.id, finding);
    findingAcrossIssues(issues, finding, index, events, frameworks);
  });
  for (let index = 0; index < plan.actions.length; index += 1) {
    answerIssues(issues, plan.actions[index] as ImprovementAction, index, findings);
  }
  return issues;
}

/**
 * Each event's issues by its own rules (a graded inspection under one of `frameworks`
 * checked by it), pushed at `path` and its place in the list. @internal
 */
export function planEventIssues(issues: Issue[], events: unknown, path: Path, frameworks: KnownFrameworks): void {
  listAt(issues, events, path, 'events')?.forEach((event, index) => {
    eventIssues(issues, event, [...path, index], false, undefined, undefined, frameworks);
  });
}

/**
 * Every issue with a plan: its fields, each event, finding and action by its own rules,
 * and the rules across the plan, a graded inspection under one of `frameworks` checked
 * by it. Never throws.
 *
 * @internal
 */
export function planIssues(value: unknown, frameworks?: KnownFrameworks): Issue[] {
  const issues: Issue[] = [];
  const plan = recordAt(issues, value, [], 'an improvement plan', PLAN_FIELDS);
  if (plan === undefined) return issues;
  place(issues, ['id'], textFieldProblem(plan.id, 'id'));
  place(issues, ['title'], textFieldProblem(plan.title, 'title'));
  if (plan.authority !== undefined) authorityIssues(issues, plan.authority, ['authority']);
  planEventIssues(issues, plan.events, ['events'], frameworks);
  listAt(issues, plan.findings, ['findings'], 'findings')?.forEach((finding, index) => {
    findingShapeIssues(issues, finding, ['findings', index]);
  });
  const actions = listAt(issues, plan.actions, ['actions'], 'actions');
  if (actions !== undefined) {
    for (let index = 0; index < actions.length; index += 1) actionIssues(issues, actions[index], ['actions', index]);
  }
  if (issues.length === 0) acrossPlan(issues, value as AnyPlan, frameworks);
  return issues;
}

/**
 * The rules of the doors that take `frameworks`: every issue of a plan under them, an
 * unknown framework's saying how to pass one's own. @internal
 */
export function planRulesWith(frameworks: KnownFrameworks): (value: unknown) => Issue[] {
  return (value) => withDefineHint(planIssues(value, frameworks));
}

/**
 * A door that answers with issues: its options, then the plan, each read once into the
 * library's copy, and the copy's issues under the caller's frameworks. Never throws. @internal
 */
export function checkedPlan(
  plan: unknown,
  options: unknown,
): { readonly copy?: AnyPlan; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const read = copyOptions(issues, options, PLAN_OPTIONS);
  if (read === undefined) return { issues };
  return checkCopy<AnyPlan>(plan, planRulesWith(read.frameworks as KnownFrameworks));
}

/**
 * Checks an improvement plan and returns what is wrong, or an empty array; never throws.
 * The rules are those of `createImprovementPlan`: each event, finding and action by its
 * own rules; and across the plan, findings raised by one of the plan's events, on or
 * after it, in an area of that event's framework, and actions answering findings of the
 * plan raised no later than the action, or later through a link the action's history
 * records (`linkActionToFinding`). With `frameworks` (made by `defineFramework`), a graded
 * inspection under one of them is checked by it and raises findings in its areas; without
 * them, such a framework is unknown (`unknown-framework`).
 *
 * @example
 * ```ts
 * import { findPlanIssues } from 'ofsted-ilacs';
 *
 * const fromJson = JSON.parse(`{
 *   "id": "P1", "title": "Example",
 *   "events": [{ "kind": "focused-visit", "onSite": { "start": "2024-06-11", "end": "2024-06-12" }, "theme": "the front door", "areasForPriorityAction": ["Strategy meetings are late."] }],
 *   "findings": [{ "id": "F1", "kind": "area-for-priority-action", "area": "careLeavers", "text": "x", "raised": "2018-07-01",
 *                  "raisedBy": { "kind": "joint-targeted-area-inspection", "start": "2030-03-04" } }],
 *   "actions": []
 * }`);
 * console.log(findPlanIssues(fromJson).map((issue) => issue.code)); // ['unknown-event']
 * ```
 *
 * @category Improvement plans
 */
export function findPlanIssues<const F extends DefinedFramework>(
  plan: ImprovementPlan<FrameworkId | F>,
  options: ImprovementPlanOptions & { readonly frameworks: readonly F[] },
): readonly Issue[];
export function findPlanIssues(plan: ImprovementPlan, options?: ImprovementPlanOptions): readonly Issue[];
export function findPlanIssues(plan: AnyPlan, options?: ImprovementPlanOptions): readonly Issue[] {
  return checkedPlan(plan, options).issues;
}

/**
 * Throws {@link OfstedIlacsError} (`invalid-plan`) for a plan that breaks the rules (as
 * `rules` find them: by default, with the built-in frameworks alone). Give it the
 * library's copy (see `readPlan`): it reads the value it is given.
 *
 * @internal
 */
export function checkPlan(
  fn: string,
  plan: unknown,
  rules: (value: unknown) => Issue[] = planIssues,
): asserts plan is ImprovementPlan {
  if (isChecked(plan)) return;
  const issues = issuesOf(plan, rules);
  if (issues.length > 0)
    throw refusal(
      'invalid-plan',
      fn,
      issues.map((found) => ({ ...found, path: ['plan', ...found.path] })),
    );
}

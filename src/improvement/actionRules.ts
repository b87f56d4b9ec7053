import type { CalendarDate } from '../calendar/calendarDate.js';
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
import { checkCopy } from '../check/snapshot.js';
import { describeValue, isText } from '../check/values.js';
import { type Issue, issue } from '../result/result.js';
import { entryShapeIssues, moneyProblem, statusShapeIssues } from './actionShape.js';
import type { ReplayedAction } from './applyEntry.js';
import type { ImprovementAction } from './improvementAction.js';
import { ACTION_KINDS, RAGS } from './improvementAction.js';
import { measureIssues } from './measure.js';
import { matchesHistory, replay } from './replayHistory.js';

export { type ActionOnDate, actionOnDate } from './actionOnDate.js';
export { moneyProblem } from './actionShape.js';
export { ACTION_LIFECYCLE, type LifecycleChange } from './applyEntry.js';

/** The facts of an action: the fields it is created with, apart from who creates it. @internal */
export const ACTION_FACT_FIELDS = [
  'id',
  'title',
  'answers',
  'kind',
  'owner',
  'approver',
  'raised',
  'due',
  'moneyPence',
  'measures',
] as const;

/** The fields of an action. @internal */
export const ACTION_FIELDS = [...ACTION_FACT_FIELDS, 'status', 'ragOverride', 'history'] as const;

const NAMING_FIELDS = ['id', 'title', 'owner'] as const;

/**
 * Checks an action's own facts (not its status or history), pushing issues at `path`:
 * text that is not blank for its id, title and owner; a known kind; a list of the
 * findings it answers, each named once; real dates, the due date not before it was
 * raised; money a whole number of pence within `LIMITS.moneyPence`.
 *
 * @internal
 */
export function factIssues(issues: Issue[], action: Record<string, unknown>, path: Path): void {
  for (const key of NAMING_FIELDS) {
    const problem = textFieldProblem(action[key], key);
    placeAt(
      issues,
      path,
      key,
      problem?.code === 'empty'
        ? { ...problem, message: `Give the action ${key === 'title' ? 'a' : 'an'} ${key}: it may not be blank.` }
        : problem,
    );
  }
  if (action.approver !== undefined) placeAt(issues, path, 'approver', textFieldProblem(action.approver, 'approver'));
  placeAt(issues, path, 'kind', oneOfProblem(action.kind, ACTION_KINDS, 'kind'));
  const answers = listAt(issues, action.answers, [...path, 'answers'], 'answers');
  if (answers !== undefined) {
    for (let index = 0; index < answers.length; index += 1) {
      const answer = answers[index];
      if (!isText(answer)) place(issues, [...path, 'answers', index], textFieldProblem(answer, `answers[${index}]`));
    }
    for (const found of repeatedAnswers(answers)) issues.push({ ...found, path: [...path, 'answers', ...found.path] });
  }
  const raised = placeAt(issues, path, 'raised', dateFieldProblem(action.raised, 'raised'));
  const due = placeAt(issues, path, 'due', dateFieldProblem(action.due, 'due'));
  if (raised && due && (action.due as string) < (action.raised as string)) {
    issues.push(
      issue(
        [...path, 'due'],
        'date-before-raised',
        `The action is due (${action.due}) before it was raised (${action.raised}): check both dates.`,
        { field: 'due', found: describeValue(action.due), limit: action.raised as string },
      ),
    );
  }
  if (action.moneyPence !== undefined)
    placeAt(issues, path, 'moneyPence', moneyProblem(action.moneyPence, 'moneyPence'));
  measuresIssues(issues, action.measures, path);
}

/** Checks an optional list of measures at `path.measures`. @internal */
export function measuresIssues(issues: Issue[], value: unknown, path: Path): void {
  if (value === undefined) return;
  const measures = listAt(issues, value, [...path, 'measures'], 'measures');
  measures?.forEach((measure, index) => {
    measureIssues(issues, measure, [...path, 'measures', index]);
  });
}

/** An issue, at its index, for each finding an action's answers name a second time. @internal */
export function repeatedAnswers(answers: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  if (answers.length < 2) return issues;
  const seen = new Set<unknown>();
  answers.forEach((answer, index) => {
    if (seen.has(answer)) {
      issues.push(
        issue([index], 'duplicate-id', 'answers names the same finding twice: list each finding once.', {
          field: 'answers',
        }),
      );
    }
    seen.add(answer);
  });
  return issues;
}

/**
 * Every issue with an action: its facts, its status's fields for its state, its
 * history's entries, and the history replayed against the lifecycle table and compared
 * with the status, due date and RAG override. Pushes issues at `path`; returns whether
 * the action passed.
 *
 * @internal
 */
export function actionIssues(issues: Issue[], value: unknown, path: Path): value is ImprovementAction {
  return replayedAction(issues, value, path) !== undefined;
}

/**
 * What {@link actionIssues} checks, returning what the history says of a sound action
 * (the state the lifecycle functions apply their change to), or `undefined`.
 *
 * @internal
 */
export function replayedAction(issues: Issue[], value: unknown, path: Path): ReplayedAction | undefined {
  const before = issues.length;
  const action = recordAt(issues, value, path, 'an action', ACTION_FIELDS);
  if (action === undefined) return undefined;
  factIssues(issues, action, path);
  const statusSound = statusShapeIssues(issues, action.status, [...path, 'status']);
  let overrideSound = true;
  if (action.ragOverride !== undefined) {
    const at = [...path, 'ragOverride'];
    const override = recordAt(issues, action.ragOverride, at, 'a RAG override', ['rag', 'reason', 'by', 'on']);
    const marked = issues.length;
    if (override !== undefined) {
      placeAt(issues, at, 'rag', oneOfProblem(override.rag, RAGS, 'ragOverride.rag'));
      placeAt(issues, at, 'reason', textFieldProblem(override.reason, 'ragOverride.reason'));
      placeAt(issues, at, 'by', textFieldProblem(override.by, 'ragOverride.by'));
      placeAt(issues, at, 'on', dateFieldProblem(override.on, 'ragOverride.on'));
    }
    overrideSound = override !== undefined && issues.length === marked;
  }
  const history = listAt(issues, action.history, [...path, 'history'], 'history');
  let historySound = history !== undefined;
  if (history !== undefined) {
    for (let index = 0; index < history.length; index += 1) {
      if (!entryShapeIssues(issues, history[index], [...path, 'history', index])) historySound = false;
    }
  }
  if (issues.length > before || !statusSound || !overrideSound || !historySound) return undefined;
  const replayed = replay(issues, value as ImprovementAction, path);
  if (replayed !== undefined) matchesHistory(issues, value as ImprovementAction, replayed, path);
  return issues.length === before ? replayed : undefined;
}

/**
 * The rules of an action whose fields are sound: its history replayed against
 * {@link ACTION_LIFECYCLE} and compared with its status, due date and RAG override. For
 * the schema layer, which checks the fields.
 *
 * @internal
 */
export function actionRuleIssues(issues: Issue[], action: ImprovementAction, path: Path): Issue[] {
  const replayed = replay(issues, action, path);
  if (replayed !== undefined) matchesHistory(issues, action, replayed, path);
  return issues;
}

/**
 * The findings a checked action's history links it to: for each finding id, the day of
 * the link and the index of its history entry. The plan's check reads it to accept an
 * action that answers a finding raised after the action.
 *
 * @internal
 */
export function findingLinks(action: ImprovementAction): ReadonlyMap<string, { on: CalendarDate; entry: number }> {
  const links = new Map<string, { on: CalendarDate; entry: number }>();
  action.history.forEach((entry, index) => {
    if (entry.change === 'finding-linked') links.set(entry.findingId, { on: entry.on, entry: index });
  });
  return links;
}

/**
 * Checks that an action is consistent, and returns what is not, or an empty array; never
 * throws. Its facts; its status's fields for its state; a history that starts with its
 * creation, runs in date order, makes only the changes {@link ACTION_LIFECYCLE} allows
 * (closing verified by someone other than the owner, due dates moved only while open),
 * and replays to the action's current status and status dates, due date and RAG
 * override. Actions changed only through the lifecycle functions always pass;
 * `parseImprovementAction` applies the same checks to untrusted input.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, findActionIssues } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) {
 *   const edited = { ...created.value, due: calendarDate('2019-12-31') }; // moved silently
 *   console.log(findActionIssues(edited).map((issue) => issue.code)); // ['inconsistent-history']
 * }
 * ```
 *
 * @category Improvement plans
 */
export function findActionIssues(action: ImprovementAction): readonly Issue[] {
  return checkCopy(action, (copy) => {
    const issues: Issue[] = [];
    actionIssues(issues, copy, []);
    return issues;
  }).issues;
}

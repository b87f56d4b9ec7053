import type { CalendarDate } from '../calendar/calendarDate.js';
import { isChecked } from '../check/checked.js';
import { dateFieldProblem, type Problem, place, recordAt, textFieldProblem } from '../check/fields.js';
import { refusedCopyIssue, snapshot } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue } from '../check/values.js';
import { fail, type Issue, issue, type Result, shorten, succeed } from '../result/result.js';
import { replayedAction } from './actionRules.js';
import { applyEntry, ENTRY_RULES, type LifecycleChange } from './applyEntry.js';
import { CHANGE_VERBS, lifecycleIssue } from './entryRefusals.js';
import type { ActionHistoryEntry, ActionStatus, ImprovementAction } from './improvementAction.js';

/**
 * Who makes a change, and when. Every lifecycle function takes one.
 *
 * @example
 * ```ts
 * import { calendarDate, type ChangeContext } from 'ofsted-ilacs';
 *
 * const context: ChangeContext = { on: calendarDate('2019-06-03'), by: 'Head of quality assurance' };
 * console.log(context.by);
 * ```
 *
 * @category Improvement plans
 */
export interface ChangeContext {
  readonly on: CalendarDate;
  readonly by: string;
  /**
   * A note for the history, for the changes that record one: start, resume, deliver,
   * record impact and close. The changes that take a reason (block, cancel, supersede,
   * reschedule, change the money, link a finding, set or clear a RAG) record the reason
   * instead, and refuse a note rather than drop it.
   */
  readonly note?: string;
}

/** The extra field of the changes that record a note. @internal */
export const NOTE = ['note'] as const;

/** The fields of a change's context: who and when, an optional note, and any the change adds. */
function contextIssues(issues: Issue[], context: unknown, extra: readonly string[]): context is ChangeContext {
  const before = issues.length;
  const fields = recordAt(issues, context, [], `the change (${['on', 'by', ...extra].join(', ')})`, [
    'on',
    'by',
    ...extra,
  ]);
  if (fields === undefined) return false;
  place(issues, ['on'], dateFieldProblem(fields.on, 'on'));
  const by = textFieldProblem(fields.by, 'by');
  place(
    issues,
    ['by'],
    by?.code === 'empty' ? { ...by, message: 'Say who makes the change: by may not be blank.' } : by,
  );
  if (extra.includes('note') && fields.note !== undefined)
    place(issues, ['note'], textFieldProblem(fields.note, 'note'));
  return issues.length === before;
}

/** A history entry a lifecycle function appends, and the fields of the action it sets. @internal */
export interface Made {
  readonly entry: ActionHistoryEntry;
  readonly fields: Partial<ImprovementAction>;
}

/**
 * What a lifecycle function does, beyond the checks every change shares: the fields its
 * context has beyond `on` and `by`; the first problem with the values it was given
 * (evidence, a reason, a new date...); and the entry it appends with the fields it sets.
 * Both are read only once the action and the context have passed their checks.
 *
 * @internal
 */
export interface ChangePlan<C extends ChangeContext = ChangeContext> {
  readonly extra?: readonly string[];
  /** Given the door's own copies of the action and the context, never the caller's. */
  readonly values?: (action: ImprovementAction, context: C) => Issue | undefined;
  readonly make: (action: ImprovementAction, context: C) => Made;
}

/**
 * Makes one lifecycle change: checks the action (its history replayed) and the context,
 * refuses a change dated before the action was raised, and applies the entry the change
 * makes to the action's replayed state with `applyEntry`, which holds every rule of the
 * lifecycle. Refuses, in this order, at the first that has any: the day and the state
 * the change starts from; what the action must hold (a RAG set by hand, to clear); the
 * values the caller gave; the rules that read them. Then the new action, the entry
 * appended; a field the change sets to `undefined` is removed. Never throws.
 *
 * @internal
 */
export function changeAction<C extends ChangeContext>(
  given: ImprovementAction,
  givenContext: C,
  change: LifecycleChange,
  plan: ChangePlan<C>,
): Result<ImprovementAction> {
  // The action and the context are read once, into copies of their own, and only those are used.
  let action: ImprovementAction;
  let context: C;
  try {
    action = isChecked(given) ? given : (snapshot(given) as ImprovementAction);
  } catch (error) {
    return fail([refusedCopyIssue(error, ['action'])]);
  }
  try {
    context = snapshot(givenContext) as C;
  } catch (error) {
    return fail([refusedCopyIssue(error, [])]);
  }
  try {
    const issues: Issue[] = [];
    const state = replayedAction(issues, action, ['action']);
    if (state === undefined) return fail(issues);
    if (!contextIssues(issues, context, plan.extra ?? [])) return fail(issues);
    if (context.on < action.raised) {
      issues.push(
        issue(
          ['on'],
          'date-before-raised',
          `Cannot ${CHANGE_VERBS[change]} ${shorten(action.id)} on ${context.on}: it was raised on ${action.raised}.`,
          { field: 'on', found: describeValue(context.on), limit: action.raised },
        ),
      );
    }
    const problem = plan.values?.(action, context);
    const { entry, fields } = plan.make(action, context);
    const applied = applyEntry(state, entry, action, { change, valuesChecked: problem === undefined });
    const refused = { entry, before: state, facts: action };
    const stage = (name: 'order' | 'precondition' | 'values') => {
      for (const rule of applied.refusals) {
        if (ENTRY_RULES[rule] === name) issues.push(lifecycleIssue(rule, refused, change));
      }
      return issues.length === 0;
    };
    if (!stage('order') || !stage('precondition')) return fail(issues);
    if (problem !== undefined) return fail([problem]);
    if (!stage('values')) return fail(issues);
    const next: Record<string, unknown> = { ...action, ...fields, history: [...action.history, entry] };
    for (const [key, value] of Object.entries(fields)) if (value === undefined) delete next[key];
    return succeed(next as unknown as ImprovementAction);
  } catch {
    return fail([unreadable()]);
  }
}

/** A change of status: the new status, and its history entry; a reason, where the change has one, is the entry's note. @internal */
export function toStatus(
  action: ImprovementAction,
  context: ChangeContext,
  status: ActionStatus,
  reason?: string,
): Made {
  const note = reason ?? context.note;
  return {
    fields: { status },
    entry: {
      change: 'status',
      on: context.on,
      by: context.by,
      from: action.status.state,
      to: status.state,
      ...(note !== undefined && { note }),
    },
  };
}

/** The issue with a reason or evidence that is not text, blank, or too long; `undefined` for usable text. @internal */
export function required(value: unknown, key: string, message: string): Issue | undefined {
  const problem = textFieldProblem(value, key);
  if (problem === undefined) return undefined;
  return problem.code === 'empty' || problem.code === 'missing'
    ? issue([key], 'missing-evidence', message, { field: key })
    : problemAt(key, problem);
}

/** The issue with a value its own check finds a problem with, at `key`. @internal */
export function problemAt(key: string, problem: Problem | undefined): Issue | undefined {
  return problem === undefined ? undefined : issue([key], problem.code, problem.message, problem.params);
}

/** The day a status says the action started, if it has started. @internal */
export function startedOf(status: ActionStatus): CalendarDate | undefined {
  return 'started' in status ? status.started : undefined;
}

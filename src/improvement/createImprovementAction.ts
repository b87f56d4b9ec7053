import type { CalendarDate } from '../calendar/calendarDate.js';
import { isChecked } from '../check/checked.js';
import { place, recordAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { fail, type Issue, type Result, succeed } from '../result/result.js';
import { ACTION_FACT_FIELDS, factIssues, findActionIssues } from './actionRules.js';
import type { ActionHistoryEntry, ImprovementAction, NewImprovementAction } from './improvementAction.js';
import { ACTION_KINDS } from './improvementAction.js';

/**
 * Creates an action, not started, with its creation as the first entry of its history.
 * Never throws. Refuses, with the path of each field at fault: blank ids, titles, owners
 * or recorders (`empty`); a kind that is not one of {@link ACTION_KINDS}; answers that
 * are not a list of finding ids, or name one twice; dates that are not calendar dates,
 * or a due date before the action was raised (`date-before-raised`); money that is not a
 * whole number of pence within `LIMITS.moneyPence`; and any field an action does not have.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction } from 'ofsted-ilacs';
 *
 * const refused = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-01'), due: calendarDate('2019-05-01'), by: 'DCS',
 * });
 * if (!refused.ok) console.log(refused.issues[0]?.code); // 'date-before-raised'
 * ```
 *
 * @category Improvement plans
 */
export function createImprovementAction(input: NewImprovementAction): Result<ImprovementAction> {
  try {
    const issues: Issue[] = [];
    const fields = recordAt(issues, input, [], 'a new action', NEW_ACTION_FIELDS);
    if (fields === undefined) return fail(issues);
    factIssues(issues, fields, []);
    const recorder = textFieldProblem(input.by, 'by');
    place(
      issues,
      ['by'],
      recorder?.code === 'empty'
        ? { ...recorder, message: 'Say who records the action: by may not be blank.' }
        : recorder,
    );
    if (issues.length > 0) return fail(issues);
    const { by, ...facts } = input;
    return succeed({
      ...facts,
      answers: [...input.answers],
      ...(input.measures !== undefined && {
        measures: input.measures.map((measure) => ({ ...measure, readings: [...measure.readings] })),
      }),
      status: { state: 'not-started' },
      history: [
        {
          change: 'created',
          on: input.raised,
          by,
          due: input.due,
          ...(input.moneyPence !== undefined && { moneyPence: input.moneyPence }),
        },
      ],
    });
  } catch {
    return fail([unreadable()]);
  }
}

const NEW_ACTION_FIELDS = [...ACTION_FACT_FIELDS, 'by'] as const;

/** Throws {@link OfstedIlacsError} (`invalid-action`) for an action that breaks the rules. @internal */
export function checkAction(fn: string, action: unknown): asserts action is ImprovementAction {
  if (isChecked(action)) return;
  const issues = findActionIssues(action as ImprovementAction);
  if (issues.length > 0) {
    throw refusal(
      'invalid-action',
      fn,
      issues.map((found) => ({ ...found, path: ['action', ...found.path] })),
    );
  }
}

/**
 * The due date the action was created with, however often it has moved since. Throws
 * {@link OfstedIlacsError} (`invalid-action`) for an action that breaks the rules.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, originalDueDate, rescheduleAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) {
 *   const moved = rescheduleAction(created.value, { on: calendarDate('2019-09-02'), by: 'QA lead', to: calendarDate('2019-11-29'), reason: 'Sample widened.' });
 *   if (moved.ok) console.log(moved.value.due, originalDueDate(moved.value)); // '2019-11-29' '2019-09-30'
 * }
 * ```
 *
 * @category Improvement plans
 */
export function originalDueDate(action: ImprovementAction): CalendarDate {
  checkAction('originalDueDate', action);
  return (action.history[0] as Extract<ActionHistoryEntry, { change: 'created' }>).due;
}

/**
 * How many times the action's due date has been moved. Throws {@link OfstedIlacsError}
 * (`invalid-action`) for an action that breaks the rules.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, rescheduleCount } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) console.log(rescheduleCount(created.value)); // 0
 * ```
 *
 * @category Improvement plans
 */
export function rescheduleCount(action: ImprovementAction): number {
  checkAction('rescheduleCount', action);
  let count = 0;
  for (const entry of action.history) if (entry.change === 'due-date') count += 1;
  return count;
}

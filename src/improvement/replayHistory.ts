import type { Path } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import { type Issue, type IssueParams, issue, shorten } from '../result/result.js';
import { STATUS_DATES } from './actionShape.js';
import { applyEntry, createdState, type ReplayedAction } from './applyEntry.js';
import { historyIssue } from './entryRefusals.js';
import type { ActionHistoryEntry, ImprovementAction } from './improvementAction.js';

/**
 * Replays a history whose entries are sound, one entry at a time through `applyEntry`:
 * it starts with the creation, on the day the action was raised and due no earlier, and
 * pushes an issue at each entry for each rule of the lifecycle the entry breaks.
 * Returns what the history says of the action, or `undefined` when it does not start
 * with the creation.
 *
 * @internal
 */
export function replay(issues: Issue[], action: ImprovementAction, path: Path): ReplayedAction | undefined {
  const history = action.history;
  const created = history[0];
  if (created?.change !== 'created') {
    issues.push(
      issue([...path, 'history', 0], 'inconsistent-history', 'The history must start with the action’s creation.', {
        field: 'history',
        rule: 'created-first',
      }),
    );
    return undefined;
  }
  if (created.on !== action.raised) {
    issues.push(
      issue(
        [...path, 'history', 0, 'on'],
        'inconsistent-history',
        `The action was created on ${created.on} but raised on ${action.raised}.`,
        historyParams('history[0].on', created.on, action.raised, 'created-when-raised'),
      ),
    );
  }
  if (created.due < action.raised) {
    issues.push(
      issue(
        [...path, 'history', 0, 'due'],
        'date-before-raised',
        `The action was created due on ${created.due}, before it was raised on ${action.raised}.`,
        { field: 'history[0].due', found: describeValue(created.due), limit: action.raised },
      ),
    );
  }
  let state = createdState(action.raised, created, answersBeforeLinks(action));
  for (let offset = 1; offset < history.length; offset += 1) {
    const entry = history[offset] as ActionHistoryEntry;
    const applied = applyEntry(state, entry, action);
    for (const rule of applied.refusals) {
      issues.push(historyIssue(rule, { entry, before: state, facts: action }, path, offset));
    }
    state = applied.state;
  }
  return state;
}

/** The findings an action answered when it was created: its answers, less those its history links. */
function answersBeforeLinks(action: ImprovementAction): ReadonlySet<string> {
  const answers = new Set(action.answers);
  for (const entry of action.history) if (entry.change === 'finding-linked') answers.delete(entry.findingId);
  return answers;
}

/** Checks that every finding the history links stays in the action's answers. */
function linksInAnswers(issues: Issue[], action: ImprovementAction, path: Path): void {
  const seen = new Set<string>();
  action.history.forEach((entry, offset) => {
    if (entry.change !== 'finding-linked' || seen.has(entry.findingId)) return;
    seen.add(entry.findingId);
    if (action.answers.includes(entry.findingId)) return;
    issues.push(
      issue(
        [...path, 'history', offset, 'findingId'],
        'inconsistent-history',
        `History entry ${offset} links finding ${shorten(entry.findingId)}, but the action's answers do not name it: a linked finding stays in answers.`,
        { field: `history[${offset}].findingId`, found: describeValue(entry.findingId), rule: 'link-in-answers' },
      ),
    );
  });
}

/** What the words of a field that disagrees with its history need: what it holds, and what the history says (if anything). */
function historyParams(field: string, found: unknown, says: string | undefined, rule: string): IssueParams {
  return { field, found: describeValue(found), allowed: says === undefined ? [] : [says], rule };
}

/**
 * Checks that the action's status, due date, money, RAG override and answers are what
 * its history says.
 *
 * @internal
 */
export function matchesHistory(issues: Issue[], action: ImprovementAction, replayed: ReplayedAction, path: Path): void {
  linksInAnswers(issues, action, path);
  const { status } = action;
  if (status.state !== replayed.state) {
    issues.push(
      issue(
        [...path, 'status', 'state'],
        'inconsistent-history',
        `The status is ${status.state}, but the history leaves the action ${replayed.state}.`,
        historyParams('status.state', status.state, replayed.state, 'status-state'),
      ),
    );
    return;
  }
  const given = status as Readonly<Record<string, unknown>>;
  for (const key of STATUS_DATES) {
    if (given[key] !== replayed.dates[key]) {
      issues.push(
        issue(
          [...path, 'status', key],
          'inconsistent-history',
          `status.${key} is ${given[key] === undefined ? 'missing' : given[key]}, but the history says ${replayed.dates[key] ?? 'there is none'}: status dates are the days of the changes in the history.`,
          historyParams(`status.${key}`, given[key], replayed.dates[key], 'status-date'),
        ),
      );
    }
  }
  if (status.state === 'closed' && status.verifiedBy !== replayed.verifiedBy) {
    issues.push(
      issue(
        [...path, 'status', 'verifiedBy'],
        'inconsistent-history',
        `status.verifiedBy is ${status.verifiedBy}, but the history says ${replayed.verifiedBy} closed it.`,
        historyParams('status.verifiedBy', status.verifiedBy, replayed.verifiedBy, 'status-verifier'),
      ),
    );
  }
  if (action.due !== replayed.due) {
    issues.push(
      issue(
        [...path, 'due'],
        'inconsistent-history',
        `The due date is ${action.due}, but the history leaves it ${replayed.due}: record the change with rescheduleAction.`,
        historyParams('due', action.due, replayed.due, 'due'),
      ),
    );
  }
  if (replayed.money !== undefined && (action.moneyPence ?? 0) !== replayed.money) {
    issues.push(
      issue(
        [...path, 'moneyPence'],
        'inconsistent-history',
        `The money committed is ${action.moneyPence ?? 0} pence, but the history leaves it ${replayed.money}: record the change with changeMoney.`,
        historyParams('moneyPence', action.moneyPence ?? 0, String(replayed.money), 'money'),
      ),
    );
  }
  const override = action.ragOverride;
  const expected = replayed.override;
  const same =
    override === undefined
      ? expected === undefined
      : expected !== undefined &&
        override.rag === expected.rag &&
        override.reason === expected.reason &&
        override.by === expected.by &&
        override.on === expected.on;
  if (!same) {
    issues.push(
      issue(
        [...path, 'ragOverride'],
        'inconsistent-history',
        'The RAG override does not match the history: set and clear it with overrideRag and clearRagOverride.',
        { field: 'ragOverride', rule: 'rag-override' },
      ),
    );
  }
}

import {
  dateFieldProblem,
  oneOfProblem,
  type Path,
  type Problem,
  placeAt,
  recordAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { describeValue } from '../check/values.js';
import { type Issue, issue, shorten } from '../result/result.js';
import type { ActionHistoryEntry, ActionState, ActionStatus } from './improvementAction.js';
import { ACTION_STATES, RAGS } from './improvementAction.js';

/**
 * The shapes of an action's status and of its history's entries: which fields each
 * state and each kind of entry has, and what each field holds.
 */

/** The fields each state's status carries, beyond `state`, and which are dates. */
const STATUS_FIELDS: Readonly<Record<ActionState, readonly string[]>> = {
  'not-started': [],
  'in-progress': ['started'],
  blocked: ['started', 'blocked', 'reason'],
  delivered: ['started', 'delivered', 'deliveryEvidence'],
  'impact-evidenced': ['started', 'delivered', 'deliveryEvidence', 'impactEvidenced', 'impactEvidence'],
  closed: ['started', 'delivered', 'deliveryEvidence', 'impactEvidenced', 'impactEvidence', 'closed', 'verifiedBy'],
  cancelled: ['ended', 'reason'],
  superseded: ['ended', 'reason', 'supersededBy'],
};
/** The fields of a status that are dates. @internal */
export const STATUS_DATES = ['started', 'blocked', 'delivered', 'impactEvidenced', 'closed', 'ended'] as const;
/** Every field any status has, built once. */
const STATUS_KEYS: readonly string[] = /* @__PURE__ */ fieldsOf('state', STATUS_FIELDS);
const OPTIONAL_STATUS_FIELDS: readonly string[] = ['supersededBy'];

/** The fields of each kind of history entry, beyond `change`. */
const ENTRY_FIELDS: Readonly<Record<ActionHistoryEntry['change'], readonly string[]>> = {
  created: ['on', 'by', 'due', 'moneyPence'],
  status: ['on', 'by', 'from', 'to', 'note'],
  'due-date': ['on', 'by', 'from', 'to', 'reason'],
  'rag-override-set': ['on', 'by', 'rag', 'reason'],
  'rag-override-cleared': ['on', 'by', 'reason'],
  money: ['on', 'by', 'from', 'to', 'reason'],
  'finding-linked': ['on', 'by', 'findingId', 'reason'],
};
const CHANGES = /* @__PURE__ */ Object.keys(ENTRY_FIELDS) as ActionHistoryEntry['change'][];
/** Every field any history entry has, built once. */
const ENTRY_KEYS: readonly string[] = /* @__PURE__ */ fieldsOf('change', ENTRY_FIELDS);

/** The tag and every field of a family of records, each once. */
function fieldsOf(tag: string, fields: Readonly<Record<string, readonly string[]>>): readonly string[] {
  return [tag, ...new Set(Object.values(fields).flat())];
}

/** The problem with a status's evidence, reason or verifier: it must be text that is not blank. */
function evidenceProblem(value: unknown, what: string, state: string): Problem | undefined {
  const problem = textFieldProblem(value, `status.${what}`);
  if (problem === undefined) return undefined;
  return problem.code === 'empty' || problem.code === 'missing'
    ? {
        code: 'missing-evidence',
        message: `status.${what} may not be blank for a ${shorten(state)} action.`,
        params: { field: `status.${what}` },
      }
    : problem;
}

/** The problem with an amount of money: whole pence from 0 to `LIMITS.moneyPence`. @internal */
export function moneyProblem(value: unknown, what: string): Problem | undefined {
  const problem = wholeNumberProblem(value, what, 0, LIMITS.moneyPence);
  return problem === undefined
    ? undefined
    : { ...problem, message: `${problem.message} Money is held in whole pence: £2m is 200000000.` };
}

/** Checks a status's fields for its state; returns whether they are sound. @internal */
export function statusShapeIssues(issues: Issue[], value: unknown, path: Path): value is ActionStatus {
  const before = issues.length;
  const status = recordAt(issues, value, path, 'a status', STATUS_KEYS);
  if (status === undefined) return false;
  const problem = oneOfProblem(status.state, ACTION_STATES, 'status.state');
  if (problem !== undefined) {
    placeAt(issues, path, 'state', problem);
    return false;
  }
  const state = status.state as ActionState;
  const fields = STATUS_FIELDS[state];
  for (const key of Object.keys(status)) {
    if (key !== 'state' && !fields.includes(key)) {
      issues.push(
        issue(
          [...path, key],
          'unknown-key',
          `A ${state} action's status has no ${key}: its fields are state, ${fields.join(', ') || 'and nothing else'}.`,
          { field: 'status', found: describeValue(key), allowed: ['state', ...fields] },
        ),
      );
    }
  }
  for (const key of fields) {
    const given = status[key];
    const optional = OPTIONAL_STATUS_FIELDS.includes(key) || (state === 'blocked' && key === 'started');
    if (given === undefined && optional) continue;
    if ((STATUS_DATES as readonly string[]).includes(key)) {
      placeAt(issues, path, key, dateFieldProblem(given, `status.${key}`));
    } else if (key === 'supersededBy') {
      placeAt(issues, path, key, textFieldProblem(given, 'status.supersededBy'));
    } else {
      placeAt(issues, path, key, evidenceProblem(given, key, state));
    }
  }
  return issues.length === before;
}

/** Checks one history entry's fields; returns whether they are sound. @internal */
export function entryShapeIssues(issues: Issue[], value: unknown, path: Path): value is ActionHistoryEntry {
  const before = issues.length;
  const entry = recordAt(issues, value, path, 'a history entry', ENTRY_KEYS);
  if (entry === undefined) return false;
  const problem = oneOfProblem(entry.change, CHANGES, 'change');
  if (problem !== undefined) {
    placeAt(issues, path, 'change', problem);
    return false;
  }
  const change = entry.change as ActionHistoryEntry['change'];
  const fields = ENTRY_FIELDS[change];
  for (const key of Object.keys(entry)) {
    if (key !== 'change' && !fields.includes(key)) {
      issues.push(
        issue(
          [...path, key],
          'unknown-key',
          `A ${change} entry has no ${key}: its fields are change, ${fields.join(', ')}.`,
          { field: `a ${change} entry`, found: describeValue(key), allowed: ['change', ...fields] },
        ),
      );
    }
  }
  placeAt(issues, path, 'on', dateFieldProblem(entry.on, 'on'));
  placeAt(issues, path, 'by', textFieldProblem(entry.by, 'by'));
  if (change === 'created') {
    placeAt(issues, path, 'due', dateFieldProblem(entry.due, 'due'));
    if (entry.moneyPence !== undefined)
      placeAt(issues, path, 'moneyPence', moneyProblem(entry.moneyPence, 'moneyPence'));
  }
  if (change === 'money') {
    placeAt(issues, path, 'from', moneyProblem(entry.from, 'from'));
    placeAt(issues, path, 'to', moneyProblem(entry.to, 'to'));
  }
  if (change === 'status') {
    placeAt(issues, path, 'from', oneOfProblem(entry.from, ACTION_STATES, 'from'));
    placeAt(issues, path, 'to', oneOfProblem(entry.to, ACTION_STATES, 'to'));
    if (entry.note !== undefined) placeAt(issues, path, 'note', textFieldProblem(entry.note, 'note'));
  }
  if (change === 'due-date') {
    placeAt(issues, path, 'from', dateFieldProblem(entry.from, 'from'));
    placeAt(issues, path, 'to', dateFieldProblem(entry.to, 'to'));
  }
  if (change === 'rag-override-set') placeAt(issues, path, 'rag', oneOfProblem(entry.rag, RAGS, 'rag'));
  if (change === 'finding-linked') placeAt(issues, path, 'findingId', textFieldProblem(entry.findingId, 'findingId'));
  if (change !== 'created' && change !== 'status')
    placeAt(issues, path, 'reason', textFieldProblem(entry.reason, 'reason'));
  return issues.length === before;
}

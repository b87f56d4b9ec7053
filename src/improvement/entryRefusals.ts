import type { Path } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import { type Issue, type IssueCode, type IssueParams, shorten } from '../result/result.js';
import {
  ACTION_LIFECYCLE,
  ENDED_STATES,
  type EntryRule,
  type LifecycleChange,
  type ReplayedAction,
  type RuleFacts,
} from './applyEntry.js';
import type { ActionHistoryEntry } from './improvementAction.js';

/**
 * The words for the rules an entry breaks (see `applyEntry`), for the two readers of a
 * refusal: the check of a recorded history, which points at the entry, and a lifecycle
 * function, which points at what its caller gave.
 */

/** What a refusal is about: the entry, the state before it and the action. */
interface Refused {
  readonly entry: ActionHistoryEntry;
  readonly before: ReplayedAction;
  readonly facts: RuleFacts;
}

/** Where a refusal goes and what it says. */
interface Wording {
  readonly key: string | readonly string[];
  readonly code: IssueCode;
  readonly message: string;
  /** What the words need beyond the rule and the field: what was found, what was allowed, the limit. */
  readonly params?: IssueParams;
}

type Entry<C extends ActionHistoryEntry['change']> = Extract<ActionHistoryEntry, { change: C }>;

const selfVerification = ({ facts }: Refused): Wording => ({
  key: 'by',
  code: 'self-verification',
  message: `${facts.owner} owns ${shorten(facts.id)} and cannot verify it: someone else must close it.`,
  params: { found: describeValue(facts.owner) },
});

/** Why a recorded change is not allowed from the state the action was in, by the kind of entry. */
function notAllowedInHistory({ entry, before }: Refused): Wording {
  const state = before.state;
  const change = (message: string): Wording => ({ key: 'change', code: 'illegal-transition', message });
  switch (entry.change) {
    case 'status':
      return {
        key: 'to',
        code: 'illegal-transition',
        message: `An action cannot go from ${entry.from} to ${entry.to}: see ACTION_LIFECYCLE for the changes allowed.`,
        params: { found: describeValue(entry.to) },
      };
    case 'due-date':
      return change(`The due date cannot move once the action is ${state}: only an open action is rescheduled.`);
    case 'rag-override-set':
      return change(`A RAG cannot be set by hand once the action is ${state}.`);
    case 'money':
      return change(`The money cannot change once the action is ${state}.`);
    case 'finding-linked':
      return change(`A finding cannot be linked once the action is ${state}.`);
    default:
      return change(`The history makes a change the action cannot make once it is ${state}.`);
  }
}

const inHistory = (key: string, message: string, params?: IssueParams): Wording => ({
  key,
  code: 'inconsistent-history',
  message,
  ...(params !== undefined && { params }),
});

/** The words of each rule for the check of a recorded history, entry `offset`. */
const HISTORY_WORDS: Readonly<Record<EntryRule, (refused: Refused, offset: number) => Wording>> = {
  'before-previous': ({ entry, before }, offset) => ({
    key: 'on',
    code: 'date-before-previous',
    message: `History entry ${offset} (${entry.on}) is before the one before it (${before.on}): the history only moves forward.`,
    params: { found: describeValue(entry.on), limit: before.on },
  }),
  'created-again': () =>
    inHistory('change', 'An action is created once: only the first history entry may be its creation.'),
  'status-from': ({ entry, before }, offset) =>
    inHistory(
      'from',
      `History entry ${offset} changes status from ${(entry as Entry<'status'>).from}, but the action was ${before.state}.`,
      { found: describeValue((entry as Entry<'status'>).from), allowed: [before.state] },
    ),
  'not-allowed': notAllowedInHistory,
  'nothing-to-clear': () => ({
    key: 'change',
    code: 'illegal-transition',
    message: 'The history clears a RAG set by hand when none was set.',
  }),
  'self-verification': selfVerification,
  'due-from': ({ entry, before }, offset) =>
    inHistory(
      'from',
      `History entry ${offset} moves the due date from ${(entry as Entry<'due-date'>).from}, but it was ${before.due}.`,
      { found: describeValue((entry as Entry<'due-date'>).from), allowed: [before.due] },
    ),
  'due-unchanged': (_, offset) =>
    inHistory('to', `History entry ${offset} moves the due date to the date it already was.`),
  'due-before-raised': ({ entry, facts }, offset) => ({
    key: 'to',
    code: 'date-before-raised',
    message: `History entry ${offset} moves the due date to ${(entry as Entry<'due-date'>).to}, before the action was raised on ${facts.raised}.`,
    params: { found: describeValue((entry as Entry<'due-date'>).to), limit: facts.raised },
  }),
  'money-from': ({ entry, before }, offset) =>
    inHistory(
      'from',
      `History entry ${offset} changes the money from ${(entry as Entry<'money'>).from} pence, but it was ${before.money}.`,
      { found: describeValue((entry as Entry<'money'>).from), allowed: [String(before.money)] },
    ),
  'money-unchanged': (_, offset) =>
    inHistory('to', `History entry ${offset} changes the money to what it already was.`),
  'already-answers': ({ entry }, offset) =>
    inHistory(
      'findingId',
      `History entry ${offset} links finding ${shorten((entry as Entry<'finding-linked'>).findingId)}, which an earlier entry already linked.`,
      { found: describeValue((entry as Entry<'finding-linked'>).findingId) },
    ),
};

/** The issue for a rule a recorded history entry breaks, at `path.history[offset]`. @internal */
export function historyIssue(rule: EntryRule, refused: Refused, path: Path, offset: number): Issue {
  const { key, code, message, params } = HISTORY_WORDS[rule](refused, offset);
  const at = typeof key === 'string' ? [key] : key;
  return { path: [...path, 'history', offset, ...at], code, params: { rule, field: at.join('.'), ...params }, message };
}

/** What each lifecycle change does, in the words "Cannot ... A1". @internal */
export const CHANGE_VERBS: Readonly<Record<LifecycleChange, string>> = {
  start: 'start',
  block: 'block',
  resume: 'resume',
  deliver: 'deliver',
  recordImpact: 'evidence the impact of',
  close: 'close',
  cancel: 'cancel',
  supersede: 'supersede',
  reschedule: 'reschedule',
  changeMoney: 'change the money of',
  linkFinding: 'link a finding to',
  overrideRag: 'override the RAG of',
  clearRagOverride: 'clear the RAG of',
};

/** Why a lifecycle change cannot start from the action's state. */
function notAllowedNow({ before, facts }: Refused, change: LifecycleChange): Wording {
  const state = before.state;
  const id = shorten(facts.id);
  if (change === 'close' && (state === 'delivered' || state === 'in-progress')) {
    return {
      key: ['status', 'state'],
      code: 'impact-not-evidenced',
      message: `Cannot close ${id}: its impact is not evidenced. ${state === 'in-progress' ? 'Deliver it, then record' : 'Record'} evidence of impact first (recordImpact).`,
      params: { found: describeValue(state) },
    };
  }
  const hint = ENDED_STATES.has(state)
    ? ' It has ended; nothing more can change.'
    : ` That needs an action that is ${ACTION_LIFECYCLE[change].from.join(' or ')}.`;
  return {
    key: ['status', 'state'],
    code: 'illegal-transition',
    message: `Cannot ${CHANGE_VERBS[change]} ${id}: it is ${state}.${hint}`,
    params: { found: describeValue(state), allowed: ACTION_LIFECYCLE[change].from },
  };
}

/** The words of each rule for a lifecycle function making `change`. */
const LIFECYCLE_WORDS: Readonly<Record<EntryRule, (refused: Refused, change: LifecycleChange) => Wording>> = {
  'before-previous': ({ entry, before, facts }, change) => ({
    key: 'on',
    code: 'date-before-previous',
    message: `Cannot ${CHANGE_VERBS[change]} ${shorten(facts.id)} on ${entry.on}: its last recorded change was on ${before.on}, and the history only moves forward.`,
    params: { found: describeValue(entry.on), limit: before.on },
  }),
  // A lifecycle function builds its entry from the action, so it never breaks the next four.
  'created-again': (refused) => HISTORY_WORDS['created-again'](refused, 0),
  'status-from': (refused) => HISTORY_WORDS['status-from'](refused, 0),
  'due-from': (refused) => HISTORY_WORDS['due-from'](refused, 0),
  'money-from': (refused) => HISTORY_WORDS['money-from'](refused, 0),
  'not-allowed': notAllowedNow,
  'nothing-to-clear': ({ facts }) => ({
    key: 'ragOverride',
    code: 'illegal-transition',
    message: `${shorten(facts.id)} has no RAG set by hand to clear.`,
  }),
  'self-verification': selfVerification,
  'due-unchanged': ({ entry, facts }) => ({
    key: 'to',
    code: 'invalid-value',
    message: `${shorten(facts.id)} is already due on ${(entry as Entry<'due-date'>).to}: nothing to move.`,
    params: { found: describeValue((entry as Entry<'due-date'>).to) },
  }),
  'due-before-raised': ({ entry, facts }) => ({
    key: 'to',
    code: 'date-before-raised',
    message: `Cannot move ${shorten(facts.id)}'s due date to ${(entry as Entry<'due-date'>).to}, before it was raised on ${facts.raised}.`,
    params: { found: describeValue((entry as Entry<'due-date'>).to), limit: facts.raised },
  }),
  'money-unchanged': ({ entry, facts }) => ({
    key: 'toPence',
    code: 'invalid-value',
    message: `${shorten(facts.id)} already commits ${(entry as Entry<'money'>).from} pence: nothing to change.`,
    params: { found: describeValue((entry as Entry<'money'>).from) },
  }),
  'already-answers': ({ entry, facts }) => ({
    key: 'findingId',
    code: 'invalid-value',
    message: `${shorten(facts.id)} already answers finding ${shorten((entry as Entry<'finding-linked'>).findingId)}: nothing to link.`,
    params: { found: describeValue((entry as Entry<'finding-linked'>).findingId) },
  }),
};

/** The issue for a rule the change a lifecycle function makes breaks, at what its caller gave. @internal */
export function lifecycleIssue(rule: EntryRule, refused: Refused, change: LifecycleChange): Issue {
  const { key, code, message, params } = LIFECYCLE_WORDS[rule](refused, change);
  const at = typeof key === 'string' ? [key] : key;
  return { path: at, code, params: { rule, field: at.join('.'), ...params }, message };
}

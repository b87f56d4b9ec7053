import type { CalendarDate } from '../calendar/calendarDate.js';
import {
  dateFieldProblem,
  listAt,
  oneOfProblem,
  type Path,
  type Problem,
  place,
  placeAt,
  recordAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { unreadable } from '../check/unreadable.js';
import { isText } from '../check/values.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { type Issue, issue, shorten } from '../result/result.js';
import type {
  ActionHistoryEntry,
  ActionState,
  ActionStatus,
  ImprovementAction,
  RagOverride,
} from './improvementAction.js';
import { ACTION_KINDS, ACTION_STATES, RAGS } from './improvementAction.js';
import { measureIssues } from './measure.js';

const OPEN = ['not-started', 'in-progress', 'blocked'] as const;
const LIVE = ['not-started', 'in-progress', 'blocked', 'delivered', 'impact-evidenced'] as const;

/**
 * The action lifecycle, as data: for each change the lifecycle functions make, the
 * states it may start from and, for a change of status, the state it leads to. Closing
 * needs a verifier who is not the action's owner. The lifecycle functions, the check of
 * an action's history (`findActionIssues`) and `parseImprovementAction` all read this
 * one table, so they accept and refuse the same changes. Frozen.
 *
 * @example
 * ```ts
 * import { ACTION_LIFECYCLE } from 'ofsted-ilacs';
 *
 * console.log(ACTION_LIFECYCLE.close); // { from: ['impact-evidenced'], to: 'closed', verifier: 'not-the-owner' }
 * console.log(ACTION_LIFECYCLE.reschedule.from); // ['not-started', 'in-progress', 'blocked']
 * ```
 *
 * @category Improvement plans
 */
export const ACTION_LIFECYCLE = /* @__PURE__ */ deepFreeze({
  start: { from: ['not-started'], to: 'in-progress' },
  block: { from: ['not-started', 'in-progress'], to: 'blocked' },
  resume: { from: ['blocked'], to: 'in-progress' },
  deliver: { from: ['in-progress'], to: 'delivered' },
  recordImpact: { from: ['delivered'], to: 'impact-evidenced' },
  close: { from: ['impact-evidenced'], to: 'closed', verifier: 'not-the-owner' },
  cancel: { from: LIVE, to: 'cancelled' },
  supersede: { from: LIVE, to: 'superseded' },
  reschedule: { from: OPEN },
  changeMoney: { from: LIVE },
  linkFinding: { from: LIVE },
  overrideRag: { from: LIVE },
  clearRagOverride: { from: ACTION_STATES },
} as const satisfies Record<
  string,
  { readonly from: readonly ActionState[]; readonly to?: ActionState; readonly verifier?: 'not-the-owner' }
>);

/** The name of a change in {@link ACTION_LIFECYCLE}. @internal */
export type LifecycleChange = keyof typeof ACTION_LIFECYCLE;

/** For each state, the states the lifecycle lets an action change status to from it, built once. */
const TRANSITIONS: ReadonlyMap<ActionState, ReadonlySet<ActionState>> = /* @__PURE__ */ transitionsOf(ACTION_LIFECYCLE);

function transitionsOf(lifecycle: typeof ACTION_LIFECYCLE): ReadonlyMap<ActionState, ReadonlySet<ActionState>> {
  const transitions = new Map<ActionState, Set<ActionState>>();
  for (const row of Object.values(lifecycle)) {
    if (!('to' in row)) continue;
    for (const from of row.from) {
      const targets = transitions.get(from) ?? new Set<ActionState>();
      transitions.set(from, targets.add(row.to));
    }
  }
  return transitions;
}

/** Whether a change of status from one state to another is one the lifecycle allows. @internal */
export function allowedTransition(from: ActionState, to: ActionState): boolean {
  return TRANSITIONS.get(from)?.has(to) === true;
}

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
const STATUS_DATES = ['started', 'blocked', 'delivered', 'impactEvidenced', 'closed', 'ended'] as const;
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

/** The problem with a status's evidence, reason or verifier: it must be text that is not blank. */
function evidenceProblem(value: unknown, what: string, state: string): Problem | undefined {
  const problem = textFieldProblem(value, `status.${what}`);
  if (problem === undefined) return undefined;
  return problem.code === 'empty' || problem.code === 'missing'
    ? { code: 'missing-evidence', message: `status.${what} may not be blank for a ${shorten(state)} action.` }
    : problem;
}

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
        ? { code: 'empty', message: `Give the action ${key === 'title' ? 'a' : 'an'} ${key}: it may not be blank.` }
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
      ),
    );
  }
  if (action.moneyPence !== undefined)
    placeAt(issues, path, 'moneyPence', moneyProblem(action.moneyPence, 'moneyPence'));
  measuresIssues(issues, action.measures, path);
}

/** The problem with an amount of money: whole pence from 0 to `LIMITS.moneyPence`. @internal */
export function moneyProblem(value: unknown, what: string): Problem | undefined {
  const problem = wholeNumberProblem(value, what, 0, LIMITS.moneyPence);
  return problem === undefined
    ? undefined
    : { ...problem, message: `${problem.message} Money is held in whole pence: £2m is 200000000.` };
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
      issues.push(issue([index], 'duplicate-id', 'answers names the same finding twice: list each finding once.'));
    }
    seen.add(answer);
  });
  return issues;
}

/** Checks a status's fields for its state; returns whether they are sound. */
function statusShapeIssues(issues: Issue[], value: unknown, path: Path): value is ActionStatus {
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

/** Checks one history entry's fields; returns whether they are sound. */
function entryShapeIssues(issues: Issue[], value: unknown, path: Path): value is ActionHistoryEntry {
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

/** What the history says the action's status, due date and RAG override are. */
interface Replayed {
  state: ActionState;
  dates: Partial<Record<(typeof STATUS_DATES)[number], CalendarDate>>;
  verifiedBy?: string;
  due: CalendarDate;
  override?: RagOverride;
  /** The money committed, in pence, where the history says (its creation, or a change). */
  money?: number;
  /** The findings the history links the action to, each once. */
  linked: Set<string>;
}

/** Where a replay is: the issues found, the action's path, and the history entry being read. */
interface ReplayPlace {
  readonly issues: Issue[];
  readonly path: Path;
  offset: number;
}

/** Pushes an issue at a field of the history entry being read. */
function refuse(at: ReplayPlace, key: string, code: Issue['code'], message: string): void {
  at.issues.push(issue([...at.path, 'history', at.offset, key], code, message));
}

/**
 * Replays a history whose entries are sound, checking each change against the lifecycle
 * table: it starts with the creation on the day the action was raised; dates never go
 * back; each change of status is one the lifecycle allows, from the state the action was
 * in; closing is verified by someone other than the owner; due dates move only while the
 * action is open, and to a new date not before it was raised; a RAG is set by hand only
 * before the action ends, and cleared only when set; a finding is linked only before the
 * action ends, once, and is one the action answers.
 */
function replay(issues: Issue[], action: ImprovementAction, path: Path): Replayed | undefined {
  const created = action.history[0];
  if (created?.change !== 'created') {
    issues.push(
      issue([...path, 'history', 0], 'inconsistent-history', 'The history must start with the action’s creation.'),
    );
    return undefined;
  }
  if (created.on !== action.raised) {
    issues.push(
      issue(
        [...path, 'history', 0, 'on'],
        'inconsistent-history',
        `The action was created on ${created.on} but raised on ${action.raised}.`,
      ),
    );
  }
  if (created.due < action.raised) {
    issues.push(
      issue(
        [...path, 'history', 0, 'due'],
        'date-before-raised',
        `The action was created due on ${created.due}, before it was raised on ${action.raised}.`,
      ),
    );
  }
  const replayed: Replayed = {
    state: 'not-started',
    dates: {},
    due: created.due,
    ...(created.moneyPence !== undefined && { money: created.moneyPence }),
    linked: new Set(),
  };
  let on = created.on;
  const history = action.history;
  const at: ReplayPlace = { issues, path, offset: 0 };
  for (let offset = 1; offset < history.length; offset += 1) {
    at.offset = offset;
    const entry = history[offset] as ActionHistoryEntry;
    if (entry.on < on) {
      refuse(
        at,
        'on',
        'date-before-previous',
        `History entry ${offset} (${entry.on}) is before the one before it (${on}): the history only moves forward.`,
      );
    }
    on = entry.on;
    const state = replayed.state;
    switch (entry.change) {
      case 'created':
        refuse(
          at,
          'change',
          'inconsistent-history',
          'An action is created once: only the first history entry may be its creation.',
        );
        continue;
      case 'status': {
        if (entry.from !== state) {
          refuse(
            at,
            'from',
            'inconsistent-history',
            `History entry ${offset} changes status from ${entry.from}, but the action was ${state}.`,
          );
        }
        if (!allowedTransition(entry.from, entry.to)) {
          refuse(
            at,
            'to',
            'illegal-transition',
            `An action cannot go from ${entry.from} to ${entry.to}: see ACTION_LIFECYCLE for the changes allowed.`,
          );
        }
        if (entry.to === 'closed' && entry.by.trim() === action.owner.trim()) {
          refuse(
            at,
            'by',
            'self-verification',
            `${action.owner} owns ${shorten(action.id)} and cannot verify it: someone else must close it.`,
          );
        }
        replayed.state = entry.to;
        const dates = replayed.dates;
        if (entry.to === 'in-progress') dates.started ??= entry.on;
        if (entry.to === 'blocked') dates.blocked = entry.on;
        else dates.blocked = undefined;
        if (entry.to === 'delivered') dates.delivered = entry.on;
        if (entry.to === 'impact-evidenced') dates.impactEvidenced = entry.on;
        if (entry.to === 'closed') {
          dates.closed = entry.on;
          replayed.verifiedBy = entry.by;
        }
        if (entry.to === 'cancelled' || entry.to === 'superseded') replayed.dates = { ended: entry.on };
        continue;
      }
      case 'due-date':
        if (!(ACTION_LIFECYCLE.reschedule.from as readonly string[]).includes(state)) {
          refuse(
            at,
            'change',
            'illegal-transition',
            `The due date cannot move once the action is ${state}: only an open action is rescheduled.`,
          );
        }
        if (entry.from !== replayed.due) {
          refuse(
            at,
            'from',
            'inconsistent-history',
            `History entry ${offset} moves the due date from ${entry.from}, but it was ${replayed.due}.`,
          );
        }
        if (entry.to === entry.from)
          refuse(
            at,
            'to',
            'inconsistent-history',
            `History entry ${offset} moves the due date to the date it already was.`,
          );
        if (entry.to < action.raised) {
          refuse(
            at,
            'to',
            'date-before-raised',
            `History entry ${offset} moves the due date to ${entry.to}, before the action was raised on ${action.raised}.`,
          );
        }
        replayed.due = entry.to;
        continue;
      case 'rag-override-set':
        if (!(ACTION_LIFECYCLE.overrideRag.from as readonly string[]).includes(state)) {
          refuse(at, 'change', 'illegal-transition', `A RAG cannot be set by hand once the action is ${state}.`);
        }
        replayed.override = { rag: entry.rag, reason: entry.reason, by: entry.by, on: entry.on };
        continue;
      case 'rag-override-cleared':
        if (replayed.override === undefined)
          refuse(at, 'change', 'illegal-transition', 'The history clears a RAG set by hand when none was set.');
        replayed.override = undefined;
        continue;
      case 'money':
        if (!(ACTION_LIFECYCLE.changeMoney.from as readonly string[]).includes(state)) {
          refuse(at, 'change', 'illegal-transition', `The money cannot change once the action is ${state}.`);
        }
        if (replayed.money !== undefined && entry.from !== replayed.money) {
          refuse(
            at,
            'from',
            'inconsistent-history',
            `History entry ${offset} changes the money from ${entry.from} pence, but it was ${replayed.money}.`,
          );
        }
        if (entry.to === entry.from) {
          refuse(at, 'to', 'inconsistent-history', `History entry ${offset} changes the money to what it already was.`);
        }
        replayed.money = entry.to;
        continue;
      case 'finding-linked':
        if (!(ACTION_LIFECYCLE.linkFinding.from as readonly string[]).includes(state)) {
          refuse(at, 'change', 'illegal-transition', `A finding cannot be linked once the action is ${state}.`);
        }
        if (replayed.linked.has(entry.findingId)) {
          refuse(
            at,
            'findingId',
            'inconsistent-history',
            `History entry ${offset} links finding ${shorten(entry.findingId)}, which an earlier entry already linked.`,
          );
        } else if (!action.answers.includes(entry.findingId)) {
          refuse(
            at,
            'findingId',
            'inconsistent-history',
            `History entry ${offset} links finding ${shorten(entry.findingId)}, but the action's answers do not name it: a linked finding stays in answers.`,
          );
        }
        replayed.linked.add(entry.findingId);
        continue;
      default:
        entry satisfies never;
    }
  }
  return replayed;
}

/** Checks that the action's status, due date and RAG override are what its history says. */
function matchesHistory(issues: Issue[], action: ImprovementAction, replayed: Replayed, path: Path): void {
  const { status } = action;
  if (status.state !== replayed.state) {
    issues.push(
      issue(
        [...path, 'status', 'state'],
        'inconsistent-history',
        `The status is ${status.state}, but the history leaves the action ${replayed.state}.`,
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
      ),
    );
  }
  if (action.due !== replayed.due) {
    issues.push(
      issue(
        [...path, 'due'],
        'inconsistent-history',
        `The due date is ${action.due}, but the history leaves it ${replayed.due}: record the change with rescheduleAction.`,
      ),
    );
  }
  if (replayed.money !== undefined && (action.moneyPence ?? 0) !== replayed.money) {
    issues.push(
      issue(
        [...path, 'moneyPence'],
        'inconsistent-history',
        `The money committed is ${action.moneyPence ?? 0} pence, but the history leaves it ${replayed.money}: record the change with changeMoney.`,
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
      ),
    );
  }
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
  const before = issues.length;
  const action = recordAt(issues, value, path, 'an action', ACTION_FIELDS);
  if (action === undefined) return false;
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
  if (issues.length > before || !statusSound || !overrideSound || !historySound) return false;
  actionRuleIssues(issues, value as ImprovementAction, path);
  return issues.length === before;
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
  try {
    const issues: Issue[] = [];
    actionIssues(issues, action, []);
    return issues;
  } catch {
    return [unreadable()];
  }
}

/**
 * An action as it stood on a date, replayed from its history: its state, since when and
 * by whom, the note of that change, its due date then, how often it had moved, any RAG
 * set by hand then, and the money it committed then. One fixed shape: a field that does
 * not apply is `undefined`.
 *
 * @internal
 */
export interface ActionOnDate {
  readonly state: ActionState;
  readonly since: CalendarDate;
  readonly by: string;
  readonly note: string | undefined;
  readonly due: CalendarDate;
  readonly originalDue: CalendarDate;
  readonly reschedules: number;
  readonly override: RagOverride | undefined;
  readonly moneyPence: number | undefined;
}

/** The money an action committed before any change its history records. */
function moneyAtCreation(action: ImprovementAction): number | undefined {
  const created = action.history[0] as Extract<ActionHistoryEntry, { change: 'created' }>;
  if (created.moneyPence !== undefined) return created.moneyPence;
  // Histories written before money was recorded at creation: the first change says what it was.
  const first = action.history.find((entry) => entry.change === 'money');
  return first === undefined ? action.moneyPence : first.from;
}

/** Replays a checked action's history up to and including a date, in one pass. @internal */
export function actionOnDate(action: ImprovementAction, date: CalendarDate): ActionOnDate {
  const history = action.history;
  const created = history[0] as Extract<ActionHistoryEntry, { change: 'created' }>;
  let state: ActionState = 'not-started';
  let since = action.raised;
  let by = created.by;
  let note: string | undefined;
  let due = created.due;
  let reschedules = 0;
  let override: ActionHistoryEntry | undefined;
  let money = created.moneyPence;
  let moneyKnown = money !== undefined;
  for (let index = 1; index < history.length; index += 1) {
    const entry = history[index] as ActionHistoryEntry;
    if (entry.on > date) break;
    if (entry.change === 'status') {
      state = entry.to;
      since = entry.on;
      by = entry.by;
      note = entry.note;
    } else if (entry.change === 'due-date') {
      due = entry.to;
      reschedules += 1;
    } else if (entry.change === 'rag-override-set') {
      override = entry;
    } else if (entry.change === 'rag-override-cleared') {
      override = undefined;
    } else if (entry.change === 'money') {
      money = entry.to;
      moneyKnown = true;
    }
  }
  return {
    state,
    since,
    by,
    note,
    due,
    originalDue: created.due,
    reschedules,
    override:
      override?.change === 'rag-override-set'
        ? { rag: override.rag, reason: override.reason, by: override.by, on: override.on }
        : undefined,
    moneyPence: moneyKnown ? money : moneyAtCreation(action),
  };
}

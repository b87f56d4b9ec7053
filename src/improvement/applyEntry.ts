import type { CalendarDate } from '../calendar/calendarDate.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { ActionHistoryEntry, ActionState, RagOverride } from './improvementAction.js';
import { ACTION_STATES } from './improvementAction.js';

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

/** One row of {@link ACTION_LIFECYCLE}, as the rules read it. */
interface LifecycleRow {
  readonly from: readonly ActionState[];
  readonly to?: ActionState;
  readonly verifier?: 'not-the-owner';
}

const ROWS = /* @__PURE__ */ Object.entries(ACTION_LIFECYCLE) as [LifecycleChange, LifecycleRow][];

/** The change of {@link ACTION_LIFECYCLE} that leads from one state to another, if one does. */
function statusChange(from: ActionState, to: ActionState): LifecycleChange | undefined {
  return ROWS.find(([, row]) => row.to === to && row.from.includes(from))?.[0];
}

/** The states an action is open in: not yet delivered, so its due date may still move. @internal */
export const OPEN_STATES: ReadonlySet<ActionState> = /* @__PURE__ */ new Set(ACTION_LIFECYCLE.reschedule.from);

/** The states an action has ended in: no change of status leads out of them. @internal */
export const ENDED_STATES: ReadonlySet<ActionState> = /* @__PURE__ */ new Set(
  ACTION_STATES.filter((state) => !ROWS.some(([, row]) => row.to !== undefined && row.from.includes(state))),
);

/** The states reached only by a verifier who is not the action's owner. */
const VERIFIED_STATES: ReadonlySet<ActionState> = /* @__PURE__ */ new Set(
  ROWS.flatMap(([, row]) => (row.verifier === 'not-the-owner' && row.to !== undefined ? [row.to] : [])),
);

/** The change of {@link ACTION_LIFECYCLE} each kind of history entry, other than a status, records. */
const CHANGE_OF_ENTRY = {
  'due-date': 'reschedule',
  money: 'changeMoney',
  'finding-linked': 'linkFinding',
  'rag-override-set': 'overrideRag',
  'rag-override-cleared': 'clearRagOverride',
} as const satisfies Record<Exclude<ActionHistoryEntry['change'], 'created' | 'status'>, LifecycleChange>;

/** The dates a status carries. @internal */
export type StatusDates = Readonly<
  Partial<Record<'started' | 'blocked' | 'delivered' | 'impactEvidenced' | 'closed' | 'ended', CalendarDate>>
>;

/**
 * What an action's history says of it after some of its entries: its state and status
 * dates, who verified it, its due date and how often it moved, its RAG set by hand, its
 * money, the findings it answers, the day of the last entry, and the last change of
 * status (or the creation): since when, by whom, with what note.
 *
 * @internal
 */
export interface ReplayedAction {
  readonly state: ActionState;
  readonly dates: StatusDates;
  readonly verifiedBy: string | undefined;
  readonly due: CalendarDate;
  readonly reschedules: number;
  readonly override: RagOverride | undefined;
  /** The money committed, in pence, where the history says (its creation, or a change). */
  readonly money: number | undefined;
  readonly answers: ReadonlySet<string>;
  readonly on: CalendarDate;
  readonly since: CalendarDate;
  readonly by: string;
  readonly note: string | undefined;
}

/** The facts of an action the rules read. @internal */
export interface RuleFacts {
  readonly id: string;
  readonly owner: string;
  readonly raised: CalendarDate;
}

/**
 * A rule an entry breaks. `order` rules read the entry's day and the state it starts
 * from; `precondition` rules what the action holds; `values` rules the entry's values.
 *
 * @internal
 */
export const ENTRY_RULES = {
  'before-previous': 'order',
  'created-again': 'order',
  'status-from': 'order',
  'not-allowed': 'order',
  'nothing-to-clear': 'precondition',
  'self-verification': 'values',
  'due-from': 'values',
  'due-unchanged': 'values',
  'due-before-raised': 'values',
  'money-from': 'values',
  'money-unchanged': 'values',
  'already-answers': 'values',
} as const;

/** The name of a rule in {@link ENTRY_RULES}. @internal */
export type EntryRule = keyof typeof ENTRY_RULES;

/** How an entry is applied: by which lifecycle change, and whether its values have been checked. @internal */
export interface ApplyOptions {
  /** The change a lifecycle function makes; the history names only the states, so it is found from them. */
  readonly change?: LifecycleChange;
  /** Whether the entry's values are sound, so the rules that read them may run (default true). */
  readonly valuesChecked?: boolean;
}

/** The state after an entry, and the rules it breaks, in the order they are checked. @internal */
export interface AppliedEntry {
  readonly state: ReplayedAction;
  readonly refusals: readonly EntryRule[];
}

type EntryOf<C extends ActionHistoryEntry['change']> = Extract<ActionHistoryEntry, { change: C }>;

/** What a step of {@link applyEntry} reads and where it puts what it refuses. */
interface Step {
  readonly facts: RuleFacts;
  readonly checked: boolean;
  readonly refusals: EntryRule[];
}

/**
 * Applies one history entry to an action's replayed state, under every rule of the
 * lifecycle, each written once here: the history only moves forward; an action is
 * created once; a change of status starts from the state the action is in; each change
 * starts from a state {@link ACTION_LIFECYCLE} allows; closing is verified by someone
 * other than the owner; the due date moves only to a new date not before the action was
 * raised; the money changes from what it was to something else; a finding is linked
 * only when the action does not yet answer it; a RAG set by hand is cleared only when
 * set. Returns the state after the entry and the rules it breaks; the lifecycle
 * functions and the check of a history word them, each for its own reader.
 *
 * @internal
 */
export function applyEntry(
  before: ReplayedAction,
  entry: ActionHistoryEntry,
  facts: RuleFacts,
  options: ApplyOptions = {},
): AppliedEntry {
  const step: Step = { facts, checked: options.valuesChecked !== false, refusals: [] };
  if (entry.on < before.on) step.refusals.push('before-previous');
  if (entry.change === 'created') {
    step.refusals.push('created-again');
    return { state: { ...before, on: entry.on }, refusals: step.refusals };
  }
  if (entry.change === 'status' && entry.from !== before.state) step.refusals.push('status-from');
  const subject = entry.change === 'status' ? entry.from : before.state;
  const change =
    options.change ?? (entry.change === 'status' ? statusChange(entry.from, entry.to) : CHANGE_OF_ENTRY[entry.change]);
  const row: LifecycleRow | undefined = change === undefined ? undefined : ACTION_LIFECYCLE[change];
  if (row === undefined || !row.from.includes(subject)) step.refusals.push('not-allowed');
  return { state: stepOf(before, entry, step), refusals: step.refusals };
}

/** The state after an entry other than the creation, by its kind. */
function stepOf(before: ReplayedAction, entry: ActionHistoryEntry, step: Step): ReplayedAction {
  switch (entry.change) {
    case 'created':
      return { ...before, on: entry.on };
    case 'status':
      return statusStep(before, entry, step);
    case 'due-date':
      return dueDateStep(before, entry, step);
    case 'money':
      return moneyStep(before, entry, step);
    case 'finding-linked':
      if (step.checked && before.answers.has(entry.findingId)) step.refusals.push('already-answers');
      return { ...before, answers: new Set(before.answers).add(entry.findingId), on: entry.on };
    case 'rag-override-set':
      return {
        ...before,
        override: { rag: entry.rag, reason: entry.reason, by: entry.by, on: entry.on },
        on: entry.on,
      };
    case 'rag-override-cleared':
      if (before.override === undefined) step.refusals.push('nothing-to-clear');
      return { ...before, override: undefined, on: entry.on };
    default:
      return entry satisfies never;
  }
}

function statusStep(before: ReplayedAction, entry: EntryOf<'status'>, step: Step): ReplayedAction {
  if (step.checked && VERIFIED_STATES.has(entry.to) && entry.by.trim() === step.facts.owner.trim()) {
    step.refusals.push('self-verification');
  }
  const { to, on } = entry;
  const dates = datesAfter(before.dates, to, on);
  // Every field written out, in the order createdState writes them: the replay's states
  // keep one shape, which a spread of a changing shape would not.
  return {
    state: to,
    dates,
    verifiedBy: to === 'closed' ? entry.by : before.verifiedBy,
    due: before.due,
    reschedules: before.reschedules,
    override: before.override,
    money: before.money,
    answers: before.answers,
    on,
    since: on,
    by: entry.by,
    note: entry.note,
  };
}

/** The dates of an action not yet started. */
const NO_DATES: StatusDates = /* @__PURE__ */ Object.freeze({});

/**
 * The status dates after a change of state: an ended action keeps only its end; otherwise
 * the day of the change is the new state's date (a start only the first time), and a
 * block lasts until the next change. Built with every key, in one shape, so a replay
 * makes objects of one kind.
 */
function datesAfter(before: StatusDates, to: ActionState, on: CalendarDate): StatusDates {
  if (to === 'cancelled' || to === 'superseded') return { ended: on };
  return {
    started: to === 'in-progress' ? (before.started ?? on) : before.started,
    blocked: to === 'blocked' ? on : undefined,
    delivered: to === 'delivered' ? on : before.delivered,
    impactEvidenced: to === 'impact-evidenced' ? on : before.impactEvidenced,
    closed: to === 'closed' ? on : before.closed,
    ended: before.ended,
  };
}

function dueDateStep(before: ReplayedAction, entry: EntryOf<'due-date'>, step: Step): ReplayedAction {
  if (step.checked) {
    if (entry.from !== before.due) step.refusals.push('due-from');
    if (entry.to === entry.from) step.refusals.push('due-unchanged');
    if (entry.to < step.facts.raised) step.refusals.push('due-before-raised');
  }
  return { ...before, due: entry.to, reschedules: before.reschedules + 1, on: entry.on };
}

function moneyStep(before: ReplayedAction, entry: EntryOf<'money'>, step: Step): ReplayedAction {
  if (step.checked) {
    if (before.money !== undefined && entry.from !== before.money) step.refusals.push('money-from');
    if (entry.to === entry.from) step.refusals.push('money-unchanged');
  }
  return { ...before, money: entry.to, on: entry.on };
}

/**
 * The state an action's creation leaves it in: not started on the day it was raised, due
 * when the creation says, with the money it records, answering `answers`.
 *
 * @internal
 */
export function createdState(
  raised: CalendarDate,
  created: EntryOf<'created'>,
  answers: ReadonlySet<string>,
): ReplayedAction {
  return {
    state: 'not-started',
    dates: NO_DATES,
    verifiedBy: undefined,
    due: created.due,
    reschedules: 0,
    override: undefined,
    money: created.moneyPence,
    answers,
    on: created.on,
    since: raised,
    by: created.by,
    note: undefined,
  };
}

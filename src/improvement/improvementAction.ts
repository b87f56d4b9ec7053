import type { CalendarDate } from '../calendar/calendarDate.js';
import { isCalendarDate } from '../calendar/calendarDate.js';
import { fail, type Issue, issue, type Result, shorten, succeed } from '../result/result.js';

/**
 * What kind of work an action is.
 *
 * @example
 * ```ts
 * import { ACTION_KINDS, type ActionKind } from 'ofsted-ilacs';
 *
 * const kind: ActionKind = 'case-audit';
 * console.log(ACTION_KINDS.includes(kind)); // true
 * ```
 */
export type ActionKind =
  | 'case-audit'
  | 'training'
  | 'investment'
  | 'practice-change'
  | 'leadership-or-governance-change'
  | 'recruitment'
  | 'peer-support'
  | 'case-review'
  | 'other';

/**
 * Every {@link ActionKind}.
 *
 * @example
 * ```ts
 * import { ACTION_KINDS } from 'ofsted-ilacs';
 *
 * console.log(ACTION_KINDS.length); // 9
 * ```
 */
export const ACTION_KINDS = /* @__PURE__ */ Object.freeze([
  'case-audit',
  'training',
  'investment',
  'practice-change',
  'leadership-or-governance-change',
  'recruitment',
  'peer-support',
  'case-review',
  'other',
] as const satisfies readonly ActionKind[]);

/**
 * An action's status. Each state carries the dates and evidence that got it there, so a
 * delivered action without a delivery date or evidence cannot be built, nor a closed one
 * without evidence of impact and who verified it.
 *
 * @example
 * ```ts
 * import { calendarDate, type ActionStatus } from 'ofsted-ilacs';
 *
 * const status: ActionStatus = {
 *   state: 'delivered',
 *   started: calendarDate('2019-06-03'),
 *   delivered: calendarDate('2019-09-30'),
 *   deliveryEvidence: 'Audit report to the improvement board, 152 cases.',
 * };
 * console.log(status.state);
 * ```
 */
export type ActionStatus =
  | { readonly state: 'not-started' }
  | { readonly state: 'in-progress'; readonly started: CalendarDate }
  | {
      readonly state: 'blocked';
      readonly started?: CalendarDate;
      readonly blocked: CalendarDate;
      readonly reason: string;
    }
  | {
      readonly state: 'delivered';
      readonly started: CalendarDate;
      readonly delivered: CalendarDate;
      readonly deliveryEvidence: string;
    }
  | {
      readonly state: 'impact-evidenced';
      readonly started: CalendarDate;
      readonly delivered: CalendarDate;
      readonly deliveryEvidence: string;
      readonly impactEvidenced: CalendarDate;
      readonly impactEvidence: string;
    }
  | {
      readonly state: 'closed';
      readonly started: CalendarDate;
      readonly delivered: CalendarDate;
      readonly deliveryEvidence: string;
      readonly impactEvidenced: CalendarDate;
      readonly impactEvidence: string;
      readonly closed: CalendarDate;
      readonly verifiedBy: string;
    }
  | { readonly state: 'cancelled'; readonly ended: CalendarDate; readonly reason: string }
  | {
      readonly state: 'superseded';
      readonly ended: CalendarDate;
      readonly reason: string;
      readonly supersededBy?: string;
    };

/**
 * The name of an action's state.
 *
 * @example
 * ```ts
 * import { ACTION_STATES, type ActionState } from 'ofsted-ilacs';
 *
 * const state: ActionState = 'in-progress';
 * console.log(ACTION_STATES.indexOf(state)); // 1
 * ```
 */
export type ActionState = ActionStatus['state'];

/**
 * Every {@link ActionState}, in lifecycle order.
 *
 * @example
 * ```ts
 * import { ACTION_STATES } from 'ofsted-ilacs';
 *
 * console.log(ACTION_STATES.at(-1)); // 'superseded'
 * ```
 */
export const ACTION_STATES = /* @__PURE__ */ Object.freeze([
  'not-started',
  'in-progress',
  'blocked',
  'delivered',
  'impact-evidenced',
  'closed',
  'cancelled',
  'superseded',
] as const satisfies readonly ActionState[]);

/**
 * A RAG rating, and blue for complete.
 *
 * @example
 * ```ts
 * import type { Rag } from 'ofsted-ilacs';
 *
 * const rag: Rag = 'amber';
 * console.log(rag);
 * ```
 */
export type Rag = 'red' | 'amber' | 'green' | 'blue';

/**
 * A RAG set by hand, with who set it, when and why. It is always reported beside the
 * derived RAG, never instead of it.
 *
 * @example
 * ```ts
 * import { calendarDate, type RagOverride } from 'ofsted-ilacs';
 *
 * const override: RagOverride = { rag: 'green', reason: 'Adviser content with progress.', by: 'DCS', on: calendarDate('2019-10-01') };
 * console.log(override.rag);
 * ```
 */
export interface RagOverride {
  readonly rag: Rag;
  readonly reason: string;
  readonly by: string;
  readonly on: CalendarDate;
}

/**
 * One entry of an action's history: its creation, a change of status, a change of due
 * date, or a manual RAG set or cleared. Each says when, by whom and, where it matters, why.
 * The history is only ever appended to.
 *
 * @example
 * ```ts
 * import { calendarDate, type ActionHistoryEntry } from 'ofsted-ilacs';
 *
 * const entry: ActionHistoryEntry = {
 *   change: 'due-date',
 *   on: calendarDate('2019-09-02'),
 *   by: 'Head of service',
 *   from: calendarDate('2019-09-30'),
 *   to: calendarDate('2019-11-29'),
 *   reason: 'Audit sample widened to 150 cases.',
 * };
 * console.log(entry.change);
 * ```
 */
export type ActionHistoryEntry =
  | { readonly change: 'created'; readonly on: CalendarDate; readonly by: string; readonly due: CalendarDate }
  | {
      readonly change: 'status';
      readonly on: CalendarDate;
      readonly by: string;
      readonly from: ActionState;
      readonly to: ActionState;
      readonly note?: string;
    }
  | {
      readonly change: 'due-date';
      readonly on: CalendarDate;
      readonly by: string;
      readonly from: CalendarDate;
      readonly to: CalendarDate;
      readonly reason: string;
    }
  | {
      readonly change: 'rag-override-set';
      readonly on: CalendarDate;
      readonly by: string;
      readonly rag: Rag;
      readonly reason: string;
    }
  | {
      readonly change: 'rag-override-cleared';
      readonly on: CalendarDate;
      readonly by: string;
      readonly reason: string;
    };

/**
 * An improvement action: what will be done, in answer to which findings, by whom, by
 * when, at what cost, where it has got to, and every change made to it.
 *
 * Build one with {@link createImprovementAction}; change it only through the lifecycle
 * functions (`startAction`, `deliverAction`, `rescheduleAction`, ...), which return a new
 * action and append to its history.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, type ImprovementAction } from 'ofsted-ilacs';
 *
 * const result = createImprovementAction({
 *   id: 'A1',
 *   title: 'Audit more than 150 cases, with independent oversight',
 *   answers: ['F1'],
 *   kind: 'case-audit',
 *   owner: 'Head of quality assurance',
 *   raised: calendarDate('2019-05-20'),
 *   due: calendarDate('2019-09-30'),
 *   by: 'Director of children’s services',
 * });
 * const action: ImprovementAction | undefined = result.ok ? result.value : undefined;
 * console.log(action?.status.state, action?.history.length); // 'not-started' 1
 * ```
 */
export interface ImprovementAction extends ActionFacts {
  readonly status: ActionStatus;
  /** A RAG set by hand, if any. */
  readonly ragOverride?: RagOverride;
  /** Every change made to the action, oldest first; only ever appended to. */
  readonly history: readonly ActionHistoryEntry[];
}

/**
 * What an action is, apart from its progress: shared by {@link ImprovementAction} and
 * {@link NewImprovementAction}.
 *
 * @example
 * ```ts
 * import { calendarDate, type ActionFacts } from 'ofsted-ilacs';
 *
 * const facts: ActionFacts = {
 *   id: 'A3', title: 'Train social workers in risk assessment', answers: ['F1'], kind: 'training',
 *   owner: 'Principal social worker', raised: calendarDate('2019-05-20'), due: calendarDate('2020-03-31'),
 * };
 * console.log(facts.kind);
 * ```
 */
export interface ActionFacts {
  /** A stable id, unique within its plan. */
  readonly id: string;
  readonly title: string;
  /** The ids of the findings it answers. */
  readonly answers: readonly string[];
  readonly kind: ActionKind;
  /** Who is responsible for delivering it. */
  readonly owner: string;
  /** Who signs it off, if named. */
  readonly approver?: string;
  /** When it was raised. */
  readonly raised: CalendarDate;
  /** When it is due (on an action, now: the history keeps every earlier due date). */
  readonly due: CalendarDate;
  /** Money committed, in whole pence. */
  readonly moneyPence?: number;
}

/**
 * What {@link createImprovementAction} needs: the action's facts and who records it.
 *
 * @example
 * ```ts
 * import { calendarDate, type NewImprovementAction } from 'ofsted-ilacs';
 *
 * const input: NewImprovementAction = {
 *   id: 'A5',
 *   title: 'Invest a further £2m in children’s social care',
 *   answers: ['F3'],
 *   kind: 'investment',
 *   owner: 'Chief executive',
 *   raised: calendarDate('2019-06-01'),
 *   due: calendarDate('2020-03-31'),
 *   moneyPence: 200_000_000,
 *   by: 'Cabinet',
 * };
 * console.log(input.moneyPence);
 * ```
 */
export interface NewImprovementAction extends ActionFacts {
  /** Who records the action (its history's first entry). */
  readonly by: string;
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** The issues of an action's own facts (not its history). */
function factIssues(action: {
  id: unknown;
  title: unknown;
  owner: unknown;
  raised: unknown;
  due: unknown;
  moneyPence?: unknown;
  answers: unknown;
}): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['id', 'title', 'owner'] as const) {
    if (blank(action[key])) issues.push(issue([key], 'empty', `Give the action a ${key}: it may not be blank.`));
  }
  for (const key of ['raised', 'due'] as const) {
    if (!isCalendarDate(action[key]))
      issues.push(issue([key], 'invalid-date', `${key} must be a date written YYYY-MM-DD.`));
  }
  if (isCalendarDate(action.raised) && isCalendarDate(action.due) && action.due < action.raised) {
    issues.push(
      issue(
        ['due'],
        'date-before-raised',
        `The action is due (${shorten(String(action.due))}) before it was raised (${shorten(String(action.raised))}): check both dates.`,
      ),
    );
  }
  if (
    action.moneyPence !== undefined &&
    (!Number.isSafeInteger(action.moneyPence) || (action.moneyPence as number) < 0)
  ) {
    issues.push(
      issue(
        ['moneyPence'],
        'invalid-value',
        `moneyPence must be a whole number of pence, 0 or more (£2m is 200000000), got ${shorten(String(action.moneyPence))}.`,
      ),
    );
  }
  const answers = Array.isArray(action.answers) ? action.answers : [];
  if (new Set(answers).size !== answers.length) {
    issues.push(issue(['answers'], 'duplicate-id', 'answers names the same finding twice: list each finding once.'));
  }
  return issues;
}

/**
 * Creates an action, not started, with its creation as the first entry of its history.
 * Refuses blank ids, titles or owners, a due date before the action was raised, and
 * money that is not a whole number of pence.
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
 */
export function createImprovementAction(input: NewImprovementAction): Result<ImprovementAction> {
  const issues = factIssues(input);
  if (blank(input.by)) issues.push(issue(['by'], 'empty', 'Say who records the action: by may not be blank.'));
  if (issues.length > 0) return fail(issues);
  const { by, ...facts } = input;
  return succeed({
    ...facts,
    answers: [...input.answers],
    status: { state: 'not-started' },
    history: [{ change: 'created', on: input.raised, by, due: input.due }],
  });
}

/**
 * The due date the action was created with, however often it has moved since.
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
 */
export function originalDueDate(action: ImprovementAction): CalendarDate {
  const created = action.history[0];
  return created?.change === 'created' ? created.due : action.due;
}

/**
 * How many times the action's due date has been moved.
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
 */
export function rescheduleCount(action: ImprovementAction): number {
  let count = 0;
  for (const entry of action.history) if (entry.change === 'due-date') count += 1;
  return count;
}

/** The dates a status carries, in the order they must fall. */
function statusDates(status: ActionStatus): [string, CalendarDate][] {
  const dates: [string, CalendarDate | undefined][] = [];
  if ('started' in status) dates.push(['started', status.started]);
  if (status.state === 'blocked') dates.push(['blocked', status.blocked]);
  if ('delivered' in status) dates.push(['delivered', status.delivered]);
  if ('impactEvidenced' in status) dates.push(['impactEvidenced', status.impactEvidenced]);
  if (status.state === 'closed') dates.push(['closed', status.closed]);
  if ('ended' in status) dates.push(['ended', status.ended]);
  return dates.filter((entry): entry is [string, CalendarDate] => entry[1] !== undefined);
}

/**
 * Checks that an action is consistent, and returns what is not, or an empty array: its
 * facts; its status's dates in order and not before it was raised; evidence where the
 * status needs it; a history that starts with its creation, runs in date order, and
 * replays to the action's current status, due date and RAG override. Actions changed only
 * through the lifecycle functions always pass; use this on actions read from elsewhere.
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
 */
export function findActionIssues(action: ImprovementAction): readonly Issue[] {
  const issues = factIssues(action);
  const { status } = action;
  if (typeof status !== 'object' || status === null) {
    return [
      ...issues,
      issue(['status'], 'invalid-type', 'The status must be an object with a state, such as { state: "not-started" }.'),
    ];
  }
  if (!Array.isArray(action.history) || action.history.some((entry) => typeof entry !== 'object' || entry === null)) {
    return [
      ...issues,
      issue(['history'], 'invalid-type', 'The history must be a list of change records, starting with the creation.'),
    ];
  }
  let previous: [string, CalendarDate] = ['raised', action.raised];
  for (const [key, date] of statusDates(status)) {
    if (date < previous[1]) {
      issues.push(
        issue(
          ['status', key],
          'dates-out-of-order',
          `status.${key} (${shorten(String(date))}) is before ${shorten(String(previous[0]))} (${shorten(String(previous[1]))}).`,
        ),
      );
    }
    previous = [key, date];
  }
  for (const key of ['reason', 'deliveryEvidence', 'impactEvidence', 'verifiedBy'] as const) {
    if (key in status && blank((status as Record<string, unknown>)[key])) {
      issues.push(
        issue(
          ['status', key],
          'missing-evidence',
          `status.${key} may not be blank for a ${shorten(String(status.state))} action.`,
        ),
      );
    }
  }

  const [created, ...changes] = action.history;
  if (created?.change !== 'created') {
    issues.push(issue(['history', 0], 'inconsistent-history', 'The history must start with the action’s creation.'));
    return issues;
  }
  let state: ActionState = 'not-started';
  let due = created.due;
  let override: Rag | undefined;
  let on = created.on;
  if (created.on !== action.raised) {
    issues.push(
      issue(
        ['history', 0, 'on'],
        'inconsistent-history',
        `The action was created on ${shorten(String(created.on))} but raised on ${shorten(String(action.raised))}.`,
      ),
    );
  }
  changes.forEach((entry, index) => {
    if (entry.on < on) {
      issues.push(
        issue(
          ['history', index + 1, 'on'],
          'date-before-previous',
          `History entry ${index + 1} (${shorten(String(entry.on))}) is before the one before it (${shorten(String(on))}).`,
        ),
      );
    }
    on = entry.on;
    if (entry.change === 'status') {
      if (entry.from !== state) {
        issues.push(
          issue(
            ['history', index + 1, 'from'],
            'inconsistent-history',
            `History entry ${index + 1} changes status from ${shorten(String(entry.from))}, but the action was ${shorten(String(state))}.`,
          ),
        );
      }
      state = entry.to;
    } else if (entry.change === 'due-date') {
      if (entry.from !== due) {
        issues.push(
          issue(
            ['history', index + 1, 'from'],
            'inconsistent-history',
            `History entry ${index + 1} moves the due date from ${shorten(String(entry.from))}, but it was ${shorten(String(due))}.`,
          ),
        );
      }
      due = entry.to;
    } else if (entry.change === 'rag-override-set') override = entry.rag;
    else if (entry.change === 'rag-override-cleared') override = undefined;
  });
  if (state !== status.state) {
    issues.push(
      issue(
        ['status', 'state'],
        'inconsistent-history',
        `The status is ${shorten(String(status.state))}, but the history leaves the action ${shorten(String(state))}.`,
      ),
    );
  }
  if (due !== action.due) {
    issues.push(
      issue(
        ['due'],
        'inconsistent-history',
        `The due date is ${shorten(String(action.due))}, but the history leaves it ${shorten(String(due))}: record the change with rescheduleAction.`,
      ),
    );
  }
  if (override !== action.ragOverride?.rag) {
    issues.push(
      issue(
        ['ragOverride'],
        'inconsistent-history',
        'The RAG override does not match the history: set and clear it with overrideRag and clearRagOverride.',
      ),
    );
  }
  return issues;
}

/**
 * An action as it stood on a date, replayed from its history: its state, since when and
 * by whom, the note of that change, its due date then, how often it had moved, and any
 * RAG set by hand then.
 *
 * @internal
 */
export interface ActionOnDate {
  readonly state: ActionState;
  readonly since: CalendarDate;
  readonly by: string;
  readonly note?: string;
  readonly due: CalendarDate;
  readonly originalDue: CalendarDate;
  readonly reschedules: number;
  readonly override?: RagOverride;
}

/** Replays an action's history up to and including a date. @internal */
export function actionOnDate(action: ImprovementAction, date: CalendarDate): ActionOnDate {
  const created = action.history[0];
  const originalDue = created?.change === 'created' ? created.due : action.due;
  let view: { -readonly [K in keyof ActionOnDate]: ActionOnDate[K] } = {
    state: 'not-started',
    since: action.raised,
    by: created?.by ?? action.owner,
    due: originalDue,
    originalDue,
    reschedules: 0,
  };
  for (const entry of action.history) {
    if (entry.on > date) break;
    if (entry.change === 'status') {
      const { note: _previous, ...rest } = view;
      view = {
        ...rest,
        state: entry.to,
        since: entry.on,
        by: entry.by,
        ...(entry.note !== undefined && { note: entry.note }),
      };
    } else if (entry.change === 'due-date') {
      view.due = entry.to;
      view.reschedules += 1;
    } else if (entry.change === 'rag-override-set') {
      view.override = { rag: entry.rag, reason: entry.reason, by: entry.by, on: entry.on };
    } else if (entry.change === 'rag-override-cleared') {
      delete view.override;
    }
  }
  return view;
}

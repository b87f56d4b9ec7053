import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Measure } from './measure.js';

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
 *
 * @category Improvement plans
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
 *
 * @category Improvement plans
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
 *
 * @category Improvement plans
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
 *
 * @category Improvement plans
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
 *
 * @category Improvement plans
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

import type { Rag } from './rag.js';

export { RAGS, type Rag } from './rag.js';

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
 *
 * @category Improvement plans
 */
export interface RagOverride {
  readonly rag: Rag;
  readonly reason: string;
  readonly by: string;
  readonly on: CalendarDate;
}

/**
 * One entry of an action's history: its creation, a change of status, a change of due
 * date, a manual RAG set or cleared, a change of the money committed, or a link to a
 * finding the action came to answer after it was raised (`finding-linked`). Each says
 * when, by whom and, where it matters, why. The history is only ever appended to.
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
 *
 * @category Improvement plans
 */
export type ActionHistoryEntry =
  | {
      readonly change: 'created';
      readonly on: CalendarDate;
      readonly by: string;
      readonly due: CalendarDate;
      /** The money committed when the action was created, in pence (recorded by this version and later). */
      readonly moneyPence?: number;
    }
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
    }
  | {
      readonly change: 'money';
      readonly on: CalendarDate;
      readonly by: string;
      /** The money committed before, in pence (0 for none). */
      readonly from: number;
      /** The money committed after, in pence. */
      readonly to: number;
      readonly reason: string;
    }
  | {
      readonly change: 'finding-linked';
      readonly on: CalendarDate;
      readonly by: string;
      /** The id of the finding the action answers from this day (added to its `answers`). */
      readonly findingId: string;
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
 *
 * @category Improvement plans
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
 *
 * @category Improvement plans
 */
export interface ActionFacts {
  /** A stable id, unique within its plan. */
  readonly id: string;
  readonly title: string;
  /**
   * The ids of the findings it answers. A finding raised after the action is answered
   * only through `linkActionToFinding`, which records the link in the history.
   */
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
  /** Money committed, in whole pence (£2m is 200000000); changed with `changeMoney`, which records the change. */
  readonly moneyPence?: number;
  /** How the action's impact is measured (see `Measure`). */
  readonly measures?: readonly Measure[];
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
 *
 * @category Improvement plans
 */
export interface NewImprovementAction extends ActionFacts {
  /** Who records the action (its history's first entry). */
  readonly by: string;
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, oneOfProblem, textFieldProblem } from '../check/fields.js';
import { type Result, shorten } from '../result/result.js';
import { moneyProblem } from './actionShape.js';
import { type ChangeContext, changeAction, NOTE, problemAt, required, startedOf, toStatus } from './changeAction.js';
import { type ActionStatus, type ImprovementAction, RAGS, type Rag } from './improvementAction.js';

export type { ChangeContext } from './changeAction.js';

/**
 * Starts an action that has not started.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, startAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) {
 *   const started = startAction(created.value, { on: calendarDate('2019-06-10'), by: 'QA lead' });
 *   console.log(started.ok && started.value.status); // { state: 'in-progress', started: '2019-06-10' }
 * }
 * ```
 *
 * @category Improvement plans
 */
export function startAction(action: ImprovementAction, context: ChangeContext): Result<ImprovementAction> {
  return changeAction(action, context, 'start', {
    extra: NOTE,
    make: (action, context) => toStatus(action, context, { state: 'in-progress', started: context.on }),
  });
}

/**
 * Marks an open action blocked, with the reason.
 *
 * @example
 * ```ts
 * import { blockAction, calendarDate, createImprovementAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A8', title: 'Appoint a permanent director', answers: [], kind: 'leadership-or-governance-change', owner: 'Chief executive',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-12-31'), by: 'Cabinet',
 * });
 * if (created.ok) {
 *   const blocked = blockAction(created.value, { on: calendarDate('2019-09-01'), by: 'Chief executive' }, 'First recruitment round failed.');
 *   console.log(blocked.ok && blocked.value.status.state); // 'blocked'
 * }
 * ```
 *
 * @category Improvement plans
 */
export function blockAction(
  action: ImprovementAction,
  context: ChangeContext,
  reason: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'block', {
    values: (action, _context) =>
      required(reason, 'reason', `Say why ${shorten(action.id)} is blocked: the reason may not be blank.`),
    make: (action, context) => {
      const started = startedOf(action.status);
      return toStatus(
        action,
        context,
        { state: 'blocked', ...(started && { started }), blocked: context.on, reason },
        reason,
      );
    },
  });
}

/**
 * Resumes a blocked action: it is in progress again (started now if it had not started).
 *
 * @example
 * ```ts
 * import { blockAction, calendarDate, createImprovementAction, resumeAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A8', title: 'Appoint a permanent director', answers: [], kind: 'leadership-or-governance-change', owner: 'Chief executive',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-12-31'), by: 'Cabinet',
 * });
 * const blocked = created.ok ? blockAction(created.value, { on: calendarDate('2019-09-16'), by: 'Chief executive' }, 'No appointment made.') : created;
 * const resumed = blocked.ok ? resumeAction(blocked.value, { on: calendarDate('2019-10-07'), by: 'Chief executive' }) : blocked;
 * console.log(resumed.ok && resumed.value.status); // { state: 'in-progress', started: '2019-10-07' }
 * ```
 *
 * @category Improvement plans
 */
export function resumeAction(action: ImprovementAction, context: ChangeContext): Result<ImprovementAction> {
  return changeAction(action, context, 'resume', {
    extra: NOTE,
    make: (action, context) =>
      toStatus(action, context, { state: 'in-progress', started: startedOf(action.status) ?? context.on }),
  });
}

/**
 * Records that an action in progress has been delivered, with evidence of delivery.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, deliverAction, startAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * const started = created.ok ? startAction(created.value, { on: calendarDate('2019-06-10'), by: 'QA lead' }) : created;
 * const delivered = started.ok
 *   ? deliverAction(started.value, { on: calendarDate('2019-09-27'), by: 'QA lead' }, 'Audit of 152 cases reported to the board.')
 *   : started;
 * console.log(delivered.ok && delivered.value.status.state); // 'delivered'
 * ```
 *
 * @category Improvement plans
 */
export function deliverAction(
  action: ImprovementAction,
  context: ChangeContext,
  evidence: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'deliver', {
    extra: NOTE,
    values: (action, _context) =>
      required(evidence, 'evidence', `Give evidence that ${shorten(action.id)} was delivered: it may not be blank.`),
    make: (action, context) =>
      toStatus(action, context, {
        state: 'delivered',
        started: startedOf(action.status) as CalendarDate,
        delivered: context.on,
        deliveryEvidence: evidence,
      }),
  });
}

/**
 * Records evidence of a delivered action's impact: what changed for children.
 *
 * @example
 * ```ts
 * import { calendarDate, recordImpact } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const privateFostering = HULL_ACTIONS[1]!; // delivered on 2019-12-13
 * const evidenced = recordImpact(privateFostering, { on: calendarDate('2020-04-01'), by: 'Head of safeguarding' }, 'Every arrangement visited on time since January.');
 * console.log(evidenced.ok && evidenced.value.status.state); // 'impact-evidenced'
 * ```
 *
 * @category Improvement plans
 */
export function recordImpact(
  action: ImprovementAction,
  context: ChangeContext,
  evidence: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'recordImpact', {
    extra: NOTE,
    values: (action, _context) =>
      required(evidence, 'evidence', `Give evidence of ${shorten(action.id)}'s impact: it may not be blank.`),
    make: (action, context) => {
      const status = action.status as Extract<ActionStatus, { state: 'delivered' }>;
      return toStatus(action, context, {
        ...status,
        state: 'impact-evidenced',
        impactEvidenced: context.on,
        impactEvidence: evidence,
      });
    },
  });
}

/**
 * Closes an action whose impact is evidenced; `context.by` is who verified it, and may
 * not be the action's owner. Closing without evidence of impact is refused
 * (`impact-not-evidenced`).
 *
 * @example
 * ```ts
 * import { calendarDate, closeAction } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const investment = HULL_ACTIONS[4]!; // impact evidenced; owned by the chief executive
 * const byOwner = closeAction(investment, { on: calendarDate('2020-04-01'), by: 'Chief executive' });
 * console.log(!byOwner.ok && byOwner.issues[0]?.code); // 'self-verification'
 * const closed = closeAction(investment, { on: calendarDate('2020-04-01'), by: 'Improvement board chair' });
 * console.log(closed.ok && closed.value.status.state); // 'closed'
 * ```
 *
 * @category Improvement plans
 */
export function closeAction(action: ImprovementAction, context: ChangeContext): Result<ImprovementAction> {
  return changeAction(action, context, 'close', {
    extra: NOTE,
    make: (action, context) => {
      const status = action.status as Extract<ActionStatus, { state: 'impact-evidenced' }>;
      return toStatus(action, context, { ...status, state: 'closed', closed: context.on, verifiedBy: context.by });
    },
  });
}

/**
 * Cancels an action that has not ended, with the reason.
 *
 * @example
 * ```ts
 * import { calendarDate, cancelAction } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const training = HULL_ACTIONS[2]!; // in progress
 * const cancelled = cancelAction(training, { on: calendarDate('2020-04-01'), by: 'Improvement board' }, 'Covered by the new practice model.');
 * console.log(cancelled.ok && cancelled.value.status); // { state: 'cancelled', ended: '2020-04-01', reason: 'Covered by the new practice model.' }
 * ```
 *
 * @category Improvement plans
 */
export function cancelAction(
  action: ImprovementAction,
  context: ChangeContext,
  reason: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'cancel', {
    values: (action, _context) =>
      required(reason, 'reason', `Say why ${shorten(action.id)} is cancelled: the reason may not be blank.`),
    make: (action, context) => toStatus(action, context, { state: 'cancelled', ended: context.on, reason }, reason),
  });
}

/**
 * Records that another action replaces this one, with the reason and, if known, the other
 * action's id.
 *
 * @example
 * ```ts
 * import { calendarDate, supersedeAction } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const caseReview = HULL_ACTIONS[6]!; // in progress, moved twice
 * const superseded = supersedeAction(caseReview, { on: calendarDate('2020-04-01'), by: 'Commissioner' }, 'Replaced by the commissioner’s plan.', 'C1');
 * console.log(superseded.ok && superseded.value.status.state); // 'superseded'
 * ```
 *
 * @category Improvement plans
 */
export function supersedeAction(
  action: ImprovementAction,
  context: ChangeContext,
  reason: string,
  supersededBy?: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'supersede', {
    values: (action, _context) =>
      required(reason, 'reason', `Say why ${shorten(action.id)} is superseded: the reason may not be blank.`) ??
      (supersededBy === undefined
        ? undefined
        : problemAt('supersededBy', textFieldProblem(supersededBy, 'supersededBy'))),
    make: (action, context) =>
      toStatus(
        action,
        context,
        { state: 'superseded', ended: context.on, reason, ...(supersededBy !== undefined && { supersededBy }) },
        reason,
      ),
  });
}

/**
 * Moves an open action's due date, with the reason. The history keeps the old date, so
 * the original due date is never lost and every move is counted.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, rescheduleAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) {
 *   const moved = rescheduleAction(created.value, { on: calendarDate('2019-09-02'), by: 'QA lead', to: calendarDate('2019-11-29'), reason: 'Sample widened to 150 cases.' });
 *   console.log(moved.ok && moved.value.history.at(-1)); // { change: 'due-date', from: '2019-09-30', to: '2019-11-29', ... }
 * }
 * ```
 *
 * @category Improvement plans
 */
export function rescheduleAction(
  action: ImprovementAction,
  context: ChangeContext & { readonly to: CalendarDate; readonly reason: string },
): Result<ImprovementAction> {
  return changeAction(action, context, 'reschedule', {
    extra: ['to', 'reason'],
    values: (action, context) =>
      required(
        context.reason,
        'reason',
        `Say why ${shorten(action.id)}'s due date moves: the reason may not be blank.`,
      ) ?? problemAt('to', dateFieldProblem(context.to, 'to')),
    make: (action, context) => ({
      fields: { due: context.to },
      entry: {
        change: 'due-date',
        on: context.on,
        by: context.by,
        from: action.due,
        to: context.to,
        reason: context.reason,
      },
    }),
  });
}

/**
 * Changes the money the action commits, recording who, when, from what, to what and why
 * (a `money` entry in its history). Allowed while the action has not ended (closed,
 * cancelled or superseded). The amount is whole pence from 0 to `LIMITS.moneyPence`.
 * Never throws.
 *
 * @example
 * ```ts
 * import { calendarDate, changeMoney, createImprovementAction } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A5', title: 'Invest in children’s social care', answers: [], kind: 'investment', owner: 'Chief executive',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2020-03-31'), moneyPence: 200_000_000, by: 'DCS',
 * });
 * if (created.ok) {
 *   const changed = changeMoney(created.value, {
 *     on: calendarDate('2020-02-06'), by: 'Cabinet', toPence: 640_000_000,
 *     reason: 'A further £4.4m after the January 2020 monitoring visit.',
 *   });
 *   console.log(changed.ok && changed.value.moneyPence); // 640000000
 * }
 * ```
 *
 * @category Improvement plans
 */
export function changeMoney(
  action: ImprovementAction,
  context: ChangeContext & { readonly toPence: number; readonly reason: string },
): Result<ImprovementAction> {
  return changeAction(action, context, 'changeMoney', {
    extra: ['toPence', 'reason'],
    values: (action, context) =>
      required(
        context.reason,
        'reason',
        `Say why the money ${shorten(action.id)} commits changes: the reason may not be blank.`,
      ) ?? problemAt('toPence', moneyProblem(context.toPence, 'toPence')),
    make: (action, context) => ({
      fields: { moneyPence: context.toPence },
      entry: {
        change: 'money',
        on: context.on,
        by: context.by,
        from: action.moneyPence ?? 0,
        to: context.toPence,
        reason: context.reason,
      },
    }),
  });
}

/**
 * Links an action to a finding it comes to answer, with who, when and why: often a
 * finding raised after the action, such as a monitoring visit's, that the action now
 * answers too. The finding's id is added to the action's `answers`, and a
 * `finding-linked` entry to its history. A plan accepts an action answering a finding
 * raised after the action only through such a link, made on or after the day the finding
 * was raised (`findPlanIssues`). Allowed while the action has not ended; an action that
 * already answers the finding is refused (`invalid-value`). Never throws.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementPlan, linkActionToFinding } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const training = HULL_PLAN.actions[2]!; // A3, raised 2019-05-20, answering F1
 * const linked = linkActionToFinding(training, {
 *   findingId: 'F4', // the January 2020 monitoring visit's finding, raised 2020-02-06
 *   on: calendarDate('2020-02-10'),
 *   by: 'Improvement board',
 *   reason: 'The training now covers children in care, whose experiences the visit found had declined.',
 * });
 * if (linked.ok) {
 *   console.log(linked.value.answers, linked.value.history.at(-1)?.change); // ['F1', 'F4'] 'finding-linked'
 *   const actions = HULL_PLAN.actions.map((action) => (action.id === 'A3' ? linked.value : action));
 *   console.log(createImprovementPlan({ ...HULL_PLAN, actions }).ok); // true
 *   const unlinked = actions.map((action) => (action.id === 'A3' ? { ...training, answers: ['F1', 'F4'] } : action));
 *   const refused = createImprovementPlan({ ...HULL_PLAN, actions: unlinked });
 *   console.log(!refused.ok && refused.issues[0]?.code); // 'dates-out-of-order'
 * }
 * ```
 *
 * @category Improvement plans
 */
export function linkActionToFinding(
  action: ImprovementAction,
  context: ChangeContext & { readonly findingId: string; readonly reason: string },
): Result<ImprovementAction> {
  return changeAction(action, context, 'linkFinding', {
    extra: ['findingId', 'reason'],
    values: (action, context) =>
      required(
        context.reason,
        'reason',
        `Say why ${shorten(action.id)} comes to answer the finding: the reason may not be blank.`,
      ) ?? problemAt('findingId', textFieldProblem(context.findingId, 'findingId')),
    make: (action, context) => ({
      fields: { answers: [...action.answers, context.findingId] },
      entry: {
        change: 'finding-linked',
        on: context.on,
        by: context.by,
        findingId: context.findingId,
        reason: context.reason,
      },
    }),
  });
}

/**
 * Sets a RAG by hand, with the reason. The derived RAG is still computed and reported
 * beside it.
 *
 * @example
 * ```ts
 * import { calendarDate, deriveRag, overrideRag } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const training = HULL_ACTIONS[2]!;
 * const overridden = overrideRag(training, { on: calendarDate('2020-03-02'), by: 'Improvement adviser', rag: 'red', reason: 'Attendance is low.' });
 * if (overridden.ok) {
 *   const rag = deriveRag(overridden.value, { asOf: calendarDate('2020-03-02') });
 *   console.log(rag.rag, rag.override?.rag); // 'green' 'red': the derived RAG stays, the override is shown beside it
 * }
 * ```
 *
 * @category Improvement plans
 */
export function overrideRag(
  action: ImprovementAction,
  context: ChangeContext & { readonly rag: Rag; readonly reason: string },
): Result<ImprovementAction> {
  return changeAction(action, context, 'overrideRag', {
    extra: ['rag', 'reason'],
    values: (action, context) =>
      required(
        context.reason,
        'reason',
        `Say why ${shorten(action.id)}'s RAG is set by hand: the reason may not be blank.`,
      ) ?? problemAt('rag', oneOfProblem(context.rag, RAGS, 'rag')),
    make: (_action, context) => {
      const { rag, reason, by, on } = context;
      return {
        fields: { ragOverride: { rag, reason, by, on } },
        entry: { change: 'rag-override-set', on, by, rag, reason },
      };
    },
  });
}

/**
 * Removes a RAG set by hand, with the reason.
 *
 * @example
 * ```ts
 * import { calendarDate, clearRagOverride } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * const adviser = HULL_ACTIONS[8]!; // RAG set to amber by hand on 2020-03-02
 * const cleared = clearRagOverride(adviser, { on: calendarDate('2020-04-01'), by: 'Improvement adviser' }, 'Supervision now regular.');
 * console.log(cleared.ok && cleared.value.ragOverride, cleared.ok && cleared.value.history.at(-1)?.change); // undefined 'rag-override-cleared'
 * ```
 *
 * @category Improvement plans
 */
export function clearRagOverride(
  action: ImprovementAction,
  context: ChangeContext,
  reason: string,
): Result<ImprovementAction> {
  return changeAction(action, context, 'clearRagOverride', {
    values: (action, _context) =>
      required(
        reason,
        'reason',
        `Say why ${shorten(action.id)}'s RAG override is cleared: the reason may not be blank.`,
      ),
    make: (_action, context) => ({
      fields: { ragOverride: undefined },
      entry: { change: 'rag-override-cleared', on: context.on, by: context.by, reason },
    }),
  });
}

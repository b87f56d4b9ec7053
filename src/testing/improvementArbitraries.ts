import fc from 'fast-check';
import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftDays } from '../calendar/dateArithmetic.js';
import { dateFieldProblem, oneOfProblem, wholeNumberProblem } from '../check/fields.js';
import { readOptions } from '../check/options.js';
import { FRAMEWORKS } from '../framework/frameworks.js';
import {
  blockAction,
  cancelAction,
  closeAction,
  deliverAction,
  overrideRag,
  recordImpact,
  rescheduleAction,
  startAction,
  supersedeAction,
} from '../improvement/actionLifecycle.js';
import { createImprovementAction } from '../improvement/createImprovementAction.js';
import { createImprovementPlan } from '../improvement/createImprovementPlan.js';
import type { Finding } from '../improvement/finding.js';
import {
  ACTION_KINDS,
  ACTION_STATES,
  type ActionState,
  type ImprovementAction,
} from '../improvement/improvementAction.js';
import type { ImprovementPlan } from '../improvement/improvementPlan.js';
import type { Result } from '../result/result.js';
import { arbitraryOutcome } from './outcomeArbitraries.js';

/**
 * Options of {@link arbitraryImprovementAction}.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import type { ActionArbitraryOptions } from 'ofsted-ilacs/testing';
 *
 * const options: ActionArbitraryOptions = { state: 'closed', raised: calendarDate('2024-01-08') };
 * console.log(options.state);
 * ```
 *
 * @category Arbitraries
 */
export interface ActionArbitraryOptions {
  /** The state the action ends in. Default: any. */
  readonly state?: ActionState;
  /** The day it was raised. Default: a day in 2019-2025. */
  readonly raised?: CalendarDate;
}

/** The lifecycle steps that lead to each state (cancelled and superseded end any open path). */
const PATHS: Record<ActionState, readonly string[]> = {
  'not-started': [],
  'in-progress': ['start'],
  blocked: ['start', 'block'],
  delivered: ['start', 'deliver'],
  'impact-evidenced': ['start', 'deliver', 'impact'],
  closed: ['start', 'deliver', 'impact', 'close'],
  cancelled: ['start', 'cancel'],
  superseded: ['start', 'deliver', 'supersede'],
};

/**
 * Improvement actions in any lifecycle state, built through the lifecycle functions
 * themselves, so that their histories are genuine: due dates moved zero to three times
 * while open, sometimes a RAG set by hand, and the dates in order. `parseImprovementAction`
 * accepts every one.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { deriveRag, calendarDate } from 'ofsted-ilacs';
 * import { arbitraryImprovementAction } from 'ofsted-ilacs/testing';
 *
 * fc.assert(
 *   fc.property(arbitraryImprovementAction({ state: 'closed' }), (action) => {
 *     return deriveRag(action, { asOf: calendarDate('2030-01-01') }).rag === 'blue';
 *   }),
 * );
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryImprovementAction(options: ActionArbitraryOptions = {}): fc.Arbitrary<ImprovementAction> {
  options = readOptions('arbitraryImprovementAction', options, {
    state: (value, name) => oneOfProblem(value, ACTION_STATES, name),
    raised: (value, name) =>
      dateFieldProblem(value, name) ??
      ((value as string) > '2150-01-01'
        ? {
            code: 'out-of-range',
            message: `${name} must be no later than 2150-01-01, so that every generated date falls within the supported dates.`,
            params: { field: name, found: value as string, limit: '2150-01-01' },
          }
        : undefined),
  });
  return fc
    .record({
      state: options.state === undefined ? fc.constantFrom(...ACTION_STATES) : fc.constant(options.state),
      raisedOffset: fc.integer({ min: 0, max: 2_500 }),
      duration: fc.integer({ min: 0, max: 365 }),
      gaps: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 10, maxLength: 10 }),
      reschedules: fc.integer({ min: 0, max: 3 }),
      override: fc.option(fc.constantFrom('red' as const, 'amber' as const, 'green' as const), { nil: undefined }),
      kind: fc.constantFrom(...ACTION_KINDS),
      moneyPence: fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: undefined }),
      early: fc.boolean(),
    })
    .map((draw) => {
      const raised = options.raised ?? shiftDays('2019-01-01' as CalendarDate, draw.raisedOffset);
      let on = raised;
      let gap = 0;
      const next = () => {
        on = shiftDays(on, draw.gaps[gap++ % draw.gaps.length] as number);
        return { on, by: 'Owner' };
      };
      let result: Result<ImprovementAction> = createImprovementAction({
        id: 'A1',
        title: 'Generated action',
        answers: [],
        kind: draw.kind,
        owner: 'Owner',
        raised,
        due: shiftDays(raised, draw.duration),
        ...(draw.moneyPence !== undefined && { moneyPence: draw.moneyPence }),
        by: 'Recorder',
      });
      const then = (step: (action: ImprovementAction) => Result<ImprovementAction>) => {
        if (result.ok) result = step(result.value);
      };
      const path =
        draw.early && (draw.state === 'cancelled' || draw.state === 'superseded')
          ? [PATHS[draw.state].at(-1) as string]
          : PATHS[draw.state];
      for (let moved = 0; moved < draw.reschedules; moved += 1) {
        then((a) =>
          rescheduleAction(a, { ...next(), to: shiftDays(a.due, 7 * (moved + 1)), reason: 'Generated move.' }),
        );
      }
      if (draw.override !== undefined)
        then((a) => overrideRag(a, { ...next(), rag: draw.override as 'red', reason: 'Generated override.' }));
      for (const step of path) {
        if (step === 'start') then((a) => startAction(a, next()));
        if (step === 'block') then((a) => blockAction(a, next(), 'Generated block.'));
        if (step === 'deliver') then((a) => deliverAction(a, next(), 'Generated delivery evidence.'));
        if (step === 'impact') then((a) => recordImpact(a, next(), 'Generated impact evidence.'));
        if (step === 'close') then((a) => closeAction(a, { ...next(), by: 'Verifier' }));
        if (step === 'cancel') then((a) => cancelAction(a, next(), 'Generated cancellation.'));
        if (step === 'supersede') then((a) => supersedeAction(a, next(), 'Generated supersession.'));
      }
      if (!result.ok) throw new Error(`arbitraryImprovementAction was refused: ${JSON.stringify(result.issues)}`);
      return result.value;
    });
}

/**
 * Options of {@link arbitraryImprovementPlan}.
 *
 * @example
 * ```ts
 * import type { PlanArbitraryOptions } from 'ofsted-ilacs/testing';
 *
 * const options: PlanArbitraryOptions = { maxFindings: 3, maxActions: 20 };
 * console.log(options.maxActions);
 * ```
 *
 * @category Arbitraries
 */
export interface PlanArbitraryOptions {
  /** At most this many findings (at least one). Default 5. */
  readonly maxFindings?: number;
  /** At most this many actions. Default 12. */
  readonly maxActions?: number;
}

const AREAS = FRAMEWORKS['ilacs-2023'].areas.map((area) => area.id);

/**
 * Improvement plans answering a graded ILACS inspection: findings in its areas, and
 * actions in any state answering some of them (or none). `createImprovementPlan` and
 * `parseImprovementPlan` accept every one.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { arbitraryImprovementPlan } from 'ofsted-ilacs/testing';
 *
 * fc.assert(
 *   fc.property(arbitraryImprovementPlan(), (plan) => {
 *     return summarisePlan(plan, { asOf: calendarDate('2026-01-01') }).byRag.total === plan.actions.length;
 *   }),
 * );
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryImprovementPlan(options: PlanArbitraryOptions = {}): fc.Arbitrary<ImprovementPlan> {
  options = readOptions('arbitraryImprovementPlan', options, {
    maxFindings: (value, name) => wholeNumberProblem(value, name, 1, 100),
    maxActions: (value, name) => wholeNumberProblem(value, name, 0, 1000),
  });
  return fc
    .record({
      outcome: arbitraryOutcome({ framework: 'ilacs-2023' }),
      findings: fc.array(fc.constantFrom(...AREAS), { minLength: 1, maxLength: options.maxFindings ?? 5 }),
      actions: fc.array(
        fc.tuple(
          arbitraryImprovementAction({ raised: '2023-06-01' as CalendarDate }),
          fc.array(fc.nat(), { maxLength: 3 }),
        ),
        {
          maxLength: options.maxActions ?? 12,
        },
      ),
    })
    .map(({ outcome, findings, actions }) => {
      const event = {
        kind: 'standard-inspection' as const,
        onSite: { start: '2023-03-06' as CalendarDate, end: '2023-03-17' as CalendarDate },
        published: '2023-05-12' as CalendarDate,
        outcome,
      };
      const planFindings: Finding[] = findings.map((area, index) => ({
        id: `F${index + 1}`,
        kind: 'recommendation',
        area,
        text: `Generated finding ${index + 1}.`,
        raised: event.published,
        raisedBy: { kind: event.kind, start: event.onSite.start },
      }));
      const planActions = actions.map(([action, picks], index) => ({
        ...action,
        id: `A${index + 1}`,
        answers: [...new Set(picks.map((pick) => `F${(pick % findings.length) + 1}`))],
      }));
      const plan = createImprovementPlan({
        id: 'generated',
        title: 'Generated plan',
        events: [event],
        findings: planFindings,
        actions: planActions,
      });
      if (!plan.ok) throw new Error(`arbitraryImprovementPlan built an invalid plan: ${JSON.stringify(plan.issues)}`);
      return plan.value;
    });
}

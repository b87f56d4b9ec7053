import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { ENDED_STATES } from './applyEntry.js';
import type { Rag } from './improvementAction.js';
import type { FindingProgress, MeasureImpact, PlanSummary } from './improvementPlan.js';
import { worstRag } from './ragCounts.js';
import { checkRated, findingsAnswered, findingsById, isOpenOn, type RatedPlan } from './ratePlan.js';

/**
 * Each finding's progress and what does not meet in a plan, as
 * {@link progressByFinding} returns them: the findings' progress in the plan's order,
 * the findings no action answers, and the actions that answer no finding.
 *
 * @example
 * ```ts
 * import type { ProgressByFinding } from 'ofsted-ilacs';
 *
 * const closed = (progress: ProgressByFinding) => progress.findings.filter((finding) => finding.state === 'closed').length;
 * console.log(typeof closed);
 * ```
 *
 * @category Improvement plans
 */
export type ProgressByFinding = Pick<PlanSummary, 'findings' | 'findingsWithoutActions' | 'actionsWithoutFindings'>;

/** What a summary gathers about one finding from the actions that answer it. */
interface FindingTally {
  readonly findingId: string;
  actions: number;
  open: number;
  closed: number;
  readonly delivery: (Rag | 'not-rated')[];
  readonly impact: (Rag | 'not-rated')[];
  nextDue: CalendarDate | undefined;
}

/** The impact RAGs of each finding's and each action's measures, by whose they are. */
function impactsByHolder(measures: readonly MeasureImpact[]): Map<string, (Rag | 'not-rated')[]> {
  const byHolder = new Map<string, (Rag | 'not-rated')[]>();
  for (const measure of measures) {
    const key = `${measure.of.kind}|${measure.of.id}`;
    const rags = byHolder.get(key) ?? [];
    rags.push(measure.rag);
    byHolder.set(key, rags);
  }
  return byHolder;
}

/** Why a finding is open or closed, in a sentence. */
function reasonOf(tally: FindingTally, closed: boolean): string {
  const { actions, open } = tally;
  if (actions === 0) return 'No action answers it.';
  if (closed) return `All ${actions} action${actions === 1 ? ' has' : 's have'} ended, ${tally.closed} closed.`;
  if (open > 0) return `${open} of ${actions} action${actions === 1 ? '' : 's'} still open.`;
  return 'Its actions ended without any being closed.';
}

function progressOf(tally: FindingTally): FindingProgress {
  const closed = tally.actions > 0 && tally.open === 0 && tally.closed > 0;
  return {
    findingId: tally.findingId,
    state: closed ? 'closed' : 'open',
    actions: tally.actions,
    reason: reasonOf(tally, closed),
    delivery: worstRag(tally.delivery),
    impact: worstRag(tally.impact),
    ...(tally.nextDue !== undefined && { nextDue: tally.nextDue }),
  };
}

/**
 * Each finding's progress in a rated plan, as its summary gives it: how many actions
 * answer it, its delivery (the worst derived RAG of those actions) and its impact (the
 * worst impact RAG of its measures and its actions' measures), the earliest due date of
 * its open actions, and whether it is closed: only when it has actions, all of them have
 * ended, and at least one closed (cancelled and superseded actions end but deliver
 * nothing). With the findings no action answers and the actions answering no finding.
 * The RAGs are the ones `ratePlan` derived: nothing is rated again. Throws
 * {@link OfstedIlacsError} (`invalid-argument`) for anything but what `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, progressByFinding, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const progress = progressByFinding(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }));
 * console.log(progress.findings.map((finding) => `${finding.findingId} ${finding.delivery}/${finding.impact}: ${finding.reason}`));
 * // ['F1 amber/amber: 2 of 3 actions still open.', 'F2 not-rated/not-rated: No action answers it.', 'F3 green/not-rated: 4 of 4 actions still open.', 'F4 red/not-rated: 2 of 2 actions still open.']
 * console.log(progress.findingsWithoutActions, progress.actionsWithoutFindings); // ['F2'] []
 * ```
 *
 * @category Improvement plans
 */
export function progressByFinding(rated: RatedPlan<FrameworkId | DefinedFramework>): ProgressByFinding {
  const { asOf, plan, actions, measures } = checkRated('progressByFinding', rated);
  const impacts = impactsByHolder(measures);
  const tallies = plan.findings.map(
    (finding): FindingTally => ({
      findingId: finding.id,
      actions: 0,
      open: 0,
      closed: 0,
      delivery: [],
      impact: [...(impacts.get(`finding|${finding.id}`) ?? [])],
      nextDue: undefined,
    }),
  );
  const tallyOf = new Map(tallies.map((tally) => [tally.findingId, tally]));
  const byId = findingsById(plan);
  const actionsWithoutFindings: string[] = [];
  for (const row of actions) {
    const answered = findingsAnswered(byId, row.action);
    if (answered.length === 0) actionsWithoutFindings.push(row.action.id);
    const open = isOpenOn(row, asOf);
    for (const finding of answered) {
      const tally = tallyOf.get(finding.id) as FindingTally;
      tally.actions += 1;
      if (!ENDED_STATES.has(row.state)) tally.open += 1;
      if (row.state === 'closed') tally.closed += 1;
      tally.delivery.push(row.rag.rag);
      tally.impact.push(...(impacts.get(`action|${row.action.id}`) ?? []));
      if (open && (tally.nextDue === undefined || row.due < tally.nextDue)) tally.nextDue = row.due;
    }
  }
  const findings = tallies.map(progressOf);
  return {
    findings,
    findingsWithoutActions: findings.filter((finding) => finding.actions === 0).map((finding) => finding.findingId),
    actionsWithoutFindings,
  };
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { type PlanSnapshot, RATINGS, type Rating, type SummarySnapshot } from './planRead.js';

/** A move of an action's due date. */
type Move = PlanSnapshot['actions'][number]['moves'][number];

/** The moves of an action's due date made by a day. */
function movesBy(action: PlanSnapshot['actions'][number], asOf: CalendarDate): Move[] {
  return action.moves.filter((move) => move.on <= asOf);
}

/** How many days some moves put due dates back in all (forward: fewer). */
function daysIn(moves: readonly Move[]): number {
  return moves.reduce((sum, move) => sum + dayOf(move.to) - dayOf(move.from), 0);
}

/** How many days the plan's due dates moved in all by the summary's date. @internal */
export function planDaysMoved(summary: SummarySnapshot, plan: PlanSnapshot): number {
  return plan.actions.reduce((sum, action) => sum + daysIn(movesBy(action, summary.asOf)), 0);
}

/** A finding's actions by RAG, and the moves of their due dates, from the plan. @internal */
export interface FindingDetail {
  readonly counts: Map<Rating, number>;
  moves: number;
  days: number;
}

/** Each finding's actions by RAG, and the moves of their due dates by the summary's date, by finding id. @internal */
export function detailsOf(summary: SummarySnapshot, plan: PlanSnapshot): Map<string, FindingDetail> {
  const details = new Map<string, FindingDetail>();
  for (const finding of summary.findings) details.set(finding.findingId, { counts: new Map(), moves: 0, days: 0 });
  plan.actions.forEach((action, index) => {
    const rag = (summary.rags[index] as { rag: Rating }).rag;
    const moves = movesBy(action, summary.asOf);
    const days = daysIn(moves);
    for (const answer of new Set(action.answers)) {
      const detail = details.get(answer);
      if (detail === undefined) continue;
      detail.counts.set(rag, (detail.counts.get(rag) ?? 0) + 1);
      detail.moves += moves.length;
      detail.days += days;
    }
  });
  return details;
}

/** "1 action", "3 actions". @internal */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "+61 days", "-3 days". @internal */
export function daysMoved(days: number): string {
  return `${days >= 0 ? '+' : '−'}${plural(Math.abs(days), 'day')}`;
}

/** "3 actions: 1 amber, 1 green, 1 blue". @internal */
export function countsOf(total: number, counts: ReadonlyMap<Rating, number> | undefined): string {
  const head = total === 0 ? 'No action' : plural(total, 'action');
  if (counts === undefined || total === 0) return head;
  return `${head}: ${RATINGS.filter((rating) => counts.has(rating))
    .map((rating) => `${counts.get(rating)} ${rating === 'not-rated' ? 'not rated' : rating}`)
    .join(', ')}`;
}

/**
 * How a finding's due dates moved, after its counts: "; moved 2 times, +61 days" (`said`
 * the words before the count), "; no due date moved", or nothing without the plan.
 *
 * @internal
 */
export function movedWords(detail: FindingDetail | undefined, said: string): string {
  if (detail === undefined) return '';
  return detail.moves === 0
    ? '; no due date moved'
    : `; ${said} ${plural(detail.moves, 'time')}, ${daysMoved(detail.days)}`;
}

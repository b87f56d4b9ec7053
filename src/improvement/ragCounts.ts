import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { ACTION_KINDS, ACTION_STATES, type ActionKind, type ActionState, type Rag } from './improvementAction.js';
import type { PlanSummary, RagCounts } from './improvementPlan.js';
import { NATIONAL_FRAMEWORK_TAGS, type NationalFrameworkTag } from './nationalFramework.js';
import { checkRated, findingsAnswered, findingsById, type RatedPlan } from './ratePlan.js';

/**
 * The counts of a plan's actions by derived RAG that a summary gives, as
 * {@link countActions} returns them: overall (`byRag`), by status, by kind, by the
 * framework area of the findings each answers, and by their National Framework tags.
 *
 * @example
 * ```ts
 * import type { ActionCounts } from 'ofsted-ilacs';
 *
 * const redOf = (counts: ActionCounts, area: string) => counts.byArea[area]?.red ?? 0;
 * console.log(typeof redOf);
 * ```
 *
 * @category Improvement plans
 */
export type ActionCounts = Pick<PlanSummary, 'byRag' | 'byStatus' | 'byKind' | 'byArea' | 'byTag'>;

/** No count yet, of any RAG. @internal */
export function emptyCounts(): RagCounts {
  return { total: 0, red: 0, amber: 0, green: 0, blue: 0, 'not-rated': 0 };
}

/** Counts one more of a RAG. @internal */
export function count(counts: RagCounts, rag: Rag | 'not-rated'): void {
  counts.total += 1;
  counts[rag] += 1;
}

const RAG_ORDER: readonly (Rag | 'not-rated')[] = ['red', 'amber', 'green', 'blue'];

/** The worst of some RAGs (red, amber, green, then blue), ignoring the unrated; `not-rated` when none is rated. @internal */
export function worstRag(rags: readonly (Rag | 'not-rated')[]): Rag | 'not-rated' {
  for (const rag of RAG_ORDER) if (rags.includes(rag)) return rag;
  return 'not-rated';
}

/** Counts a RAG under each key, making the key's counts when it has none yet. */
function countUnder<K>(counts: Map<K, RagCounts>, keys: Iterable<K>, rag: Rag | 'not-rated'): void {
  for (const key of keys) {
    const under = counts.get(key) ?? emptyCounts();
    counts.set(key, under);
    count(under, rag);
  }
}

/** The counts by tag, in the National Framework's order, `untagged` last; only tags with actions. */
function inFrameworkOrder(
  counts: ReadonlyMap<NationalFrameworkTag | 'untagged', RagCounts>,
): Partial<Record<NationalFrameworkTag | 'untagged', RagCounts>> {
  const byTag: Partial<Record<NationalFrameworkTag | 'untagged', RagCounts>> = {};
  for (const tag of [...NATIONAL_FRAMEWORK_TAGS, 'untagged' as const]) {
    const under = counts.get(tag);
    if (under !== undefined) byTag[tag] = under;
  }
  return byTag;
}

/**
 * Counts a rated plan's actions by derived RAG, as its summary does: overall (`byRag`),
 * by status, by kind, by framework area and by National Framework tag. An action counts
 * once under every area, and every tag, of the findings it answers; one answering no
 * finding counts under `unassigned` (areas), one answering no tagged finding under
 * `untagged`. Areas come in the order the actions first name them, tags in the
 * framework's order. Each RAG is the one `ratePlan` derived: nothing is rated again.
 * Throws {@link OfstedIlacsError} (`invalid-argument`) for anything but what `ratePlan`
 * returned.
 *
 * @example
 * ```ts
 * import { calendarDate, countActions, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const counts = countActions(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }));
 * console.log(counts.byRag); // { total: 9, red: 1, amber: 2, green: 5, blue: 1, 'not-rated': 0 }
 * console.log(counts.byArea.childrenInCareAndCareLeavers); // { total: 2, red: 1, amber: 1, green: 0, blue: 0, 'not-rated': 0 }
 * ```
 *
 * @category Improvement plans
 */
export function countActions(rated: RatedPlan<FrameworkId | DefinedFramework>): ActionCounts {
  const { plan, actions } = checkRated('countActions', rated);
  const byId = findingsById(plan);
  const byRag = emptyCounts();
  const byStatus = Object.fromEntries(ACTION_STATES.map((state) => [state, 0])) as Record<ActionState, number>;
  const byKind = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, emptyCounts()])) as Record<ActionKind, RagCounts>;
  const byArea = new Map<string, RagCounts>();
  const byTag = new Map<NationalFrameworkTag | 'untagged', RagCounts>();
  for (const { action, state, rag } of actions) {
    count(byRag, rag.rag);
    byStatus[state] += 1;
    count(byKind[action.kind], rag.rag);
    const answered = findingsAnswered(byId, action);
    const areas = new Set(answered.map((finding) => finding.area as string));
    const tags = new Set(answered.flatMap((finding) => finding.tags ?? []));
    countUnder(byArea, areas.size === 0 ? ['unassigned'] : areas, rag.rag);
    countUnder(byTag, tags.size === 0 ? ['untagged' as const] : tags, rag.rag);
  }
  return { byRag, byStatus, byKind, byArea: Object.fromEntries(byArea), byTag: inFrameworkOrder(byTag) };
}

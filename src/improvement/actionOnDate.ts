import type { CalendarDate } from '../calendar/calendarDate.js';
import { applyEntry, createdState } from './applyEntry.js';
import type { ActionHistoryEntry, ActionState, ImprovementAction, RagOverride } from './improvementAction.js';

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

const NO_ANSWERS: ReadonlySet<string> = /* @__PURE__ */ new Set();

/** Replays a checked action's history up to and including a date, in one pass through `applyEntry`. @internal */
export function actionOnDate(action: ImprovementAction, date: CalendarDate): ActionOnDate {
  const history = action.history;
  const created = history[0] as Extract<ActionHistoryEntry, { change: 'created' }>;
  let replayed = createdState(action.raised, created, NO_ANSWERS);
  for (let index = 1; index < history.length; index += 1) {
    const entry = history[index] as ActionHistoryEntry;
    if (entry.on > date) break;
    replayed = applyEntry(replayed, entry, action).state;
  }
  return {
    state: replayed.state,
    since: replayed.since,
    by: replayed.by,
    note: replayed.note,
    due: replayed.due,
    originalDue: created.due,
    reschedules: replayed.reschedules,
    override: replayed.override,
    moneyPence: replayed.money ?? moneyAtCreation(action),
  };
}

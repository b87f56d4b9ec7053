import type { CalendarDate } from '../calendar/calendarDate.js';
import { isChecked } from '../check/checked.js';
import { applyEntry, createdState, type ReplayedAction } from './applyEntry.js';
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

/**
 * The states of a checked action after each entry of its history, in order, replayed once
 * through `applyEntry` and, for an action the library checked and froze (one of a parsed
 * plan), remembered: its history cannot change, so a summary on any day reads the state
 * it needs rather than replaying again. Held weakly, so never keeps an action alive.
 */
const TIMELINES = /* @__PURE__ */ new WeakMap<object, readonly ReplayedAction[]>();

/** Every state of an action's history, replayed up to and including `until`. */
function replayed(action: ImprovementAction, until: CalendarDate | undefined): ReplayedAction[] {
  const history = action.history;
  let state = createdState(action.raised, history[0] as Extract<ActionHistoryEntry, { change: 'created' }>, NO_ANSWERS);
  const states = [state];
  for (let index = 1; index < history.length; index += 1) {
    const entry = history[index] as ActionHistoryEntry;
    if (until !== undefined && entry.on > until) break;
    state = applyEntry(state, entry, action).state;
    states.push(state);
  }
  return states;
}

/** The state of an action on a date: the last of its states whose entry is on or before it. */
function stateOn(action: ImprovementAction, date: CalendarDate): ReplayedAction {
  if (!isChecked(action)) return replayed(action, date).at(-1) as ReplayedAction;
  let timeline = TIMELINES.get(action);
  if (timeline === undefined) {
    timeline = replayed(action, undefined);
    TIMELINES.set(action, timeline);
  }
  const history = action.history;
  let index = 0;
  while (index + 1 < history.length && (history[index + 1] as ActionHistoryEntry).on <= date) index += 1;
  return timeline[index] as ReplayedAction;
}

/** Replays a checked action's history up to and including a date, in one pass through `applyEntry`. @internal */
export function actionOnDate(action: ImprovementAction, date: CalendarDate): ActionOnDate {
  const state = stateOn(action, date);
  const created = action.history[0] as Extract<ActionHistoryEntry, { change: 'created' }>;
  return {
    state: state.state,
    since: state.since,
    by: state.by,
    note: state.note,
    due: state.due,
    originalDue: created.due,
    reschedules: state.reschedules,
    override: state.override,
    moneyPence: state.money ?? moneyAtCreation(action),
  };
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import { type InspectionEvent, isVisit } from '../inspection/inspectionEvent.js';

/** A DfE intervention regime for children's social care. @internal */
export type Regime = 'improvement-notice' | 'statutory-direction';

/** A span of time with the same DfE intervention regime in force for children's social care. @internal */
export interface Band {
  readonly regime: Regime;
  readonly from: CalendarDate;
  readonly to: CalendarDate | undefined;
}

/**
 * The periods of intervention, in one pass over the events (in date order): the rule of
 * `interventionRegimeOn` (a direction supersedes a notice; events on a day count on it;
 * children's social care only), read from the table of event kinds.
 *
 * @internal
 */
export function bandsOf(events: readonly InspectionEvent<FrameworkId | DefinedFramework>[]): Band[] {
  const bands: Band[] = [];
  let notice = false;
  let direction = false;
  let open: { regime: Regime; from: CalendarDate } | undefined;
  const close = (date: CalendarDate) => {
    const regime: Regime | undefined = direction ? 'statutory-direction' : notice ? 'improvement-notice' : undefined;
    if (open !== undefined && open.regime === regime) return;
    if (open !== undefined) bands.push({ ...open, to: date });
    open = regime === undefined ? undefined : { regime, from: date };
  };
  let pending: CalendarDate | undefined;
  for (const event of events) {
    if (isVisit(event) || (event.scope ?? 'childrens-social-care') !== 'childrens-social-care') continue;
    // The regime of a day is read after its last event.
    if (pending !== undefined && pending !== event.date) close(pending);
    pending = event.date;
    const kind = EVENT_KINDS[event.kind];
    if (kind.measure === 'improvement-notice') notice = kind.starts === true;
    else direction = kind.starts === true;
    if (kind.supersedes !== undefined) notice = false;
  }
  if (pending !== undefined) close(pending);
  if (open !== undefined) bands.push({ ...(open as { regime: Regime; from: CalendarDate }), to: undefined });
  return bands;
}

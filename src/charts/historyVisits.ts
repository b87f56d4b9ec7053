import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import {
  type GradedInspection,
  type InspectionEvent,
  isGradedInspection,
  isVisit,
  type Visit,
} from '../inspection/inspectionEvent.js';
import type { AnyHistory } from './chartedTypes.js';

/** A visit the chart marks: every visit that is not a graded inspection. @internal */
export type MarkedVisitEvent = Exclude<Visit, GradedInspection>;

/** The kinds of visit drawn as marks. @internal */
export type MarkedVisit = MarkedVisitEvent['kind'];

/** The name of each kind of visit beside its mark. @internal */
export const VISIT_MARKS: Readonly<Record<MarkedVisit, string>> = {
  'focused-visit': 'FV',
  'monitoring-visit': 'MV',
  'joint-targeted-area-inspection': 'JTAI',
  'area-send-inspection': 'SEND',
  'area-send-monitoring': 'SEND MV',
};

/** The kinds of visit drawn as marks. @internal */
export const VISIT_KINDS = Object.keys(VISIT_MARKS) as MarkedVisit[];

/** Whether an event is a visit the chart marks. */
function isMarkedVisit(event: InspectionEvent<FrameworkId | DefinedFramework>): event is MarkedVisitEvent {
  return isVisit(event) && !isGradedInspection(event);
}

/** The visits of a history that the chart marks, in date order. @internal */
export function markedVisits(history: AnyHistory): MarkedVisitEvent[] {
  return history.events.filter(isMarkedVisit);
}

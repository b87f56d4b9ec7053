import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { Scale } from '../defined/defineScale.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { GradedInspection } from '../inspection/inspectionEvent.js';
import type { InspectionHistory } from '../inspection/inspectionHistory.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import type { Band } from './interventionBands.js';

/**
 * The shapes the history chart reads a history into, shared by the reading
 * (`chartedHistory`), the rows of a caller's frameworks (`definedGrades`) and the drawing:
 * types only, so that each of those imports them and none imports another for them.
 */

/** A grade on a scale of the caller's, as a cell of the history chart shows it. @internal */
export interface DefinedGrade {
  readonly scale: Scale;
  readonly grade: string;
}

/** What a cell of the grade table shows: a built-in grade, a grade on a caller's scale, or none. @internal */
export type ChartCell = AreaJudgement | DefinedGrade | undefined;

/** A history that may hold inspections under the caller's frameworks. @internal */
export type AnyHistory = InspectionHistory<FrameworkId | DefinedFramework>;

/**
 * A graded inspection as the history chart places it: by its first day on site, or its
 * publication where no day is known.
 *
 * @internal
 */
export interface Placed {
  readonly inspection: GradedInspection<FrameworkId | DefinedFramework>;
  readonly date: CalendarDate;
  /** Whether its days on site were published (false: placed at its publication). */
  readonly daysKnown: boolean;
  readonly predecessor: string | undefined;
  /** The caller's framework its outcome is under, where it is one of theirs. */
  readonly framework: DefinedFramework | undefined;
  /** What it shows in each row of the grade table, as the chart's rows are. */
  readonly cells: readonly ChartCell[];
}

/** Which kinds the history's data leaves out, in words, for visits and for interventions (undefined: none). @internal */
export interface NotInData {
  readonly visits: string | undefined;
  readonly interventions: string | undefined;
}

/**
 * What the history chart reads of a history: its graded inspections as placed, oldest
 * first; the periods of DfE intervention; and what its data leaves out.
 *
 * @internal
 */
export interface ChartedHistory {
  readonly history: AnyHistory;
  readonly inspections: readonly Placed[];
  /** The rows of the grade table, each its words longest first: overall, then the areas. */
  readonly rows: readonly (readonly string[])[];
  readonly bands: readonly Band[];
  readonly missing: NotInData;
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import { dateFieldProblem, listAt, type Path, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { checkDatedOptions, dateOption, type OptionRule, refusal } from '../check/options.js';
import { checkCopy } from '../check/snapshot.js';
import { describeValue } from '../check/values.js';
import { fail, type Issue, issue, type Result, shorten, succeed } from '../result/result.js';
import type { Rag } from './rag.js';

/**
 * A value of a measure on a day: a baseline, a reading, or (with `by`) a target.
 *
 * @example
 * ```ts
 * import { calendarDate, type MeasurePoint } from 'ofsted-ilacs';
 *
 * const reading: MeasurePoint = { value: 38, on: calendarDate('2020-02-14') };
 * console.log(reading.value);
 * ```
 *
 * @category Improvement plans
 */
export interface MeasurePoint {
  readonly value: number;
  readonly on: CalendarDate;
}

/**
 * How a finding's or an action's impact is measured, as councils track it: a name and
 * unit, whether higher is better, a baseline, a target by a date, and the readings taken
 * since, oldest first. Progress is judged against the straight line from the baseline to
 * the target (the trajectory); see {@link deriveImpact}.
 *
 * @example
 * ```ts
 * import { calendarDate, type Measure } from 'ofsted-ilacs';
 *
 * const audits: Measure = {
 *   id: 'M1',
 *   name: 'Cases audited as good or better',
 *   unit: '%',
 *   higherIsBetter: true,
 *   baseline: { value: 24, on: calendarDate('2019-05-31') },
 *   target: { value: 60, by: calendarDate('2020-12-31') },
 *   readings: [{ value: 31, on: calendarDate('2019-11-22') }],
 * };
 * console.log(audits.target.value);
 * ```
 *
 * @category Improvement plans
 */
export interface Measure {
  readonly id: string;
  readonly name: string;
  /** `'%'`, or a word for what is counted: `'days'`, `'children'`. */
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly baseline: MeasurePoint;
  readonly target: { readonly value: number; readonly by: CalendarDate };
  readonly readings: readonly MeasurePoint[];
}

/**
 * A measure's impact RAG on a day, from its latest reading by then against the trajectory:
 * `blue` when the target is met, `green` on or ahead of the trajectory, `amber` behind it
 * by no more than the tolerance, `red` further behind or past the target date,
 * `not-rated` with no reading yet. With the reason, the reading that decided it, and the
 * value the trajectory expected on that reading's day.
 *
 * @example
 * ```ts
 * import { type DerivedImpact, deriveImpact } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const measure = HULL_PLAN.findings[0]?.measures?.[0];
 * if (measure) {
 *   const impact: DerivedImpact = deriveImpact(measure, { asOf: measure.target.by });
 *   console.log(impact.rag, impact.reason);
 * }
 * ```
 *
 * @category Improvement plans
 */
export interface DerivedImpact {
  readonly measureId: string;
  readonly rag: Rag | 'not-rated';
  readonly decidedBy: 'no-reading' | 'target-met' | 'trajectory' | 'target-date-passed';
  readonly reason: string;
  readonly reading?: MeasurePoint;
  /** The value the trajectory expected on the reading's day. */
  readonly expected?: number;
}

/**
 * Options of {@link deriveImpact}, and the impact options of `summarisePlan` and
 * `deriveRag`.
 *
 * @example
 * ```ts
 * import { calendarDate, type ImpactOptions } from 'ofsted-ilacs';
 *
 * const options: ImpactOptions = { asOf: calendarDate('2020-03-31'), trajectoryTolerance: 0.2 };
 * console.log(options.trajectoryTolerance);
 * ```
 *
 * @category Improvement plans
 */
export interface ImpactOptions {
  /** The day to rate on. Required: the library never reads the clock. */
  readonly asOf: CalendarDate;
  /**
   * How far behind the trajectory a reading may be and still be amber, as a share of the
   * whole distance from baseline to target (from 0 to 1). Default 0.1: a tenth. Councils
   * set their own tolerance; this default is the library's, not a sector standard.
   */
  readonly trajectoryTolerance?: number;
}

/** The option of a tolerance from 0 to 1. @internal */
export const toleranceOption: OptionRule = (value, name) =>
  typeof value === 'number' && value >= 0 && value <= 1
    ? undefined
    : {
        code: typeof value === 'number' ? 'out-of-range' : 'invalid-type',
        message: `${name} must be a share from 0 to 1 (0.1 is a tenth of the way from baseline to target), got ${describeValue(value)}.`,
        params: { field: name, found: describeValue(value), limit: 1 },
      };

const IMPACT_OPTIONS = { asOf: dateOption, trajectoryTolerance: toleranceOption };

/** The fields of a measure, and of its points. @internal */
export const MEASURE_FIELDS = ['id', 'name', 'unit', 'higherIsBetter', 'baseline', 'target', 'readings'] as const;

/** A measure's value: a finite number within `LIMITS.measureValue` either side of zero. */
function valueProblem(value: unknown, what: string) {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMITS.measureValue) return undefined;
  return {
    code:
      typeof value === 'number'
        ? ('out-of-range' as const)
        : value === undefined
          ? ('missing' as const)
          : ('invalid-type' as const),
    message: `${what} must be a number from -${LIMITS.measureValue.toLocaleString('en-GB')} to ${LIMITS.measureValue.toLocaleString('en-GB')}, got ${describeValue(value)}.`,
    params: { field: what, found: describeValue(value), limit: LIMITS.measureValue },
  };
}

/** Checks one point (`{ value, on }`, or a target's `{ value, by }`); returns its date when sound. */
function pointIssues(issues: Issue[], value: unknown, path: Path, what: string, day: 'on' | 'by'): string | undefined {
  const before = issues.length;
  const point = recordAt(issues, value, path, what, ['value', day]);
  if (point === undefined) return undefined;
  placeAt(issues, path, 'value', valueProblem(point.value, `${what}.value`));
  placeAt(issues, path, day, dateFieldProblem(point[day], `${what}.${day}`));
  return issues.length === before ? (point[day] as string) : undefined;
}

/**
 * Checks a measure, pushing issues at `path`: text for its id, name and unit; a boolean
 * `higherIsBetter`; a baseline and a target of finite values on real dates, the target's
 * date after the baseline's and its value not worse than the baseline's; readings on or
 * after the baseline, each after the one before. Returns whether it passed.
 *
 * @internal
 */
export function measureIssues(issues: Issue[], value: unknown, path: Path): boolean {
  const before = issues.length;
  const measure = recordAt(issues, value, path, 'a measure', MEASURE_FIELDS);
  if (measure === undefined) return false;
  for (const key of ['id', 'name', 'unit'] as const) placeAt(issues, path, key, textFieldProblem(measure[key], key));
  if (typeof measure.higherIsBetter !== 'boolean') {
    issues.push(
      issue(
        [...path, 'higherIsBetter'],
        measure.higherIsBetter === undefined ? 'missing' : 'invalid-type',
        `higherIsBetter must be true or false (true where a rising value is progress), got ${describeValue(measure.higherIsBetter)}.`,
        { field: 'higherIsBetter', found: describeValue(measure.higherIsBetter), allowed: ['true', 'false'] },
      ),
    );
  }
  const baselineOn = pointIssues(issues, measure.baseline, [...path, 'baseline'], 'baseline', 'on');
  const targetBy = pointIssues(issues, measure.target, [...path, 'target'], 'target', 'by');
  if (baselineOn !== undefined && targetBy !== undefined) {
    if (targetBy <= baselineOn) {
      issues.push(
        issue(
          [...path, 'target', 'by'],
          'dates-out-of-order',
          `The target is due by ${targetBy}, not after the baseline on ${baselineOn}: give a later target date.`,
          { field: 'target.by', found: describeValue(targetBy), limit: baselineOn },
        ),
      );
    }
    const baseline = (measure.baseline as MeasurePoint).value;
    const target = (measure.target as MeasurePoint).value;
    if (
      typeof measure.higherIsBetter === 'boolean' &&
      (measure.higherIsBetter ? target < baseline : target > baseline)
    ) {
      issues.push(
        issue(
          [...path, 'target', 'value'],
          'invalid-value',
          `The target (${target}) is worse than the baseline (${baseline}) for a measure where ${measure.higherIsBetter ? 'higher' : 'lower'} is better: check the target, or higherIsBetter.`,
          {
            field: 'target.value',
            found: describeValue(target),
            limit: baseline,
            rule: measure.higherIsBetter ? 'higher-is-better' : 'lower-is-better',
          },
        ),
      );
    }
  }
  const readings = listAt(issues, measure.readings, [...path, 'readings'], 'readings');
  let previous = baselineOn;
  readings?.forEach((reading, index) => {
    const on = pointIssues(issues, reading, [...path, 'readings', index], `readings[${index}]`, 'on');
    if (on === undefined) return;
    if (previous !== undefined && (index === 0 ? on < previous : on <= previous)) {
      issues.push(
        issue(
          [...path, 'readings', index, 'on'],
          'dates-out-of-order',
          index === 0
            ? `Reading 0 is dated ${on}, before the baseline on ${previous}: readings follow the baseline.`
            : `Reading ${index} is dated ${on}, not after the reading before it (${previous}): readings are in date order, one a day.`,
          {
            field: `readings[${index}].on`,
            found: describeValue(on),
            limit: previous,
            rule: index === 0 ? 'after-baseline' : 'after-previous-reading',
          },
        ),
      );
    }
    previous = on;
  });
  return issues.length === before;
}

/**
 * Checks a measure and returns what is wrong with it, or an empty array; never throws.
 *
 * @example
 * ```ts
 * import { calendarDate, findMeasureIssues, type Measure } from 'ofsted-ilacs';
 *
 * const backwards = {
 *   id: 'M1', name: 'Re-referrals within 12 months', unit: '%', higherIsBetter: false,
 *   baseline: { value: 22, on: calendarDate('2019-06-01') },
 *   target: { value: 30, by: calendarDate('2020-06-01') },
 *   readings: [],
 * } satisfies Measure;
 * console.log(findMeasureIssues(backwards).map((found) => found.code)); // ['invalid-value']
 * ```
 *
 * @category Improvement plans
 */
export function findMeasureIssues(measure: Measure): readonly Issue[] {
  return checkCopy(measure, (copy) => {
    const issues: Issue[] = [];
    measureIssues(issues, copy, []);
    return issues;
  }).issues;
}

/** A value as the reasons write it: whole, or to one decimal place. */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A value with its unit: `62%`, `14 days`. */
function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${numberText(value)}%` : `${numberText(value)} ${unit}`;
}

/** A difference with its unit: `2.1 percentage points` for a share, `3 days`. */
function gapWithUnit(value: number, unit: string): string {
  return unit === '%' ? `${numberText(value)} percentage points` : withUnit(value, unit);
}

/** Whether `value` is at least as good as `than`. */
function atLeast(measure: Measure, value: number, than: number): boolean {
  return measure.higherIsBetter ? notAbove(than, value) : notAbove(value, than);
}

/**
 * Whether `a` is at most `b`, counting as equal two numbers that differ only by the
 * rounding of the arithmetic that made them (a trajectory's share of the way, a tenth of
 * a range): a reading exactly at a documented threshold falls on the side the rule names.
 */
function notAbove(a: number, b: number): boolean {
  return a <= b || a - b <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/**
 * The impact of a checked measure on a day (see {@link DerivedImpact}). For the summary,
 * which checks its options once. @internal
 */
export function impactOn(measure: Measure, asOf: CalendarDate, tolerance = 0.1): DerivedImpact {
  const { baseline, target, unit } = measure;
  const plan = `baseline ${withUnit(baseline.value, unit)} on ${baseline.on}, target ${withUnit(target.value, unit)} by ${target.by}`;
  let reading: MeasurePoint | undefined;
  for (const candidate of measure.readings) {
    if (candidate.on > asOf) break;
    reading = candidate;
  }
  if (reading === undefined) {
    return {
      measureId: measure.id,
      rag: 'not-rated',
      decidedBy: 'no-reading',
      reason: `Not rated: no reading of ${measure.name} by ${asOf} (${plan}).`,
    };
  }
  const seen = `${withUnit(reading.value, unit)} on ${reading.on}`;
  if (atLeast(measure, reading.value, target.value)) {
    return {
      measureId: measure.id,
      rag: 'blue',
      decidedBy: 'target-met',
      reason: `Target met: ${measure.name} was ${seen} (${plan}).`,
      reading,
      expected: target.value,
    };
  }
  const from = dayOf(baseline.on);
  const share = Math.min(1, Math.max(0, (dayOf(reading.on) - from) / (dayOf(target.by) - from)));
  const expected = baseline.value + (target.value - baseline.value) * share;
  const base = { measureId: measure.id, reading, expected };
  if (asOf > target.by) {
    return {
      ...base,
      rag: 'red',
      decidedBy: 'target-date-passed',
      reason: `Target missed: ${measure.name} was ${seen}, and the target date has passed (${plan}).`,
    };
  }
  if (atLeast(measure, reading.value, expected)) {
    return {
      ...base,
      rag: 'green',
      decidedBy: 'trajectory',
      reason: `On track: ${measure.name} was ${seen}, at or ahead of the ${withUnit(expected, unit)} the trajectory expected (${plan}).`,
    };
  }
  const behind = Math.abs(expected - reading.value);
  const slipping = notAbove(behind, tolerance * Math.abs(target.value - baseline.value));
  return {
    ...base,
    rag: slipping ? 'amber' : 'red',
    decidedBy: 'trajectory',
    reason: `${slipping ? 'Slipping' : 'Off track'}: ${measure.name} was ${seen}, ${gapWithUnit(behind, unit)} behind the ${withUnit(expected, unit)} the trajectory expected (${plan}).`,
  };
}

/**
 * Derives a measure's impact RAG on a day from its latest reading by then, against the
 * straight line from baseline to target (see {@link DerivedImpact}). Throws
 * `OfstedIlacsError`: `invalid-argument` for a measure that breaks the rules (see
 * {@link findMeasureIssues}), `invalid-option` for options it does not have or no `asOf`.
 *
 * @example
 * ```ts
 * import { calendarDate, deriveImpact } from 'ofsted-ilacs';
 *
 * const measure = {
 *   id: 'M1', name: 'Cases audited as good or better', unit: '%', higherIsBetter: true,
 *   baseline: { value: 24, on: calendarDate('2019-05-31') },
 *   target: { value: 60, by: calendarDate('2020-12-31') },
 *   readings: [{ value: 31, on: calendarDate('2019-11-22') }, { value: 38, on: calendarDate('2020-02-14') }],
 * };
 * const impact = deriveImpact(measure, { asOf: calendarDate('2020-03-31') });
 * console.log(impact.rag, impact.reason); // 'amber' 'Slipping: … 38% on 2020-02-14, 2.1 percentage points behind the 40.1% the trajectory expected …'
 * ```
 *
 * @category Improvement plans
 */
export function deriveImpact(measure: Measure, options: ImpactOptions): DerivedImpact {
  const issues = [...findMeasureIssues(measure)];
  if (issues.length > 0) {
    throw refusal(
      'invalid-argument',
      'deriveImpact',
      issues.map((found) => ({ ...found, path: ['measure', ...found.path] })),
    );
  }
  checkDatedOptions('deriveImpact', options, IMPACT_OPTIONS);
  return impactOn(measure, options.asOf, options.trajectoryTolerance);
}

/**
 * A measure with one more reading, which must come after the last (and on or after the
 * baseline); never throws. Readings are never edited: a wrong one is corrected by a later
 * reading.
 *
 * @example
 * ```ts
 * import { calendarDate, recordReading } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const measure = HULL_PLAN.findings[0]?.measures?.[0];
 * if (measure) {
 *   const next = recordReading(measure, { value: 45, on: calendarDate('2020-06-30') });
 *   console.log(next.ok && next.value.readings.length); // one more than before
 * }
 * ```
 *
 * @category Improvement plans
 */
export function recordReading(measure: Measure, reading: MeasurePoint): Result<Measure> {
  try {
    const issues = [...findMeasureIssues(measure)].map((found) => ({ ...found, path: ['measure', ...found.path] }));
    if (issues.length > 0) return fail(issues);
    const next = { ...measure, readings: [...measure.readings, reading] };
    const found = findMeasureIssues(next).map((problem) =>
      problem.path[1] === measure.readings.length
        ? { ...problem, path: ['reading', ...problem.path.slice(2)] }
        : problem,
    );
    return found.length > 0 ? fail(found) : succeed(next);
  } catch {
    return fail([
      issue([], 'unreadable', `The measure ${shorten(String(measure?.id))} could not be read.`, { field: 'measure' }),
    ]);
  }
}

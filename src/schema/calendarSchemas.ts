import * as z from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../calendar/dayNumber.js';
import { coverageOrderProblem } from '../calendar/holidayTable.js';
import { LIMITS } from '../check/limits.js';
import { CalendarDateSchema, coreCheck, textSchema, wholeNumberSchema } from './fieldSchemas.js';

export { CalendarDateSchema };

/**
 * A holiday: a date and a name.
 *
 * @example
 * ```ts
 * import { HolidaySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(HolidaySchema.parse({ date: '2026-12-24', title: 'Council closure' }).title);
 * ```
 *
 * @category Calendar and working days
 */
export const HolidaySchema = /* @__PURE__ */ (() =>
  z.strictObject({ date: CalendarDateSchema, title: textSchema('title') }))();

const YEAR = `a whole number from ${FIRST_YEAR} to ${LAST_YEAR}`;

/**
 * A holiday calendar a caller brings: for example a council's closure days, kept in a
 * JSON file. Its years run from 1900 to 2199; `fromYear` is not after `toYear`; at most
 * `LIMITS.listLength` holidays.
 *
 * @example
 * ```ts
 * import { HolidayCalendarSchema } from 'ofsted-ilacs/schema';
 *
 * const result = HolidayCalendarSchema.safeParse({
 *   name: 'Council closure days 2026',
 *   coverage: { fromYear: 2026, toYear: 2026 },
 *   holidays: [{ date: '2026-12-24', title: 'Christmas Eve closure' }],
 * });
 * console.log(result.success); // true
 * ```
 *
 * @category Calendar and working days
 */
export const HolidayCalendarSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: textSchema('name'),
      coverage: z
        .strictObject({
          fromYear: wholeNumberSchema(FIRST_YEAR, LAST_YEAR, `coverage.fromYear must be ${YEAR}.`),
          toYear: wholeNumberSchema(FIRST_YEAR, LAST_YEAR, `coverage.toYear must be ${YEAR}.`),
        })
        .check(
          coreCheck((coverage: { fromYear: number; toYear: number }) =>
            coverageOrderProblem(coverage.fromYear, coverage.toYear),
          ),
        )
        .meta({ description: 'Cross-field rule: fromYear is not after toYear.' }),
      holidays: z.array(HolidaySchema).max(LIMITS.listLength, { error: `At most ${LIMITS.listLength} holidays.` }),
    })
    .meta({ description: 'A holiday calendar: its name, the years its list is complete for, and its holidays.' }))();

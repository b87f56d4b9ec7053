import * as z from 'zod';
import { type CalendarDate, describeBadDate } from '../calendar/calendarDate.js';

/**
 * A calendar date written `YYYY-MM-DD` that exists (no 2019-02-30). Its output is the
 * core's branded {@link CalendarDate}; its JSON Schema is a string of format `date`.
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(CalendarDateSchema.safeParse('2019-05-17').success); // true
 * console.log(CalendarDateSchema.safeParse('2019-02-30').error?.issues[0]?.message);
 * // '2019-02-30 is not a date: February 2019 has 28 days.'
 * ```
 */
export const CalendarDateSchema = z.iso.date({ error: (iss) => describeBadDate(iss.input) }) as unknown as z.ZodType<
  CalendarDate,
  string
>;

/**
 * A holiday: a date and a name.
 *
 * @example
 * ```ts
 * import { HolidaySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(HolidaySchema.parse({ date: '2026-12-24', title: 'Council closure' }).title);
 * ```
 */
export const HolidaySchema = z.strictObject({ date: CalendarDateSchema, title: z.string().min(1) }).readonly();

/**
 * A holiday calendar a caller brings: for example a council's closure days, kept in a
 * JSON file.
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
 */
export const HolidayCalendarSchema = z
  .strictObject({
    name: z.string().min(1),
    coverage: z
      .strictObject({ fromYear: z.int().min(1000).max(9999), toYear: z.int().min(1000).max(9999) })
      .refine((coverage) => coverage.fromYear <= coverage.toYear, {
        error: 'coverage.fromYear must not be after coverage.toYear.',
      })
      .readonly(),
    holidays: z.array(HolidaySchema).readonly(),
  })
  .readonly();

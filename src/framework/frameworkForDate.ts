import { describeBadDate, isCalendarDate } from '../calendar/calendarDate.js';
import { fail, issue, type Result, succeed } from '../result/result.js';
import type { Framework } from './framework.js';
import { FRAMEWORKS } from './frameworks.js';

/**
 * Options of {@link frameworkForDate}.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type FrameworkForDateOptions } from 'ofsted-ilacs';
 *
 * // Suppose the 2026 framework turns out to have started on 13 April.
 * const options: FrameworkForDateOptions = {
 *   frameworks: [...Object.values(FRAMEWORKS).slice(0, 3), { ...FRAMEWORKS['ilacs-2026'], inForce: { from: '2026-04-13' } }],
 * };
 * console.log(options.frameworks?.length); // 4
 * ```
 */
export interface FrameworkForDateOptions<F extends Framework = Framework> {
  /** The frameworks to choose from. Default: the built-in {@link FRAMEWORKS}. */
  readonly frameworks?: readonly F[];
}

/**
 * The framework that applies by default to an inspection that started on a date: the
 * most recently introduced framework in force on that date.
 *
 * This is a default, not a fact: SIF-format inspections still took place into spring
 * 2018, so where a report says which framework it used, record that instead. Refuses a
 * date that is not `YYYY-MM-DD` or falls before every framework.
 *
 * @example
 * ```ts
 * import { frameworkForDate } from 'ofsted-ilacs';
 *
 * const hull2019 = frameworkForDate('2019-01-14');
 * console.log(hull2019.ok && hull2019.value.id); // 'ilacs-2018'
 * const hull2022 = frameworkForDate('2022-11-14');
 * console.log(hull2022.ok && hull2022.value.id); // 'ilacs-2018'
 * const hull2026 = frameworkForDate('2026-03-02');
 * console.log(hull2026.ok && hull2026.value.id); // 'ilacs-2023'
 * ```
 */
export function frameworkForDate<F extends Framework = Framework>(
  date: string,
  options: FrameworkForDateOptions<F> = {},
): Result<F> {
  if (!isCalendarDate(date)) {
    return fail([issue([], typeof date === 'string' ? 'invalid-date' : 'invalid-type', describeBadDate(date))]);
  }
  const frameworks = options.frameworks ?? (Object.values(FRAMEWORKS) as readonly Framework[] as readonly F[]);
  let chosen: F | undefined;
  for (const framework of frameworks) {
    const { from, until } = framework.inForce;
    const inForce = from <= date && (until === undefined || date <= until);
    if (inForce && (chosen === undefined || framework.inForce.from > chosen.inForce.from)) chosen = framework;
  }
  if (chosen === undefined) {
    const earliest = frameworks.map((framework) => framework.inForce.from).sort()[0];
    return fail([
      issue(
        [],
        'no-framework-in-force',
        earliest === undefined
          ? 'No frameworks were given to choose from: pass at least one, or leave out the frameworks option.'
          : `No framework was in force on ${date}: the earliest starts on ${earliest}. Record the framework yourself, or pass your own frameworks.`,
      ),
    ]);
  }
  return succeed(chosen);
}

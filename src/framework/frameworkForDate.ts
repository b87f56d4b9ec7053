import { badDateCode, badDateParams, describeBadDate, isCalendarDate } from '../calendar/calendarDate.js';
import { copyOptions, listOption, oneOfOption } from '../check/options.js';
import { refusedCopyIssue, snapshot } from '../check/snapshot.js';
import { builtInDefinitionProblem, isDefinedFramework } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { fail, type Issue, issue, type Result, succeed } from '../result/result.js';
import type { Framework, FrameworkFamily } from './framework.js';
import { frameworkIssues } from './frameworkIssues.js';
import { FRAMEWORKS, isFrameworkId } from './frameworks.js';

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
 *
 * @category Frameworks
 */
export interface FrameworkForDateOptions<F extends Framework | DefinedFramework = Framework> {
  /**
   * The frameworks to choose from: the built-in ones (or your versions of them, with other
   * dates) and frameworks made by `defineFramework`. Default: the built-in {@link FRAMEWORKS}.
   */
  readonly frameworks?: readonly F[];
  /**
   * Which kind of inspection it was: a SIF inspection or an ILACS one (every standard or
   * short inspection from 2018 that is not a SIF re-inspection). Needed only for a date
   * when both were in use (January to August 2018).
   */
  readonly family?: FrameworkFamily;
}

const FAMILIES = ['sif', 'ilacs'] as const;

/**
 * The frameworks a caller gave, each read once: the library's own and those made by
 * `defineFramework` as they are (checked when made), any other copied and then checked.
 */
function givenFrameworks(issues: Issue[], list: unknown): unknown[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const builtIn: readonly unknown[] = Object.values(FRAMEWORKS);
  const read = list.map((framework, index) => {
    const at = ['options', 'frameworks', index];
    if (isDefinedFramework(framework) && isFrameworkId(framework.id)) {
      const problem = builtInDefinitionProblem(framework.id, 'frameworks');
      issues.push(issue(at, problem.code, problem.message, problem.params));
      return undefined;
    }
    if (isDefinedFramework(framework) || builtIn.includes(framework)) return framework;
    try {
      const copy = snapshot(framework);
      issues.push(...frameworkIssues(copy, at));
      return copy;
    } catch (error) {
      issues.push(refusedCopyIssue(error, at));
      return undefined;
    }
  });
  if (issues.length === 0) duplicateIssues(issues, read as readonly { readonly id: string }[]);
  return read;
}

/** Two frameworks of one id: a date would name both, so the second is refused, as every door refuses it. */
function duplicateIssues(issues: Issue[], frameworks: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  frameworks.forEach(({ id }, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return;
    }
    issues.push(
      issue(
        ['options', 'frameworks', index],
        'duplicate-id',
        `frameworks holds two frameworks with the id "${id}": a date would name both, so give each its own id.`,
        { field: 'frameworks', found: `"${id}"`, rule: 'framework-id' },
      ),
    );
  });
}

/**
 * A framework's family: SIF or ILACS for the built-in ones (and your versions of them);
 * a framework you define is a family of its own, which no id can make one of Ofsted's.
 */
function familyOf(framework: Framework | DefinedFramework): string {
  return 'family' in framework ? framework.family : `defined:${framework.id}`;
}

const OPTIONS = { family: /* @__PURE__ */ oneOfOption(FAMILIES), frameworks: listOption };

/**
 * The framework of an inspection that started on a date (use the publication date where
 * the first day on site is not known: it is never earlier).
 *
 * Where frameworks of both families were in use on the date (SIF re-inspections ran
 * alongside the first ILACS inspections from January to August 2018), the date alone
 * cannot say which: the function refuses with `framework-ambiguous`, naming both, unless
 * `family` says which kind of inspection it was. Within a family, the most recently
 * introduced framework in force on the date applies. Refuses a date that is not
 * `YYYY-MM-DD` or falls before every framework, and options it does not have. Never
 * throws.
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
 * const torbay2018 = frameworkForDate('2018-06-11');
 * console.log(torbay2018.ok ? torbay2018.value.id : torbay2018.issues[0]?.code); // 'framework-ambiguous'
 * const sif = frameworkForDate('2018-06-11', { family: 'sif' });
 * console.log(sif.ok && sif.value.id); // 'sif-2013'
 * ```
 *
 * @category Frameworks
 */
export function frameworkForDate<F extends Framework | DefinedFramework = Framework>(
  date: string,
  options?: FrameworkForDateOptions<F>,
): Result<F> {
  const issues: Issue[] = [];
  if (!isCalendarDate(date)) {
    issues.push(issue([], badDateCode(date), describeBadDate(date), { field: 'date', ...badDateParams(date) }));
  }
  const checked = copyOptions(issues, options, OPTIONS);
  const given = givenFrameworks(issues, checked?.frameworks);
  if (issues.length > 0) return fail(issues);
  const frameworks = (given ?? Object.values(FRAMEWORKS)) as readonly F[];
  const family = checked?.family as FrameworkFamily | undefined;

  const newest = new Map<string, F>();
  for (const framework of frameworks) {
    const { from, until } = framework.inForce;
    if (from > date || (until !== undefined && date > until)) continue;
    if (family !== undefined && familyOf(framework) !== family) continue;
    const known = newest.get(familyOf(framework));
    if (known === undefined || framework.inForce.from > known.inForce.from) newest.set(familyOf(framework), framework);
  }
  const candidates = [...newest.values()];
  if (candidates.length === 1) return succeed(candidates[0] as F);
  if (candidates.length > 1) {
    const names = candidates
      .map((framework) => `${framework.id} (${'family' in framework ? framework.family : 'yours'})`)
      .join(' and ');
    return fail([
      issue(
        [],
        'framework-ambiguous',
        candidates.every((framework) => 'family' in framework)
          ? `On ${date} both ${names} were in use, so the date alone cannot say which: pass family: "sif" for a SIF inspection or "ilacs" for an ILACS one.`
          : `On ${date} both ${names} were in force, so the date alone cannot say which: end the one no longer in use with inForce.until, or pass only the frameworks that apply.`,
        { found: `"${date}"`, allowed: candidates.map((framework) => framework.id) },
      ),
    ]);
  }
  const inFamily = frameworks.filter((framework) => family === undefined || familyOf(framework) === family);
  const earliest = inFamily.map((framework) => framework.inForce.from).sort()[0];
  const lastEnd = inFamily.every((framework) => framework.inForce.until !== undefined)
    ? inFamily
        .map((framework) => framework.inForce.until as string)
        .sort()
        .at(-1)
    : undefined;
  const which = family === undefined ? '' : `${family.toUpperCase()} `;
  return fail([
    issue(
      [],
      'no-framework-in-force',
      earliest === undefined
        ? `No ${which}frameworks were given to choose from: pass at least one, or leave out the frameworks option.`
        : `No ${which}framework was in force on ${date}: ${
            lastEnd !== undefined && date > lastEnd
              ? `the last ended on ${lastEnd}`
              : `the earliest starts on ${earliest}`
          }. Record the framework yourself, or pass your own frameworks.`,
      earliest === undefined
        ? { field: 'options.frameworks', found: `"${date}"`, rule: 'none-given' }
        : lastEnd !== undefined && date > lastEnd
          ? { found: `"${date}"`, limit: lastEnd, rule: 'after-last' }
          : { found: `"${date}"`, limit: earliest, rule: 'before-first' },
    ),
  ]);
}

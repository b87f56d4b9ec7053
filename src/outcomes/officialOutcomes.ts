import type { CalendarDate } from '../calendar/calendarDate.js';
import { booleanOption, checkOptions, dateOption } from '../check/options.js';
import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { type Result, succeed } from '../result/result.js';
import { findAuthority, OFFICIAL_AUTHORITIES, type OfficialAuthority } from './authorities.js';
import { INSPECTION_ROWS } from './officialData.js';

/**
 * Where the data comes from, how recent it is, and the attribution its licence requires.
 *
 * @example
 * ```ts
 * import { OFFICIAL_OUTCOMES_VINTAGE } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_OUTCOMES_VINTAGE.asAt); // '2025-03-31'
 * console.log(OFFICIAL_OUTCOMES_VINTAGE.attribution);
 * ```
 *
 * @category Published outcomes
 */
export const OFFICIAL_OUTCOMES_VINTAGE = /* @__PURE__ */ deepFreeze({
  asAt: '2025-03-31' as CalendarDate,
  description: 'Every ILACS inspection from January 2018 to 31 March 2025, and every SIF inspection (2014-2018).',
  sources: [
    'Ofsted, "Local authority inspection outcomes as at 31 March 2025", published 25 September 2025 (ILACS)',
    'Ofsted, "Children’s social care data in England 2023", underlying data, published 6 July 2023 (SIF)',
  ],
  licence: 'Open Government Licence v3.0',
  attribution: 'Contains public sector information licensed under the Open Government Licence v3.0. Source: Ofsted.',
} as const);

/**
 * One graded inspection as Ofsted published it.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS, type OfficialInspection } from 'ofsted-ilacs/outcomes';
 *
 * const first: OfficialInspection | undefined = OFFICIAL_INSPECTIONS[0];
 * console.log(first?.published, first?.outcome.framework);
 * ```
 *
 * @category Published outcomes
 */
export interface OfficialInspection {
  readonly authority: OfficialAuthority;
  readonly kind: 'standard-inspection' | 'short-inspection';
  /** For SIF inspections: the first inspection, or a re-inspection. */
  readonly sifRound?: 'first' | 're-inspection';
  /** The first day on site (ILACS only; Ofsted did not publish it for SIF). */
  readonly firstDayOnSite?: CalendarDate;
  readonly published: CalendarDate;
  readonly outcome: InspectionOutcome;
  /**
   * Set only in a history that includes predecessors (see {@link officialHistory}): the
   * authority in whose history this inspection of one of its predecessors is shown.
   */
  readonly asPredecessorOf?: OfficialAuthority;
}

const FRAMEWORK_OF: Record<string, FrameworkId> = { S: 'sif-2013', '8': 'ilacs-2018', '3': 'ilacs-2023' };
const GRADE_OF: Record<string, Judgement> = { O: JUDGEMENTS[0], G: JUDGEMENTS[1], R: JUDGEMENTS[2], I: JUDGEMENTS[3] };

function decode(line: string): OfficialInspection {
  const [index, frameworkCode, type, firstDay, published, grades] = line.split('|') as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const framework = FRAMEWORK_OF[frameworkCode] as FrameworkId;
  const [overall, ...areaGrades] = [...grades];
  const judgements: Record<string, AreaJudgement> = {};
  FRAMEWORKS[framework].areas.forEach((area, position) => {
    const grade = GRADE_OF[areaGrades[position] as string];
    if (grade !== undefined) judgements[area.id] = grade;
    else if (area.required) judgements[area.id] = 'not-judged';
  });
  const awardedOverall = GRADE_OF[overall as string];
  return {
    authority: OFFICIAL_AUTHORITIES[Number(index)] as OfficialAuthority,
    kind: type === 'H' ? 'short-inspection' : 'standard-inspection',
    ...(type === 'F' && { sifRound: 'first' as const }),
    ...(type === 'R' && { sifRound: 're-inspection' as const }),
    ...(firstDay !== '' && { firstDayOnSite: firstDay as CalendarDate }),
    published: published as CalendarDate,
    outcome: { framework, judgements, ...(awardedOverall !== undefined && { awardedOverall }) } as InspectionOutcome,
  };
}

/**
 * Every graded inspection in the data (444), oldest publication first. Frozen.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_INSPECTIONS.filter((inspection) => inspection.outcome.framework !== 'sif-2013').length); // 271
 * ```
 *
 * @category Published outcomes
 */
export const OFFICIAL_INSPECTIONS: readonly OfficialInspection[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ INSPECTION_ROWS.map(decode).sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : 0,
  ),
);

/**
 * Options of {@link officialHistory}.
 *
 * @example
 * ```ts
 * import { officialHistory, type OfficialHistoryOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: OfficialHistoryOptions = { includePredecessors: true };
 * console.log(officialHistory('Cumberland', options).ok); // true
 * ```
 *
 * @category Published outcomes
 */
export interface OfficialHistoryOptions {
  /**
   * Include the inspections of the councils the authority was made from (BCP: Bournemouth
   * and Poole; Cumberland: Cumbria), each marked with `asPredecessorOf`. Default `false`.
   */
  readonly includePredecessors?: boolean;
}

const HISTORY_OPTIONS = { includePredecessors: booleanOption };

/**
 * An authority's graded inspections in the data, oldest first; with
 * `includePredecessors`, those of the councils it was made from too, marked as such.
 *
 * @example
 * ```ts
 * import { officialHistory } from 'ofsted-ilacs/outcomes';
 *
 * const hull = officialHistory('Hull');
 * if (hull.ok) console.log(hull.value.map((i) => `${i.published} ${i.outcome.framework} ${'awardedOverall' in i.outcome ? i.outcome.awardedOverall : ''}`));
 * // ['2015-02-03 sif-2013 requires-improvement', '2019-05-17 ilacs-2018 inadequate', '2023-01-13 ilacs-2018 requires-improvement']
 *
 * const bcp = officialHistory('BCP', { includePredecessors: true });
 * if (bcp.ok) console.log(bcp.value.map((i) => `${i.published} ${i.authority.name}${i.asPredecessorOf ? ' (predecessor)' : ''}`));
 * // ['2014-06-30 Bournemouth (predecessor)', '2017-11-24 Poole (predecessor)', '2018-08-24 Bournemouth (predecessor)',
 * //  '2022-02-11 Bournemouth, Christchurch & Poole', '2025-01-29 Bournemouth, Christchurch & Poole']
 * ```
 *
 * @category Published outcomes
 */
export function officialHistory(
  query: string,
  options: OfficialHistoryOptions = {},
): Result<readonly OfficialInspection[]> {
  checkOptions('officialHistory', options, HISTORY_OPTIONS);
  const found = findAuthority(query);
  if (!found.ok) return found;
  const authority = found.value;
  const own = OFFICIAL_INSPECTIONS.filter((inspection) => inspection.authority.code === authority.code);
  if (options.includePredecessors !== true) return succeed(own);
  const before = new Set<string>();
  const visit = (of: OfficialAuthority) => {
    for (const link of of.predecessors) {
      if (before.has(link.code)) continue;
      before.add(link.code);
      const predecessor = OFFICIAL_AUTHORITIES.find((candidate) => candidate.code === link.code);
      if (predecessor !== undefined) visit(predecessor);
    }
  };
  visit(authority);
  const theirs = OFFICIAL_INSPECTIONS.filter((inspection) => before.has(inspection.authority.code)).map(
    (inspection): OfficialInspection => Object.freeze({ ...inspection, asPredecessorOf: authority }),
  );
  return succeed(
    [...theirs, ...own].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0)),
  );
}

/**
 * Options of {@link latestOfficialOutcomes} and {@link nationalCounts}.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import type { OfficialOutcomesOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: OfficialOutcomesOptions = { asOf: calendarDate('2020-01-01'), includeAbolished: true };
 * console.log(options.includeAbolished);
 * ```
 *
 * @category Published outcomes
 */
export interface OfficialOutcomesOptions {
  /** Only inspections published on or before this date. Default: all. */
  readonly asOf?: CalendarDate;
  /** Include authorities abolished before the data's date. Default `false`. */
  readonly includeAbolished?: boolean;
}

const OFFICIAL_OPTIONS = { asOf: dateOption, includeAbolished: booleanOption };

/**
 * Each authority's latest published inspection (as of a date, if given), ordered by ONS
 * code. Authorities with no inspection published by then are left out. Throws
 * {@link OfstedIlacsError} (`invalid-option`) for options it does not have or bad values.
 *
 * @example
 * ```ts
 * import { latestOfficialOutcomes } from 'ofsted-ilacs/outcomes';
 *
 * console.log(latestOfficialOutcomes().length); // 153: every current authority
 * ```
 *
 * @category Published outcomes
 */
export function latestOfficialOutcomes(options: OfficialOutcomesOptions = {}): readonly OfficialInspection[] {
  checkOptions('latestOfficialOutcomes', options, OFFICIAL_OPTIONS);
  const latest = new Map<string, OfficialInspection>();
  for (const inspection of OFFICIAL_INSPECTIONS) {
    if (options.asOf !== undefined && inspection.published > options.asOf) break;
    if (!options.includeAbolished && !inspection.authority.current) continue;
    latest.set(inspection.authority.code, inspection);
  }
  return [...latest.values()].sort((a, b) => (a.authority.code < b.authority.code ? -1 : 1));
}

/**
 * The national picture: how many authorities' latest overall grade was each grade, as of
 * a date.
 *
 * @example
 * ```ts
 * import { nationalCounts, type NationalCounts } from 'ofsted-ilacs/outcomes';
 *
 * const counts: NationalCounts = nationalCounts();
 * console.log(counts.authorities, counts.overall);
 * ```
 *
 * @category Published outcomes
 */
export interface NationalCounts {
  readonly asOf: CalendarDate;
  /** Authorities counted: those with a published inspection by `asOf`. */
  readonly authorities: number;
  readonly overall: Readonly<Record<Judgement, number>>;
}

/**
 * Counts authorities by the overall grade of their latest published inspection, as of a
 * date (by default the data's own date). Throws {@link OfstedIlacsError}
 * (`invalid-option`) for options it does not have or bad values.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import { nationalCounts } from 'ofsted-ilacs/outcomes';
 *
 * console.log(nationalCounts().overall);
 * console.log(nationalCounts({ asOf: calendarDate('2018-12-31') }).authorities);
 * ```
 *
 * @category Published outcomes
 */
export function nationalCounts(options: OfficialOutcomesOptions = {}): NationalCounts {
  checkOptions('nationalCounts', options, OFFICIAL_OPTIONS);
  const overall = Object.fromEntries(JUDGEMENTS.map((grade) => [grade, 0])) as Record<Judgement, number>;
  const latest = latestOfficialOutcomes(options);
  for (const inspection of latest) {
    if ('awardedOverall' in inspection.outcome && inspection.outcome.awardedOverall !== undefined)
      overall[inspection.outcome.awardedOverall] += 1;
  }
  return { asOf: options.asOf ?? OFFICIAL_OUTCOMES_VINTAGE.asAt, authorities: latest.length, overall };
}

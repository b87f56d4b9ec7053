import type { CalendarDate } from '../calendar/calendarDate.js';
import { booleanOption, checkOptions, dateOption } from '../check/options.js';
import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { fail, issue, type Result, shorten, succeed } from '../result/result.js';
import { AUTHORITY_ROWS, INSPECTION_ROWS } from './officialData.js';

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
 * A local authority in Ofsted's data: its ONS (GSS) code, name, region, and whether it
 * still existed when the data was published.
 *
 * @example
 * ```ts
 * import { findAuthority, type OfficialAuthority } from 'ofsted-ilacs/outcomes';
 *
 * const found = findAuthority('Hull');
 * const hull: OfficialAuthority | undefined = found.ok ? found.value : undefined;
 * console.log(hull?.code, hull?.name); // 'E06000010' 'Kingston upon Hull'
 * ```
 */
export interface OfficialAuthority {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  /** False for authorities abolished before the data's date (Bournemouth, Northamptonshire, ...). */
  readonly current: boolean;
}

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
}

const FRAMEWORK_OF: Record<string, FrameworkId> = { S: 'sif-2013', '8': 'ilacs-2018', '3': 'ilacs-2023' };
const GRADE_OF: Record<string, Judgement> = { O: JUDGEMENTS[0], G: JUDGEMENTS[1], R: JUDGEMENTS[2], I: JUDGEMENTS[3] };

const authorities: readonly OfficialAuthority[] = /* @__PURE__ */ AUTHORITY_ROWS.map(
  ([code, name, current, region]) => ({
    code,
    name,
    region,
    current: current === 1,
  }),
);

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
    authority: authorities[Number(index)] as OfficialAuthority,
    kind: type === 'H' ? 'short-inspection' : 'standard-inspection',
    ...(type === 'F' && { sifRound: 'first' as const }),
    ...(type === 'R' && { sifRound: 're-inspection' as const }),
    ...(firstDay !== '' && { firstDayOnSite: firstDay as CalendarDate }),
    published: published as CalendarDate,
    outcome: { framework, judgements, ...(awardedOverall !== undefined && { awardedOverall }) } as InspectionOutcome,
  };
}

/**
 * Every authority in the data, by ONS code. Frozen.
 *
 * @example
 * ```ts
 * import { OFFICIAL_AUTHORITIES } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_AUTHORITIES.length); // 158
 * ```
 */
export const OFFICIAL_AUTHORITIES: readonly OfficialAuthority[] = /* @__PURE__ */ deepFreeze(authorities);

/**
 * Every graded inspection in the data (444), oldest publication first. Frozen.
 *
 * @example
 * ```ts
 * import { OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_INSPECTIONS.filter((inspection) => inspection.outcome.framework !== 'sif-2013').length); // 271
 * ```
 */
export const OFFICIAL_INSPECTIONS: readonly OfficialInspection[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ INSPECTION_ROWS.map(decode).sort((a, b) =>
    a.published < b.published ? -1 : a.published > b.published ? 1 : 0,
  ),
);

/** Lower case, "&" as "and", no punctuation, and none of the words councils add to their names. */
function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(city|county|borough|metropolitan|royal|london|council|of|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds an authority by ONS code (`E06000010`) or by name, tolerantly: case, "&" or "and",
 * punctuation, and words such as "City of" or "Council" do not matter, and a unique part
 * of a name will do ("Hull" finds Kingston upon Hull). Refuses, listing the candidates,
 * when a name could mean more than one authority.
 *
 * @example
 * ```ts
 * import { findAuthority } from 'ofsted-ilacs/outcomes';
 *
 * console.log(findAuthority('Hull City Council').ok); // true
 * const ambiguous = findAuthority('Kingston'); // upon Hull, or upon Thames?
 * console.log(ambiguous.ok ? ambiguous.value.name : ambiguous.issues[0]?.message);
 * ```
 */
export function findAuthority(query: string): Result<OfficialAuthority> {
  if (typeof query !== 'string' || query.trim() === '') {
    return fail([
      issue(
        [],
        typeof query === 'string' ? 'empty' : 'invalid-type',
        'Give an authority’s name or ONS code as text, such as "Kingston upon Hull" or "E06000010".',
      ),
    ]);
  }
  const code = query.trim().toUpperCase();
  const byCode = authorities.find((authority) => authority.code === code);
  if (byCode !== undefined) return succeed(byCode);
  const wanted = normaliseName(query);
  const exact = authorities.filter((authority) => normaliseName(authority.name) === wanted);
  const partial =
    wanted === ''
      ? []
      : authorities.filter((authority) => ` ${normaliseName(authority.name)} `.includes(` ${wanted} `));
  const found = exact.length > 0 ? exact : partial;
  if (found.length === 1) return succeed(found[0] as OfficialAuthority);
  if (found.length === 0) {
    return fail([
      issue(
        [],
        'invalid-value',
        `No authority in Ofsted's data is called "${shorten(query)}": check the spelling, or use its ONS code.`,
      ),
    ]);
  }
  return fail([
    issue(
      [],
      'invalid-value',
      `"${shorten(query)}" could be ${found.map((a) => `${a.name} (${a.code})`).join(' or ')}: use the full name or the ONS code.`,
    ),
  ]);
}

/**
 * An authority's graded inspections in the data, oldest first.
 *
 * @example
 * ```ts
 * import { officialHistory } from 'ofsted-ilacs/outcomes';
 *
 * const hull = officialHistory('Hull');
 * if (hull.ok) console.log(hull.value.map((i) => `${i.published} ${i.outcome.framework} ${'awardedOverall' in i.outcome ? i.outcome.awardedOverall : ''}`));
 * // ['2015-02-03 sif-2013 requires-improvement', '2019-05-17 ilacs-2018 inadequate', '2023-01-13 ilacs-2018 requires-improvement']
 * ```
 */
export function officialHistory(query: string): Result<readonly OfficialInspection[]> {
  const authority = findAuthority(query);
  if (!authority.ok) return authority;
  return succeed(OFFICIAL_INSPECTIONS.filter((inspection) => inspection.authority.code === authority.value.code));
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

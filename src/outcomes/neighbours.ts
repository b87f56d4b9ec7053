import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateOption, oneOfOption, readOptions } from '../check/options.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement } from '../outcome/outcome.js';
import { fail, issue, type Result, succeed } from '../result/result.js';
import { AUTHORITY_DATA_VINTAGE, findAuthority, OFFICIAL_AUTHORITIES, type OfficialAuthority } from './authorities.js';
import type { Freshness, InspectionRecord } from './inspectionRecord.js';
import { freshnessOf } from './inspectionRecord.js';
import { AUTHORITY_ROWS } from './officialData.js';
import { INSPECTIONS_OPTION, inspectionsOption, latestByAuthority } from './officialOutcomes.js';

/**
 * Options of {@link statisticalNeighbours} and {@link compareWithNeighbours}.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import { compareWithNeighbours, type NeighbourOptions } from 'ofsted-ilacs/outcomes';
 *
 * const options: NeighbourOptions = { asOf: calendarDate('2020-03-31') };
 * console.log(compareWithNeighbours('Hull', options).ok); // true
 * ```
 *
 * @category Statistical neighbours
 */
export interface NeighbourOptions {
  /** Which release of the DfE's tool: `'latest'` (the default) or the one before it, `'previous'`. */
  readonly release?: 'latest' | 'previous';
  /** For comparisons: only inspections published on or before this date. Default: all in the data. */
  readonly asOf?: CalendarDate;
  /** For comparisons: the inspections to compare (records read from a table, or merged). Default: Ofsted's shipped record. */
  readonly inspections?: readonly InspectionRecord[];
}

/**
 * An authority's statistical neighbours: the ten councils the DfE's benchmarking tool
 * finds most like it, nearest first, with the source and its date.
 *
 * @example
 * ```ts
 * import { statisticalNeighbours, type StatisticalNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const found = statisticalNeighbours('Hull');
 * const hull: StatisticalNeighbours | undefined = found.ok ? found.value : undefined;
 * console.log(hull?.neighbours[0]?.name, hull?.neighbours[0]?.code); // 'Sandwell' 'E08000028'
 * ```
 *
 * @category Statistical neighbours
 */
export interface StatisticalNeighbours {
  readonly authority: OfficialAuthority;
  readonly neighbours: readonly OfficialAuthority[];
  readonly release: 'latest' | 'previous';
  readonly source: string;
  readonly asAt: CalendarDate;
}

/**
 * One authority in a comparison: its place (0 for the authority compared, 1 to 10 for its
 * neighbours, nearest first), its latest graded inspection by the comparison's date, and
 * that inspection's grades.
 *
 * @example
 * ```ts
 * import { type ComparedAuthority, compareWithNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const comparison = compareWithNeighbours('Hull');
 * const sandwell: ComparedAuthority | undefined = comparison.ok ? comparison.value.neighbours[0] : undefined;
 * console.log(sandwell?.rank, sandwell?.authority.name, sandwell?.overall); // 1 'Sandwell' 'requires-improvement'
 * ```
 *
 * @category Statistical neighbours
 */
export interface ComparedAuthority {
  readonly rank: number;
  readonly authority: OfficialAuthority;
  readonly latest: InspectionRecord | undefined;
  /** The overall effectiveness Ofsted awarded at the latest inspection, if it awarded one. */
  readonly overall: Judgement | undefined;
  /** The latest inspection's judgements by area id (empty when there is none). */
  readonly areas: Readonly<Record<string, AreaJudgement>>;
}

/**
 * An authority beside its statistical neighbours, as a council's performance report shows
 * it: each one's latest graded inspection and grades, and counts by grade among the
 * neighbours.
 *
 * @example
 * ```ts
 * import { compareWithNeighbours, type NeighbourComparison } from 'ofsted-ilacs/outcomes';
 *
 * const found = compareWithNeighbours('Hull');
 * const comparison: NeighbourComparison | undefined = found.ok ? found.value : undefined;
 * console.log(comparison?.authority.overall, comparison?.overallCounts);
 * ```
 *
 * @category Statistical neighbours
 */
export interface NeighbourComparison extends Freshness {
  readonly authority: ComparedAuthority;
  readonly neighbours: readonly ComparedAuthority[];
  /** Among the neighbours: how many have each overall grade at their latest inspection, and how many have none. */
  readonly overallCounts: Readonly<Record<Judgement | 'none', number>>;
  /** Among the neighbours, by area id: how many have each grade at their latest inspection. */
  readonly areaCounts: Readonly<Record<string, Readonly<Partial<Record<AreaJudgement, number>>>>>;
}

const NEIGHBOUR_OPTIONS = {
  release: /* @__PURE__ */ oneOfOption(['latest', 'previous']),
  asOf: dateOption,
  ...INSPECTIONS_OPTION,
};

let byLaNumber: ReadonlyMap<string, OfficialAuthority> | undefined;

/** The authority with a DfE number (the earlier release names some since abolished: Cumbria, Northamptonshire). */
function withLaNumber(laNumber: string): OfficialAuthority | undefined {
  byLaNumber ??= new Map(OFFICIAL_AUTHORITIES.map((authority) => [authority.laNumber, authority]));
  return byLaNumber.get(laNumber);
}

/**
 * An authority's ten statistical neighbours, nearest first, from the DfE's children's
 * services statistical neighbour benchmarking tool (see `AUTHORITY_DATA_VINTAGE`); never
 * throws on the query. Abolished authorities have none: the message names their
 * successors. Throws `OfstedIlacsError` (`invalid-option`) for bad options.
 *
 * @example
 * ```ts
 * import { statisticalNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const hull = statisticalNeighbours('Kingston upon Hull');
 * if (hull.ok) console.log(hull.value.neighbours.map((n) => n.name).slice(0, 3)); // ['Sandwell', 'Wolverhampton', 'Stoke-on-Trent']
 * const cumbria = statisticalNeighbours('Cumbria');
 * if (!cumbria.ok) console.log(cumbria.issues[0]?.message); // names Cumberland and Westmorland and Furness
 * ```
 *
 * @category Statistical neighbours
 */
export function statisticalNeighbours(query: string, options: NeighbourOptions = {}): Result<StatisticalNeighbours> {
  options = readOptions('statisticalNeighbours', options, NEIGHBOUR_OPTIONS);
  const found = findAuthority(query);
  if (!found.ok) return found;
  const authority = found.value;
  const release = options.release ?? 'latest';
  const row = AUTHORITY_ROWS[OFFICIAL_AUTHORITIES.indexOf(authority)];
  const cell = (release === 'latest' ? row?.[8] : row?.[9]) ?? '';
  if (cell === '') {
    const successors = authority.successors.map((link) => link.name);
    return fail([
      issue(
        [],
        'invalid-value',
        `${authority.name} ${authority.current ? 'has no statistical neighbours in the data' : `was abolished${authority.successors[0] ? ` on ${authority.successors[0].change.on}` : ''} and has none`}${successors.length > 0 ? `: ask for ${successors.join(' or ')}` : ''}.`,
        {
          field: 'query',
          found: `"${authority.name}"`,
          rule: authority.current ? 'no-neighbours' : 'abolished',
          ...(successors.length > 0 && { allowed: successors }),
        },
      ),
    ]);
  }
  const neighbours = cell.split(' ').map((laNumber) => withLaNumber(laNumber) as OfficialAuthority);
  return succeed(
    Object.freeze({
      authority,
      neighbours: Object.freeze(neighbours),
      release,
      source: AUTHORITY_DATA_VINTAGE.neighbours.source,
      asAt: AUTHORITY_DATA_VINTAGE.neighbours.asAt,
    }),
  );
}

/** The authority's place in a comparison: its latest inspection known by then, and its grades. */
function compared(authority: OfficialAuthority, rank: number, latest: InspectionRecord | undefined): ComparedAuthority {
  const outcome = latest?.outcome as
    | { awardedOverall?: Judgement; judgements: Record<string, AreaJudgement> }
    | undefined;
  return Object.freeze({
    rank,
    authority,
    latest,
    overall: outcome?.awardedOverall,
    areas: outcome?.judgements ?? Object.freeze({}),
  });
}

/**
 * An authority beside its statistical neighbours: each one's latest graded inspection
 * published by `asOf` (default: the data's date) with its grades, and, among the
 * neighbours, counts of each overall grade and of each area's grades. Never throws on
 * the query; throws `OfstedIlacsError` (`invalid-option`) for bad options.
 *
 * @example
 * ```ts
 * import { compareWithNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const hull = compareWithNeighbours('Hull');
 * if (hull.ok) {
 *   for (const row of [hull.value.authority, ...hull.value.neighbours]) {
 *     console.log(row.rank, row.authority.name, row.overall ?? 'no overall', row.latest?.published);
 *   }
 *   console.log(hull.value.overallCounts); // { outstanding: 1, good: 4, 'requires-improvement': 4, inadequate: 1, none: 0 }
 * }
 * ```
 *
 * @category Statistical neighbours
 */
export function compareWithNeighbours(query: string, options: NeighbourOptions = {}): Result<NeighbourComparison> {
  const read = readOptions('compareWithNeighbours', options, NEIGHBOUR_OPTIONS);
  const records = inspectionsOption('compareWithNeighbours', read.inspections);
  const found = statisticalNeighbours(query, read.release === undefined ? {} : { release: read.release });
  if (!found.ok) return found;
  const freshness = freshnessOf(records, read.asOf);
  const latest = latestByAuthority(records, read.asOf);
  const neighbours = found.value.neighbours.map((neighbour, index) =>
    compared(neighbour, index + 1, latest.get(neighbour.code)),
  );
  const overallCounts = Object.fromEntries([...JUDGEMENTS, 'none'].map((grade) => [grade, 0])) as Record<
    Judgement | 'none',
    number
  >;
  const areaCounts: Record<string, Partial<Record<AreaJudgement, number>>> = {};
  for (const neighbour of neighbours) {
    overallCounts[neighbour.overall ?? 'none'] += 1;
    for (const [area, grade] of Object.entries(neighbour.areas)) {
      const counts = areaCounts[area] ?? {};
      counts[grade] = (counts[grade] ?? 0) + 1;
      areaCounts[area] = counts;
    }
  }
  return succeed(
    Object.freeze({
      asOf: freshness.asOf,
      authority: compared(found.value.authority, 0, latest.get(found.value.authority.code)),
      neighbours: Object.freeze(neighbours),
      overallCounts: Object.freeze(overallCounts),
      areaCounts: Object.freeze(areaCounts),
      sources: Object.freeze([found.value.source, ...freshness.sources]),
    }),
  );
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, type Path, type Problem, placeAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import { FRAMEWORK_STRUCTURE } from '../framework/frameworkStructure.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { isJudgement, JUDGEMENTS } from '../judgement/judgement.js';
import { GRADES_BY_CODE } from '../outcome/outcomeIssues.js';
import { type Issue, type IssueParams, issue } from '../result/result.js';
import type { NeighbourComparison } from './neighbours.js';

/**
 * The one reading of a comparison (`compareWithNeighbours`' value) that the table and the
 * chart of it share: read once into a copy, checked field by field (ranks in order, each
 * grade and area one its framework has), and given back in the shape both draw from. It
 * imports none of Ofsted's data, so a chart that reads a comparison ships none.
 *
 * @internal
 */
export interface ComparisonRead {
  readonly asOf: CalendarDate;
  readonly sources: readonly string[];
  /** The authority first (rank 0), then its neighbours nearest first. */
  readonly rows: readonly Compared[];
}

/** The framework ids the library knows, for messages. */
const FRAMEWORK_LIST = /* @__PURE__ */ (() => Object.keys(FRAMEWORK_STRUCTURE).join(', '))();

function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && Object.hasOwn(FRAMEWORK_STRUCTURE, value);
}

function frameworkExpected(value: unknown): string {
  return `an outcome's framework must be one of ${FRAMEWORK_LIST}, got ${typeof value === 'string' ? `"${value.slice(0, 60)}"` : 'none'}`;
}

function isAreaGrade(value: unknown): boolean {
  return value === 'not-judged' || isJudgement(value);
}

function areaIdsOf(framework: FrameworkId): readonly string[] {
  return FRAMEWORK_STRUCTURE[framework].areas.map((area) => area.id);
}

const named = (path: Path): string => path.join('.');

/** What the words of a value of the wrong shape need: its path as the field, what was there, and the shape wanted. @internal */
export function shapeParams(path: Path, value: unknown, rule: 'object' | 'list'): IssueParams {
  return { field: named(path), found: describeValue(value), rule };
}

/** One compared authority, as read. @internal */
export interface Compared {
  readonly rank: number;
  readonly name: string;
  readonly code: string | undefined;
  readonly published: CalendarDate | undefined;
  readonly framework: FrameworkId | undefined;
  readonly overall: unknown;
  readonly areas: ReadonlyMap<string, unknown>;
}

const FIX = 'pass the value of compareWithNeighbours (ofsted-ilacs/outcomes)';

/** Where one compared authority is checked: the issues found so far, and its path in the comparison. */
interface ComparedAt {
  readonly issues: Issue[];
  readonly path: Path;
}

/** Checks the rank: the authority compared is 0, its neighbours 1, 2, … nearest first. */
function checkRank({ issues, path }: ComparedAt, given: unknown, rank: number): void {
  if (given === rank) return;
  issues.push(
    issue(
      [...path, 'rank'],
      given === undefined ? 'missing' : 'invalid-value',
      `${named(path)}.rank must be ${rank} (0 for the authority compared, then 1, 2, … for its neighbours, nearest first), got ${describeValue(given)}: ${FIX}.`,
      { field: `${named(path)}.rank`, found: describeValue(given), allowed: [String(rank)] },
    ),
  );
}

/** Checks the authority: a record with a name, and a code where it has one. */
function checkAuthority({ issues, path }: ComparedAt, authority: unknown): void {
  if (!isRecord(authority)) {
    issues.push(
      issue(
        [...path, 'authority'],
        authority === undefined ? 'missing' : 'invalid-type',
        `${named(path)}.authority must be an authority with a name, got ${describeValue(authority)}: ${FIX}.`,
        shapeParams([...path, 'authority'], authority, 'object'),
      ),
    );
    return;
  }
  placeAt(issues, [...path, 'authority'], 'name', textFieldProblem(authority.name, `${named(path)}.authority.name`));
  if (authority.code !== undefined) {
    placeAt(issues, [...path, 'authority'], 'code', textFieldProblem(authority.code, `${named(path)}.authority.code`));
  }
}

/** What a compared authority's latest inspection says, as far as it could be read. */
interface Latest {
  readonly framework?: FrameworkId;
  readonly published?: CalendarDate;
}

/** Checks the latest inspection, where there is one: a record, its publication date, its outcome's framework. */
function latestOf({ issues, path }: ComparedAt, latest: unknown): Latest {
  if (latest === undefined) return {};
  if (!isRecord(latest)) {
    issues.push(
      issue(
        [...path, 'latest'],
        'invalid-type',
        `${named(path)}.latest must be an inspection record, or absent where the authority has none, got ${describeValue(latest)}: ${FIX}.`,
        shapeParams([...path, 'latest'], latest, 'object'),
      ),
    );
    return {};
  }
  const published = latest.published as CalendarDate | undefined;
  if (published !== undefined) {
    placeAt(issues, [...path, 'latest'], 'published', dateFieldProblem(published, `${named(path)}.latest.published`));
  }
  const id = isRecord(latest.outcome) ? latest.outcome.framework : undefined;
  if (isFrameworkId(id)) return { framework: id, published };
  const at = [...path, 'latest', 'outcome', 'framework'];
  issues.push(
    issue(at, 'unknown-framework', `${frameworkExpected(id)}.`, {
      field: named(at),
      found: describeValue(id),
      allowed: Object.keys(FRAMEWORK_STRUCTURE),
    }),
  );
  return { published };
}

/** Checks the overall grade: a judgement, or absent, and only with a latest inspection to award it. */
function checkOverall({ issues, path }: ComparedAt, overall: unknown, hasLatest: boolean): void {
  if (overall === undefined || (isJudgement(overall) && hasLatest)) return;
  issues.push(
    issue(
      [...path, 'overall'],
      'invalid-value',
      hasLatest
        ? `${named(path)}.overall must be outstanding, good, requires-improvement or inadequate, or absent, got ${describeValue(overall)}.`
        : `${named(path)}.overall is ${describeValue(overall)}, but the authority has no latest inspection to award it: ${FIX}.`,
      {
        field: `${named(path)}.overall`,
        found: describeValue(overall),
        ...(hasLatest ? { allowed: JUDGEMENTS } : { rule: 'no-latest' }),
      },
    ),
  );
}

/** What an area's grade is checked against: the latest inspection's framework and its areas, if known. */
interface AreaRules {
  readonly framework: FrameworkId | undefined;
  /** The framework's area ids; none where it is unknown. */
  readonly known: readonly string[];
  readonly hasLatest: boolean;
}

/** The problem with one area's grade, if any: an area of the framework, graded, under a latest inspection. */
function areaProblem(path: Path, area: string, grade: unknown, rules: AreaRules): Problem | undefined {
  const { framework, known, hasLatest } = rules;
  const at = `${named(path)}.areas.${area.slice(0, 60)}`;
  if (framework === undefined && !hasLatest) {
    return {
      code: 'invalid-value',
      message: `${at} is graded, but the authority has no latest inspection: ${FIX}.`,
      params: { field: at, found: describeValue(grade), rule: 'no-latest' },
    };
  }
  if (framework !== undefined && !known.includes(area)) {
    return {
      code: 'area-not-in-framework',
      message: `${at} is not an area of ${framework}: its areas are ${known.join(', ')}.`,
      params: { field: `${named(path)}.areas`, found: `"${area.slice(0, 60)}"`, allowed: known },
    };
  }
  if (isAreaGrade(grade)) return undefined;
  return {
    code: 'invalid-value',
    message: `${at} must be outstanding, good, requires-improvement, inadequate or not-judged, got ${describeValue(grade)}.`,
    params: { field: at, found: describeValue(grade), allowed: GRADES_BY_CODE },
  };
}

/** The grades by area, each checked against the framework of the latest inspection. */
function areasOf(
  { issues, path }: ComparedAt,
  areas: unknown,
  { framework, hasLatest }: Pick<AreaRules, 'framework' | 'hasLatest'>,
): Map<string, unknown> {
  const read = new Map<string, unknown>();
  if (!isRecord(areas)) {
    issues.push(
      issue(
        [...path, 'areas'],
        areas === undefined ? 'missing' : 'invalid-type',
        `${named(path)}.areas must be an object of grades by area id (empty where there is no inspection), got ${describeValue(areas)}: ${FIX}.`,
        shapeParams([...path, 'areas'], areas, 'object'),
      ),
    );
    return read;
  }
  const rules: AreaRules = { framework, known: framework === undefined ? [] : areaIdsOf(framework), hasLatest };
  for (const [area, grade] of Object.entries(areas)) {
    placeAt(issues, [...path, 'areas'], area, areaProblem(path, area, grade, rules));
    read.set(area, grade);
  }
  return read;
}

/** Checks one compared authority of the copy, pushing issues at `at.path`. */
function comparedOf(at: ComparedAt, value: unknown, rank: number): Compared | undefined {
  const { issues, path } = at;
  if (!isRecord(value)) {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `${named(path)} must be a compared authority (rank, authority, latest, overall, areas), got ${describeValue(value)}: ${FIX}.`,
        shapeParams(path, value, 'object'),
      ),
    );
    return undefined;
  }
  const before = issues.length;
  checkRank(at, value.rank, rank);
  checkAuthority(at, value.authority);
  const { framework, published } = latestOf(at, value.latest);
  const hasLatest = value.latest !== undefined;
  checkOverall(at, value.overall, hasLatest);
  const areas = areasOf(at, value.areas, { framework, hasLatest });
  if (issues.length > before) return undefined;
  const { name, code } = value.authority as Record<string, unknown>;
  return {
    rank,
    name: name as string,
    code: typeof code === 'string' ? code : undefined,
    published,
    framework,
    overall: value.overall,
    areas,
  };
}

/**
 * Reads a comparison once and checks it: its date and sources, the authority, then its
 * neighbours in rank order. Throws `OfstedIlacsError` (`invalid-argument`) naming `fn`,
 * each field at fault and the fix.
 *
 * @internal
 */
export function readComparison(fn: string, comparison: NeighbourComparison): ComparisonRead {
  const copy = readCopy(fn, 'comparison', comparison, 'invalid-argument');
  const issues: Issue[] = [];
  const rows: Compared[] = [];
  const sources: string[] = [];
  if (!isRecord(copy)) {
    issues.push(
      issue(
        ['comparison'],
        copy === undefined ? 'missing' : 'invalid-type',
        `comparison must be a comparison with an authority and its neighbours, got ${describeValue(copy)}: ${FIX}.`,
        shapeParams(['comparison'], copy, 'object'),
      ),
    );
  } else {
    placeAt(issues, ['comparison'], 'asOf', dateFieldProblem(copy.asOf, 'comparison.asOf'));
    if (!Array.isArray(copy.sources)) {
      issues.push(
        issue(
          ['comparison', 'sources'],
          copy.sources === undefined ? 'missing' : 'invalid-type',
          `comparison.sources must be a list of text, got ${describeValue(copy.sources)}: ${FIX}.`,
          shapeParams(['comparison', 'sources'], copy.sources, 'list'),
        ),
      );
    } else {
      copy.sources.forEach((source: unknown, index: number) => {
        if (placeAt(issues, ['comparison', 'sources'], index, textFieldProblem(source, `comparison.sources[${index}]`)))
          return;
        sources.push(source as string);
      });
    }
    const own = comparedOf({ issues, path: ['comparison', 'authority'] }, copy.authority, 0);
    if (own !== undefined) rows.push(own);
    const neighbours = copy.neighbours;
    if (!Array.isArray(neighbours)) {
      issues.push(
        issue(
          ['comparison', 'neighbours'],
          neighbours === undefined ? 'missing' : 'invalid-type',
          `comparison.neighbours must be a list of compared authorities, nearest first, got ${describeValue(neighbours)}: ${FIX}.`,
          shapeParams(['comparison', 'neighbours'], neighbours, 'list'),
        ),
      );
    } else {
      neighbours.forEach((neighbour, index) => {
        const row = comparedOf({ issues, path: ['comparison', 'neighbours', index] }, neighbour, index + 1);
        if (row !== undefined) rows.push(row);
      });
    }
  }
  if (issues.length > 0) throw refusal('invalid-argument', fn, issues);
  const { asOf } = copy as { asOf: CalendarDate };
  return { asOf, sources, rows };
}

import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  type CalendarDate,
  calendarDate,
  createInspectionHistory,
  easterSunday,
  expectedNextInspection,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  findHistoryIssues,
  formatIssue,
  frameworkForDate,
  INSPECTION_EVENT_KINDS,
  type InspectionEvent,
  type Issue,
  type IssueCode,
  type IssueParams,
  interventionRegimeOn,
  JUDGEMENTS,
  OfstedIlacsError,
  parseCalendarDate,
  STATUTORY_CLOCKS,
  statutoryDeadlines,
  summarisePlan,
} from '../../src/index.js';
import {
  compareWithNeighbours,
  findAuthority,
  mergeInspections,
  type NeighbourComparison,
  OFFICIAL_INSPECTIONS,
  officialHistory,
  statisticalNeighbours,
} from '../../src/outcomes/index.js';
import {
  HolidayCalendarSchema,
  parseImprovementPlan,
  parseInspectionHistory,
  parseInspectionOutcome,
} from '../../src/schema/index.js';
import { toIssues } from '../../src/schema/toIssues.js';
import {
  comparisonRows,
  historyRows,
  planSummaryRows,
  readInspectionRows,
  TABLE_PRESETS,
} from '../../src/tables/index.js';
import { HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';
import { replaceOneValue } from '../support/oneValueChanged.js';
import { D2I_HEADER, HULL_2015, HULL_2022, scrapeLine, scrapeRows } from '../support/scrapeRows.js';

/**
 * Every door of the tables, outcomes, inspection, framework, calendar and schema modules,
 * fed real data (Hull's history and plan, the scrape tool's rows, Ofsted's record) with
 * one thing wrong: each issue it returns, warns of or throws carries params, and
 * `formatIssue` words it from them, naming the field where the params name one.
 */

/** The issues of a call: what it throws, the issues of the refusals it returns, or the warnings of what it read. */
function issuesOf(call: () => unknown): readonly Issue[] {
  try {
    const results = [call()].flat() as { ok?: boolean; issues?: readonly Issue[]; warnings?: readonly Issue[] }[];
    return results.flatMap((result) => (result?.ok === false ? result.issues : result?.warnings) ?? []);
  } catch (error) {
    if (!(error instanceof OfstedIlacsError)) throw error;
    return error.issues;
  }
}

/** The codes of the improvement rules, carried by the plan's schema, whose words name what was found, not the field. */
const WORDS_NAME_FOUND: ReadonlySet<IssueCode> = new Set(['duplicate-id', 'unknown-finding', 'unknown-event']);

/** Checks that there are issues, each with params, worded from them naming the field; returns them. */
function worded(issues: readonly Issue[]): readonly Issue[] {
  expect(issues.length, 'expected the door to refuse or warn').toBeGreaterThan(0);
  for (const found of issues) {
    const where = `${found.code} at ${found.path.join('.')}: ${found.message}`;
    expect(Object.keys(found.params).length, where).toBeGreaterThan(0);
    if (found.code === 'unreadable') expect(Object.keys(found.params), where).toEqual(['field']);
    const named = WORDS_NAME_FOUND.has(found.code) ? found.params.found : found.params.field;
    const text = formatIssue(found);
    expect(text.length, where).toBeGreaterThan(8);
    if (named !== undefined) expect(text, where).toContain(named);
  }
  return issues;
}

/** The issue of `code` among a call's issues, all of them checked as {@link worded}. */
function issueOf(call: () => unknown, code: IssueCode): Issue {
  const issues = worded(issuesOf(call));
  const found = issues.find((each) => each.code === code);
  expect(found, `no ${code} among ${issues.map((each) => each.code).join(', ')}`).toBeDefined();
  return found as Issue;
}

/** A deep copy of a value, with the value at `path` replaced (or, for `splice`, items put in the list there). */
function changed<T>(value: T, path: readonly (string | number)[], replacement: unknown, splice?: number): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  let holder = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (splice === undefined) holder[last] = replacement;
  else (holder[last] as unknown[]).splice(splice, 0, replacement);
  return copy;
}

const d = calendarDate;
const AREA_GRADES = [...JUDGEMENTS, 'not-judged'];
const ILACS_2018_AREAS = ['leaders', 'helpAndProtection', 'childrenInCareAndCareLeavers'];
const events = HULL_HISTORY.events;
const hullWith =
  (...more: object[]) =>
  () =>
    createInspectionHistory(HULL_HISTORY.authority, [...events, ...(more as InspectionEvent[])]);
const hullChanged = (path: (string | number)[], value: unknown) => () =>
  createInspectionHistory(HULL_HISTORY.authority, changed(events, path, value));
const readD2i = (changes: Parameters<typeof scrapeLine>[0]) => () =>
  readInspectionRows(scrapeRows(scrapeLine(changes)), { columns: 'd2i-ilacs-scrape' });
const byD2i = { columns: 'd2i-ilacs-scrape' } as const;
const closures = { name: 'Closures', coverage: { fromYear: 2026, toYear: 2025 }, holidays: [] };
const parsedCalendar = (calendar: object) => () => ({
  ok: false,
  issues: toIssues(HolidayCalendarSchema.safeParse(calendar, { reportInput: true }).error?.issues ?? [], calendar),
});
const northamptonshire = OFFICIAL_INSPECTIONS.find((record) => record.authority.name === 'Northamptonshire') as never;
const hull = officialHistory('Hull');
const hullRecords = hull.ok ? hull.value.inspections : [];
const hullRecord = (path: (string | number)[], value: unknown) => () =>
  mergeInspections(changed(hullRecords, [0, ...path], value), []);
const summary = summarisePlan(HULL_PLAN, { asOf: d('2020-03-31') });
const comparison = compareWithNeighbours('Hull');
const compared = (path: (string | number)[], value: unknown) => () =>
  comparisonRows(changed((comparison as { value: NeighbourComparison }).value, path, value));
const pathway = {
  leadersAtLeast: 'Good',
  practiceAreasAtLeast: 'good',
  practiceAreasNeeded: 2,
  confirmed: false,
  source: 'x',
} as never;
const history = (path: (string | number)[], value: unknown, splice?: number) => () =>
  parseInspectionHistory(changed(HULL_HISTORY, path, value, splice));
const outcome = (value: object) => () => parseInspectionOutcome(value);
const framework = (path: string[], value: unknown) => () =>
  frameworkForDate('2019-01-01', { frameworks: [changed(FRAMEWORKS['ilacs-2018'], path, value)] });
const monitoringVisit = { ...events[4], onSite: { start: '2020-06-01', end: '2020-06-02' }, sequence: 1 };
const days = (start: string, end: string, published: string) => ({
  inspection_start_date: start,
  inspection_end_date: end,
  publication_date: published,
});
const swapped = { ...HULL_HISTORY, events: [events[1], events[0]] } as never;
const clock = changed(STATUTORY_CLOCKS[0], ['confirmed'], 'yes') as never;
const CUMBRIA_BECAME = ['Cumberland', 'Westmorland and Furness'];
const NORTHAMPTONSHIRE_ABOLISHED = {
  allowed: ['North Northamptonshire', 'West Northamptonshire'],
  limit: '2021-04-01',
  rule: 'abolished',
};
const SIF_KIND = { limit: '2014-11-18', rule: 'kind-under-sif' };
const SIF_SHORT = { allowed: ['standard-inspection'], rule: 'sif-short' };
const FIRST_DAY = { limit: '2018-01-01', rule: 'first-day' };
const TWO_FRAMEWORKS = { allowed: ['sif-2013', 'ilacs-2018'] };
const NOTICE = '2019-05-31';
const F1 = `"${HULL_PLAN.findings[0]?.id}"`;
const before = (limit: string) => ({ limit, rule: 'before-first' });
const FRAMEWORK = { allowed: FRAMEWORK_IDS };

/** Each door, fed one thing wrong, by what is wrong. */
const DOORS = {
  parseCalendarDate: () => parseCalendarDate('2019-02-30'),
  'working days 1.5': () => addWorkingDays(d('2024-01-02'), 1.5),
  'working days beyond': () => addWorkingDays(d('2199-12-20'), 100),
  'working days date': () => addWorkingDays('2019-02-30' as CalendarDate, 1),
  easterSunday: () => easterSunday(1800),
  'calendar years': () => addWorkingDays(d('2026-01-05'), 1, { calendar: closures }),
  'calendar schema years': parsedCalendar(closures),
  'calendar schema minimum': parsedCalendar(changed(closures, ['coverage', 'fromYear'], 1800)),
  'frameworkForDate two': () => frameworkForDate('2018-06-11'),
  'frameworkForDate early': () => frameworkForDate('2013-11-06'),
  'frameworkForDate date': () => frameworkForDate('2019-02-30'),
  'framework flag': framework(['hasOverallEffectiveness'], 'yes'),
  'framework in force': framework(['inForce', 'until'], '2017-01-01'),
  'ends first': hullChanged([2, 'onSite', 'end'], '2019-01-10'),
  'report first': hullChanged([2, 'published'], '2019-01-20'),
  overlap: hullWith(events[2] as object),
  'notice twice': hullWith({ kind: 'improvement-notice-issued', date: '2019-06-01' }),
  'direction never issued': hullWith({ kind: 'statutory-direction-revoked', date: '2019-01-01' }),
  'sequence back': hullWith(monitoringVisit),
  'kind of event': hullChanged([1, 'kind'], 'nope'),
  'ONS code': () => createInspectionHistory({ name: 'Hull', code: 'E6' }, events),
  'SIF short': hullChanged([0, 'kind'], 'short-inspection'),
  'framework too new': hullChanged([2, 'onSite', 'start'], '2017-12-01'),
  'history order': () => ({ ok: false, issues: findHistoryIssues(swapped) }),
  'historyRows order': () => historyRows(swapped),
  'regime date': () => interventionRegimeOn(HULL_HISTORY, '2019-02-30' as CalendarDate),
  'clock confirmed': () => statutoryDeadlines(events[2] as InspectionEvent, { clocks: [clock] }),
  'pathway grade': () => expectedNextInspection(HULL_HISTORY, { asOf: d('2026-06-01'), pathway }),
  'query two': () => findAuthority('Kingston'),
  'query none': () => findAuthority('Atlantis'),
  'query no name': () => findAuthority('City Council'),
  'query blank': () => findAuthority(' '),
  'query number': () => findAuthority(10 as never),
  neighbours: () => statisticalNeighbours('Cumbria'),
  'inspections empty': () => officialHistory('Hull', { inspections: [] }),
  'merge nothing': () => mergeInspections([], []),
  'merge a text': () => mergeInspections('x' as never, []),
  'record code': hullRecord(['authority', 'code'], 'E06000011'),
  'record alsoIn': hullRecord(['alsoIn'], 'ofsted'),
  'record predecessor': hullRecord(['asPredecessorOf'], { code: 'x' }),
  'record official': hullRecord(['authority', 'official'], { code: 'x' }),
  'record abolished': () => mergeInspections([changed(northamptonshire, ['firstDayOnSite'], '2021-06-07')], []),
  'cell grade': readD2i({ impact_of_leaders_grade: 'excellent' }),
  'cell token': readD2i({ help_and_protection_grade: 'data_unreadable' }),
  'cell date': readD2i({ inspection_start_date: '31/02/2022' }),
  'cell urn': readD2i({ urn: '12' }),
  'cell person': readD2i({ inspector_name: '2019-01-01' }),
  'cell kind': readD2i({ inspection_framework: 'long' }),
  'row dates': readD2i({ publication_date: '20/11/22' }),
  'row name and urn': readD2i({ urn: '80478' }),
  'row unknown name': readD2i({ local_authority: 'Atlantis', urn: '' }),
  'row SIF kind': readD2i(days('18/11/2014', '10/12/2014', '10/02/15')),
  'row care leavers': readD2i({ care_leavers_grade: 'good' }),
  'row area blank': readD2i({ help_and_protection_grade: '' }),
  'row two frameworks': readD2i({ ...days('11/06/2018', '22/06/2018', '01/09/18'), inspection_framework: '' }),
  'row too old': readD2i(days('01/01/2013', '10/01/2013', '01/03/13')),
  'row by publication': readD2i(days('', '', '17/05/19')),
  'row fits two': readD2i(days('', '', '13/01/23')),
  'row not a row': () => readInspectionRows([5], byD2i),
  'row unreadable': () => readInspectionRows([new Proxy({}, { ownKeys: () => [0 as never] })], byD2i),
  'rows a text': () => readInspectionRows('rows' as never, byD2i),
  'rows no options': () => readInspectionRows([], undefined as never),
  'rows preset': () => readInspectionRows([], { columns: 'd2i' as never }),
  'rows column map': () => readInspectionRows([], { columns: { authority: 'LA' } as never }),
  'rows header': () =>
    readInspectionRows(scrapeRows(HULL_2022), { columns: { authority: 'local_authority', start: 'x' } }),
  'rows source': () => readInspectionRows([], { ...byD2i, source: { name: '' } }),
  'summary rags': () => planSummaryRows(changed(summary, ['rags'], 'none'), HULL_PLAN),
  'summary counts': () => planSummaryRows(changed(summary, ['findings', 0, 'actions'], 99), HULL_PLAN),
  'comparison rank': compared(['neighbours', 0, 'rank'], 3),
  'comparison grade': compared(['authority', 'areas', 'leaders'], 'Good'),
  'comparison framework': compared(['authority', 'latest', 'outcome', 'framework'], 'x'),
  'outcome grade': outcome({ framework: 'ilacs-2018', judgements: { leaders: 'Good' } }),
  'outcome area missing': outcome({ framework: 'ilacs-2018', judgements: {} }),
  'outcome area': outcome({ framework: 'ilacs-2018', judgements: { careLeavers: 'good' } }),
  'outcome field': outcome({ framework: 'ilacs-2026', judgements: {}, extra: 1 }),
  'outcome framework': outcome({ framework: 'ilacs-2027', judgements: {} }),
  'history visit': history(['events', 2, 'onSite', 'end'], '2019-01-10'),
  'history sequence': history(['events', 4, 'sequence'], 0),
  'history code': history(['authority', 'code'], 'E6'),
  'history kind': history(['events', 1, 'kind'], 'nope'),
  'history stray': history(['events', 1, 'grade'], 'good'),
  'history overlap': history(['events'], events[2], 3),
  'plan answers': () => parseImprovementPlan(changed(HULL_PLAN, ['actions', 0, 'answers'], ['F9'])),
} satisfies Record<string, () => unknown>;

/** Expected: the code, the field and what was found there, and the rest of the params. */
const at = (code: IssueCode, field: string, found: string, more: IssueParams = {}) =>
  [code, { field, found, ...more }] as const;
/** Expected: a date out of order, and the day it may not be before. */
const order = (field: string, found: string, limit: string | number, rule?: string) =>
  at('dates-out-of-order', field, found, { limit, ...(rule !== undefined && { rule }) });
const HISTORY_ORDER = order('events', '"2014-11-18"', '2018-02-06', 'history-order');
const NOT_DATE = at('invalid-date', 'date', '"2019-02-30"', { rule: 'date' });
const ENDS_FIRST = order('onSite.end', '"2019-01-10"', '2019-01-14', 'end-before-start');
const OVERLAP = at('overlapping-visits', 'onSite', '"2019-01-14"', { limit: '2019-01-25' });
const KINDS = { allowed: INSPECTION_EVENT_KINDS };

/** The code of the issue each door gives, and that issue's params, exactly. */
const EXPECTED: { readonly [K in keyof typeof DOORS]: readonly [IssueCode, IssueParams] } = {
  parseCalendarDate: ['invalid-date', { found: '"2019-02-30"', rule: 'date' }],
  'working days 1.5': at('invalid-value', 'amount', '1.5', { rule: 'whole-number' }),
  'working days beyond': at('out-of-range', 'amount', '100', { limit: '2199-12-31' }),
  'working days date': NOT_DATE,
  easterSunday: at('out-of-range', 'year', '1800', { limit: 2199, rule: 'whole-number' }),
  'calendar years': order('coverage.fromYear', '2026', 2025),
  'calendar schema years': order('coverage.fromYear', '2026', 2025),
  'calendar schema minimum': at('invalid-value', 'coverage.fromYear', '1800', { limit: 1900, rule: 'minimum' }),
  'frameworkForDate two': ['framework-ambiguous', { found: '"2018-06-11"', ...TWO_FRAMEWORKS }],
  'frameworkForDate early': ['no-framework-in-force', { found: '"2013-11-06"', ...before('2013-11-07') }],
  'frameworkForDate date': NOT_DATE,
  'framework flag': at('invalid-type', 'hasOverallEffectiveness', '"yes"', { rule: 'boolean' }),
  'framework in force': order('inForce.until', '"2017-01-01"', '2018-01-01'),
  'ends first': ENDS_FIRST,
  'report first': order('published', '"2019-01-20"', '2019-01-25', 'report-before-visit'),
  overlap: OVERLAP,
  'notice twice': at('already-in-force', 'an improvement notice', '"improvement-notice-issued"', { limit: NOTICE }),
  'direction never issued': at('not-in-force', 'a statutory direction', '"statutory-direction-revoked"'),
  'sequence back': at('sequence-out-of-order', 'sequence', '1', { limit: 2 }),
  'kind of event': at('invalid-value', 'kind', '"nope"', KINDS),
  'ONS code': at('invalid-value', 'code', '"E6"', { rule: 'gss-code' }),
  'SIF short': at('framework-not-in-force', 'kind', '"short-inspection"', SIF_SHORT),
  'framework too new': at('framework-not-in-force', 'onSite.start', '"ilacs-2018"', FIRST_DAY),
  'history order': HISTORY_ORDER,
  'historyRows order': HISTORY_ORDER,
  'regime date': NOT_DATE,
  'clock confirmed': at('invalid-type', 'confirmed', '"yes"', { rule: 'boolean' }),
  'pathway grade': at('invalid-value', 'pathway.leadersAtLeast', '"Good"', { allowed: JUDGEMENTS }),
  'query two': at('invalid-value', 'query', '"Kingston"', { allowed: ['E06000010', 'E09000021'], rule: 'ambiguous' }),
  'query none': at('invalid-value', 'query', '"Atlantis"', { rule: 'no-match' }),
  'query no name': at('invalid-value', 'query', '"City Council"', { rule: 'no-name' }),
  'query blank': at('empty', 'query', '" "'),
  'query number': at('invalid-type', 'query', '10'),
  neighbours: at('invalid-value', 'query', '"Cumbria"', { rule: 'abolished', allowed: CUMBRIA_BECAME }),
  'inspections empty': at('empty', 'inspections', 'no records'),
  'merge nothing': at('empty', 'base and additions', 'no records'),
  'merge a text': at('invalid-type', 'base', '"x"', { rule: 'list' }),
  'record code': at('invalid-value', 'authority.code', '"E06000011"', { rule: 'identifiers-disagree' }),
  'record alsoIn': at('invalid-type', 'alsoIn', '"ofsted"', { rule: 'list' }),
  'record predecessor': at('invalid-value', 'asPredecessorOf', 'an object', { rule: 'official' }),
  'record official': at('invalid-value', 'authority.official', 'an object', { rule: 'official' }),
  'record abolished': at('invalid-value', 'authority', '"Northamptonshire"', NORTHAMPTONSHIRE_ABOLISHED),
  'cell grade': at('unrecognised-judgement', 'impact_of_leaders_grade', '"excellent"', { allowed: JUDGEMENTS }),
  'cell token': at('not-a-grade', 'help_and_protection_grade', '"data_unreadable"', { rule: 'data_unreadable' }),
  'cell date': at('invalid-date', 'inspection_start_date', '"31/02/2022"', { rule: 'date' }),
  'cell urn': at('invalid-value', 'urn', '"12"', { rule: 'urn' }),
  'cell person': at('invalid-value', 'inspector_name', '"2019-01-01"', { rule: 'person' }),
  'cell kind': at('invalid-value', 'inspection_framework', '"long"', { allowed: ['standard', 'short'] }),
  'row dates': order('publication_date', '"2022-11-20"', '2022-11-25', 'report-before-visit'),
  'row name and urn': at('invalid-value', 'local_authority', '"kingston upon hull"', { rule: 'name-disagrees' }),
  'row unknown name': at('invalid-value', 'local_authority', '"Atlantis"', { rule: 'no-match' }),
  'row SIF kind': at('framework-not-in-force', 'inspection_framework', '"standard"', SIF_KIND),
  'row care leavers': at('area-not-in-framework', 'care_leavers_grade', '"careLeavers"', { allowed: ILACS_2018_AREAS }),
  'row area blank': at('missing-area', 'help_and_protection_grade', 'blank', { allowed: JUDGEMENTS }),
  'row two frameworks': at('framework-ambiguous', 'inspection_framework', '"2018-06-11"', TWO_FRAMEWORKS),
  'row too old': at('no-framework-in-force', 'inspection_start_date', '"2013-01-01"', before('2013-11-07')),
  'row by publication': ['missing', { field: 'inspection_start_date', limit: '2019-05-17', rule: 'published-decides' }],
  'row fits two': ['missing', { field: 'inspection_start_date', limit: '2023-01-13', rule: 'published-fits-several' }],
  'row not a row': at('invalid-type', 'Row 0', '5', { rule: 'row' }),
  'row unreadable': ['unreadable', { field: 'Row 0' }],
  'rows a text': at('invalid-type', 'rows', '"rows"', { rule: 'list' }),
  'rows no options': at('missing', 'options', 'nothing', { rule: 'object' }),
  'rows preset': at('invalid-value', 'columns', '"d2i"', { allowed: Object.keys(TABLE_PRESETS) }),
  'rows column map': ['missing', { field: 'columns.start', rule: 'header' }],
  'rows header': at('invalid-value', 'columns.start', '"x"', { allowed: [...D2I_HEADER], rule: 'no-such-header' }),
  'rows source': ['empty', { field: 'source.name' }],
  'summary rags': at('invalid-type', 'summary.rags', '"none"', { rule: 'list' }),
  'summary counts': at('invalid-value', 'summary.findings.0', F1, { rule: 'summary-disagrees' }),
  'comparison rank': at('invalid-value', 'comparison.neighbours.0.rank', '3', { allowed: ['1'] }),
  'comparison grade': at('invalid-value', 'comparison.authority.areas.leaders', '"Good"', { allowed: AREA_GRADES }),
  'comparison framework': at('unknown-framework', 'comparison.authority.latest.outcome.framework', '"x"', FRAMEWORK),
  'outcome grade': at('invalid-value', 'judgements.leaders', '"Good"', { allowed: AREA_GRADES }),
  'outcome area missing': ['missing-area', { field: 'judgements.leaders', allowed: AREA_GRADES }],
  'outcome area': at('area-not-in-framework', 'judgements', '"careLeavers"', { allowed: ILACS_2018_AREAS }),
  'outcome field': at('unknown-key', 'outcome', '"extra"', { allowed: ['framework', 'judgements', 'awardedOverall'] }),
  'outcome framework': at('unknown-framework', 'framework', '"ilacs-2027"', FRAMEWORK),
  'history visit': ENDS_FIRST,
  'history sequence': at('invalid-value', 'events.4.sequence', '0', { limit: 1, rule: 'minimum' }),
  'history code': at('invalid-value', 'authority.code', '"E6"', { rule: 'regex' }),
  'history kind': at('invalid-value', 'events.1.kind', '"nope"', KINDS),
  'history stray': at('unknown-key', 'events.1', '"grade"'),
  'history overlap': OVERLAP,
  'plan answers': at('unknown-finding', 'answers[0]', '"F9"'),
};

describe('every door of tables, outcomes, inspection, framework, calendar and schema gives params', () => {
  it.each(Object.keys(DOORS) as (keyof typeof DOORS)[])('%s', (name) => {
    const [code, params] = EXPECTED[name];
    expect(issueOf(DOORS[name], code).params).toEqual(params);
  });

  it('words the issues from their params, naming the field beside what was found', () => {
    const words = (call: () => unknown, code: IssueCode) => formatIssue(issueOf(call, code));
    expect(words(() => frameworkForDate('2018-06-11'), 'framework-ambiguous')).toBe(
      'More than one framework was in force on "2018-06-11" (sif-2013 or ilacs-2018): name one.',
    );
    expect(words(readD2i({ impact_of_leaders_grade: 'excellent' }), 'unrecognised-judgement')).toBe(
      '"excellent" in impact_of_leaders_grade is not a grade: use outstanding, good, requires-improvement or inadequate.',
    );
    expect(words(() => findAuthority('Kingston'), 'invalid-value')).toBe(
      'query must be E06000010 or E09000021, got "Kingston".',
    );
    expect(words(readD2i({ local_authority: 'Atlantis', urn: '' }), 'invalid-value')).toMatch(
      /^local_authority: No authority in Ofsted's data is called "Atlantis"/,
    );
    expect(words(hullWith({ kind: 'improvement-notice-issued', date: '2019-06-01' }), 'already-in-force')).toBe(
      'an improvement notice is already in force.',
    );
    expect(
      worded(issuesOf(() => readInspectionRows(scrapeRows(HULL_2015), byD2i))).map((each) => each.params.rule),
    ).toEqual(['data_unreadable', 'data_unreadable', 'data_unreadable', 'data_unreadable']);
  });
});

describe('one value of real data changed, anywhere, gives issues with params', () => {
  const replacements = ['x', -1, null, {}, [], '2019-02-30', 'Good', 1e12, ''];

  /** How many of `tries` changed documents a door refused; each refusal checked as {@link worded}. */
  function sweep(tries: number, door: (pick: number, replacement: unknown) => () => unknown): number {
    let refused = 0;
    for (let pick = 0; pick < tries; pick += 1) {
      const issues = issuesOf(door(pick, replacements[pick % replacements.length]));
      if (issues.length === 0) continue;
      worded(issues);
      refused += 1;
    }
    return refused;
  }

  it("in Ofsted's record, as mergeInspections reads it", () => {
    const refused = sweep(180, (pick, replacement) => {
      const records = JSON.parse(JSON.stringify(OFFICIAL_INSPECTIONS.slice(pick % 60, (pick % 60) + 1)));
      replaceOneValue(records, pick, replacement);
      return () => mergeInspections(records, []);
    });
    expect(refused).toBeGreaterThan(80);
  });

  it("in Hull's history, as the schema and the core read it", () => {
    const read = (pick: number, replacement: unknown) => {
      const copy = JSON.parse(JSON.stringify(HULL_HISTORY));
      replaceOneValue(copy, pick, replacement);
      return copy;
    };
    expect(sweep(200, (pick, value) => () => parseInspectionHistory(read(pick, value)))).toBeGreaterThan(120);
    expect(
      sweep(200, (pick, value) => () => createInspectionHistory(read(pick, value).authority, read(pick, value).events)),
    ).toBeGreaterThan(100);
  });

  it("in a row of the scrape tool's file, cell by cell", () => {
    const cells = ['x', '', 'data_unreadable', '31/02/2022', '2019-01-01', 'good', '99999'];
    const refused = sweep(D2I_HEADER.length * cells.length, (pick) =>
      readD2i({ [D2I_HEADER[pick % D2I_HEADER.length] as string]: cells[Math.floor(pick / D2I_HEADER.length)] }),
    );
    expect(refused).toBeGreaterThan(50);
  });
});

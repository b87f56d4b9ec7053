import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as core from '../../src/index.js';
import {
  type CalendarDate,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  FRAMEWORKS,
  findActionIssues,
  findHistoryIssues,
  findOutcomeIssues,
  findPlanIssues,
  type ImprovementAction,
  isCalendarDate,
  isJudgement,
  OfstedIlacsError,
  STATUTORY_CLOCKS,
} from '../../src/index.js';
import * as outcomes from '../../src/outcomes/index.js';
import * as schema from '../../src/schema/index.js';
import { InspectionEventSchema } from '../../src/schema/index.js';
import * as tables from '../../src/tables/index.js';
import * as testing from '../../src/testing/index.js';
import { HULL_ACTIONS, HULL_HISTORY, HULL_INSPECTIONS, HULL_PLAN } from '../../src/testing/index.js';

/**
 * Every exported function of every entry, called as plain JavaScript would call it: each
 * argument in turn replaced by a hostile value. A function either answers or refuses:
 * with issues where it returns them, otherwise with OfstedIlacsError and a documented
 * code. Never a TypeError or RangeError from inside, never a change to what it was given,
 * and, where the value is not one the parameter takes, never an answer.
 */

const ERROR_CODES = [
  'invalid-argument',
  'invalid-option',
  'invalid-outcome',
  'invalid-event',
  'invalid-history',
  'invalid-action',
  'invalid-plan',
  'invalid-calendar',
  'invalid-clock',
  'invalid-framework',
  'out-of-range',
];
const docs = readFileSync(new URL('../../docs/errors-and-limits.md', import.meta.url), 'utf8');

const HOSTILE: readonly [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-0', -0],
  ['1.5', 1.5],
  ['2^53', 2 ** 53],
  ['1e7', 1e7],
  ['empty text', ''],
  ['blank text', ' \u00a0\t'],
  ['long text', 'x'.repeat(20_001)],
  ['an impossible date', '2019-02-30'],
  ['a far-future date', '9999-12-31'],
  ['a day-first date', '17/05/2019'],
  [
    'a proxy whose reading throws',
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('read');
        },
        ownKeys: () => {
          throw new Error('keys');
        },
        getPrototypeOf: () => {
          throw new Error('prototype');
        },
      },
    ),
  ],
  ['a date with a newline', '2019-05-17\n'],
  ['a single-digit month', '2019-5-17'],
  ['a Date object', new Date('2019-05-17T00:00:00Z')],
  ['a capitalised grade', 'Inadequate'],
  ['a misspelt option value', 'any-inadequate'],
  ['an empty list', []],
  ['text in a list', ['x']],
  ['text where a list belongs', 'F12'],
  ['an empty object', {}],
  ['an object with toString', { toString: () => 'good' }],
  ['an object with a bad toString', { toString: 1 }],
  ['a symbol', Symbol('s')],
  ['a bigint', 10n],
  ['a function', () => 'good'],
  ['a null-prototype object', Object.create(null)],
  ['a __proto__ key', JSON.parse('{"__proto__":{"polluted":"yes"},"kind":"x"}')],
  ['a list with a hole', holey(['good', 'good'])],
  ['a list with its own iterator', ownIterator(['good', 'inadequate'])],
  [
    'an object whose fields are inherited',
    Object.create({ framework: 'ilacs-2018', judgements: {}, kind: 'focused-visit' }),
  ],
];

/** A list of the items with a hole in front of them. */
function holey(items: readonly unknown[]): unknown[] {
  const list: unknown[] = new Array(items.length + 1);
  items.forEach((item, index) => {
    list[index + 1] = item;
  });
  return list;
}

/** A copy of a list that iterates one item more than it indexes. */
function ownIterator(items: readonly unknown[]): unknown[] {
  const list = [...items];
  Object.defineProperty(list, Symbol.iterator, {
    value: function* () {
      yield* items;
      yield items[0];
    },
  });
  return list;
}

const d = (text: string) => text as CalendarDate;
const hull2019 = HULL_INSPECTIONS[1]!;
const action = HULL_ACTIONS[2]!; // in progress
const evidenced = HULL_ACTIONS[4]!; // impact evidenced
const overridden = HULL_ACTIONS[8]!; // RAG set by hand
const context = { on: d('2020-04-01'), by: 'Improvement board chair' };
const unwrap = <T>(result: core.Result<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};
const notStarted = unwrap(
  core.createImprovementAction({
    id: 'A1',
    title: 'Audit cases',
    answers: [],
    kind: 'case-audit',
    owner: 'QA lead',
    raised: d('2020-03-02'),
    due: d('2020-06-30'),
    by: 'DCS',
  }),
);
const blocked = unwrap(core.blockAction(notStarted, { on: d('2020-03-09'), by: 'QA lead' }, 'No auditors.'));

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '' && v.length <= 10_000;
const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const noOptions = (v: unknown) => v === undefined || (isRecord(v) && Object.keys(v as object).length === 0);
const anything = () => true;
const isOutcome = (v: unknown) => findOutcomeIssues(v).length === 0;
const isHistory = (v: unknown) => findHistoryIssues(v).length === 0;
const isAction = (v: unknown) => findActionIssues(v as ImprovementAction).length === 0;
const isPlan = (v: unknown) => findPlanIssues(v as typeof HULL_PLAN).length === 0;
const isMeasure = (v: unknown) => core.findMeasureIssues(v as core.Measure).length === 0;
const measure: core.Measure = {
  id: 'M1',
  name: 'Cases audited as good or better',
  unit: '%',
  higherIsBetter: true,
  baseline: { value: 24, on: '2019-05-31' as CalendarDate },
  target: { value: 60, by: '2020-12-31' as CalendarDate },
  readings: [{ value: 31, on: '2019-11-22' as CalendarDate }],
};
const isEvent = (v: unknown) => InspectionEventSchema.safeParse(v).success;
const isContext = (v: unknown) =>
  isRecord(v) &&
  isCalendarDate((v as { on?: unknown }).on) &&
  isText((v as { by?: unknown }).by) &&
  Object.keys(v as object).every((k) => ['on', 'by', 'note'].includes(k));
const isYear = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1900 && (v as number) <= 2199;
const isGradeList = (v: unknown) => Array.isArray(v) && v.every(isJudgement);

type How = 'throws' | 'result' | 'issues' | 'boolean' | 'check' | 'anything';
interface Param {
  readonly valid: unknown;
  /** Whether a value is one this parameter takes; for any other, the function must refuse. */
  readonly accepts: (value: unknown) => boolean;
}
interface Entry {
  readonly fn: (...args: never[]) => unknown;
  readonly how: How;
  readonly params: readonly Param[];
}

const p = (valid: unknown, accepts: (value: unknown) => boolean): Param => ({ valid, accepts });
/** Whether a parameter takes a value; a value whose reading throws is taken by none. */
const accepted = (param: Param, value: unknown) => {
  try {
    return param.accepts(value);
  } catch {
    return false;
  }
};
const date = (valid: string) => p(valid, isCalendarDate);
const options = (valid: unknown = undefined) => p(valid, noOptions);

const comparedHull = outcomes.compareWithNeighbours('Hull');
const hullComparison = comparedHull.ok ? comparedHull.value : undefined;

const rated = core.ratePlan(HULL_PLAN, { asOf: d('2020-03-31') });
const derivedHull = core.deriveOverallEffectiveness(hull2019.outcome);
const refusedGrade = core.parseJudgement('excellent');
const anIssue = refusedGrade.ok ? undefined : refusedGrade.issues[0];
const ISSUE_CODES = new Set(docs.match(/^\| `[a-z-]+` \|/gm)?.map((row) => row.slice(3, -3)));
const isIssue = (v: unknown) =>
  isRecord(v) &&
  Array.isArray((v as core.Issue).path) &&
  ISSUE_CODES.has((v as core.Issue).code) &&
  isRecord((v as core.Issue).params) &&
  typeof (v as core.Issue).message === 'string';

const scaleDefinition = {
  id: 'three',
  grades: ['strong', 'adequate', 'weak'],
  labels: { strong: 'S', adequate: 'A', weak: 'W' },
};
const frameworkDefinition = {
  id: 'peer-review',
  title: 'Peer review',
  scale: core.defineScale(scaleDefinition as never),
  inForce: { from: '2025-01-01' },
  areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
};

const CATALOGUE: Record<string, Entry> = {
  // the scale
  compareJudgements: {
    fn: core.compareJudgements,
    how: 'throws',
    params: [p('good', isJudgement), p('inadequate', isJudgement)],
  },
  worstJudgement: { fn: core.worstJudgement, how: 'throws', params: [p(['good', 'inadequate'], isGradeList)] },
  bestJudgement: { fn: core.bestJudgement, how: 'throws', params: [p(['good', 'inadequate'], isGradeList)] },
  medianJudgement: {
    fn: core.medianJudgement,
    how: 'throws',
    params: [p(['good', 'inadequate'], isGradeList), options()],
  },
  judgementRank: { fn: core.judgementRank, how: 'throws', params: [p('good', isJudgement)] },
  judgementLabel: { fn: core.judgementLabel, how: 'throws', params: [p('good', isJudgement), options()] },
  isJudgement: { fn: core.isJudgement, how: 'boolean', params: [p('good', anything)] },
  isNonGrade: { fn: core.isNonGrade, how: 'boolean', params: [p('not-judged', anything)] },
  parseJudgement: { fn: core.parseJudgement, how: 'result', params: [p('good', anything)] },
  // frameworks and outcomes
  isFrameworkId: { fn: core.isFrameworkId, how: 'boolean', params: [p('ilacs-2018', anything)] },
  frameworkForDate: { fn: core.frameworkForDate, how: 'result', params: [date('2019-01-14'), options()] },
  findOutcomeIssues: { fn: core.findOutcomeIssues, how: 'issues', params: [p(hull2019.outcome, isOutcome)] },
  deriveOverallEffectiveness: {
    fn: core.deriveOverallEffectiveness,
    how: 'throws',
    params: [p(hull2019.outcome, isOutcome), options()],
  },
  checkAwardedOverall: {
    fn: core.checkAwardedOverall,
    how: 'check',
    params: [p(hull2019.outcome, isOutcome), options()],
  },
  directionOfTravel: {
    fn: core.directionOfTravel,
    how: 'throws',
    params: [p(HULL_INSPECTIONS[1]!.outcome, isOutcome), p(HULL_INSPECTIONS[2]!.outcome, isOutcome), options()],
  },
  // dates and working days
  calendarDate: { fn: core.calendarDate, how: 'throws', params: [date('2019-05-17')] },
  isCalendarDate: { fn: core.isCalendarDate, how: 'boolean', params: [p('2019-05-17', anything)] },
  parseCalendarDate: { fn: core.parseCalendarDate, how: 'result', params: [date('2019-05-17')] },
  easterSunday: { fn: core.easterSunday, how: 'throws', params: [p(2026, isYear)] },
  projectEnglandAndWalesHolidays: { fn: core.projectEnglandAndWalesHolidays, how: 'throws', params: [p(2030, isYear)] },
  addWorkingDays: {
    fn: core.addWorkingDays,
    how: 'throws',
    params: [date('2019-05-17'), p(70, (v) => Number.isSafeInteger(v) && Math.abs(v as number) < 10_000), options()],
  },
  workingDaysBetween: {
    fn: core.workingDaysBetween,
    how: 'throws',
    params: [date('2019-05-17'), date('2019-08-27'), options()],
  },
  workingDayStatus: { fn: core.workingDayStatus, how: 'throws', params: [date('2019-05-17'), options()] },
  isWorkingDay: { fn: core.isWorkingDay, how: 'throws', params: [date('2019-05-17'), options()] },
  // the timeline
  isGradedInspection: { fn: core.isGradedInspection, how: 'boolean', params: [p(hull2019, anything)] },
  isVisit: { fn: core.isVisit, how: 'boolean', params: [p(hull2019, anything)] },
  createInspectionHistory: {
    fn: core.createInspectionHistory,
    how: 'result',
    params: [p(HULL_HISTORY.authority, isRecord), p(HULL_HISTORY.events, Array.isArray), options()],
  },
  findHistoryIssues: { fn: core.findHistoryIssues, how: 'issues', params: [p(HULL_HISTORY, isHistory), options()] },
  latestGradedInspection: {
    fn: core.latestGradedInspection,
    how: 'throws',
    params: [p(HULL_HISTORY, isHistory), options()],
  },
  interventionRegimeOn: {
    fn: core.interventionRegimeOn,
    how: 'throws',
    params: [p(HULL_HISTORY, isHistory), date('2021-01-01'), options()],
  },
  expectedNextInspection: {
    fn: core.expectedNextInspection,
    how: 'throws',
    params: [p(HULL_HISTORY, isHistory), options()],
  },
  statutoryDeadlines: { fn: core.statutoryDeadlines, how: 'throws', params: [p(hull2019, isEvent), options()] },
  expectedNextAreaSendInspection: {
    fn: core.expectedNextAreaSendInspection,
    how: 'throws',
    params: [p(HULL_HISTORY, isHistory), options()],
  },
  monitoringCapWarnings: {
    fn: core.monitoringCapWarnings,
    how: 'throws',
    params: [p(HULL_HISTORY, isHistory), options()],
  },
  // improvement plans
  createImprovementAction: {
    fn: core.createImprovementAction,
    how: 'result',
    params: [
      p(
        {
          id: 'A1',
          title: 'Audit cases',
          answers: ['F1'],
          kind: 'case-audit',
          owner: 'QA lead',
          raised: '2019-06-03',
          due: '2019-09-30',
          by: 'DCS',
        },
        isRecord,
      ),
    ],
  },
  findActionIssues: { fn: core.findActionIssues, how: 'issues', params: [p(action, isAction)] },
  originalDueDate: { fn: core.originalDueDate, how: 'throws', params: [p(action, isAction)] },
  rescheduleCount: { fn: core.rescheduleCount, how: 'throws', params: [p(action, isAction)] },
  deriveRag: { fn: core.deriveRag, how: 'throws', params: [p(action, isAction), p({ asOf: '2020-03-31' }, anything)] },
  startAction: { fn: core.startAction, how: 'result', params: [p(notStarted, isAction), p(context, isContext)] },
  blockAction: {
    fn: core.blockAction,
    how: 'result',
    params: [p(action, isAction), p(context, isContext), p('x', isText)],
  },
  resumeAction: { fn: core.resumeAction, how: 'result', params: [p(blocked, isAction), p(context, isContext)] },
  deliverAction: {
    fn: core.deliverAction,
    how: 'result',
    params: [p(action, isAction), p(context, isContext), p('x', isText)],
  },
  recordImpact: {
    fn: core.recordImpact,
    how: 'result',
    params: [p(HULL_ACTIONS[1]!, isAction), p(context, isContext), p('x', isText)],
  },
  closeAction: { fn: core.closeAction, how: 'result', params: [p(evidenced, isAction), p(context, isContext)] },
  cancelAction: {
    fn: core.cancelAction,
    how: 'result',
    params: [p(action, isAction), p(context, isContext), p('x', isText)],
  },
  supersedeAction: {
    fn: core.supersedeAction,
    how: 'result',
    params: [p(action, isAction), p(context, isContext), p('x', isText), p('A12', (v) => v === undefined || isText(v))],
  },
  rescheduleAction: {
    fn: core.rescheduleAction,
    how: 'result',
    params: [p(action, isAction), p({ ...context, to: '2020-06-30', reason: 'x' }, isRecord)],
  },
  changeMoney: {
    fn: core.changeMoney,
    how: 'result',
    params: [p(action, isAction), p({ ...context, toPence: 100, reason: 'x' }, isRecord)],
  },
  deriveImpact: {
    fn: core.deriveImpact,
    how: 'throws',
    params: [p(measure, isMeasure), p({ asOf: '2020-03-31' }, anything)],
  },
  findMeasureIssues: { fn: core.findMeasureIssues, how: 'issues', params: [p(measure, isMeasure)] },
  recordReading: {
    fn: core.recordReading,
    how: 'result',
    params: [p(measure, isMeasure), p({ value: 50, on: '2020-06-30' }, isRecord)],
  },
  overrideRag: {
    fn: core.overrideRag,
    how: 'result',
    params: [p(action, isAction), p({ ...context, rag: 'red', reason: 'x' }, isRecord)],
  },
  clearRagOverride: {
    fn: core.clearRagOverride,
    how: 'result',
    params: [p(overridden, isAction), p(context, isContext), p('x', isText)],
  },
  createImprovementPlan: { fn: core.createImprovementPlan, how: 'result', params: [p(HULL_PLAN, isPlan), options()] },
  findPlanIssues: { fn: core.findPlanIssues, how: 'issues', params: [p(HULL_PLAN, isPlan), options()] },
  summarisePlan: {
    fn: core.summarisePlan,
    how: 'throws',
    params: [p(HULL_PLAN, isPlan), p({ asOf: '2020-03-31' }, anything)],
  },
  ratePlan: {
    fn: core.ratePlan,
    how: 'throws',
    params: [p(HULL_PLAN, isPlan), p({ asOf: '2020-03-31' }, anything)],
  },
  countActions: { fn: core.countActions, how: 'throws', params: [p(rated, (v) => v === rated)] },
  progressByFinding: { fn: core.progressByFinding, how: 'throws', params: [p(rated, (v) => v === rated)] },
  planImpact: { fn: core.planImpact, how: 'throws', params: [p(rated, (v) => v === rated)] },
  planMoney: { fn: core.planMoney, how: 'throws', params: [p(rated, (v) => v === rated)] },
  planSlippage: { fn: core.planSlippage, how: 'throws', params: [p(rated, (v) => v === rated)] },
  overriddenRags: { fn: core.overriddenRags, how: 'throws', params: [p(rated, (v) => v === rated)] },
  nextDeadlines: { fn: core.nextDeadlines, how: 'throws', params: [p(rated, (v) => v === rated)] },
  // frameworks and scales of the caller's own
  defineScale: { fn: core.defineScale, how: 'throws', params: [p(scaleDefinition, (v) => v === scaleDefinition)] },
  defineFramework: {
    fn: core.defineFramework,
    how: 'throws',
    params: [p(frameworkDefinition, (v) => v === frameworkDefinition)],
  },
  // words on demand
  explain: { fn: core.explain, how: 'throws', params: [p(derivedHull, (v) => v === derivedHull), options()] },
  formatIssue: { fn: core.formatIssue, how: 'throws', params: [p(anIssue, isIssue), options()] },
  formatPence: { fn: core.formatPence, how: 'throws', params: [p(200_000_000, Number.isSafeInteger)] },
  linkActionToFinding: {
    fn: core.linkActionToFinding,
    how: 'result',
    params: [p(action, isAction), p({ ...context, findingId: 'F9', reason: 'A monitoring visit found it.' }, isRecord)],
  },
  // ofsted-ilacs/schema
  parseInspectionOutcome: {
    fn: schema.parseInspectionOutcome,
    how: 'result',
    params: [p(hull2019.outcome, isOutcome)],
  },
  parseInspectionHistory: { fn: schema.parseInspectionHistory, how: 'result', params: [p(HULL_HISTORY, isRecord)] },
  parseImprovementAction: { fn: schema.parseImprovementAction, how: 'result', params: [p(action, isAction)] },
  parseImprovementPlan: {
    fn: schema.parseImprovementPlan,
    how: 'result',
    params: [p(HULL_PLAN, isPlan), options()],
  },
  toJsonSchemas: { fn: schema.toJsonSchemas, how: 'throws', params: [options()] },
  // ofsted-ilacs/outcomes
  findAuthority: { fn: outcomes.findAuthority, how: 'result', params: [p('Hull', anything)] },
  officialHistory: { fn: outcomes.officialHistory, how: 'result', params: [p('Hull', anything), options()] },
  statisticalNeighbours: {
    fn: outcomes.statisticalNeighbours,
    how: 'result',
    params: [p('Hull', anything), options()],
  },
  compareWithNeighbours: {
    fn: outcomes.compareWithNeighbours,
    how: 'result',
    params: [p('Hull', anything), options()],
  },
  authorityHistory: { fn: outcomes.authorityHistory, how: 'result', params: [p('Hull', anything), options()] },
  mergeInspections: {
    fn: outcomes.mergeInspections,
    how: 'result',
    params: [p(outcomes.OFFICIAL_INSPECTIONS, anything), p([], anything), options()],
  },
  // ofsted-ilacs/charts
  neighbourComparisonChart: {
    fn: charts.neighbourComparisonChart,
    how: 'anything',
    params: [p(hullComparison, (v) => v === hullComparison), options()],
  },
  judgementHistoryChart: {
    fn: charts.judgementHistoryChart,
    how: 'anything',
    params: [p(HULL_HISTORY, isHistory), options()],
  },
  planChart: {
    fn: charts.planChart,
    how: 'anything',
    params: [p(core.summarisePlan(HULL_PLAN, { asOf: d('2020-03-31') }), isRecord), options()],
  },
  // ofsted-ilacs/tables
  comparisonRows: {
    fn: tables.comparisonRows,
    how: 'anything',
    params: [p(hullComparison, (v) => v === hullComparison)],
  },
  historyRows: { fn: tables.historyRows, how: 'anything', params: [p(HULL_HISTORY, isHistory), options()] },
  planSummaryRows: {
    fn: tables.planSummaryRows,
    how: 'anything',
    params: [
      p(core.summarisePlan(HULL_PLAN, { asOf: d('2020-03-31') }), isRecord),
      p(HULL_PLAN, (v) => core.findPlanIssues(v as never).length === 0),
      options(),
    ],
  },
  readInspectionRows: {
    fn: tables.readInspectionRows,
    how: 'anything',
    params: [
      p([{ Council: 'Hull', Start: '2019-01-14' }], Array.isArray),
      p(
        { columns: 'd2i-ilacs-scrape' },
        (v) =>
          isRecord(v) &&
          Object.keys(v as object).length === 1 &&
          Object.hasOwn(tables.TABLE_PRESETS, (v as { columns?: unknown }).columns as string),
      ),
    ],
  },
  latestOfficialOutcomes: { fn: outcomes.latestOfficialOutcomes, how: 'throws', params: [options()] },
  nationalCounts: { fn: outcomes.nationalCounts, how: 'throws', params: [options()] },
  // ofsted-ilacs/testing
  arbitraryJudgement: { fn: testing.arbitraryJudgement, how: 'anything', params: [] },
  arbitraryOutcome: { fn: testing.arbitraryOutcome, how: 'throws', params: [options()] },
  arbitraryCalendarDate: {
    fn: testing.arbitraryCalendarDate,
    how: 'throws',
    params: [date('2020-01-01'), date('2020-12-31')],
  },
  arbitraryInspectionHistory: { fn: testing.arbitraryInspectionHistory, how: 'throws', params: [options()] },
  arbitraryImprovementAction: { fn: testing.arbitraryImprovementAction, how: 'throws', params: [options()] },
  arbitraryImprovementPlan: { fn: testing.arbitraryImprovementPlan, how: 'throws', params: [options()] },
};

/** Options each function takes, misspelt and with values they cannot take. */
const BAD_OPTIONS: Record<string, readonly unknown[]> = {
  medianJudgement: [{ tieBreak: 'Worse' }, { tiebreak: 'worse' }],
  judgementLabel: [{ style: 'SIF' }, { stlye: 'sif' }],
  frameworkForDate: [{ family: 'ILACS' }, { frameworks: 'sif-2013' }, { frameworks: [{}] }],
  deriveOverallEffectiveness: [
    { limitingRule: 'any-inadequate' },
    { tieBreak: 'Worse' },
    { limitRule: 'any-inadequate-area' },
  ],
  checkAwardedOverall: [{ limitingRule: 'any-inadequate' }, { tieBreak: 'Worse' }, { frameworks: [{ id: 'x' }] }],
  addWorkingDays: [
    { calendar: 'england' },
    { calendar: { ...ENGLAND_AND_WALES_BANK_HOLIDAYS, coverage: { fromYear: 2030, toYear: 2020 } } },
    { calender: {} },
  ],
  workingDaysBetween: [
    {
      calendar: {
        name: 'x',
        coverage: { fromYear: 2019, toYear: 2019 },
        holidays: [{ date: '2019-02-30', title: 'x' }],
      },
    },
  ],
  workingDayStatus: [{ calendar: [] }],
  isWorkingDay: [{ calendar: null }],
  createInspectionHistory: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }, { coverage: 'all' }],
  findHistoryIssues: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }],
  monitoringCapWarnings: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }],
  latestGradedInspection: [{ asOf: '2019-02-30' }, { asof: '2019-01-01' }, { frameworks: [{ id: 'x' }] }],
  interventionRegimeOn: [{ scope: 'SEND' }, { frameworks: 'x' }],
  expectedNextInspection: [
    { cycleYears: 0 },
    { windowMonths: 1.5 },
    { cycle: 3 },
    { frameworks: 'x' },
    { pathway: { leadersAtLeast: 'Good' } },
  ],
  expectedNextAreaSendInspection: [
    { asOf: '2024-02-30' },
    { asof: '2024-01-01' },
    { cycleYears: 3 },
    { frameworks: [{ id: 'x' }] },
  ],
  statutoryDeadlines: [
    { clocks: [{ ...STATUTORY_CLOCKS[0], workingDays: 2 ** 53 - 1 }] },
    { clocks: 'publish-report' },
    { frameworks: 'x' },
  ],
  directionOfTravel: [{ frameworks: 'x' }, { framework: [] }, { frameworks: [{ id: 'x' }] }],
  createImprovementPlan: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }, { framework: [] }],
  findPlanIssues: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }],
  parseImprovementPlan: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }],
  historyRows: [{ frameworks: 'x' }, { frameworks: [{ id: 'x' }] }],
  deriveRag: [
    {},
    { asOf: '2020-02-30' },
    { asOf: '2020-03-31', amberWithinWorkingDays: -1 },
    { asOf: '2020-03-31', amberAfterReschedules: 'two' },
  ],
  toJsonSchemas: [{ frameworks: 'peer-review' }, { framework: [] }, { frameworks: [{ id: 'peer-review' }] }],
  explain: [
    { messages: 'short' },
    { mesages: {} },
    { messages: { 'any-inadequate-area': 'Limited' } },
    { frameworks: 'peer-review' },
  ],
  formatIssue: [{ messages: [] }, { words: {} }, { messages: { 'unrecognised-judgement': 7 } }],
  ratePlan: [
    {},
    { asOf: '2020-03-31', asof: '2020-03-31' },
    { asOf: '2020-03-31', amber: 'risk' },
    { asOf: '2020-03-31', frameworks: 'x' },
  ],
  summarisePlan: [
    {},
    { asOf: '2020-03-31', deadlines: 1e9 },
    { asOf: '2020-03-31', asof: '2020-03-31' },
    { asOf: '2020-03-31', amber: 'risk' },
    { asOf: '2020-03-31', trajectoryTolerance: 2 },
    { asOf: '2020-03-31', frameworks: [{ id: 'x' }] },
  ],
  deriveImpact: [{}, { asOf: '2020-03-31', trajectoryTolerance: -0.1 }, { asOf: '2020-03-31', tolerance: 0.1 }],
  latestOfficialOutcomes: [{ includeAbolished: 'yes' }],
  officialHistory: [
    { includePredecessors: 'yes' },
    { includePredecessor: true },
    { inspections: 'all' },
    { frameworks: [{ id: 'x' }] },
  ],
  authorityHistory: [
    { includePredecessors: 'yes' },
    { inspections: [{}] },
    { inspection: [] },
    { frameworks: 'x' },
    { frameworks: [{ id: 'x' }] },
  ],
  mergeInspections: [{ prefer: 'newest' }, { withinDays: -1 }, { within: 3 }, { frameworks: 'x' }],
  statisticalNeighbours: [{ release: 'newest' }, { asOf: '31/03/2025' }],
  compareWithNeighbours: [{ asOf: '31/03/2025' }, { releases: 'latest' }],
  judgementHistoryChart: [{ width: 10 }, { palette: { good: 'green' } }, { heigth: 300 }, { frameworks: 'x' }],
  planChart: [{ labels: 'F1' }, { fontSize: 100 }],
  readInspectionRows: [
    { columns: 'd2i' },
    { columns: { authority: 'Council' } },
    { columns: { authority: 'Council', start: 'Start', inCare: 3 } },
    { columns: { authority: 'Council', start: 'Start', children: 'In care' } },
    { colums: 'd2i-ilacs-scrape' },
    { columns: { authority: 'Council', start: 'Start', areas: { leaders: 'Leaders' } } },
    { columns: { authority: 'Council', start: 'Start', framework: 'ilacs-2099' } },
    { columns: 'd2i-ilacs-scrape', frameworks: [{}] },
  ],
  nationalCounts: [{ asOf: '31/03/2025' }],
  arbitraryOutcome: [{ framework: 'ilacs-2099' }, { awarded: 'departure', framework: 'ilacs-2026' }],
  arbitraryInspectionHistory: [{ maxEvents: -1 }, { from: '9999-01-01' }],
  arbitraryImprovementAction: [{ state: 'done' }],
  arbitraryImprovementPlan: [{ maxActions: 'many' }],
};

function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return 'unserialisable';
  }
}

/** Calls a function and says how it answered; fails the test on a crash from inside. */
function call(name: string, entry: Entry, args: readonly unknown[]): 'answered' | 'refused' {
  const before = args.map(snapshot);
  let answer: unknown;
  try {
    answer = (entry.fn as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    if (!(error instanceof OfstedIlacsError)) {
      throw new Error(`${name} threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
    }
    expect(ERROR_CODES, `${name}: ${error.message}`).toContain(error.code);
    expect(error.message.length, name).toBeGreaterThan(10);
    for (const found of error.issues) expect(typeof found.message, name).toBe('string');
    return 'refused';
  } finally {
    expect(args.map(snapshot), `${name} changed its arguments`).toEqual(before);
    expect(({} as Record<string, unknown>).polluted, name).toBeUndefined();
  }
  if (entry.how === 'result') {
    const result = answer as { ok: boolean; issues?: readonly core.Issue[] };
    expect(typeof result.ok, name).toBe('boolean');
    if (!result.ok) for (const found of result.issues ?? []) expect(found.message.length, name).toBeGreaterThan(10);
    return result.ok ? 'answered' : 'refused';
  }
  if (entry.how === 'issues') return (answer as readonly unknown[]).length === 0 ? 'answered' : 'refused';
  if (entry.how === 'check') return (answer as { kind: string }).kind === 'invalid' ? 'refused' : 'answered';
  if (entry.how === 'boolean') expect(typeof answer, name).toBe('boolean');
  return 'answered';
}

describe('every exported function', () => {
  it('is in the catalogue, so none escapes these checks', () => {
    const exported = [core, schema, testing, outcomes, tables, charts].flatMap((entry) =>
      Object.entries(entry)
        .filter(([key, value]) => typeof value === 'function' && key !== 'OfstedIlacsError')
        .map(([key]) => key),
    );
    expect([...exported].sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(Object.entries(CATALOGUE))('%s answers the valid call it is given', (name, entry) => {
    expect(
      call(
        name,
        entry,
        entry.params.map((param) => param.valid),
      ),
    ).toBe('answered');
  });

  it.each(Object.entries(CATALOGUE).filter(([, entry]) => entry.params.length > 0))(
    '%s refuses, never crashes, when any argument is hostile',
    (name, entry) => {
      for (let index = 0; index < entry.params.length; index += 1) {
        const param = entry.params[index] as Param;
        for (const [label, hostile] of HOSTILE) {
          const args = entry.params.map((each) => each.valid);
          args[index] = hostile;
          const outcome = call(`${name}(argument ${index + 1} = ${label})`, entry, args);
          if (!accepted(param, hostile) && entry.how !== 'boolean') {
            expect(outcome, `${name}(argument ${index + 1} = ${label}) answered`).toBe('refused');
          }
        }
      }
    },
  );

  it.each(Object.entries(BAD_OPTIONS))(
    '%s refuses options it does not have, and values they cannot take',
    (name, bad) => {
      const entry = CATALOGUE[name] as Entry;
      const index = entry.params.length - 1;
      for (const value of bad) {
        const args = entry.params.map((each) => each.valid);
        args[index] = value;
        expect(call(`${name}(${snapshot(value)})`, entry, args), `${name}(${snapshot(value)})`).toBe('refused');
      }
    },
  );

  it('documents every error code in docs/errors-and-limits.md', () => {
    for (const code of ERROR_CODES) expect(docs).toContain(`\`${code}\``);
  });

  it('refuses the examples the trust issue found, each in its own words', () => {
    expect(() => core.worstJudgement(['good', 'Inadequate'] as never)).toThrowError(OfstedIlacsError);
    expect(() => core.medianJudgement(['excellent'] as never)).toThrowError(OfstedIlacsError);
    expect(() => core.compareJudgements('Inadequate' as never, 'good')).toThrowError(/did you mean "inadequate"/);
    expect(() => core.workingDaysBetween(d('2019-02-30'), d('2019-06-28'))).toThrowError(/February 2019 has 28 days/);
    expect(() => core.addWorkingDays(d('garbage'), 0)).toThrowError(OfstedIlacsError);
    expect(() => core.addWorkingDays(d('2019-05-17'), 1e7)).toThrowError(
      expect.objectContaining({ code: 'out-of-range' }),
    );
    expect(FRAMEWORKS['ilacs-2018'].hasOverallEffectiveness).toBe(true);
  });
});

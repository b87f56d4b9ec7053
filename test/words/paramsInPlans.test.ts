import { describe, expect, it } from 'vitest';
import { judgementHistoryChart, neighbourComparisonChart, planChart } from '../../src/charts/index.js';
import {
  blockAction,
  cancelAction,
  changeMoney,
  clearRagOverride,
  closeAction,
  countActions,
  createImprovementAction,
  createImprovementPlan,
  deliverAction,
  deriveImpact,
  deriveRag,
  findActionIssues,
  findMeasureIssues,
  findPlanIssues,
  formatIssue,
  formatPence,
  type ImprovementAction,
  type ImprovementPlan,
  type Issue,
  type IssueCode,
  linkActionToFinding,
  type Measure,
  OfstedIlacsError,
  overrideRag,
  type RatedPlan,
  ratePlan,
  recordImpact,
  recordReading,
  rescheduleAction,
  startAction,
  summarisePlan,
  supersedeAction,
} from '../../src/index.js';
import { compareWithNeighbours } from '../../src/outcomes/index.js';
import { HULL_ACTIONS, HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';

/**
 * Every refusal of the improvement and chart doors carries params with at least the
 * field, and `formatIssue` words it from them, naming that field: fed Hull's real plan,
 * actions and history with one field changed at a time.
 */

type Path = readonly (string | number)[];

/** A copy of a fixture with the value at `path` replaced (or, for `undefined`, removed). */
function changed<T>(value: T, path: Path, to: unknown): T {
  const copy = JSON.parse(JSON.stringify(value));
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  const last = path.at(-1) as string | number;
  if (to === undefined) delete at[last];
  else at[last] = to;
  return copy;
}

/** The issues a call refuses with: those of a failed result, or of a thrown `OfstedIlacsError`. */
function refusedWith(call: () => unknown): readonly Issue[] {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof OfstedIlacsError) return error.issues;
    throw error;
  }
  if (Array.isArray(result)) return result as Issue[];
  const failed = result as { ok?: boolean; issues?: readonly Issue[] };
  if (failed.ok === false && failed.issues !== undefined) return failed.issues;
  throw new Error('expected a refusal');
}

/**
 * The codes whose library words name what was found instead of the field, where the
 * params say what was found ("\"F9\" names no finding of the plan.").
 */
const WORDS_NAME_FOUND: ReadonlySet<IssueCode> = new Set([
  'duplicate-id',
  'unknown-finding',
  'unknown-event',
  'area-not-in-framework',
]);

/** Asserts that a refusal has issues, each with params naming its field, worded by `formatIssue`. */
function expectWordedByField(call: () => unknown): void {
  const issues = refusedWith(call);
  expect(issues.length).toBeGreaterThan(0);
  for (const found of issues) {
    const where = `${found.code} at ${found.path.join('.')}: ${JSON.stringify(found.params)}`;
    const { field } = found.params;
    expect(typeof field, where).toBe('string');
    if (found.code === 'unreadable') {
      expect(Object.keys(found.params), where).toEqual(['field']);
      continue;
    }
    expect(field, where).not.toBe('');
    const text = formatIssue(found);
    const namesFound = WORDS_NAME_FOUND.has(found.code) && text.includes(found.params.found ?? '\u0000');
    expect(text.includes(field as string) || namesFound, `${where}: ${text}`).toBe(true);
  }
}

const d = (day: string) => day as ImprovementAction['raised'];
const asOf = d('2020-03-31');
const action = (index: number) => HULL_ACTIONS[index] as ImprovementAction;
const [A1, A2, A3, A5, A9] = [action(0), action(1), action(2), action(4), action(8)];
const on = { on: d('2020-03-02'), by: 'Head of service' };
const M1 = HULL_PLAN.findings[0]?.measures?.[0] as Measure;
const newAction = {
  id: 'A10',
  title: 'Audit supervision',
  answers: ['F1'],
  kind: 'case-audit',
  owner: 'Head of quality assurance',
  raised: d('2020-03-02'),
  due: d('2020-06-30'),
  by: 'Director of children’s services',
} as const;
const fresh = (() => {
  const created = createImprovementAction(newAction);
  if (!created.ok) throw new Error('the new action is sound');
  return created.value;
})();

type Case = readonly [string, () => unknown];

/** A copy of a value whose field `key` throws when read. */
function unreadable<T extends object>(value: T, key: keyof T): T {
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get() {
      throw new Error('unreadable');
    },
  });
}

const CREATE_CASES: Case[] = [
  ...(
    [
      [['id'], ''],
      [['title'], ' '],
      [['owner'], 42],
      [['approver'], ''],
      [['kind'], 'audit'],
      [['answers'], 'F1'],
      [['answers'], [1]],
      [['answers'], ['F1', 'F1']],
      [['raised'], '2020-02-30'],
      [['due'], '2020-01-01'],
      [['moneyPence'], 1.5],
      [['moneyPence'], -1],
      [['by'], ''],
      [['colour'], 'red'],
      [['measures'], [{ ...M1, higherIsBetter: 'yes' }]],
    ] as const
  ).map(
    ([path, to]): Case => [
      `${path.join('.')} = ${JSON.stringify(to)}`,
      () => createImprovementAction(changed(newAction, path, to)),
    ],
  ),
  ['a value that is not an action', () => createImprovementAction(null as never)],
];

const LIFECYCLE_CASES: Case[] = [
  ['start a delivered action', () => startAction(A2, on)],
  ['start before it was raised', () => startAction(fresh, { ...on, on: d('2020-01-01') })],
  ['start with a blank by', () => startAction(fresh, { ...on, by: '' })],
  ['start on no date', () => startAction(fresh, { ...on, on: d('2020-13-01') })],
  ['start with a field it lacks', () => startAction(fresh, { ...on, colour: 'red' } as never)],
  ['block with no reason', () => blockAction(A3, on, '')],
  ['deliver with no evidence', () => deliverAction(A3, on, '')],
  ['deliver with evidence that is not text', () => deliverAction(A3, on, 42 as never)],
  ['deliver before the last change', () => deliverAction(A3, { ...on, on: d('2019-08-01') }, 'Done.')],
  ['evidence the impact of an action in progress', () => recordImpact(A3, on, 'Better.')],
  ['close an action whose impact is not evidenced', () => closeAction(A2, on)],
  ['close by its owner', () => closeAction(A5, { ...on, by: 'Chief executive' })],
  ['cancel with no reason', () => cancelAction(A3, on, '')],
  ['supersede by a blank id', () => supersedeAction(A3, on, 'Merged.', '')],
  ['reschedule to the same day', () => rescheduleAction(A3, { ...on, to: A3.due, reason: 'x' })],
  ['reschedule before it was raised', () => rescheduleAction(A3, { ...on, to: d('2019-01-01'), reason: 'x' })],
  ['reschedule to no date', () => rescheduleAction(A3, { ...on, to: d('x'), reason: 'x' })],
  ['change money to what it is', () => changeMoney(A5, { ...on, toPence: 200_000_000, reason: 'x' })],
  ['change money to part of a penny', () => changeMoney(A5, { ...on, toPence: 1.5, reason: 'x' })],
  ['link a finding it answers', () => linkActionToFinding(A3, { ...on, findingId: 'F1', reason: 'x' })],
  ['link a blank finding', () => linkActionToFinding(A3, { ...on, findingId: '', reason: 'x' })],
  ['override to no RAG', () => overrideRag(A3, { ...on, rag: 'purple' as never, reason: 'x' })],
  ['clear an override never set', () => clearRagOverride(A3, on, 'Reviewed.')],
  ['change an action edited by hand', () => startAction(changed(A3, ['due'], '2020-04-30'), on)],
];

const ACTION_CASES: Case[] = (
  [
    [A1, ['due'], '2019-12-31'],
    [A5, ['moneyPence'], 1],
    [A1, ['status', 'verifiedBy'], 'Someone else'],
    [A1, ['status', 'closed'], '2020-03-07'],
    [A3, ['status'], { state: 'not-started' }],
    [A3, ['status', 'colour'], 'red'],
    [A2, ['status', 'deliveryEvidence'], ''],
    [A9, ['ragOverride'], undefined],
    [A9, ['ragOverride', 'rag'], 'purple'],
    [A1, ['history', 0, 'on'], '2019-05-21'],
    [A1, ['history', 0, 'due'], '2019-01-01'],
    [A1, ['history', 1, 'on'], '2019-05-01'],
    [A1, ['history', 1, 'colour'], 'red'],
    [A1, ['history', 1, 'change'], 'moved'],
    [A1, ['history', 1, 'from'], 'blocked'],
    [A1, ['history'], A1.history.slice(1)],
    [A3, ['history', 2], { change: 'finding-linked', on: '2019-10-01', by: 'x', findingId: 'F9', reason: 'x' }],
    [A3, ['history', 2], { change: 'rag-override-cleared', on: '2019-10-01', by: 'x', reason: 'x' }],
    [A3, ['history', 2], { ...A3.history[0], on: '2019-10-01' }],
    [
      A2,
      ['history', 3],
      { change: 'due-date', on: '2019-12-20', by: 'x', from: A2.due, to: '2020-01-31', reason: 'x' },
    ],
    [A1, ['history', 2, 'to'], A1.history[2]?.change === 'due-date' && A1.history[2].from],
    [A5, ['history', 0, 'moneyPence'], 1],
  ] as const
).map(
  ([action, path, to]): Case => [`${action.id} ${path.join('.')}`, () => findActionIssues(changed(action, path, to))],
);

const MEASURE_CASES: Case[] = [
  ...(
    [
      [['name'], ''],
      [['unit'], undefined],
      [['higherIsBetter'], 'yes'],
      [['baseline', 'value'], 'x'],
      [['baseline', 'value'], 1e13],
      [['target', 'by'], '2019-01-01'],
      [['target', 'value'], 10],
      [['readings', 0, 'on'], '2019-01-01'],
      [['readings', 1, 'on'], '2019-11-22'],
      [['readings'], 'x'],
    ] as const
  ).map(([path, to]): Case => [`${path.join('.')}`, () => findMeasureIssues(changed(M1, path, to))]),
  ['a reading before the last', () => recordReading(M1, { value: 40, on: d('2020-01-01') })],
  ['a tolerance over 1', () => deriveImpact(M1, { asOf, trajectoryTolerance: 2 })],
  ['a measure that cannot be read', () => findMeasureIssues(unreadable(M1, 'name'))],
  ['a measure that cannot be read, read again', () => recordReading(unreadable(M1, 'readings'), M1.baseline)],
];

const plan = (path: Path, to: unknown) => changed(HULL_PLAN, path, to) as ImprovementPlan;
const PLAN_CASES: Case[] = (
  [
    [['title'], ''],
    [['colour'], 'red'],
    [['events'], 'x'],
    [['events', 2], HULL_PLAN.events[0]],
    [['findings', 1, 'id'], 'F1'],
    [['actions', 1, 'id'], 'A1'],
    [['actions', 0, 'measures'], [M1]],
    [['findings', 1, 'kind'], 'x'],
    [['findings', 1, 'raisedBy'], undefined],
    [['findings', 1, 'raisedBy', 'start'], '2030-03-04'],
    [['findings', 1, 'area'], 'adoption'],
    [['findings', 1, 'raised'], '2019-01-01'],
    [
      ['findings', 1, 'tags'],
      ['outcome-3-safety', 'outcome-3-safety'],
    ],
    [['findings', 1, 'tags'], ['x']],
    [['findings', 1], { ...HULL_PLAN.findings[1], kind: 'self-evaluation', raisedBy: undefined, area: 'x' }],
    [['actions', 0, 'answers'], ['F9']],
    [
      ['actions', 0, 'answers'],
      ['F1', 'F4'],
    ],
  ] as const
).flatMap(([path, to]): Case[] => [
  [`findPlanIssues: ${path.join('.')}`, () => findPlanIssues(plan(path, to))],
  [`createImprovementPlan: ${path.join('.')}`, () => createImprovementPlan(plan(path, to))],
]);

const linkedEarly = linkActionToFinding(A3, { on: d('2020-01-06'), by: 'x', findingId: 'F4', reason: 'x' });

const OPTION_CASES: Case[] = (
  [
    {},
    { asOf: '2020-13-01' },
    { asOf, asof: asOf },
    { asOf, deadlines: 101 },
    { asOf, deadlines: 1.5 },
    { asOf, clocks: 'x' },
    { asOf, amber: 'late' },
    { asOf, calendar: 'x' },
    { asOf, trajectoryTolerance: -1 },
  ] as const
).flatMap((options): Case[] => [
  [`summarisePlan ${JSON.stringify(options)}`, () => summarisePlan(HULL_PLAN, options as never)],
  [`ratePlan ${JSON.stringify(options)}`, () => ratePlan(HULL_PLAN, options as never)],
  [`deriveRag ${JSON.stringify(options)}`, () => deriveRag(A3, options as never)],
]);

describe('every refusal of the improvement doors has params naming its field, as formatIssue words it', () => {
  it.each(CREATE_CASES)('createImprovementAction: %s', (_, call) => expectWordedByField(call));
  it.each(LIFECYCLE_CASES)('%s', (_, call) => expectWordedByField(call));
  it.each(ACTION_CASES)('findActionIssues: %s', (_, call) => expectWordedByField(call));
  it.each(MEASURE_CASES)('findMeasureIssues: %s', (_, call) => expectWordedByField(call));
  it.each(PLAN_CASES)('%s', (_, call) => expectWordedByField(call));
  it.each(OPTION_CASES)('%s', (_, call) => expectWordedByField(call));

  it('a link dated before its finding was raised, a rating not ratePlan gave, money not in pence', () => {
    expect(linkedEarly.ok).toBe(true);
    if (linkedEarly.ok) expectWordedByField(() => findPlanIssues(plan(['actions', 2], linkedEarly.value)));
    expectWordedByField(() => countActions({ ...ratePlan(HULL_PLAN, { asOf }) } as RatedPlan));
    expectWordedByField(() => formatPence(1.5));
  });
});

const summary = summarisePlan(HULL_PLAN, { asOf });
const neighbours = compareWithNeighbours('Hull');
const CHART_OPTION_CASES: Case[] = (
  [
    'x',
    { width: 100 },
    { width: 'wide' },
    { fontSize: 1.5 },
    { title: '' },
    { palette: 'x' },
    { palette: { purple: '#000000' } },
    { palette: { red: 'red' } },
    { id: '1chart' },
    { id: 3 },
    { colour: 'red' },
  ] as const
).flatMap((options): Case[] => [
  [`judgementHistoryChart ${JSON.stringify(options)}`, () => judgementHistoryChart(HULL_HISTORY, options as never)],
  [`planChart ${JSON.stringify(options)}`, () => planChart(summary, options as never)],
  [
    `neighbourComparisonChart ${JSON.stringify(options)}`,
    () => neighbours.ok && neighbourComparisonChart(neighbours.value, options as never),
  ],
]);

const PLAN_CHART_CASES: Case[] = [
  ...(
    [
      [['asOf'], 'x'],
      [['moneyCommitted'], 3],
      [['findings', 0], 'x'],
      [['findings', 0, 'delivery'], 'purple'],
      [['findings', 0, 'actions'], -1],
      [['findings', 0, 'nextDue'], 'x'],
      [['rags', 0], 'x'],
      [['rags', 0, 'rag'], 'x'],
      [['moneyChanges'], ['x']],
      [['reschedules'], -1],
      [['findings'], Array.from({ length: 101 }, () => summary.findings[0])],
    ] as const
  ).map(([path, to]): Case => [`summary ${path.join('.')}`, () => planChart(changed(summary, path, to))]),
  ['summary that is not one', () => planChart(null as never)],
  ...(
    [
      { labels: 'x' },
      { labels: { F1: '' } },
      { plan: 'x' },
      { plan: plan(['title'], '') },
      { plan: plan(['actions'], HULL_PLAN.actions.slice(1)) },
      { plan: plan(['actions', 0], 'x') },
      { plan: plan(['actions', 0, 'history', 0], 'x') },
      { plan: plan(['actions', 0, 'history', 2, 'to'], undefined) },
    ] as const
  ).map((options): Case => [`options ${Object.keys(options)}`, () => planChart(summary, options as never)]),
];

describe('every refusal of the chart doors has params naming its field, as formatIssue words it', () => {
  it.each(CHART_OPTION_CASES)('%s', (_, call) => expectWordedByField(call));
  it.each(PLAN_CHART_CASES)('planChart: %s', (_, call) => expectWordedByField(call));

  it('a history with no graded inspection to chart', () => {
    const ungraded = { ...HULL_HISTORY, events: HULL_HISTORY.events.filter((event) => !('outcome' in event)) };
    expectWordedByField(() => judgementHistoryChart(ungraded));
  });
});

describe('the check itself', () => {
  it('fails a refusal whose issue has no field, or words that do not name it', () => {
    const bare: Issue = { path: ['x'], code: 'missing', params: {}, message: 'x is missing.' };
    expect(() => expectWordedByField(() => [bare])).toThrow();
    expect(() => expectWordedByField(() => [{ ...bare, params: { field: '' } }])).toThrow();
    expect(() => expectWordedByField(() => [{ ...bare, params: { field: 'y' } }])).not.toThrow();
    const unreadable: Issue = { ...bare, code: 'unreadable', params: { field: 'x', found: 'a proxy' } };
    expect(() => expectWordedByField(() => [unreadable])).toThrow();
    expect(() => expectWordedByField(() => [])).toThrow();
    expect(() => expectWordedByField(() => ({ ok: true, value: 1 }))).toThrow();
  });
});

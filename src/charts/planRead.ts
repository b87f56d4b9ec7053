import type { CalendarDate } from '../calendar/calendarDate.js';
import { isCalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, listAt, type Path, placeAt, textFieldProblem } from '../check/fields.js';
import { describeValue, isRecord } from '../check/values.js';
import type { Rag } from '../improvement/improvementAction.js';
import { type Issue, issue } from '../result/result.js';
import {
  CHART_LIMITS,
  CHART_OPTIONS,
  notAnObject,
  type OptionReader,
  recordOption,
  textOption,
  tooMany,
} from './chartOptions.js';

/** A RAG as the plan chart shows it: a RAG, or none yet. @internal */
export type Rating = Rag | 'not-rated';

/** The ratings, in the order the chart counts them. @internal */
export const RATINGS: readonly Rating[] = ['red', 'amber', 'green', 'blue', 'not-rated'];

/** What the chart reads of a finding's progress. @internal */
export interface FindingRow {
  readonly findingId: string;
  readonly actions: number;
  readonly delivery: Rating;
  readonly impact: Rating;
  readonly nextDue: CalendarDate | undefined;
}

/** What the chart reads of a plan summary, read once. @internal */
export interface SummarySnapshot {
  readonly asOf: CalendarDate;
  readonly findings: readonly FindingRow[];
  readonly rags: readonly { readonly actionId: string; readonly rag: Rating }[];
  readonly moneyCommitted: string;
  readonly moneyChanges: readonly {
    readonly actionId: string;
    readonly on: CalendarDate;
    readonly from: string;
    readonly to: string;
  }[];
  readonly reschedules: number;
  readonly rescheduledActions: number;
}

/** A list, checked as the core checks every list (no holes, no iterator of its own), copied; or `undefined` with an issue. */
function listOf(issues: Issue[], value: unknown, path: Path, what: string): unknown[] | undefined {
  return listAt(issues, value, path, what)?.slice();
}

/** A finding's or an action's rating at `key`, or `undefined` with an issue. */
function ratingAt(issues: Issue[], value: unknown, path: Path, key: string): Rating | undefined {
  if (typeof value === 'string' && (RATINGS as readonly string[]).includes(value)) return value as Rating;
  issues.push(
    issue(
      [...path, key],
      value === undefined ? 'missing' : 'invalid-value',
      `${key} must be ${RATINGS.join(', ')}, got ${describeValue(value)}: chart a summary from summarisePlan.`,
      { field: key, found: describeValue(value), allowed: RATINGS },
    ),
  );
  return undefined;
}

/** A count at `key`: a whole number, or 0 with an issue. */
function countAt(issues: Issue[], value: unknown, path: Path, key: string): number {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  issues.push(
    issue(
      [...path, key],
      value === undefined ? 'missing' : 'invalid-value',
      `${key} must be a whole number, got ${describeValue(value)}: chart a summary from summarisePlan.`,
      { field: key, found: describeValue(value), rule: 'count' },
    ),
  );
  return 0;
}

/** Reads once what the chart shows of a plan summary, pushing issues at `summary`. @internal */
export function readSummary(issues: Issue[], value: unknown): SummarySnapshot | undefined {
  const path: Path = ['summary'];
  if (!isRecord(value)) {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `summary must be a plan summary (from summarisePlan), got ${describeValue(value)}.`,
        { field: 'summary', found: describeValue(value), rule: 'object' },
      ),
    );
    return undefined;
  }
  const { asOf, findings, rags, moneyCommitted, moneyChanges, reschedules, rescheduledActions } = value;
  const before = issues.length;
  placeAt(issues, path, 'asOf', dateFieldProblem(asOf, 'asOf'));
  placeAt(issues, path, 'moneyCommitted', textFieldProblem(moneyCommitted, 'moneyCommitted'));
  const rows: FindingRow[] = [];
  const list = listOf(issues, findings, [...path, 'findings'], 'findings');
  if (list !== undefined && list.length > CHART_LIMITS.planFindings) {
    tooMany('planChart', [...path, 'findings'], 'The summary’s findings', list.length, CHART_LIMITS.planFindings);
  }
  list?.forEach((finding, index) => {
    const at = [...path, 'findings', index];
    if (!isRecord(finding)) {
      issues.push(notAnObject(at, 'a finding’s progress', finding));
      return;
    }
    const { findingId, actions, delivery, impact, nextDue } = finding;
    placeAt(issues, at, 'findingId', textFieldProblem(findingId, 'findingId'));
    if (nextDue !== undefined) placeAt(issues, at, 'nextDue', dateFieldProblem(nextDue, 'nextDue'));
    rows.push({
      findingId: findingId as string,
      actions: countAt(issues, actions, at, 'actions'),
      delivery: ratingAt(issues, delivery, at, 'delivery') as Rating,
      impact: ratingAt(issues, impact, at, 'impact') as Rating,
      nextDue: nextDue as CalendarDate | undefined,
    });
  });
  const ragRows: SummarySnapshot['rags'][number][] = [];
  listOf(issues, rags, [...path, 'rags'], 'rags')?.forEach((rag, index) => {
    const at = [...path, 'rags', index];
    if (!isRecord(rag)) {
      issues.push(notAnObject(at, 'a derived RAG', rag));
      return;
    }
    const { actionId, rag: rating } = rag;
    placeAt(issues, at, 'actionId', textFieldProblem(actionId, 'actionId'));
    ragRows.push({ actionId: actionId as string, rag: ratingAt(issues, rating, at, 'rag') as Rating });
  });
  const changes: SummarySnapshot['moneyChanges'][number][] = [];
  listOf(issues, moneyChanges, [...path, 'moneyChanges'], 'moneyChanges')?.forEach((change, index) => {
    const at = [...path, 'moneyChanges', index];
    if (!isRecord(change)) {
      issues.push(notAnObject(at, 'a change of money', change));
      return;
    }
    const { actionId, on, from, to } = change;
    placeAt(issues, at, 'actionId', textFieldProblem(actionId, 'actionId'));
    placeAt(issues, at, 'on', dateFieldProblem(on, 'on'));
    placeAt(issues, at, 'from', textFieldProblem(from, 'from'));
    placeAt(issues, at, 'to', textFieldProblem(to, 'to'));
    changes.push({ actionId: actionId as string, on: on as CalendarDate, from: from as string, to: to as string });
  });
  const moves = countAt(issues, reschedules, path, 'reschedules');
  const moved = countAt(issues, rescheduledActions, path, 'rescheduledActions');
  if (issues.length > before) return undefined;
  return {
    asOf: asOf as CalendarDate,
    findings: rows,
    rags: ragRows,
    moneyCommitted: moneyCommitted as string,
    moneyChanges: changes,
    reschedules: moves,
    rescheduledActions: moved,
  };
}

/** What the chart reads of a plan, read once: its title, and each action's findings and moves of its due date. @internal */
export interface PlanSnapshot {
  readonly title: string;
  readonly actions: readonly {
    readonly id: string;
    readonly answers: readonly string[];
    readonly moves: readonly { readonly on: CalendarDate; readonly from: CalendarDate; readonly to: CalendarDate }[];
  }[];
}

/** The `plan` option: read once into what the chart needs of it. */
const planOption: OptionReader = (value, at, issues) => {
  if (!isRecord(value)) {
    issues.push(
      issue(
        at,
        'invalid-type',
        `options.plan must be the plan the summary was made from, got ${describeValue(value)}.`,
        { field: 'options.plan', found: describeValue(value), rule: 'object' },
      ),
    );
    return undefined;
  }
  const before = issues.length;
  const { title, actions } = value;
  placeAt(issues, at, 'title', textFieldProblem(title, 'options.plan.title'));
  const read: PlanSnapshot['actions'][number][] = [];
  listOf(issues, actions, [...at, 'actions'], 'options.plan.actions')?.forEach((action, index) => {
    const where = [...at, 'actions', index];
    if (!isRecord(action)) {
      issues.push(notAnObject(where, 'an action', action));
      return;
    }
    const { id, answers, history } = action;
    placeAt(issues, where, 'id', textFieldProblem(id, 'id'));
    const answered = (listOf(issues, answers, [...where, 'answers'], 'answers') ?? []).map((answer, n) => {
      placeAt(issues, [...where, 'answers'], n, textFieldProblem(answer, 'answer'));
      return answer as string;
    });
    const moves: PlanSnapshot['actions'][number]['moves'][number][] = [];
    listOf(issues, history, [...where, 'history'], 'history')?.forEach((entry, n) => {
      if (!isRecord(entry)) {
        issues.push(notAnObject([...where, 'history', n], 'a history entry', entry));
        return;
      }
      const { change, on, from, to } = entry;
      if (change !== 'due-date') return;
      if (!isCalendarDate(on) || !isCalendarDate(from) || !isCalendarDate(to)) {
        issues.push(
          issue(
            [...where, 'history', n],
            'invalid-value',
            'a change of due date needs on, from and to, each a date written YYYY-MM-DD.',
            { field: 'a change of due date', rule: 'due-date-entry' },
          ),
        );
        return;
      }
      moves.push({ on, from, to });
    });
    read.push({ id: id as string, answers: answered, moves });
  });
  return issues.length > before ? undefined : ({ title: title as string, actions: read } satisfies PlanSnapshot);
};

/** The options the plan chart reads: those of every chart, `labels` and `plan`. @internal */
export const PLAN_OPTIONS: Readonly<Record<string, OptionReader>> = {
  ...CHART_OPTIONS,
  labels: /* @__PURE__ */ recordOption((key, value, at, issues) => textOption(value, at, issues) ?? key),
  plan: planOption,
};

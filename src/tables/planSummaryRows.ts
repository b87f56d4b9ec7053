import type { CalendarDate } from '../calendar/calendarDate.js';
import {
  dateFieldProblem,
  oneOfProblem,
  type Path,
  placeAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { readOptions, refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { actionOnDate } from '../improvement/actionRules.js';
import type { Finding } from '../improvement/finding.js';
import type { Rag } from '../improvement/improvementAction.js';
import type { ImprovementPlan, PlanSummary } from '../improvement/improvementPlan.js';
import { formatPence } from '../improvement/money.js';
import { NATIONAL_FRAMEWORK } from '../improvement/nationalFramework.js';
import { checkPlan, planRulesWith } from '../improvement/planRules.js';
import type { KnownFrameworks } from '../inspection/eventIssues.js';
import { EVENT_KINDS } from '../inspection/eventKinds.js';
import { shapeParams } from '../outcomes/comparisonRead.js';
import { type Issue, issue } from '../result/result.js';
import { type Cells, frozenRows, named } from './rowText.js';

/**
 * The headers of {@link planSummaryRows}' rows, in order: pick from them to print fewer
 * columns. "Delivery" and "Impact" are a finding's RAGs as the summary gives them; the
 * columns after each count its actions by derived RAG ("Delivery red") and the readings
 * of its measures and its actions' measures by impact RAG ("Impact red"). "National
 * Framework" names the outcomes and enablers the finding is tagged with ("Outcome 3;
 * Enabler 2"). Frozen.
 *
 * @example
 * ```ts
 * import { PLAN_SUMMARY_HEADERS } from 'ofsted-ilacs/tables';
 *
 * console.log(PLAN_SUMMARY_HEADERS.filter((header) => header.startsWith('Delivery')));
 * // ['Delivery', 'Delivery red', 'Delivery amber', 'Delivery green', 'Delivery blue', 'Delivery not rated']
 * ```
 *
 * @category Writing tables
 */
export const PLAN_SUMMARY_HEADERS = /* @__PURE__ */ Object.freeze([
  'Finding',
  'Finding text',
  'Raised',
  'Raised by',
  'National Framework',
  'Actions',
  'Delivery',
  'Delivery red',
  'Delivery amber',
  'Delivery green',
  'Delivery blue',
  'Delivery not rated',
  'Impact',
  'Impact red',
  'Impact amber',
  'Impact green',
  'Impact blue',
  'Impact not rated',
  'Next due',
  'Money committed',
  'Status',
  'Status reason',
] as const);

/**
 * One row of {@link planSummaryRows}: text under each of `PLAN_SUMMARY_HEADERS`.
 *
 * @example
 * ```ts
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { type PlanSummaryRow, planSummaryRows } from 'ofsted-ilacs/tables';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * const f4: PlanSummaryRow | undefined = planSummaryRows(summary, HULL_PLAN)[3];
 * console.log(f4?.Delivery, f4?.['Delivery red'], f4?.['Money committed']);
 * ```
 *
 * @category Writing tables
 */
export type PlanSummaryRow = Readonly<Record<(typeof PLAN_SUMMARY_HEADERS)[number], string>>;

type Rating = Rag | 'not-rated';

const RATINGS: readonly Rating[] = ['red', 'amber', 'green', 'blue', 'not-rated'];

const RATING_WORDS: Readonly<Record<Rating, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue',
  'not-rated': 'Not rated',
};

const FINDING_WORDS: Readonly<Record<Finding['kind'], string>> = {
  recommendation: 'Recommendation',
  'area-for-priority-action': 'Area for priority action',
  'monitoring-finding': 'Monitoring finding',
  'self-evaluation': 'Self-evaluation',
};

/** A finding's progress, as the rows read it from the summary. */
interface Progress {
  readonly findingId: string;
  readonly state: 'open' | 'closed';
  readonly actions: number;
  readonly reason: string;
  readonly delivery: Rating;
  readonly impact: Rating;
  readonly nextDue: CalendarDate | undefined;
}

/** What the rows read of a summary. */
interface SummaryRead {
  readonly asOf: CalendarDate;
  readonly rags: readonly { readonly actionId: string; readonly rag: Rating }[];
  readonly findings: readonly Progress[];
  readonly measures: readonly { readonly kind: 'finding' | 'action'; readonly id: string; readonly rag: Rating }[];
}

const FIX = 'pass the value of summarisePlan for this plan';

function listIn(issues: Issue[], value: unknown, path: Path): readonly unknown[] {
  if (Array.isArray(value)) return value;
  issues.push(
    issue(
      path,
      value === undefined ? 'missing' : 'invalid-type',
      `${named(path)} must be a list, got ${describeValue(value)}: ${FIX}.`,
      shapeParams(path, value, 'list'),
    ),
  );
  return [];
}

function recordIn(issues: Issue[], value: unknown, path: Path, what: string): Record<string, unknown> | undefined {
  if (isRecord(value)) return value;
  issues.push(
    issue(
      path,
      value === undefined ? 'missing' : 'invalid-type',
      `${named(path)} must be ${what}, got ${describeValue(value)}: ${FIX}.`,
      shapeParams(path, value, 'object'),
    ),
  );
  return undefined;
}

/** Checks the copy of a summary: the fields the rows read, and nothing else. */
function summaryOf(issues: Issue[], copy: unknown): SummaryRead | undefined {
  const path: Path = ['summary'];
  const summary = recordIn(issues, copy, path, 'a plan summary');
  if (summary === undefined) return undefined;
  const before = issues.length;
  placeAt(issues, path, 'asOf', dateFieldProblem(summary.asOf, 'summary.asOf'));
  const rating = (value: unknown, at: Path, key: string) =>
    placeAt(issues, at, key, oneOfProblem(value, RATINGS, `${named(at)}.${key}`));
  const rags = listIn(issues, summary.rags, [...path, 'rags']).map((value, index) => {
    const at = [...path, 'rags', index];
    const rag = recordIn(issues, value, at, 'a derived RAG (actionId, rag)') ?? {};
    placeAt(issues, at, 'actionId', textFieldProblem(rag.actionId, `${named(at)}.actionId`));
    rating(rag.rag, at, 'rag');
    return { actionId: rag.actionId as string, rag: rag.rag as Rating };
  });
  const findings = listIn(issues, summary.findings, [...path, 'findings']).map((value, index) => {
    const at = [...path, 'findings', index];
    const progress = recordIn(issues, value, at, "a finding's progress") ?? {};
    placeAt(issues, at, 'findingId', textFieldProblem(progress.findingId, `${named(at)}.findingId`));
    placeAt(issues, at, 'state', oneOfProblem(progress.state, ['open', 'closed'], `${named(at)}.state`));
    placeAt(
      issues,
      at,
      'actions',
      wholeNumberProblem(progress.actions, `${named(at)}.actions`, 0, Number.MAX_SAFE_INTEGER),
    );
    placeAt(issues, at, 'reason', textFieldProblem(progress.reason, `${named(at)}.reason`));
    rating(progress.delivery, at, 'delivery');
    rating(progress.impact, at, 'impact');
    if (progress.nextDue !== undefined) {
      placeAt(issues, at, 'nextDue', dateFieldProblem(progress.nextDue, `${named(at)}.nextDue`));
    }
    return progress as unknown as Progress;
  });
  const impact = recordIn(issues, summary.impact, [...path, 'impact'], 'an object with measures');
  const measures = listIn(issues, impact?.measures, [...path, 'impact', 'measures']).map((value, index) => {
    const at = [...path, 'impact', 'measures', index];
    const measure = recordIn(issues, value, at, "a measure's impact (of, rag)") ?? {};
    const of = recordIn(issues, measure.of, [...at, 'of'], 'whose measure it is (kind, id)') ?? {};
    placeAt(issues, [...at, 'of'], 'kind', oneOfProblem(of.kind, ['finding', 'action'], `${named(at)}.of.kind`));
    placeAt(issues, [...at, 'of'], 'id', textFieldProblem(of.id, `${named(at)}.of.id`));
    rating(measure.rag, at, 'rag');
    return { kind: of.kind as 'finding' | 'action', id: of.id as string, rag: measure.rag as Rating };
  });
  if (issues.length > before) return undefined;
  return { asOf: summary.asOf as CalendarDate, rags, findings, measures };
}

/** The worst of some ratings: red, amber, green, then blue; not rated when none is rated. */
function worst(counts: ReadonlyMap<Rating, number>): Rating {
  return RATINGS.find((rating) => rating !== 'not-rated' && (counts.get(rating) ?? 0) > 0) ?? 'not-rated';
}

function counted(counts: ReadonlyMap<Rating, number>): Cells {
  return RATINGS.map((rating) => String(counts.get(rating) ?? 0));
}

function add(counts: Map<Rating, number>, rating: Rating): void {
  counts.set(rating, (counts.get(rating) ?? 0) + 1);
}

/** "Recommendation, standard inspection 2019-01-14"; "Self-evaluation". */
function raisedByWords(finding: Finding): string {
  const kind = FINDING_WORDS[finding.kind];
  if (finding.raisedBy === undefined) return kind;
  const event = `${EVENT_KINDS[finding.raisedBy.kind].words} ${finding.raisedBy.start}`;
  return finding.kind === 'self-evaluation' ? `${kind}, after ${event}` : `${kind}, ${event}`;
}

/** "Outcome 3; Enabler 2": a finding's National Framework tags by label, in the framework's order; blank without tags. */
function tagWords(finding: Finding): string {
  const tags = finding.tags;
  if (tags === undefined || tags.length === 0) return '';
  return [...NATIONAL_FRAMEWORK.outcomes, ...NATIONAL_FRAMEWORK.enablers]
    .filter((element) => tags.includes(element.id))
    .map((element) => element.label)
    .join('; ');
}

/** Each finding's counts and money, read from the plan with the summary's RAGs; issues where the two disagree. */
function rowsOf(issues: Issue[], summary: SummaryRead, plan: ImprovementPlan): Cells[] {
  const sameActions =
    summary.rags.length === plan.actions.length &&
    plan.actions.every((action, index) => action.id === summary.rags[index]?.actionId);
  const sameFindings =
    summary.findings.length === plan.findings.length &&
    plan.findings.every((finding, index) => finding.id === summary.findings[index]?.findingId);
  if (!sameActions || !sameFindings) {
    issues.push(
      issue(
        ['plan', sameActions ? 'findings' : 'actions'],
        'invalid-value',
        `plan is not the plan the summary was made from: its ${sameActions ? 'findings' : 'actions'} differ from the summary's. Pass the plan given to summarisePlan, with its summary.`,
        { field: 'plan', found: sameActions ? 'other findings' : 'other actions', rule: 'other-plan' },
      ),
    );
    return [];
  }
  const delivery = new Map(plan.findings.map((finding) => [finding.id, new Map<Rating, number>()]));
  const impact = new Map(plan.findings.map((finding) => [finding.id, new Map<Rating, number>()]));
  const money = new Map<string, number | undefined>();
  const actionImpacts = new Map<string, Rating[]>();
  for (const measure of summary.measures) {
    if (measure.kind === 'finding') {
      const counts = impact.get(measure.id);
      if (counts !== undefined) add(counts, measure.rag);
    } else {
      const list = actionImpacts.get(measure.id) ?? [];
      list.push(measure.rag);
      actionImpacts.set(measure.id, list);
    }
  }
  plan.actions.forEach((action, index) => {
    const rag = (summary.rags[index] as { rag: Rating }).rag;
    const view = actionOnDate(action, summary.asOf);
    const commits = action.raised <= summary.asOf && view.state !== 'cancelled' && view.state !== 'superseded';
    for (const answer of action.answers) {
      const counts = delivery.get(answer);
      if (counts === undefined) continue;
      add(counts, rag);
      for (const rating of actionImpacts.get(action.id) ?? []) add(impact.get(answer) as Map<Rating, number>, rating);
      if (commits && view.moneyPence !== undefined) money.set(answer, (money.get(answer) ?? 0) + view.moneyPence);
    }
  });
  return plan.findings.map((finding, index) => {
    const progress = summary.findings[index] as Progress;
    const byDelivery = delivery.get(finding.id) as Map<Rating, number>;
    const byImpact = impact.get(finding.id) as Map<Rating, number>;
    const total = [...byDelivery.values()].reduce((sum, count) => sum + count, 0);
    if (total !== progress.actions || worst(byDelivery) !== progress.delivery || worst(byImpact) !== progress.impact) {
      issues.push(
        issue(
          ['summary', 'findings', index],
          'invalid-value',
          `summary.findings.${index} (${finding.id.slice(0, 60)}) says ${progress.actions} actions, delivery ${progress.delivery} and impact ${progress.impact}, but the plan's actions and the summary's RAGs give ${total}, ${worst(byDelivery)} and ${worst(byImpact)}: ${FIX}, unchanged.`,
          { field: `summary.findings.${index}`, found: `"${finding.id.slice(0, 60)}"`, rule: 'summary-disagrees' },
        ),
      );
    }
    const pence = money.get(finding.id);
    return [
      finding.id,
      finding.text,
      finding.raised,
      raisedByWords(finding),
      tagWords(finding),
      String(progress.actions),
      RATING_WORDS[progress.delivery],
      ...counted(byDelivery),
      RATING_WORDS[progress.impact],
      ...counted(byImpact),
      progress.nextDue ?? '',
      pence === undefined ? '' : formatPence(pence),
      progress.state === 'closed' ? 'Closed' : 'Open',
      progress.reason,
    ];
  });
}

/**
 * A plan's progress by finding as plain rows a board paper prints: objects of header
 * (`PLAN_SUMMARY_HEADERS`) to text, one per finding, in the plan's order. Each row gives
 * the finding's id, its text, the day it was raised and what raised it ("Recommendation,
 * standard inspection 2019-01-14", "Self-evaluation"); the outcomes and enablers of the
 * National Framework it is tagged with ("Outcome 3; Enabler 2", in the framework's
 * order); its actions; its delivery RAG beside its actions counted by their derived RAG,
 * and its impact RAG beside its measures' readings counted by impact RAG, all as the
 * summary gives them (nothing is rated again, so the counts agree with the RAG beside
 * them); its next due date; the money its actions commit on the summary's day, written as
 * the plan's summary writes money ("£4,400,000.00"; blank where its actions record none;
 * an action answering two findings counts under each); and whether it is open or closed,
 * and why. Dates are `YYYY-MM-DD`; a cell with nothing to say is blank (`''`).
 *
 * A summary holds each finding's RAGs but not its words: pass the plan summarised with
 * it, for the findings' text and which action answers which. Print the summary's `asOf`
 * and `moneyCommitted` beside the table.
 *
 * Reads `summary` and `plan` once each, into copies of its own, and never changes or
 * freezes them; the rows and their list are frozen. Throws `OfstedIlacsError`:
 * `invalid-plan` for a plan that breaks the rules of `createImprovementPlan` (with
 * `frameworks`, a plan answering an inspection under a framework of yours is checked by
 * it, as `createImprovementPlan` checks it with the same option); `invalid-option` for
 * options it does not have;
 * `invalid-argument`, naming each field at fault and the fix, for a summary that cannot
 * be read or is not `summarisePlan`'s value, or a summary and a plan that disagree (other
 * actions or findings, counts or RAGs the plan does not give).
 *
 * @example
 * ```ts
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { planSummaryRows } from 'ofsted-ilacs/tables';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * for (const row of planSummaryRows(summary, HULL_PLAN)) {
 *   console.log(row.Finding, row.Actions, row.Delivery, row['Delivery red'], row['Next due'], row['Money committed']);
 * }
 * console.log(`As at ${summary.asOf}: ${summary.moneyCommitted} committed in all`);
 * ```
 *
 * @category Writing tables
 */
export function planSummaryRows(
  summary: PlanSummary,
  plan: ImprovementPlan<FrameworkId | DefinedFramework>,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly PlanSummaryRow[] {
  const { frameworks } = readOptions('planSummaryRows', options, { frameworks: frameworksProblem });
  const summaryCopy = readCopy('planSummaryRows', 'summary', summary, 'invalid-argument');
  const planCopy = readCopy('planSummaryRows', 'plan', plan, 'invalid-plan');
  const issues: Issue[] = [];
  const read = summaryOf(issues, summaryCopy);
  if (issues.length > 0 || read === undefined) throw refusal('invalid-argument', 'planSummaryRows', issues);
  checkPlan('planSummaryRows', planCopy, planRulesWith(frameworks as KnownFrameworks));
  const rows = rowsOf(issues, read, planCopy);
  if (issues.length > 0) throw refusal('invalid-argument', 'planSummaryRows', issues);
  return frozenRows(PLAN_SUMMARY_HEADERS, rows);
}

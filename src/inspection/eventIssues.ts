import {
  dateFieldProblem,
  listAt,
  listOr,
  oneOfProblem,
  type Path,
  place,
  placeAt,
  recordAt,
  suggestion,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { describeValue, isRecord } from '../check/values.js';
import { behaviourOf, definedFrameworkOf } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { FRAMEWORK_STRUCTURE } from '../framework/frameworkStructure.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { couldPublish } from '../framework/publicationWindow.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { type Issue, type IssueParams, issue } from '../result/result.js';
import { AREA_SEND_FROM, AREA_SEND_GRADES } from './areaSendOutcomes.js';
import { EVENT_KINDS, type EventKind, kindOf } from './eventKinds.js';
import { type DateField, inspectionDateProblems } from './inspectionDates.js';
import {
  eventStart,
  type GradedInspection,
  INSPECTION_EVENT_KINDS,
  type InspectionEvent,
  isGradedInspection,
  isVisit,
} from './inspectionEvent.js';

/** An event of a history that may hold outcomes under the caller's frameworks. @internal */
export type AnyEvent = InspectionEvent<FrameworkId | DefinedFramework>;

/** The frameworks of the caller's a check knows, as read from its options (none: only the built-in ones). @internal */
export type KnownFrameworks = readonly DefinedFramework[] | undefined;

/** Whether a graded inspection's outcome is under a built-in framework, not one of the caller's. @internal */
export function isBuiltInGraded(
  inspection: GradedInspection<FrameworkId | DefinedFramework>,
): inspection is GradedInspection {
  return Object.hasOwn(FRAMEWORK_STRUCTURE, inspection.outcome.framework);
}

/**
 * The issues of a graded inspection's outcome: read by the caller's frameworks where it
 * names one of them (through what `defineFramework` attached to them), otherwise by the
 * built-in check.
 */
function gradedOutcomeIssues(outcome: unknown, frameworks: KnownFrameworks): readonly Issue[] {
  return (
    behaviourOf(frameworks)?.read(outcome, frameworks as readonly DefinedFramework[]).issues ??
    findOutcomeIssues(outcome)
  );
}

/** The inspectorates that take part in joint targeted area inspections. @internal */
export const INSPECTORATES = ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'] as const;

/** What an intervention covers. @internal */
export const INTERVENTION_SCOPES = ['childrens-social-care', 'send'] as const;

/** An ONS (GSS) code: a letter for the country and eight digits. @internal */
export const GSS_CODE = /^[EWSN][0-9]{8}$/;

/** Checks an authority, pushing issues at `path`. @internal */
export function authorityIssues(issues: Issue[], value: unknown, path: Path): void {
  const authority = recordAt(issues, value, path, 'an authority', ['name', 'code']);
  if (authority === undefined) return;
  placeAt(issues, path, 'name', textFieldProblem(authority.name, 'name'));
  if (authority.code !== undefined && (typeof authority.code !== 'string' || !GSS_CODE.test(authority.code))) {
    issues.push(
      issue(
        [...path, 'code'],
        typeof authority.code === 'string' ? 'invalid-value' : 'invalid-type',
        'An ONS (GSS) code is a letter and eight digits, such as E06000010.',
        { field: 'code', found: describeValue(authority.code), rule: 'gss-code' },
      ),
    );
  }
}

/** "the standard inspection starting 2019-01-14" ("published 2015-02-03" where its days are not known). @internal */
export function describeEvent(event: AnyEvent): string {
  const placed = isVisit(event) && event.onSite === undefined ? 'published' : 'starting';
  return `the ${EVENT_KINDS[event.kind].words} ${placed} ${eventStart(event)}`;
}

/** The kinds of event (or, with `visitsOnly`, of visit). */
function kindsOf(visitsOnly: boolean): readonly string[] {
  return visitsOnly ? INSPECTION_EVENT_KINDS.filter((k) => EVENT_KINDS[k].visit) : INSPECTION_EVENT_KINDS;
}

/** What the words of a value that is not a kind of event (or, with `visitsOnly`, of visit) need. @internal */
export function unknownKindParams(kind: unknown, visitsOnly: boolean): IssueParams {
  return { field: 'kind', found: describeValue(kind), allowed: kindsOf(visitsOnly) };
}

/** The sentence for a value that is not a kind of event (or, with `visitsOnly`, of visit). @internal */
export function unknownKindMessage(kind: unknown, visitsOnly: boolean): string {
  const kinds = kindsOf(visitsOnly);
  const said =
    typeof kind === 'string' ? `"${kind.length > 60 ? `${kind.slice(0, 60)}…` : kind}"` : describeValue(kind);
  return `${said} is not a kind of ${visitsOnly ? 'visit' : 'event'}: use ${listOr(kinds)}${suggestion(kind, kinds)}.`;
}

function textList(issues: Issue[], value: unknown, path: Path, what: string): void {
  listAt(issues, value, path, what)?.forEach((item, index) => {
    placeAt(issues, path, index, textFieldProblem(item, `${what}[${index}]`));
  });
}

/** Checks the fields of one event, shape only. */
function shapeIssues(
  issues: Issue[],
  value: unknown,
  path: Path,
  visitsOnly: boolean,
  frameworks: KnownFrameworks,
): EventKind | undefined {
  if (!isRecord(value)) {
    recordAt(issues, value, path, 'an event', ['kind']);
    return undefined;
  }
  const kind = kindOf(value);
  if (kind === undefined || (visitsOnly && !kind.visit)) {
    issues.push(
      issue(
        [...path, 'kind'],
        value.kind === undefined ? 'missing' : 'invalid-value',
        unknownKindMessage(value.kind, visitsOnly),
        unknownKindParams(value.kind, visitsOnly),
      ),
    );
    return undefined;
  }
  const event = recordAt(issues, value, path, `a ${kind.words}`, ['kind', ...kind.fields]) as Record<string, unknown>;
  if (event.note !== undefined) placeAt(issues, path, 'note', textFieldProblem(event.note, 'note'));
  if (!kind.visit) {
    placeAt(issues, path, 'date', dateFieldProblem(event.date, 'date'));
    if (event.scope !== undefined)
      placeAt(issues, path, 'scope', oneOfProblem(event.scope, INTERVENTION_SCOPES, 'scope'));
    if (event.legalBasis !== undefined) {
      placeAt(issues, path, 'legalBasis', textFieldProblem(event.legalBasis, 'legalBasis'));
    }
    return kind;
  }
  // A graded inspection's days are what its source gives: both, the first, or none.
  if (!kind.graded || event.onSite !== undefined) {
    const onSite = recordAt(issues, event.onSite, [...path, 'onSite'], 'onSite', ['start', 'end']);
    if (onSite !== undefined) {
      place(issues, [...path, 'onSite', 'start'], dateFieldProblem(onSite.start, 'onSite.start'));
      if (!kind.graded || onSite.end !== undefined) {
        place(issues, [...path, 'onSite', 'end'], dateFieldProblem(onSite.end, 'onSite.end'));
      }
    }
  }
  for (const key of ['reportReceived', 'published'] as const) {
    if (event[key] !== undefined) placeAt(issues, path, key, dateFieldProblem(event[key], key));
  }
  if (kind.graded) {
    for (const found of gradedOutcomeIssues(event.outcome, frameworks)) {
      issues.push({ ...found, path: [...path, 'outcome', ...found.path] });
    }
    if (event.predecessor !== undefined) authorityIssues(issues, event.predecessor, [...path, 'predecessor']);
    return kind;
  }
  if (event.kind === 'area-send-inspection') {
    placeAt(issues, path, 'outcome', oneOfProblem(event.outcome, AREA_SEND_GRADES, 'outcome'));
  }
  if (kind.remit === 'area-send') return kind;
  placeAt(issues, path, 'theme', textFieldProblem(event.theme, 'theme'));
  if (event.kind === 'focused-visit') {
    textList(issues, event.areasForPriorityAction, [...path, 'areasForPriorityAction'], 'areasForPriorityAction');
  } else if (event.kind === 'monitoring-visit') {
    if (event.sequence !== undefined) {
      placeAt(issues, path, 'sequence', wholeNumberProblem(event.sequence, 'sequence', 1, 1000));
    }
    textList(issues, event.findings, [...path, 'findings'], 'findings');
  } else {
    listAt(issues, event.agencies, [...path, 'agencies'], 'agencies')?.forEach((agency, index) => {
      place(issues, [...path, 'agencies', index], oneOfProblem(agency, INSPECTORATES, `agencies[${index}]`));
    });
  }
  return kind;
}

/** Where an event keeps each date. */
function eventDatePath(field: DateField): Path {
  return field === 'start' || field === 'end' ? ['onSite', field] : [field];
}

/** What the event check calls each date in its sentences. */
const EVENT_DATE_NAMES = {
  start: 'onSite.start',
  end: 'onSite.end',
  reportReceived: 'reportReceived',
  published: 'published',
} as const;

/**
 * The rules within one event whose fields are sound: its dates follow the one rule for an
 * inspection's dates (see `inspectionDateProblems`); a graded outcome is under a framework
 * in use on its first day on site (where that is not known, one that had begun by its
 * publication), and of a kind the framework has (the SIF had no short inspections). A
 * framework of the caller's (among `frameworks`) is in use from its `inForce.from` to its
 * `inForce.until`, and placed by its publication alone by the same allowance as the
 * built-in ones.
 *
 * @internal
 */
export function eventRuleIssues(
  issues: Issue[],
  event: AnyEvent,
  path: Path,
  names: Readonly<Record<DateField, string>> = EVENT_DATE_NAMES,
  placeDate: (field: DateField) => Path = eventDatePath,
  frameworks?: KnownFrameworks,
): void {
  if (!isVisit(event)) return;
  const graded = isGradedInspection(event);
  const dates = { ...event.onSite, reportReceived: event.reportReceived, published: event.published };
  for (const problem of inspectionDateProblems(dates, names, graded)) {
    issues.push(issue([...path, ...placeDate(problem.field)], problem.code, problem.message, problem.params));
  }
  if (EVENT_KINDS[event.kind].remit === 'area-send') areaSendFromIssues(issues, event, path, names, placeDate);
  if (!graded) return;
  const at = [...path, 'outcome', 'framework'];
  const defined = definedFrameworkOf(frameworks, event.outcome.framework);
  if (defined === undefined && !isBuiltInGraded(event)) return;
  const framework = defined ?? FRAMEWORK_STRUCTURE[(event as GradedInspection).outcome.framework];
  inForceIssues(issues, at, names, framework, event.onSite?.start, event.published);
  if ('family' in framework && framework.family === 'sif' && event.kind === 'short-inspection') {
    issues.push(
      issue(
        [...path, 'kind'],
        'framework-not-in-force',
        'The SIF had no short inspections: record a SIF inspection as a standard-inspection, or check the framework.',
        { field: 'kind', found: `"${event.kind}"`, allowed: ['standard-inspection'], rule: 'sif-short' },
      ),
    );
  }
}

/**
 * A graded outcome's framework (a built-in one or a caller's) in use on its first day on
 * site; where that is not known, able to have produced a report published on the day it
 * was (see `couldPublish`).
 */
function inForceIssues(
  issues: Issue[],
  at: Path,
  names: Readonly<Record<DateField, string>>,
  framework: { readonly id: string; readonly inForce: { readonly from: string; readonly until?: string } },
  start: string | undefined,
  published: string | undefined,
): void {
  const { from, until } = framework.inForce;
  const ran = `${from}${until === undefined ? '' : ` to ${until}`}`;
  if (start !== undefined && (start < from || (until !== undefined && start > until))) {
    issues.push(
      issue(
        at,
        'framework-not-in-force',
        `${framework.id} was not in use on ${start}, the first day on site: it ran from ${ran}. Check the framework or the dates.`,
        {
          field: names.start,
          found: `"${framework.id}"`,
          limit: start < from ? from : (until as string),
          rule: 'first-day',
        },
      ),
    );
  } else if (start === undefined && published !== undefined && !couldPublish(framework.inForce, published)) {
    issues.push(
      issue(
        at,
        'framework-not-in-force',
        `${framework.id} (from ${ran}) cannot have produced a report published on ${published}, the only date known: check the framework or the dates, or add the first day on site.`,
        { field: names.published, found: `"${framework.id}"`, limit: published, rule: 'published' },
      ),
    );
  }
}

/** An area SEND visit is one of the framework of January 2023: on or after its first day. */
function areaSendFromIssues(
  issues: Issue[],
  event: AnyEvent,
  path: Path,
  names: Readonly<Record<DateField, string>>,
  placeDate: (field: DateField) => Path,
): void {
  const start = eventStart(event);
  if (start >= AREA_SEND_FROM) return;
  issues.push(
    issue(
      [...path, ...placeDate('start')],
      'framework-not-in-force',
      `${describeEvent(event)} is before ${AREA_SEND_FROM}: area SEND inspections with three outcomes, and their monitoring inspections, began with Ofsted and CQC's framework of January 2023. Check the date, or keep an earlier local area SEND inspection in a note.`,
      { field: names.start, found: describeValue(start), limit: AREA_SEND_FROM, rule: 'area-send-from' },
    ),
  );
}

/**
 * Checks one event: its fields for its kind, then the rules within it. With
 * `visitsOnly`, a DfE intervention is refused. A graded outcome naming one of
 * `frameworks` (the caller's, read from their options) is checked by it; without them,
 * such a framework is unknown. Pushes issues at `path`; returns whether it passed.
 *
 * @internal
 */
export function eventIssues(
  issues: Issue[],
  value: unknown,
  path: Path,
  visitsOnly = false,
  names: Readonly<Record<DateField, string>> = EVENT_DATE_NAMES,
  placeDate: (field: DateField) => Path = eventDatePath,
  frameworks?: KnownFrameworks,
): boolean {
  const before = issues.length;
  shapeIssues(issues, value, path, visitsOnly, frameworks);
  if (issues.length === before) eventRuleIssues(issues, value as AnyEvent, path, names, placeDate, frameworks);
  return issues.length === before;
}

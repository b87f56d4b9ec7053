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
import { FRAMEWORK_STRUCTURE } from '../framework/frameworkStructure.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { type Issue, issue } from '../result/result.js';
import { EVENT_KINDS, type EventKind, kindOf } from './eventKinds.js';
import {
  eventStart,
  type GradedInspection,
  INSPECTION_EVENT_KINDS,
  type InspectionEvent,
  type Visit,
} from './inspectionEvent.js';

/** The inspectorates that take part in joint targeted area inspections. @internal */
export const INSPECTORATES = ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'] as const;

/** What an intervention covers. @internal */
export const INTERVENTION_SCOPES = ['childrens-social-care', 'send'] as const;

/** "the standard inspection starting 2019-01-14". @internal */
export function describeEvent(event: InspectionEvent): string {
  return `the ${EVENT_KINDS[event.kind].words} starting ${eventStart(event)}`;
}

/** The sentence for a value that is not a kind of event (or, with `visitsOnly`, of visit). @internal */
export function unknownKindMessage(kind: unknown, visitsOnly: boolean): string {
  const kinds = visitsOnly ? INSPECTION_EVENT_KINDS.filter((k) => EVENT_KINDS[k].visit) : INSPECTION_EVENT_KINDS;
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
function shapeIssues(issues: Issue[], value: unknown, path: Path, visitsOnly: boolean): EventKind | undefined {
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
  const onSite = recordAt(issues, event.onSite, [...path, 'onSite'], 'onSite', ['start', 'end']);
  if (onSite !== undefined) {
    place(issues, [...path, 'onSite', 'start'], dateFieldProblem(onSite.start, 'onSite.start'));
    place(issues, [...path, 'onSite', 'end'], dateFieldProblem(onSite.end, 'onSite.end'));
  }
  for (const key of ['reportReceived', 'published'] as const) {
    if (event[key] !== undefined) placeAt(issues, path, key, dateFieldProblem(event[key], key));
  }
  if (kind.graded) {
    for (const found of findOutcomeIssues(event.outcome)) {
      issues.push({ ...found, path: [...path, 'outcome', ...found.path] });
    }
    return kind;
  }
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

/**
 * The rules within one event whose fields are sound: a visit ends on or after it starts;
 * its report is received and published after it ends, and published no earlier than
 * received; a graded outcome is under a framework in use on its first day on site, and
 * of a kind the framework has (the SIF had no short inspections).
 *
 * @internal
 */
export function eventRuleIssues(issues: Issue[], event: InspectionEvent, path: Path): void {
  if (!('onSite' in event)) return;
  const visit = event as Visit;
  const { start, end } = visit.onSite;
  if (end < start) {
    issues.push(
      issue(
        [...path, 'onSite', 'end'],
        'dates-out-of-order',
        `The visit ends (${end}) before it starts (${start}): check onSite.`,
      ),
    );
  }
  for (const key of ['reportReceived', 'published'] as const) {
    const date = visit[key];
    if (date !== undefined && date < end) {
      issues.push(
        issue(
          [...path, key],
          'dates-out-of-order',
          `${key} (${date}) is before ${describeEvent(visit)} ended (${end}): check both dates.`,
        ),
      );
    }
  }
  if (visit.reportReceived !== undefined && visit.published !== undefined && visit.published < visit.reportReceived) {
    issues.push(
      issue(
        [...path, 'published'],
        'dates-out-of-order',
        `published (${visit.published}) is before the council received the report (${visit.reportReceived}): a report is received before it is published, so check both dates.`,
      ),
    );
  }
  if (visit.kind === 'standard-inspection' || visit.kind === 'short-inspection') {
    const graded = visit as GradedInspection;
    const framework = FRAMEWORK_STRUCTURE[graded.outcome.framework];
    const { from, until } = framework.inForce as { from: string; until?: string };
    if (start < from || (until !== undefined && start > until)) {
      issues.push(
        issue(
          [...path, 'outcome', 'framework'],
          'framework-not-in-force',
          `${framework.id} was not in use on ${start}, the first day on site: it ran from ${from}${until === undefined ? '' : ` to ${until}`}. Check the framework or the dates.`,
        ),
      );
    }
    if (framework.family === 'sif' && graded.kind === 'short-inspection') {
      issues.push(
        issue(
          [...path, 'kind'],
          'framework-not-in-force',
          'The SIF had no short inspections: record a SIF inspection as a standard-inspection, or check the framework.',
        ),
      );
    }
  }
}

/**
 * Checks one event: its fields for its kind, then the rules within it. With
 * `visitsOnly`, a DfE intervention is refused. Pushes issues at `path`; returns whether
 * it passed.
 *
 * @internal
 */
export function eventIssues(issues: Issue[], value: unknown, path: Path, visitsOnly = false): boolean {
  const before = issues.length;
  shapeIssues(issues, value, path, visitsOnly);
  if (issues.length === before) eventRuleIssues(issues, value as InspectionEvent, path);
  return issues.length === before;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_LIFECYCLE,
  type ActionState,
  blockAction,
  type CalendarDate,
  cancelAction,
  changeMoney,
  clearRagOverride,
  closeAction,
  createImprovementPlan,
  createInspectionHistory,
  deliverAction,
  findActionIssues,
  type ImprovementAction,
  type InspectionEvent,
  type InspectionHistory,
  isVisit,
  linkActionToFinding,
  overrideRag,
  type Result,
  recordImpact,
  rescheduleAction,
  resumeAction,
  startAction,
  supersedeAction,
} from '../../src/index.js';
import { parseImprovementAction, parseImprovementPlan, parseInspectionHistory } from '../../src/schema/index.js';
import {
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  arbitraryInspectionHistory,
  HULL_HISTORY,
} from '../../src/testing/index.js';
import { replaceOneValue } from '../support/oneValueChanged.js';

/**
 * One rule in one place: the lifecycle functions, the create functions and the parse
 * functions all call the core's rules, so they accept and refuse the same things. These
 * properties try it on generated actions, histories and plans, valid and minimally broken.
 */

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;

type Change = keyof typeof ACTION_LIFECYCLE;

interface Attempt {
  readonly change: Change;
  readonly days: number;
  readonly by: string;
  readonly text: string;
  readonly note: string | undefined;
  readonly moveDays: number;
  readonly rag: 'red' | 'amber' | 'green';
  readonly pence: number;
  readonly finding: string;
}

const attempt: fc.Arbitrary<Attempt> = fc.record({
  change: fc.constantFrom(...(Object.keys(ACTION_LIFECYCLE) as Change[])),
  days: fc.integer({ min: -3, max: 30 }),
  by: fc.constantFrom('Owner', 'Verifier', 'Chair', '', ' '),
  text: fc.constantFrom('Evidence.', 'Reason.', '', '\u00a0'),
  note: fc.constantFrom(undefined, 'A note.', ''),
  moveDays: fc.integer({ min: -400, max: 60 }),
  rag: fc.constantFrom('red' as const, 'amber' as const, 'green' as const),
  pence: fc.constantFrom(0, 100, 200_000_000, 440_000_000, -1, 1.5, 2 ** 53),
  finding: fc.constantFrom('F1', 'F2', 'MV1-F1', '', ' '),
});

/** What the lifecycle function makes of an attempt. */
/** The changes whose context takes a note; the others record their reason instead. */
const TAKES_NOTE: readonly Change[] = ['start', 'resume', 'deliver', 'recordImpact', 'close'];

function throughLifecycle(action: ImprovementAction, a: Attempt, on: CalendarDate): Result<ImprovementAction> {
  const note = TAKES_NOTE.includes(a.change) ? a.note : undefined;
  const context = { on, by: a.by, ...(note !== undefined && { note }) };
  switch (a.change) {
    case 'start':
      return startAction(action, context);
    case 'block':
      return blockAction(action, context, a.text);
    case 'resume':
      return resumeAction(action, context);
    case 'deliver':
      return deliverAction(action, context, a.text);
    case 'recordImpact':
      return recordImpact(action, context, a.text);
    case 'close':
      return closeAction(action, context);
    case 'cancel':
      return cancelAction(action, context, a.text);
    case 'supersede':
      return supersedeAction(action, context, a.text);
    case 'reschedule':
      return rescheduleAction(action, { ...context, to: shift(action.due, a.moveDays), reason: a.text });
    case 'overrideRag':
      return overrideRag(action, { ...context, rag: a.rag, reason: a.text });
    case 'clearRagOverride':
      return clearRagOverride(action, context, a.text);
    case 'changeMoney':
      return changeMoney(action, { ...context, toPence: a.pence, reason: a.text });
    case 'linkFinding':
      return linkActionToFinding(action, { ...context, findingId: a.finding, reason: a.text });
  }
}

/**
 * The lifecycle's answer for the document an attempt makes. A history records changes of
 * status, not which function made them, and two functions make the same change of status
 * (start from not-started and resume from blocked both lead to in-progress): so where
 * the function attempted refuses, the document is the lifecycle's if another function
 * leading to the same state makes exactly it.
 */
function throughAnyDoor(
  action: ImprovementAction,
  a: Attempt,
  on: CalendarDate,
  document: unknown,
): Result<ImprovementAction> {
  const direct = throughLifecycle(action, a, on);
  const to = (ACTION_LIFECYCLE[a.change] as { to?: ActionState }).to;
  if (direct.ok || to === undefined) return direct;
  for (const other of Object.keys(ACTION_LIFECYCLE) as Change[]) {
    if (other === a.change || (ACTION_LIFECYCLE[other] as { to?: ActionState }).to !== to) continue;
    const result = throughLifecycle(action, { ...a, change: other }, on);
    if (result.ok && JSON.stringify(json(result.value)) === JSON.stringify(document)) return result;
  }
  return direct;
}

/**
 * The action the attempt would leave if nothing checked it: the history entry appended
 * and the fields changed as the lifecycle changes them, whether or not the change is one
 * the rules allow.
 */
function unchecked(action: ImprovementAction, a: Attempt, on: CalendarDate): Record<string, unknown> {
  const state = action.status.state;
  const previous = action.status as Record<string, unknown>;
  const base = { on, by: a.by };
  const row = ACTION_LIFECYCLE[a.change] as { to?: ActionState };
  if (row.to !== undefined) {
    const to = row.to;
    const note = TAKES_NOTE.includes(a.change) ? a.note : a.text;
    const status: Record<string, unknown> = { state: to };
    if (to === 'in-progress') status.started = previous.started ?? on;
    if (to === 'blocked') Object.assign(status, { started: previous.started, blocked: on, reason: a.text });
    if (to === 'delivered')
      Object.assign(status, { started: previous.started, delivered: on, deliveryEvidence: a.text });
    if (to === 'impact-evidenced')
      Object.assign(status, previous, { state: to, impactEvidenced: on, impactEvidence: a.text });
    if (to === 'closed') Object.assign(status, previous, { state: to, closed: on, verifiedBy: a.by });
    if (to === 'cancelled' || to === 'superseded') Object.assign(status, { ended: on, reason: a.text });
    return {
      ...action,
      status,
      history: [...action.history, { change: 'status', ...base, from: state, to, ...(note !== undefined && { note }) }],
    };
  }
  if (a.change === 'reschedule') {
    const to = shift(action.due, a.moveDays);
    return {
      ...action,
      due: to,
      history: [...action.history, { change: 'due-date', ...base, from: action.due, to, reason: a.text }],
    };
  }
  if (a.change === 'overrideRag') {
    return {
      ...action,
      ragOverride: { rag: a.rag, reason: a.text, ...base },
      history: [...action.history, { change: 'rag-override-set', ...base, rag: a.rag, reason: a.text }],
    };
  }
  if (a.change === 'changeMoney') {
    return {
      ...action,
      moneyPence: a.pence,
      history: [
        ...action.history,
        { change: 'money', ...base, from: action.moneyPence ?? 0, to: a.pence, reason: a.text },
      ],
    };
  }
  if (a.change === 'linkFinding') {
    return {
      ...action,
      answers: [...action.answers, a.finding],
      history: [...action.history, { change: 'finding-linked', ...base, findingId: a.finding, reason: a.text }],
    };
  }
  const { ragOverride: _cleared, ...rest } = action;
  return { ...rest, history: [...action.history, { change: 'rag-override-cleared', ...base, reason: a.text }] };
}

describe('the doors agree', () => {
  it('a lifecycle function and parseImprovementAction accept and refuse the same changes, to the same result', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbitraryImprovementAction(), attempt, (action, a) => {
        const on = shift((action.history.at(-1) as { on: string }).on, a.days);
        const document = json(unchecked(action, a, on));
        const lifecycle = throughAnyDoor(action, a, on, document);
        const parsed = parseImprovementAction(document);
        expect(parsed.ok, JSON.stringify({ a, issues: lifecycle.ok ? [] : lifecycle.issues })).toBe(lifecycle.ok);
        if (lifecycle.ok && parsed.ok) {
          expect(parsed.value).toEqual(json(lifecycle.value));
          accepted += 1;
        } else refused += 1;
      }),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  }, 120_000);

  it('findActionIssues and parseImprovementAction agree on actions with one field changed', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('', ' ', '2019-02-30', '2300-01-01', 'closed', 'Owner', 'x'.repeat(10_001), -1, 1.5, 2 ** 53),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(arbitraryImprovementAction(), fc.nat(), value, (action, pick, replacement) => {
        const document = json(action) as unknown as Record<string, unknown>;
        replaceOneValue(document, pick, replacement);
        const core = findActionIssues(document as unknown as ImprovementAction);
        expect(parseImprovementAction(document).ok).toBe(core.length === 0);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  describe('histories, valid and minimally broken', () => {
    type Break = (events: InspectionEvent[]) => InspectionEvent[] | undefined;
    const BREAKS: Record<string, Break> = {
      'a report published before it was received': (events) => {
        const index = events.findIndex((e) => 'reportReceived' in e && e.reportReceived !== undefined);
        if (index < 0) return undefined;
        const event = events[index] as InspectionEvent & { reportReceived: CalendarDate };
        return events.map((e, i) => (i === index ? { ...event, published: shift(event.reportReceived, -1) } : e));
      },
      'a monitoring visit numbered below the one before': (events) => {
        const visits = events.filter((e) => e.kind === 'monitoring-visit' && e.sequence !== undefined);
        if (visits.length < 2) return undefined;
        const last = visits.at(-1) as InspectionEvent;
        const graded = events.some(
          (e) =>
            (e.kind === 'standard-inspection' || e.kind === 'short-inspection') &&
            (e.onSite?.start ?? '') > (visits[0] as { onSite: { start: string } }).onSite.start &&
            (e.onSite?.start ?? '') < (last as { onSite: { start: string } }).onSite.start,
        );
        if (graded) return undefined;
        return events.map((e) => (e === last ? { ...e, sequence: 1 } : e)) as InspectionEvent[];
      },
      'the same notice issued twice': (events) => {
        const index = events.findIndex((e) => e.kind === 'improvement-notice-issued');
        if (index < 0) return undefined;
        // The copy goes straight after the original, on the same day: issued while it is in force.
        return [...events.slice(0, index + 1), events[index] as InspectionEvent, ...events.slice(index + 1)];
      },
      'an outcome under a framework not in use': (events) => {
        const index = events.findIndex((e) => e.kind === 'standard-inspection' || e.kind === 'short-inspection');
        if (index < 0) return undefined;
        return events.map((e, i) =>
          i === index && 'outcome' in e
            ? { ...e, onSite: { start: shift('2012-01-02', 0), end: shift('2012-01-06', 0) } }
            : e,
        ) as InspectionEvent[];
      },
      'a visit ending before it starts': (events) => {
        const index = events.findIndex(
          (e) => isVisit(e) && e.onSite?.end !== undefined && e.onSite.start < e.onSite.end,
        );
        if (index < 0) return undefined;
        return events.map((e, i) =>
          i === index && isVisit(e) && e.onSite !== undefined
            ? { ...e, onSite: { start: e.onSite.end, end: e.onSite.start } }
            : e,
        ) as InspectionEvent[];
      },
    };

    it.each(Object.entries(BREAKS))(
      'createInspectionHistory and parseInspectionHistory both refuse %s',
      (_, broken) => {
        let tried = 0;
        fc.assert(
          fc.property(fc.oneof(arbitraryInspectionHistory({ maxEvents: 8 }), fc.constant(HULL_HISTORY)), (history) => {
            const events = broken([...history.events]);
            if (events === undefined) return;
            tried += 1;
            const created = createInspectionHistory(history.authority, events);
            const parsed = parseInspectionHistory(json({ authority: history.authority, events }));
            expect(created.ok).toBe(false);
            expect(parsed.ok).toBe(false);
          }),
          { numRuns: 200 },
        );
        expect(tried).toBeGreaterThan(0);
      },
    );

    it('createInspectionHistory and parseInspectionHistory agree on histories with one value changed', () => {
      const value = fc.oneof(
        fc.constantFrom('', '2019-02-30', '2300-01-01', 'improvement-notice-issued', 'ilacs-2023', 1, 0, -1, 1.5),
        fc.jsonValue(),
      );
      fc.assert(
        fc.property(arbitraryInspectionHistory({ maxEvents: 6 }), fc.nat(), value, (history, pick, replacement) => {
          const document = json(history) as InspectionHistory;
          replaceOneValue(document, pick, replacement);
          const created = createInspectionHistory(document.authority, document.events);
          expect(parseInspectionHistory(document).ok).toBe(created.ok);
        }),
        { numRuns: 1000 },
      );
    }, 120_000);
  });

  it('createImprovementPlan and parseImprovementPlan agree on plans with one value changed', () => {
    const value = fc.oneof(
      fc.constantFrom('', 'F1', 'A1', 'careLeavers', 'leaders', '2012-01-01', '2030-03-04', 'monitoring-visit'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(arbitraryImprovementPlan({ maxActions: 3 }), fc.nat(), value, (plan, pick, replacement) => {
        const document = json(plan) as unknown as Record<string, unknown>;
        replaceOneValue(document, pick, replacement);
        const created = createImprovementPlan(document as never);
        expect(parseImprovementPlan(document).ok).toBe(created.ok);
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});

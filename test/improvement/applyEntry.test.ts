import { describe, expect, it } from 'vitest';
import { actionOnDate } from '../../src/improvement/actionRules.js';
import {
  ACTION_LIFECYCLE,
  applyEntry,
  createdState,
  ENDED_STATES,
  OPEN_STATES,
} from '../../src/improvement/applyEntry.js';
import {
  type ActionHistoryEntry,
  blockAction,
  calendarDate,
  cancelAction,
  changeMoney,
  clearRagOverride,
  closeAction,
  createImprovementAction,
  deliverAction,
  findActionIssues,
  type ImprovementAction,
  linkActionToFinding,
  overrideRag,
  type Result,
  recordImpact,
  rescheduleAction,
  resumeAction,
  startAction,
  supersedeAction,
} from '../../src/index.js';
import { unwrap } from '../support/unwrap.js';

/**
 * One function applies a history entry under the lifecycle's rules: the lifecycle
 * functions apply the entry they build to the action's replayed state, and the history
 * check replays every entry through it. So an action built by lifecycle calls passes the
 * history check, and a change a lifecycle function refuses, written into the history by
 * hand, is refused by the history check, for every kind of entry.
 */

const d = calendarDate;

const fresh = unwrap(
  createImprovementAction({
    id: 'A1',
    title: 'Audit more than 150 cases',
    answers: ['F1'],
    kind: 'case-audit',
    owner: 'QA lead',
    raised: d('2019-06-03'),
    due: d('2019-09-30'),
    moneyPence: 5_000_000,
    by: 'DCS',
  }),
);
const at = (on: string, by = 'QA lead') => ({ on: d(on), by });
const started = unwrap(startAction(fresh, at('2019-06-10')));
const delivered = unwrap(deliverAction(started, at('2019-09-20'), 'Audit reported.'));
const evidenced = unwrap(recordImpact(delivered, at('2019-12-02'), 'Re-audit shows better plans.'));
const overridden = unwrap(overrideRag(started, { ...at('2019-07-01', 'Adviser'), rag: 'red', reason: 'Drift.' }));
const cancelled = unwrap(cancelAction(started, at('2019-07-01'), 'Covered elsewhere.'));

/** Each lifecycle function, making one change of each kind of history entry. */
const MADE: readonly [string, ActionHistoryEntry['change'], () => Result<ImprovementAction>][] = [
  ['startAction', 'status', () => startAction(fresh, at('2019-06-10'))],
  ['blockAction', 'status', () => blockAction(started, at('2019-07-01'), 'No staff.')],
  [
    'resumeAction',
    'status',
    () => resumeAction(unwrap(blockAction(fresh, at('2019-06-05'), 'No staff.')), at('2019-06-20')),
  ],
  ['deliverAction', 'status', () => deliverAction(started, at('2019-09-20'), 'Audit reported.')],
  ['recordImpact', 'status', () => recordImpact(delivered, at('2019-12-02'), 'Better plans.')],
  ['closeAction', 'status', () => closeAction(evidenced, at('2019-12-09', 'Board chair'))],
  ['cancelAction', 'status', () => cancelAction(started, at('2019-07-01'), 'Covered elsewhere.')],
  ['supersedeAction', 'status', () => supersedeAction(delivered, at('2019-10-01'), 'New plan.', 'A12')],
  [
    'rescheduleAction',
    'due-date',
    () => rescheduleAction(started, { ...at('2019-07-01'), to: d('2019-11-29'), reason: 'Wider sample.' }),
  ],
  [
    'changeMoney',
    'money',
    () => changeMoney(evidenced, { ...at('2019-12-03'), toPence: 6_000_000, reason: 'More cases.' }),
  ],
  [
    'linkActionToFinding',
    'finding-linked',
    () => linkActionToFinding(delivered, { ...at('2019-10-01'), findingId: 'F4', reason: 'Covers F4 too.' }),
  ],
  ['overrideRag', 'rag-override-set', () => overrideRag(started, { ...at('2019-07-01'), rag: 'amber', reason: 'x' })],
  ['clearRagOverride', 'rag-override-cleared', () => clearRagOverride(overridden, at('2019-08-01'), 'Back.')],
];

/** Changes each lifecycle function refuses by a rule of `applyEntry`, and the history check's code for the same entry. */
const REFUSED: readonly [
  string,
  () => Result<ImprovementAction>,
  ImprovementAction,
  ActionHistoryEntry,
  string,
  string,
][] = [
  [
    'the owner closing their own action',
    () => closeAction(evidenced, at('2019-12-09')),
    evidenced,
    { change: 'status', ...at('2019-12-09'), from: 'impact-evidenced', to: 'closed' },
    'self-verification',
    'self-verification',
  ],
  [
    'closing before the impact is evidenced',
    () => closeAction(delivered, at('2019-12-09', 'Chair')),
    delivered,
    { change: 'status', ...at('2019-12-09', 'Chair'), from: 'delivered', to: 'closed' },
    'impact-not-evidenced',
    'illegal-transition',
  ],
  [
    'delivering before starting',
    () => deliverAction(fresh, at('2019-07-01'), 'x'),
    fresh,
    { change: 'status', ...at('2019-07-01'), from: 'not-started', to: 'delivered' },
    'illegal-transition',
    'illegal-transition',
  ],
  [
    'a change dated before the last one',
    () => blockAction(started, at('2019-06-05'), 'x'),
    started,
    { change: 'status', ...at('2019-06-05'), from: 'in-progress', to: 'blocked', note: 'x' },
    'date-before-previous',
    'date-before-previous',
  ],
  [
    'rescheduling a delivered action',
    () => rescheduleAction(delivered, { ...at('2019-10-01'), to: d('2019-10-31'), reason: 'x' }),
    delivered,
    { change: 'due-date', ...at('2019-10-01'), from: d('2019-09-30'), to: d('2019-10-31'), reason: 'x' },
    'illegal-transition',
    'illegal-transition',
  ],
  [
    'moving the due date before the action was raised',
    () => rescheduleAction(started, { ...at('2019-07-01'), to: d('2019-05-31'), reason: 'x' }),
    started,
    { change: 'due-date', ...at('2019-07-01'), from: d('2019-09-30'), to: d('2019-05-31'), reason: 'x' },
    'date-before-raised',
    'date-before-raised',
  ],
  [
    'moving the due date to the date it is',
    () => rescheduleAction(started, { ...at('2019-07-01'), to: d('2019-09-30'), reason: 'x' }),
    started,
    { change: 'due-date', ...at('2019-07-01'), from: d('2019-09-30'), to: d('2019-09-30'), reason: 'x' },
    'invalid-value',
    'inconsistent-history',
  ],
  [
    'changing the money of an ended action',
    () => changeMoney(cancelled, { ...at('2019-08-01'), toPence: 1, reason: 'x' }),
    cancelled,
    { change: 'money', ...at('2019-08-01'), from: 5_000_000, to: 1, reason: 'x' },
    'illegal-transition',
    'illegal-transition',
  ],
  [
    'changing the money to what it is',
    () => changeMoney(started, { ...at('2019-08-01'), toPence: 5_000_000, reason: 'x' }),
    started,
    { change: 'money', ...at('2019-08-01'), from: 5_000_000, to: 5_000_000, reason: 'x' },
    'invalid-value',
    'inconsistent-history',
  ],
  [
    'linking a finding to an ended action',
    () => linkActionToFinding(cancelled, { ...at('2019-08-01'), findingId: 'F4', reason: 'x' }),
    cancelled,
    { change: 'finding-linked', ...at('2019-08-01'), findingId: 'F4', reason: 'x' },
    'illegal-transition',
    'illegal-transition',
  ],
  [
    'setting a RAG by hand on an ended action',
    () => overrideRag(cancelled, { ...at('2019-08-01'), rag: 'red', reason: 'x' }),
    cancelled,
    { change: 'rag-override-set', ...at('2019-08-01'), rag: 'red', reason: 'x' },
    'illegal-transition',
    'illegal-transition',
  ],
  [
    'clearing a RAG never set by hand',
    () => clearRagOverride(started, at('2019-08-01'), 'x'),
    started,
    { change: 'rag-override-cleared', ...at('2019-08-01'), reason: 'x' },
    'illegal-transition',
    'illegal-transition',
  ],
];

describe('applyEntry, the one function the lifecycle and the history check share', () => {
  it('covers every kind of history entry but the creation, and every lifecycle change', () => {
    expect(new Set(MADE.map(([, kind]) => kind))).toEqual(
      new Set(['status', 'due-date', 'money', 'finding-linked', 'rag-override-set', 'rag-override-cleared']),
    );
    expect(MADE).toHaveLength(Object.keys(ACTION_LIFECYCLE).length);
  });

  it.each(MADE)('%s makes a %s entry the history check accepts, replayed to the same action', (_, kind, make) => {
    const action = unwrap(make());
    const entry = action.history.at(-1) as ActionHistoryEntry;
    expect(entry.change).toBe(kind);
    expect(findActionIssues(action)).toEqual([]);
    const view = actionOnDate(action, entry.on);
    expect([view.state, view.due, view.override, view.moneyPence]).toEqual([
      action.status.state,
      action.due,
      action.ragOverride,
      action.moneyPence,
    ]);
  });

  it.each(REFUSED)(
    'refuses %s through a lifecycle function and in a history',
    (_, attempt, before, entry, lifecycleCode, historyCode) => {
      const result = attempt();
      expect(!result.ok && result.issues.map((found) => found.code)).toEqual([lifecycleCode]);
      const written = { ...before, history: [...before.history, entry] };
      const codes = findActionIssues(written).map((found) => found.code);
      expect(codes).toContain(historyCode);
      const place = findActionIssues(written).find((found) => found.code === historyCode)?.path;
      expect(place?.slice(0, 2)).toEqual(['history', before.history.length]);
    },
  );

  it('answers with the rules an entry breaks, and the state after it', () => {
    const created = fresh.history[0] as Extract<ActionHistoryEntry, { change: 'created' }>;
    const state = createdState(fresh.raised, created, new Set(fresh.answers));
    const closing: ActionHistoryEntry = { change: 'status', ...at('2019-06-01'), from: 'delivered', to: 'closed' };
    const applied = applyEntry(state, closing, fresh);
    expect(applied.refusals).toEqual(['before-previous', 'status-from', 'not-allowed', 'self-verification']);
    expect(applied.state).toMatchObject({ state: 'closed', verifiedBy: 'QA lead', on: '2019-06-01' });
    expect(applyEntry(state, closing, fresh, { valuesChecked: false }).refusals).not.toContain('self-verification');
  });

  it('reads the open and ended states from ACTION_LIFECYCLE', () => {
    expect([...OPEN_STATES]).toEqual(['not-started', 'in-progress', 'blocked']);
    expect([...ENDED_STATES]).toEqual(['closed', 'cancelled', 'superseded']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockAction,
  type CalendarDate,
  calendarDate,
  cancelAction,
  clearRagOverride,
  closeAction,
  createImprovementAction,
  deliverAction,
  findActionIssues,
  type ImprovementAction,
  type NewImprovementAction,
  originalDueDate,
  overrideRag,
  type Result,
  recordImpact,
  rescheduleAction,
  rescheduleCount,
  resumeAction,
  startAction,
  supersedeAction,
} from '../../src/index.js';
import { unwrap } from '../support/unwrap.js';

const d = calendarDate;

const input = {
  id: 'A1',
  title: 'Audit more than 150 cases',
  answers: ['F1'],
  kind: 'case-audit',
  owner: 'QA lead',
  raised: d('2019-06-03'),
  due: d('2019-09-30'),
  moneyPence: 5_000_000,
  by: 'DCS',
} as const;
const fresh = unwrap(createImprovementAction(input));
const at = (on: string, by = 'QA lead') => ({ on: d(on), by });
const started = unwrap(startAction(fresh, at('2019-06-10')));
const delivered = unwrap(deliverAction(started, at('2019-09-20'), 'Audit reported.'));
const evidenced = unwrap(recordImpact(delivered, at('2019-12-02'), 'Re-audit shows better plans.'));

describe('createImprovementAction', () => {
  it('starts an action not started, with its creation in the history', () => {
    expect(fresh.status).toEqual({ state: 'not-started' });
    expect(fresh.history).toEqual([
      { change: 'created', on: '2019-06-03', by: 'DCS', due: '2019-09-30', moneyPence: fresh.moneyPence },
    ]);
    expect(fresh.moneyPence).toBeGreaterThan(0); // the money at creation is recorded with it
    expect(findActionIssues(fresh)).toEqual([]);
  });

  it.each([
    [{ id: ' ' }, ['id'], 'empty'],
    [{ owner: '' }, ['owner'], 'empty'],
    [{ due: d('2019-05-01') }, ['due'], 'date-before-raised'],
    [{ moneyPence: 12.5 }, ['moneyPence'], 'invalid-value'],
    [{ moneyPence: -1 }, ['moneyPence'], 'out-of-range'],
    [{ moneyPence: 100_000_000_001 }, ['moneyPence'], 'out-of-range'],
    [{ answers: ['F1', 'F1'] }, ['answers', 1], 'duplicate-id'],
    [{ answers: 'F12' }, ['answers'], 'invalid-type'],
    [{ kind: 'audit' }, ['kind'], 'invalid-value'],
    [{ by: '' }, ['by'], 'empty'],
    [{ by: 42 }, ['by'], 'invalid-type'],
    [{ raised: '2019-06-31' }, ['raised'], 'invalid-date'],
    [{ owner: 'x'.repeat(10_001) }, ['owner'], 'too-long'],
    [{ status: { state: 'closed' } }, ['status'], 'unknown-key'],
  ])('refuses %j', (change, path, code) => {
    const result = createImprovementAction({ ...input, ...change } as unknown as NewImprovementAction);
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ path, code })]);
  });
});

describe('the lifecycle', () => {
  it('runs from start to close, appending to the history and never changing the old action', () => {
    const before = structuredClone(started);
    const closed = unwrap(closeAction(evidenced, at('2019-12-09', 'Improvement board chair')));
    expect(closed.status).toEqual({
      state: 'closed',
      started: '2019-06-10',
      delivered: '2019-09-20',
      deliveryEvidence: 'Audit reported.',
      impactEvidenced: '2019-12-02',
      impactEvidence: 'Re-audit shows better plans.',
      closed: '2019-12-09',
      verifiedBy: 'Improvement board chair',
    });
    expect(closed.history.map((h) => (h.change === 'status' ? `${h.from}>${h.to}` : h.change))).toEqual([
      'created',
      'not-started>in-progress',
      'in-progress>delivered',
      'delivered>impact-evidenced',
      'impact-evidenced>closed',
    ]);
    expect(started).toEqual(before);
    expect(findActionIssues(closed)).toEqual([]);
  });

  it.each<[string, () => Result<ImprovementAction>, string, RegExp]>([
    [
      'closing without evidence of impact',
      () => closeAction(delivered, at('2019-12-09', 'Chair')),
      'impact-not-evidenced',
      /Cannot close A1: its impact is not evidenced\. Record evidence of impact first \(recordImpact\)\./,
    ],
    [
      'the owner verifying their own action',
      () => closeAction(evidenced, at('2019-12-09')),
      'self-verification',
      /QA lead owns A1 and cannot verify it/,
    ],
    [
      'delivering a cancelled action',
      () => deliverAction(unwrap(cancelAction(started, at('2019-07-01'), 'Covered elsewhere.')), at('2019-07-02'), 'x'),
      'illegal-transition',
      /Cannot deliver A1: it is cancelled\. It has ended; nothing more can change\./,
    ],
    [
      'delivering before starting',
      () => deliverAction(fresh, at('2019-07-01'), 'x'),
      'illegal-transition',
      /That needs an action that is in-progress\./,
    ],
    [
      'a date before the action was raised',
      () => startAction(fresh, at('2019-05-01')),
      'date-before-raised',
      /it was raised on 2019-06-03/,
    ],
    [
      'a date before the last change',
      () => deliverAction(started, at('2019-06-05'), 'x'),
      'date-before-previous',
      /the history only moves forward/,
    ],
    [
      'delivering without evidence',
      () => deliverAction(started, at('2019-09-20'), '  '),
      'missing-evidence',
      /Give evidence that A1 was delivered/,
    ],
    [
      'blocking without a reason',
      () => blockAction(started, at('2019-07-01'), ''),
      'missing-evidence',
      /Say why A1 is blocked/,
    ],
    [
      'an anonymous change',
      () => startAction(fresh, { on: d('2019-06-10'), by: '' }),
      'empty',
      /Say who makes the change/,
    ],
    [
      'rescheduling without a reason',
      () => rescheduleAction(started, { ...at('2019-07-01'), to: d('2019-10-31'), reason: '' }),
      'missing-evidence',
      /Say why A1's due date moves/,
    ],
    [
      'rescheduling a delivered action',
      () => rescheduleAction(delivered, { ...at('2019-10-01'), to: d('2019-10-31'), reason: 'x' }),
      'illegal-transition',
      /That needs an action that is not-started or in-progress or blocked\./,
    ],
    [
      'clearing an override never set',
      () => clearRagOverride(started, at('2019-07-01'), 'x'),
      'illegal-transition',
      /no RAG set by hand/,
    ],
  ])('refuses %s, with a code and a sentence', (_, attempt, code, message) => {
    const result = attempt();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
  });

  it('keeps the original due date and counts every move', () => {
    const once = unwrap(
      rescheduleAction(started, { ...at('2019-09-02'), to: d('2019-11-29'), reason: 'Sample widened.' }),
    );
    const twice = unwrap(
      rescheduleAction(once, { ...at('2019-11-01'), to: d('2020-01-31'), reason: 'Staff turnover.' }),
    );
    expect([twice.due, originalDueDate(twice), rescheduleCount(twice)]).toEqual(['2020-01-31', '2019-09-30', 2]);
    expect(twice.history.filter((h) => h.change === 'due-date')).toEqual([
      {
        change: 'due-date',
        on: '2019-09-02',
        by: 'QA lead',
        from: '2019-09-30',
        to: '2019-11-29',
        reason: 'Sample widened.',
      },
      {
        change: 'due-date',
        on: '2019-11-01',
        by: 'QA lead',
        from: '2019-11-29',
        to: '2020-01-31',
        reason: 'Staff turnover.',
      },
    ]);
  });

  it('blocks and resumes, keeping the first start date', () => {
    const blocked = unwrap(blockAction(started, at('2019-07-01'), 'Waiting for the case system.'));
    expect(blocked.status).toEqual({
      state: 'blocked',
      started: '2019-06-10',
      blocked: '2019-07-01',
      reason: 'Waiting for the case system.',
    });
    expect(unwrap(resumeAction(blocked, at('2019-07-15'))).status).toEqual({
      state: 'in-progress',
      started: '2019-06-10',
    });
    const blockedFirst = unwrap(blockAction(fresh, at('2019-06-05'), 'No staff.'));
    expect(unwrap(resumeAction(blockedFirst, at('2019-06-20'))).status).toEqual({
      state: 'in-progress',
      started: '2019-06-20',
    });
  });

  it('sets and clears a RAG by hand, removing the field when cleared', () => {
    const overridden = unwrap(overrideRag(started, { ...at('2019-07-01', 'Adviser'), rag: 'red', reason: 'Drift.' }));
    expect(overridden.ragOverride).toEqual({ rag: 'red', reason: 'Drift.', by: 'Adviser', on: '2019-07-01' });
    const cleared = unwrap(clearRagOverride(overridden, at('2019-08-01', 'Adviser'), 'Back on track.'));
    expect('ragOverride' in cleared).toBe(false);
    expect(findActionIssues(cleared)).toEqual([]);
  });

  it('supersedes, naming the replacement', () => {
    const superseded = unwrap(
      supersedeAction(started, at('2020-03-16', 'Commissioner'), 'Commissioner’s plan.', 'A12'),
    );
    expect(superseded.status).toEqual({
      state: 'superseded',
      ended: '2020-03-16',
      reason: 'Commissioner’s plan.',
      supersededBy: 'A12',
    });
  });

  it('finds an action edited outside the lifecycle inconsistent', () => {
    expect(findActionIssues({ ...started, due: d('2019-12-31') }).map((i) => i.code)).toEqual(['inconsistent-history']);
    expect(
      findActionIssues({
        ...started,
        status: { state: 'delivered', started: d('2019-06-10'), delivered: d('2019-06-01'), deliveryEvidence: 'x' },
      }).map((i) => i.code),
    ).toEqual(['inconsistent-history']);
    expect(findActionIssues({ ...started, history: started.history.slice(1) }).map((i) => i.code)).toEqual([
      'inconsistent-history',
    ]);
  });

  it('refuses, from outside, the changes the lifecycle functions refuse', () => {
    const entry = (change: object) => ({ on: d('2019-12-09'), by: 'Improvement board chair', ...change });
    const closedFromNotStarted = {
      ...fresh,
      status: { ...evidenced.status, state: 'closed', closed: d('2019-12-09'), verifiedBy: 'Improvement board chair' },
      history: [...fresh.history, entry({ change: 'status', from: 'not-started', to: 'closed' })],
    } as ImprovementAction;
    expect(findActionIssues(closedFromNotStarted).map((i) => i.code)).toContain('illegal-transition');
    const closedByOwner = unwrap(closeAction(evidenced, at('2019-12-09', 'Improvement board chair')));
    const selfVerified = {
      ...closedByOwner,
      status: { ...closedByOwner.status, verifiedBy: 'QA lead' },
      history: [
        ...evidenced.history,
        entry({ change: 'status', from: 'impact-evidenced', to: 'closed', by: 'QA lead' }),
      ],
    } as ImprovementAction;
    expect(findActionIssues(selfVerified).map((i) => i.code)).toEqual(['self-verification']);
    const cancelled = unwrap(cancelAction(started, at('2019-07-01'), 'No longer needed.'));
    const movedAfterCancelling = {
      ...cancelled,
      due: d('2019-12-31'),
      history: [
        ...cancelled.history,
        entry({ change: 'due-date', from: d('2019-09-30'), to: d('2019-12-31'), reason: 'x' }),
      ],
    } as ImprovementAction;
    expect(findActionIssues(movedAfterCancelling).map((i) => i.code)).toEqual(['illegal-transition']);
    const wrongDate = { ...started, status: { state: 'in-progress', started: d('2019-06-11') } } as ImprovementAction;
    expect(findActionIssues(wrongDate).map((i) => i.code)).toEqual(['inconsistent-history']);
  });

  it('refuses a bad change context from plain JavaScript with issues, never a TypeError', () => {
    const bad = [
      [{ on: '2019-06-31', by: 'QA lead' }, ['on'], 'invalid-date'],
      [{ on: d('2019-06-10'), by: 42 }, ['by'], 'invalid-type'],
      [{ on: d('2019-06-10'), by: 'QA lead', when: 'now' }, ['when'], 'unknown-key'],
      [null, [], 'invalid-type'],
    ] as const;
    for (const [context, path, code] of bad) {
      const result = startAction(fresh, context as unknown as { on: CalendarDate; by: string });
      expect(!result.ok && result.issues).toEqual([expect.objectContaining({ path, code })]);
    }
    const notAnAction = startAction({ id: 'A1' } as unknown as ImprovementAction, at('2019-06-10'));
    expect(!notAnAction.ok && notAnAction.issues[0]?.path[0]).toBe('action');
    const evidence = deliverAction(started, at('2019-09-20'), 42 as unknown as string);
    expect(!evidence.ok && evidence.issues[0]?.code).toBe('invalid-type');
  });
});

describe('properties', () => {
  const people = fc.constantFrom('QA lead', 'Chair', 'DCS', '');
  const step = fc.record({
    days: fc.integer({ min: -5, max: 40 }),
    by: people,
    text: fc.constantFrom('Evidence.', 'Reason.', ''),
    op: fc.constantFrom(
      'start',
      'block',
      'resume',
      'deliver',
      'impact',
      'close',
      'cancel',
      'supersede',
      'reschedule',
      'override',
      'clear',
    ),
    rag: fc.constantFrom('red' as const, 'amber' as const, 'green' as const, 'blue' as const),
  });
  const addDays = (date: CalendarDate, days: number) =>
    new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;

  it('no sequence of lifecycle calls reaches an inconsistent action, and every refusal says why', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let action = fresh;
        let today = fresh.raised;
        for (const s of steps) {
          const on = addDays(today, s.days);
          const context = { on, by: s.by };
          const result = {
            start: () => startAction(action, context),
            block: () => blockAction(action, context, s.text),
            resume: () => resumeAction(action, context),
            deliver: () => deliverAction(action, context, s.text),
            impact: () => recordImpact(action, context, s.text),
            close: () => closeAction(action, context),
            cancel: () => cancelAction(action, context, s.text),
            supersede: () => supersedeAction(action, context, s.text),
            reschedule: () => rescheduleAction(action, { ...context, to: addDays(on, 30), reason: s.text }),
            override: () => overrideRag(action, { ...context, rag: s.rag, reason: s.text }),
            clear: () => clearRagOverride(action, context, s.text),
          }[s.op]();
          if (result.ok) {
            action = result.value;
            today = on;
            expect(findActionIssues(action)).toEqual([]);
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const found of result.issues) expect(found.message.length).toBeGreaterThan(15);
          }
        }
      }),
    );
  });
});

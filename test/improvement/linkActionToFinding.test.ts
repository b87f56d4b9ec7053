import { describe, expect, it } from 'vitest';
import {
  type ActionHistoryEntry,
  calendarDate,
  cancelAction,
  createImprovementAction,
  createImprovementPlan,
  findActionIssues,
  findPlanIssues,
  type ImprovementAction,
  type ImprovementPlan,
  linkActionToFinding,
  rescheduleAction,
} from '../../src/index.js';
import { parseImprovementAction, parseImprovementPlan } from '../../src/schema/index.js';
import { HULL_PLAN } from '../../src/testing/hullPlan.js';

const d = calendarDate;
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

// Hull's A3 (training, raised 2019-05-20, in progress since 2019-09-02, answering F1) comes
// to answer F4, the January 2020 monitoring visit's finding raised on 2020-02-06. The link
// is illustrative: the plan's actions and findings are Hull's, the link is not a reported one.
const training = HULL_PLAN.actions.find((action) => action.id === 'A3') as ImprovementAction;
const link = {
  findingId: 'F4',
  on: d('2020-02-10'),
  by: 'Improvement board',
  reason: 'Training now covers children in care.',
};

const linkedTraining = (() => {
  const result = linkActionToFinding(training, link);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
})();

const withA3 = (action: unknown): ImprovementPlan =>
  ({ ...HULL_PLAN, actions: HULL_PLAN.actions.map((a) => (a.id === 'A3' ? action : a)) }) as ImprovementPlan;

describe('linkActionToFinding', () => {
  it('adds the finding to answers and a finding-linked entry, with who, when and why, to the history', () => {
    expect(linkedTraining.answers).toEqual(['F1', 'F4']);
    expect(linkedTraining.history.at(-1)).toEqual({
      change: 'finding-linked',
      on: '2020-02-10',
      by: 'Improvement board',
      findingId: 'F4',
      reason: 'Training now covers children in care.',
    });
    expect(linkedTraining.history.slice(0, -1)).toEqual(training.history);
    expect(linkedTraining.status).toEqual(training.status);
    expect(training.answers).toEqual(['F1']); // the action it was given is unchanged
    expect(findActionIssues(linkedTraining)).toEqual([]);
  });

  it.each([
    ['a blank reason', { ...link, reason: ' ' }, 'missing-evidence', ['reason']],
    ['a blank finding id', { ...link, findingId: '' }, 'empty', ['findingId']],
    ['a finding id that is not text', { ...link, findingId: 4 as unknown as string }, 'invalid-type', ['findingId']],
    ['a finding it already answers', { ...link, findingId: 'F1' }, 'invalid-value', ['findingId']],
    ['a date before its last change', { ...link, on: d('2019-08-30') }, 'date-before-previous', ['on']],
    ['a date before it was raised', { ...link, on: d('2019-05-01') }, 'date-before-raised', ['on']],
    ['nobody named', { ...link, by: '' }, 'empty', ['by']],
    ['a note, which it does not record', { ...link, note: 'x' }, 'unknown-key', ['note']],
  ])('refuses %s', (_, context, code, path) => {
    const result = linkActionToFinding(training, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code, path });
  });

  it('refuses to link an action that has ended, and never throws on what is not an action', () => {
    const cancelled = cancelAction(training, { on: d('2020-01-06'), by: 'Board' }, 'Folded into A1.');
    if (!cancelled.ok) throw new Error('fixture');
    const result = linkActionToFinding(cancelled.value, link);
    expect(!result.ok && codes(result.issues)).toEqual(['illegal-transition']);
    expect(linkActionToFinding(null as never, link).ok).toBe(false);
    expect(linkActionToFinding(training, null as never).ok).toBe(false);
  });

  it('links a finding to an action that has not started, and the change after it keeps the link', () => {
    const created = createImprovementAction({
      id: 'B1',
      title: 'Review plans',
      answers: [],
      kind: 'case-review',
      owner: 'Head of service',
      raised: d('2020-01-06'),
      due: d('2020-06-30'),
      by: 'DCS',
    });
    if (!created.ok) throw new Error('fixture');
    const linked = linkActionToFinding(created.value, { ...link, findingId: 'MV2-F1' });
    const moved = linked.ok
      ? rescheduleAction(linked.value, { on: d('2020-03-02'), by: 'DCS', to: d('2020-07-31'), reason: 'Scope.' })
      : linked;
    expect(moved.ok && moved.value.answers).toEqual(['MV2-F1']);
    expect(moved.ok && findActionIssues(moved.value)).toEqual([]);
  });
});

describe('the history replayed', () => {
  const replace = (history: readonly ActionHistoryEntry[], entry: Partial<ActionHistoryEntry>) =>
    [...history.slice(0, -1), { ...history.at(-1), ...entry }] as ActionHistoryEntry[];

  it.each([
    [
      'a linked finding dropped from answers',
      { ...linkedTraining, answers: ['F1'] },
      'inconsistent-history',
      ['history', 2, 'findingId'],
    ],
    [
      'the same finding linked twice',
      { ...linkedTraining, history: [...linkedTraining.history, linkedTraining.history.at(-1)] },
      'inconsistent-history',
      ['history', 3, 'findingId'],
    ],
    [
      'a link without its finding id',
      { ...linkedTraining, history: replace(linkedTraining.history, { findingId: undefined } as never) },
      'missing',
      ['history', 2, 'findingId'],
    ],
    [
      'a link without a reason',
      { ...linkedTraining, history: replace(linkedTraining.history, { reason: '' } as never) },
      'empty',
      ['history', 2, 'reason'],
    ],
    [
      'a link with a field it does not have',
      { ...linkedTraining, history: replace(linkedTraining.history, { note: 'x' } as never) },
      'unknown-key',
      ['history', 2, 'note'],
    ],
  ])('refuses %s, and parseImprovementAction agrees', (_, action, code, path) => {
    const issues = findActionIssues(action as ImprovementAction);
    expect(issues[0]).toMatchObject({ code, path });
    const parsed = parseImprovementAction(json(action));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code, path });
  });

  it('refuses a link recorded after the action ended', () => {
    const cancelled = cancelAction(training, { on: d('2020-01-06'), by: 'Board' }, 'Folded into A1.');
    if (!cancelled.ok) throw new Error('fixture');
    const action = {
      ...cancelled.value,
      answers: ['F1', 'F4'],
      history: [...cancelled.value.history, { change: 'finding-linked', ...link }],
    };
    expect(codes(findActionIssues(action as ImprovementAction))).toEqual(['illegal-transition']);
    expect(parseImprovementAction(json(action)).ok).toBe(false);
  });

  it('reads back a linked action as the lifecycle made it', () => {
    const parsed = parseImprovementAction(json(linkedTraining));
    expect(parsed.ok && parsed.value).toEqual(json(linkedTraining));
  });
});

describe("the plan's check of an action answering a finding raised after it", () => {
  it('accepts it through a recorded link', () => {
    expect(findPlanIssues(withA3(linkedTraining))).toEqual([]);
    expect(createImprovementPlan(withA3(linkedTraining)).ok).toBe(true);
    expect(parseImprovementPlan(json(withA3(linkedTraining))).ok).toBe(true);
  });

  it('refuses it without one, as before, and says how to record it', () => {
    const unlinked = { ...training, answers: ['F1', 'F4'] };
    const issues = findPlanIssues(withA3(unlinked));
    expect(issues).toMatchObject([{ code: 'dates-out-of-order', path: ['actions', 2, 'raised'] }]);
    expect(issues[0]?.message).toMatch(/linkActionToFinding/);
    const parsed = parseImprovementPlan(json(withA3(unlinked)));
    expect(!parsed.ok && codes(parsed.issues)).toEqual(['dates-out-of-order']);
  });

  it('refuses a link made before the finding was raised', () => {
    const early = linkActionToFinding(training, { ...link, on: d('2020-01-31') });
    if (!early.ok) throw new Error('fixture');
    expect(findActionIssues(early.value)).toEqual([]); // the action alone cannot know when F4 was raised
    const issues = findPlanIssues(withA3(early.value));
    expect(issues).toMatchObject([{ code: 'dates-out-of-order', path: ['actions', 2, 'history', 2, 'on'] }]);
    const parsed = parseImprovementPlan(json(withA3(early.value)));
    expect(!parsed.ok && parsed.issues).toMatchObject([
      { code: 'dates-out-of-order', path: ['actions', 2, 'history', 2, 'on'] },
    ]);
  });

  it('a link made on the day the finding was raised is enough', () => {
    const sameDay = linkActionToFinding(training, { ...link, on: d('2020-02-06') });
    expect(sameDay.ok && findPlanIssues(withA3(sameDay.value))).toEqual([]);
  });

  it('a link to a finding raised before the action changes nothing', () => {
    const created = createImprovementAction({
      id: 'A3',
      title: 'Train social workers',
      answers: [],
      kind: 'training',
      owner: 'Principal social worker',
      raised: d('2019-05-20'),
      due: d('2020-03-31'),
      by: 'DCS',
    });
    const linked = created.ok ? linkActionToFinding(created.value, { ...link, findingId: 'F1' }) : created;
    expect(linked.ok && findPlanIssues(withA3(linked.value))).toEqual([]);
  });

  it('a link to a finding not in the plan is refused as an unknown finding', () => {
    const stray = linkActionToFinding(training, { ...link, findingId: 'F9' });
    expect(stray.ok && codes(findPlanIssues(withA3(stray.value)))).toEqual(['unknown-finding']);
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type { ActionHistoryEntry, ActionState, ActionStatus, CalendarDate } from '../../src/index.js';

declare const day: CalendarDate;

describe('action status types', () => {
  it('make a state without the dates and evidence that got it there unbuildable', () => {
    const closed: ActionStatus = {
      state: 'closed',
      started: day,
      delivered: day,
      deliveryEvidence: 'Audit report, 152 cases.',
      impactEvidenced: day,
      impactEvidence: 'Re-audit: 80% of plans now good.',
      closed: day,
      verifiedBy: 'Improvement board chair',
    };
    // @ts-expect-error: closed needs who verified it
    const unverified: ActionStatus = { ...closed, verifiedBy: undefined };
    // @ts-expect-error: a closed action needs its closing date
    const undated: ActionStatus = {
      state: 'closed',
      started: day,
      delivered: day,
      deliveryEvidence: 'x',
      impactEvidenced: day,
      impactEvidence: 'x',
      verifiedBy: 'x',
    };
    // @ts-expect-error: delivered needs evidence of delivery
    const noEvidence: ActionStatus = { state: 'delivered', started: day, delivered: day };
    // @ts-expect-error: blocked needs its reason
    const noReason: ActionStatus = { state: 'blocked', blocked: day };
    // @ts-expect-error: an action not started has no start date
    const startedEarly: ActionStatus = { state: 'not-started', started: day };
    expectTypeOf([closed, unverified, undated, noEvidence, noReason, startedEarly]).not.toBeNever();
  });

  it('make a moved due date without its reason unbuildable', () => {
    const moved: ActionHistoryEntry = { change: 'due-date', on: day, by: 'QA lead', from: day, to: day, reason: 'x' };
    // @ts-expect-error: every move of a due date says why
    const silent: ActionHistoryEntry = { change: 'due-date', on: day, by: 'QA lead', from: day, to: day };
    expectTypeOf([moved, silent]).not.toBeNever();
    expectTypeOf<ActionStatus['state']>().toEqualTypeOf<ActionState>();
  });
});

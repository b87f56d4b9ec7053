import { describe, expect, it } from 'vitest';
import { calendarDate, STATUTORY_CLOCKS, statutoryDeadlines } from '../../src/index.js';
import { HULL_HISTORY, HULL_INSPECTIONS } from '../../src/testing/hullHistory.js';

const d = calendarDate;

describe('statutoryDeadlines', () => {
  it("gives Hull's 2019 clocks, counted from publication because the day of receipt is not recorded", () => {
    const deadlines = statutoryDeadlines(HULL_INSPECTIONS[1]!);
    expect(
      deadlines.map((x) => (x.status === 'due' ? [x.clock.id, x.start, x.startsFrom, x.due, x.workingDays] : x)),
    ).toEqual([
      ['publish-report', '2019-05-17', 'published', '2019-07-01', 30],
      ['action-plan', '2019-05-17', 'published', '2019-08-27', 70],
    ]);
    expect(deadlines[1]?.status === 'due' && deadlines[1].reason).toBe(
      'Send the written statement of proposed action (the action plan) by 2019-08-27: 70 working days after its publication on 2019-05-17 (the day the council received the report is not recorded, so the count starts from publication), a statutory duty.',
    );
  });

  it('counts from the day of receipt when it is recorded, and names projected holidays', () => {
    const event = {
      kind: 'short-inspection',
      onSite: { start: d('2029-11-05'), end: d('2029-11-09') },
      reportReceived: d('2029-12-10'),
      outcome: {
        framework: 'ilacs-2026',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
      },
    } as const;
    const [publish] = statutoryDeadlines(event);
    expect(publish).toMatchObject({
      status: 'due',
      startsFrom: 'report-received',
      start: '2029-12-10',
      due: '2030-01-24',
    });
    expect(publish?.status === 'due' && publish.projectedHolidays.map((h) => h.date)).toEqual([
      '2029-12-26',
      '2030-01-01',
    ]);
    expect(publish?.status === 'due' && publish.reason).toMatch(
      /holidays projected by rule: 2029-12-26, 2030-01-01\.$/,
    );
  });

  it('starts the draft and final plan clocks only for a focused visit that sets areas for priority action', () => {
    const visit = {
      kind: 'focused-visit',
      onSite: { start: d('2024-06-11'), end: d('2024-06-12') },
      reportReceived: d('2024-07-01'),
      theme: 'care leavers',
      areasForPriorityAction: ['Pathway plans are not up to date.'],
    } as const;
    expect(statutoryDeadlines(visit).map((x) => x.status === 'due' && [x.clock.id, x.due])).toEqual([
      ['draft-action-plan', '2024-07-29'],
      ['final-action-plan', '2024-10-08'],
    ]);
    expect(statutoryDeadlines({ ...visit, areasForPriorityAction: [] })).toEqual([]);
    const notice = HULL_HISTORY.events.find((e) => e.kind === 'improvement-notice-issued')!;
    expect(statutoryDeadlines(notice)).toEqual([]);
  });

  it('says when the start is unknown', () => {
    const { published: _published, ...unpublished } = HULL_INSPECTIONS[1]!;
    const [first] = statutoryDeadlines(unpublished);
    expect(first).toMatchObject({ status: 'unknown' });
    expect(first?.reason).toMatch(/neither the day it was received nor the day it was published is recorded/);
  });

  it("takes the caller's clocks", () => {
    const clocks = STATUTORY_CLOCKS.map((clock) =>
      clock.id === 'action-plan' ? { ...clock, workingDays: 60 } : clock,
    );
    const plan = statutoryDeadlines(HULL_INSPECTIONS[1]!, { clocks })[1];
    expect(plan?.status === 'due' && [plan.workingDays, plan.due]).toEqual([60, '2019-08-12']);
    expect(Object.isFrozen(STATUTORY_CLOCKS[1])).toBe(true);
  });
});

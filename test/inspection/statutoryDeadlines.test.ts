import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDate,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  STATUTORY_CLOCKS,
  statutoryDeadlines,
  workingDaysBetween,
} from '../../src/index.js';
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

  describe('after a joint targeted area inspection', () => {
    // Haringey's letter of 30 January 2018 had the partners' plan due on 11 May 2018 (read
    // second-hand). The days on site are stand-ins: the count starts from the letter.
    const haringey = {
      kind: 'joint-targeted-area-inspection',
      onSite: { start: d('2017-12-04'), end: d('2017-12-08') },
      published: d('2018-01-30'),
      theme: 'the multi-agency response to children living with domestic abuse',
      agencies: ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'],
    } as const;

    it("gives Haringey's action plan due on 11 May 2018, 70 working days after its letter", () => {
      const deadlines = statutoryDeadlines(haringey);
      expect(deadlines).toHaveLength(1);
      expect(deadlines[0]).toMatchObject({
        clock: {
          id: 'jtai-action-plan',
          startedBy: 'joint-targeted-area-inspection',
          basisKind: 'statute',
          confirmed: false,
        },
        status: 'due',
        start: '2018-01-30',
        startsFrom: 'published',
        due: '2018-05-11',
        workingDays: 70,
        projectedHolidays: [],
      });
      expect(deadlines[0]?.reason).toMatch(
        /^Send the partners’ written statement .* by 2018-05-11: 70 working days after its publication on 2018-01-30/,
      );
    });

    it('agrees with the working-day count, which skips Good Friday, Easter Monday and the early May bank holiday 2018', () => {
      const reached = addWorkingDays(d('2018-01-30'), 70);
      expect(reached.date).toBe('2018-05-11');
      expect(workingDaysBetween(d('2018-01-30'), d('2018-05-11')).workingDays).toBe(70);
      const skipped = ENGLAND_AND_WALES_BANK_HOLIDAYS.holidays
        .filter((h) => h.date > '2018-01-30' && h.date <= '2018-05-11')
        .map((h) => h.date);
      expect(skipped).toEqual(['2018-03-30', '2018-04-02', '2018-05-07']);
    });

    it('counts from the day the letter was received when it is recorded, and says when neither day is', () => {
      const [received] = statutoryDeadlines({ ...haringey, reportReceived: d('2018-01-26') });
      expect(received).toMatchObject({
        status: 'due',
        startsFrom: 'report-received',
        start: '2018-01-26',
        due: '2018-05-09',
      });
      const { published: _published, ...unpublished } = haringey;
      expect(statutoryDeadlines(unpublished)).toMatchObject([{ clock: { id: 'jtai-action-plan' }, status: 'unknown' }]);
    });

    it("takes the caller's JTAI clock, and a JTAI starts no other clock", () => {
      const clocks = STATUTORY_CLOCKS.map((clock) =>
        clock.id === 'jtai-action-plan' ? { ...clock, workingDays: 60 } : clock,
      );
      expect(statutoryDeadlines(haringey, { clocks }).map((x) => x.status === 'due' && [x.clock.id, x.due])).toEqual([
        ['jtai-action-plan', '2018-04-26'],
      ]);
      const onlyGraded = STATUTORY_CLOCKS.filter((clock) => clock.startedBy === 'graded-inspection');
      expect(statutoryDeadlines(haringey, { clocks: onlyGraded })).toEqual([]);
      expect(statutoryDeadlines(HULL_INSPECTIONS[1]!).map((x) => x.clock.id)).not.toContain('jtai-action-plan');
    });

    it('refuses a caller clock started by something no event starts', () => {
      const clocks = [{ ...STATUTORY_CLOCKS[4]!, startedBy: 'jtai' as never }];
      expect(() => statutoryDeadlines(haringey, { clocks })).toThrow(/startedBy/);
    });
  });
});

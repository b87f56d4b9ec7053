import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createInspectionHistory,
  defineFramework,
  type FrameworkId,
  type InspectionEvent,
  type InspectionHistory,
} from '../../src/index.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { HISTORY_HEADERS, historyRows } from '../../src/tables/index.js';
import { HULL_HISTORY } from '../../src/testing/index.js';
import { CFS_2027_SKETCH as cfs2027, REPORT_CARD_SCALE as fivePoint } from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const d = calendarDate;

/** A council's own review: areas of titles no column has, one naming a column, one repeating another's title. */
const countyReview = defineFramework({
  id: 'county-review-2029',
  title: 'County review',
  scale: fivePoint,
  inForce: { from: '2029-01-01' },
  areas: [
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'overall', title: 'Overall', role: 'practice', required: false },
    { id: 'earlyHelp', title: 'The front door', role: 'practice', required: false },
  ],
  overall: { awarded: false },
});
const frameworks = [cfs2027, countyReview];

type Yours = typeof cfs2027 | typeof countyReview;
type Event = InspectionEvent<FrameworkId | Yours>;

const EVENTS: readonly Event[] = deepFreeze([
  {
    kind: 'standard-inspection',
    onSite: { start: d('2019-01-14'), end: d('2019-01-25') },
    published: d('2019-03-13'),
    outcome: {
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'requires-improvement',
        helpAndProtection: 'inadequate',
        childrenInCareAndCareLeavers: 'requires-improvement',
      },
      awardedOverall: 'inadequate',
    },
  },
  {
    kind: 'graded-inspection',
    onSite: { start: d('2027-03-01'), end: d('2027-03-12') },
    published: d('2027-05-04'),
    outcome: {
      framework: 'cfs-2027',
      judgements: { leaders: 'strong', help: 'needs-attention', inCare: 'expected', careLeavers: 'not-judged' },
      awardedOverall: 'needs-attention',
    },
    note: 'Under the sketch.',
  },
  {
    kind: 'monitoring-visit',
    onSite: { start: d('2027-08-02'), end: d('2027-08-03') },
    sequence: 1,
    theme: 'help and protection',
    findings: [],
  },
  {
    kind: 'graded-inspection',
    onSite: { start: d('2029-06-04') },
    outcome: {
      framework: 'county-review-2029',
      judgements: { frontDoor: 'exceptional', leaders: 'urgent-improvement', earlyHelp: 'strong' },
    },
  },
]);

function historyOf(events: readonly Event[] = EVENTS): InspectionHistory<FrameworkId | Yours> {
  const result = createInspectionHistory({ name: 'Example' }, events, { frameworks });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const GRADES = ['Framework', 'Overall', 'Leaders', 'Help and protection', 'Children in care', 'Care leavers'];

describe('historyRows with frameworks of your own', () => {
  it('gives an inspection under yours its title, and each area’s grade by label in the column of its title', () => {
    const rows = historyRows(historyOf(), { frameworks });
    const pick = (row: Readonly<Record<string, string>> | undefined, headers: readonly string[]) =>
      headers.map((header) => row?.[header]);
    expect(pick(rows[1], ['Date', 'Event', 'Days on site', 'Published', ...GRADES, 'Note'])).toEqual([
      '2027-03-01',
      'Graded inspection',
      '2027-03-01 to 2027-03-12',
      '2027-05-04',
      'Children and families services (a sketch)',
      'Needs attention',
      'Strong standard',
      'Needs attention',
      'Expected standard',
      'Not judged',
      'Under the sketch.',
    ]);
    expect(pick(rows[3], [...GRADES, 'The front door', 'Overall (overall)', 'The front door (earlyHelp)'])).toEqual([
      'County review',
      '',
      'Urgent improvement',
      '',
      '',
      '',
      'Exceptional',
      '',
      'Strong standard',
    ]);
  });

  it('adds the columns of areas no column is titled for, after the area columns, and gives every row every column', () => {
    const rows = historyRows(historyOf(), { frameworks });
    const headers = [
      ...HISTORY_HEADERS.slice(0, 10),
      'The front door',
      'Overall (overall)',
      'The front door (earlyHelp)',
      'Council inspected',
      'Note',
    ];
    for (const row of rows) expect(Object.keys(row)).toEqual(headers);
    expect(rows[0]?.Framework).toBe('ILACS 2018');
    expect(rows[0]?.['The front door']).toBe('');
    expect(rows[2]?.Event).toBe('Monitoring visit 1: help and protection');
  });

  it('adds no column for a framework whose inspection the history does not hold', () => {
    const rows = historyRows(historyOf(EVENTS.slice(0, 3)), { frameworks });
    expect(Object.keys(rows[0] ?? {})).toEqual([...HISTORY_HEADERS]);
  });

  it('gives Ofsted’s inspections the rows it gives without the option', () => {
    expect(historyRows(HULL_HISTORY, { frameworks })).toEqual(historyRows(HULL_HISTORY));
    expect(historyRows(HULL_HISTORY, { frameworks: [] })).toEqual(historyRows(HULL_HISTORY));
  });

  it('refuses such an inspection without the option, saying how to pass your framework', () => {
    const history = historyOf();
    const error = thrown(() => historyRows(history as InspectionHistory));
    expect(error.code).toBe('invalid-history');
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['history.events.1.outcome.framework', 'unknown-framework'],
      ['history.events.3.outcome.framework', 'unknown-framework'],
    ]);
    expect(error.issues[0]?.message).toMatch(/defineFramework/);
    const one = thrown(() => historyRows(history, { frameworks: [cfs2027] as never }));
    expect(one.issues.map((found) => found.path.join('.'))).toEqual(['history.events.3.outcome.framework']);
  });

  it('checks the history by your framework, and refuses frameworks not made by defineFramework', () => {
    const history = historyOf();
    const offScale = {
      ...history,
      events: history.events.map((event, index) =>
        index === 1
          ? { ...event, outcome: { ...(event as { outcome: object }).outcome, awardedOverall: 'good' } }
          : event,
      ),
    };
    const error = thrown(() => historyRows(offScale as never, { frameworks }));
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['history.events.1.outcome.awardedOverall', 'invalid-value'],
    ]);
    expect(thrown(() => historyRows(history, { frameworks: [{ id: 'cfs-2027' }] } as never)).code).toBe(
      'invalid-option',
    );
  });

  it('never changes the history or the options, and freezes the rows it gives', () => {
    const history = structuredClone(historyOf()) as InspectionHistory<FrameworkId | Yours>;
    const before = structuredClone(history);
    const options = { frameworks: [...frameworks] };
    const rows = historyRows(history, options);
    expect(history).toEqual(before);
    expect(Object.isFrozen(history.events)).toBe(false);
    expect(options.frameworks).toEqual(frameworks);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(rows.every((row) => Object.isFrozen(row))).toBe(true);
  });
});

import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AREA_ROWS,
  type CalendarDate,
  calendarDate,
  createInspectionHistory,
  type InspectionHistory,
  OfstedIlacsError,
  type PlanSummary,
  summarisePlan,
} from '../../src/index.js';
import { authorityHistory, compareWithNeighbours, type NeighbourComparison } from '../../src/outcomes/index.js';
import {
  COMPARISON_HEADERS,
  comparisonRows,
  HISTORY_HEADERS,
  historyRows,
  PLAN_SUMMARY_HEADERS,
  planSummaryRows,
} from '../../src/tables/index.js';
import {
  arbitraryImprovementPlan,
  arbitraryInspectionHistory,
  HULL_HISTORY,
  HULL_PLAN,
} from '../../src/testing/index.js';

const d = (text: string) => calendarDate(text);
const asOf = d('2020-03-31');

function ok<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected a value');
  return result.value;
}

/** A plain, unfrozen copy of a value, as a caller might hold it after JSON. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The error a call throws, or a failure if it returns or throws something else. */
function refusal(call: () => unknown): OfstedIlacsError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(OfstedIlacsError);
    return error as OfstedIlacsError;
  }
  throw new Error('expected a refusal');
}

const throwing = new Proxy(
  {},
  {
    get: () => {
      throw new Error('read');
    },
    ownKeys: () => {
      throw new Error('keys');
    },
    getPrototypeOf: () => {
      throw new Error('prototype');
    },
  },
);

const RI = 'Requires improvement to be good';

/** A copy of a list with a hole at its first place. */
function holed<T>(list: readonly T[]): T[] {
  const copy = [...list];
  delete copy[0];
  return copy;
}

describe('comparisonRows', () => {
  const hull = ok(compareWithNeighbours('Hull'));
  const rows = comparisonRows(hull);

  it("gives Hull, then its ten neighbours nearest first, with Ofsted's words for each grade", () => {
    expect(rows).toHaveLength(11);
    expect(rows.slice(0, 3)).toEqual([
      {
        Rank: '',
        Authority: 'Kingston upon Hull',
        'ONS code': 'E06000010',
        'Latest inspection': '2023-01-13',
        Framework: 'ILACS 2018',
        Overall: RI,
        Leaders: RI,
        'Help and protection': RI,
        'Children in care': 'Good',
        'Care leavers': '',
      },
      {
        Rank: '1',
        Authority: 'Sandwell',
        'ONS code': 'E08000028',
        'Latest inspection': '2022-07-05',
        Framework: 'ILACS 2018',
        Overall: RI,
        Leaders: RI,
        'Help and protection': RI,
        'Children in care': RI,
        'Care leavers': '',
      },
      {
        Rank: '2',
        Authority: 'Wolverhampton',
        'ONS code': 'E08000031',
        'Latest inspection': '2022-05-18',
        Framework: 'ILACS 2018',
        Overall: 'Good',
        Leaders: 'Outstanding',
        'Help and protection': 'Good',
        'Children in care': 'Good',
        'Care leavers': '',
      },
    ]);
    expect(rows.map((row) => row.Rank)).toEqual(['', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(rows.map((row) => row.Authority).slice(1)).toEqual(hull.neighbours.map((n) => n.authority.name));
  });

  it('keys every row by the headers, in order, every value text, and freezes rows and list', () => {
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...COMPARISON_HEADERS]);
      for (const value of Object.values(row)) expect(typeof value).toBe('string');
      expect(Object.isFrozen(row)).toBe(true);
    }
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(COMPARISON_HEADERS)).toBe(true);
    expect(COMPARISON_HEADERS.slice(-4)).toEqual(AREA_ROWS.map((row) => row.label));
  });

  it('agrees with the comparison it is given: overall counts, and dates written YYYY-MM-DD', () => {
    const overall = rows.slice(1).map((row) => row.Overall);
    expect(overall.filter((word) => word === 'Good')).toHaveLength(hull.overallCounts.good);
    expect(overall.filter((word) => word === RI)).toHaveLength(hull.overallCounts['requires-improvement']);
    for (const row of rows) expect(row['Latest inspection']).toMatch(/^\d{4}-\d{2}-\d{2}$|^$/);
  });

  it('leaves blank what an authority has no inspection for', () => {
    const copy = plain(hull) as unknown as { authority: Record<string, unknown> };
    copy.authority = { ...copy.authority, latest: undefined, overall: undefined, areas: {} };
    const [first] = comparisonRows(copy as unknown as NeighbourComparison);
    expect(first).toEqual({
      Rank: '',
      Authority: 'Kingston upon Hull',
      'ONS code': 'E06000010',
      'Latest inspection': '',
      Framework: '',
      Overall: '',
      Leaders: '',
      'Help and protection': '',
      'Children in care': '',
      'Care leavers': '',
    });
  });

  it('answers from a comparison as of an earlier date, SIF grades in the SIF’s words', () => {
    const earlier = comparisonRows(ok(compareWithNeighbours('Hull', { asOf: d('2016-01-01') })));
    expect(earlier[0]).toMatchObject({
      Framework: 'SIF',
      Overall: 'Requires improvement',
      'Care leavers': 'Requires improvement',
    });
  });

  it('reads its argument once, and neither changes nor freezes it', () => {
    const copy = plain(hull);
    const before = JSON.stringify(copy);
    expect(comparisonRows(copy)).toEqual(rows);
    expect(JSON.stringify(copy)).toBe(before);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(Object.isFrozen(copy.neighbours)).toBe(false);
    let reads = 0;
    const counted = { ...plain(hull) } as Record<string, unknown>;
    const authority = counted.authority;
    Object.defineProperty(counted, 'authority', {
      enumerable: true,
      get: () => {
        reads += 1;
        return authority;
      },
    });
    comparisonRows(counted as unknown as NeighbourComparison);
    expect(reads).toBe(1);
  });

  it('refuses what is not a comparison, naming the field and the fix', () => {
    const cases: [string, unknown, (string | number)[]][] = [
      ['nothing', undefined, ['comparison']],
      ['a number', 1, ['comparison']],
      ['a proxy that throws', throwing, ['comparison']],
      ['a neighbour that throws', { ...plain(hull), neighbours: [throwing] }, ['comparison', 'neighbours', 0]],
      [
        'a hole among the neighbours',
        { ...plain(hull), neighbours: holed(plain(hull).neighbours) },
        ['comparison', 'neighbours', 0],
      ],
      ['neighbours that are not a list', { ...plain(hull), neighbours: 'Sandwell' }, ['comparison', 'neighbours']],
      [
        'ranks out of order',
        { ...plain(hull), neighbours: [...plain(hull).neighbours].reverse() },
        ['comparison', 'neighbours', 0, 'rank'],
      ],
      [
        'a grade that is none',
        { ...plain(hull), authority: { ...plain(hull).authority, overall: 'great' } },
        ['comparison', 'authority', 'overall'],
      ],
      [
        'an area its framework does not have',
        { ...plain(hull), authority: { ...plain(hull).authority, areas: { careLeavers: 'good' } } },
        ['comparison', 'authority', 'areas', 'careLeavers'],
      ],
      [
        'a framework the library does not know',
        {
          ...plain(hull),
          authority: {
            ...plain(hull).authority,
            latest: { ...plain(hull).authority.latest, outcome: { framework: 'ilacs-2030', judgements: {} } },
          },
        },
        ['comparison', 'authority', 'latest', 'outcome', 'framework'],
      ],
      [
        'a name that is not text',
        { ...plain(hull), authority: { ...plain(hull).authority, authority: { name: 42 } } },
        ['comparison', 'authority', 'authority', 'name'],
      ],
    ];
    for (const [what, value, path] of cases) {
      const error = refusal(() => comparisonRows(value as NeighbourComparison));
      expect(error.code, what).toBe('invalid-argument');
      expect(
        error.issues.map((found) => found.path),
        what,
      ).toContainEqual(path);
      expect(error.message, what).toMatch(/^comparisonRows: /);
    }
  });
});

describe('historyRows', () => {
  it("gives North Northamptonshire's history with Northamptonshire's inspections named as theirs", () => {
    const north = ok(authorityHistory('North Northamptonshire', { includePredecessors: true }));
    expect(historyRows(north)).toEqual([
      {
        Date: '2016-04-27',
        Event: 'Standard inspection',
        'Days on site': 'not published',
        Published: '2016-04-27',
        Framework: 'SIF',
        Overall: 'Requires improvement',
        Leaders: 'Requires improvement',
        'Help and protection': 'Requires improvement',
        'Children in care': 'Requires improvement',
        'Care leavers': 'Requires improvement',
        'Council inspected': 'Northamptonshire',
        Note: '',
      },
      {
        Date: '2019-06-17',
        Event: 'Standard inspection',
        'Days on site': 'from 2019-06-17',
        Published: '2019-07-29',
        Framework: 'ILACS 2018',
        Overall: 'Inadequate',
        Leaders: RI,
        'Help and protection': 'Inadequate',
        'Children in care': 'Inadequate',
        'Care leavers': '',
        'Council inspected': 'Northamptonshire',
        Note: '',
      },
      {
        Date: '2022-10-03',
        Event: 'Standard inspection',
        'Days on site': 'from 2022-10-03',
        Published: '2022-11-25',
        Framework: 'ILACS 2018',
        Overall: RI,
        Leaders: RI,
        'Help and protection': RI,
        'Children in care': RI,
        'Care leavers': '',
        'Council inspected': '',
        Note: '',
      },
    ]);
  });

  it("gives Hull's history from Ofsted's record: SIF placed by its publication, ILACS by its first day", () => {
    const rows = historyRows(ok(authorityHistory('Hull')));
    expect(rows.map((row) => [row.Date, row['Days on site'], row.Published, row.Framework, row.Overall])).toEqual([
      ['2015-02-03', 'not published', '2015-02-03', 'SIF', 'Requires improvement'],
      ['2019-01-14', 'from 2019-01-14', '2019-05-17', 'ILACS 2018', 'Inadequate'],
      ['2022-11-14', 'from 2022-11-14', '2023-01-13', 'ILACS 2018', RI],
    ]);
  });

  it("gives every event of Hull's fuller history, oldest first, visits and interventions in words", () => {
    const rows = historyRows(HULL_HISTORY);
    expect(rows).toHaveLength(HULL_HISTORY.events.length);
    const dates = rows.map((row) => row.Date);
    expect([...dates].sort()).toEqual(dates);
    expect(rows.map((row) => row.Event)).toContain('Focused visit: the front door');
    expect(rows.map((row) => row.Event)).toContain('Monitoring visit 2: children in care');
    expect(rows.map((row) => row.Event)).toContain('Statutory direction issued (Education Act 1996 s.497A)');
    expect(rows[2]).toMatchObject({
      Date: '2019-01-14',
      'Days on site': '2019-01-14 to 2019-01-25',
      Overall: 'Inadequate',
      'Help and protection': 'Inadequate',
    });
    const notice = rows.find((row) => row.Event === 'Improvement notice issued');
    expect(notice).toMatchObject({ Date: '2019-05-31', 'Days on site': '', Published: '', Overall: '' });
    expect(notice?.Note).toMatch(/not verified/);
    expect(rows.at(-1)).toMatchObject({ Framework: 'ILACS 2023', Overall: 'Good', 'Care leavers': 'Outstanding' });
    for (const row of rows) expect(Object.keys(row)).toEqual([...HISTORY_HEADERS]);
  });

  it('writes a graded inspection whose kind is not known, and one judged without an overall grade', () => {
    const history = ok(
      createInspectionHistory({ name: 'Example' }, [
        {
          kind: 'graded-inspection',
          onSite: { start: d('2026-04-27') },
          published: d('2026-06-30'),
          outcome: {
            framework: 'ilacs-2026',
            judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
          },
        },
      ]),
    );
    expect(historyRows(history)[0]).toMatchObject({
      Date: '2026-04-27',
      Event: 'Graded inspection',
      'Days on site': 'from 2026-04-27',
      Framework: 'ILACS 2026',
      Overall: '',
      'Care leavers': 'Good',
    });
  });

  it('reads its argument once, and neither changes nor freezes it', () => {
    const copy = plain(HULL_HISTORY) as InspectionHistory;
    const before = JSON.stringify(copy);
    expect(historyRows(copy)).toEqual(historyRows(HULL_HISTORY));
    expect(JSON.stringify(copy)).toBe(before);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(Object.isFrozen(copy.events[0])).toBe(false);
  });

  it('refuses a history that cannot be read or breaks the rules, with the path', () => {
    const events = plain(HULL_HISTORY).events;
    const cases: [string, unknown, (string | number)[]][] = [
      ['nothing', undefined, ['history']],
      ['a proxy that throws', throwing, ['history']],
      ['an event that throws', { ...plain(HULL_HISTORY), events: [throwing] }, ['history', 'events', 0]],
      ['a hole among the events', { ...plain(HULL_HISTORY), events: holed(events) }, ['history', 'events', 0]],
      ['events out of order', { ...plain(HULL_HISTORY), events: [...events].reverse() }, ['history', 'events', 1]],
      ['events that are not a list', { ...plain(HULL_HISTORY), events: 'none' }, ['history', 'events']],
    ];
    for (const [what, value, path] of cases) {
      const error = refusal(() => historyRows(value as InspectionHistory));
      expect(error.code, what).toBe('invalid-history');
      expect(
        error.issues.map((found) => found.path),
        what,
      ).toContainEqual(path);
    }
  });

  describe('properties', () => {
    it('gives a row per event of any history, every cell text, dates YYYY-MM-DD', () => {
      fc.assert(
        fc.property(arbitraryInspectionHistory({ maxEvents: 20 }), (history) => {
          const rows = historyRows(history);
          expect(rows).toHaveLength(history.events.length);
          for (const row of rows) {
            expect(row.Date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            for (const value of Object.values(row)) expect(typeof value).toBe('string');
          }
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe('planSummaryRows', () => {
  const summary = summarisePlan(HULL_PLAN, { asOf });
  const rows = planSummaryRows(summary, HULL_PLAN);

  it("gives a row per finding of Hull's plan, with the summary's RAGs and dates", () => {
    expect(rows.map((row) => row.Finding)).toEqual(HULL_PLAN.findings.map((finding) => finding.id));
    expect(rows[3]).toEqual({
      Finding: 'F4',
      'Finding text':
        'The experiences and progress of children in care have significantly declined since the inspection.',
      Raised: '2020-02-06',
      'Raised by': 'Monitoring finding, monitoring visit 2020-01-14',
      'National Framework': '',
      Actions: '2',
      Delivery: 'Red',
      'Delivery red': '1',
      'Delivery amber': '1',
      'Delivery green': '0',
      'Delivery blue': '0',
      'Delivery not rated': '0',
      Impact: 'Not rated',
      'Impact red': '0',
      'Impact amber': '0',
      'Impact green': '0',
      'Impact blue': '0',
      'Impact not rated': '0',
      'Next due': '2020-03-20',
      'Money committed': '£4,400,000.00',
      Status: 'Open',
      'Status reason': '2 of 2 actions still open.',
    });
    expect(rows[1]).toMatchObject({ Actions: '0', Delivery: 'Not rated', 'Next due': '', 'Money committed': '' });
    for (const row of rows) expect(Object.keys(row)).toEqual([...PLAN_SUMMARY_HEADERS]);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  /** Checks each row against the summary it was made from. */
  function agrees(summarised: PlanSummary, written: readonly Readonly<Record<string, string>>[]): void {
    const words = (rag: string) => (rag === 'not-rated' ? 'Not rated' : `${rag[0]?.toUpperCase()}${rag.slice(1)}`);
    const colours = ['red', 'amber', 'green', 'blue', 'not rated'];
    expect(written).toHaveLength(summarised.findings.length);
    summarised.findings.forEach((progress, index) => {
      const row = written[index] as Readonly<Record<string, string>>;
      expect(row.Finding).toBe(progress.findingId);
      expect(row.Actions).toBe(String(progress.actions));
      expect(row.Delivery).toBe(words(progress.delivery));
      expect(row.Impact).toBe(words(progress.impact));
      expect(row['Next due']).toBe(progress.nextDue ?? '');
      expect((row.Status ?? '').toLowerCase()).toBe(progress.state);
      expect(row['Status reason']).toBe(progress.reason);
      const delivery = colours.map((colour) => Number(row[`Delivery ${colour}`]));
      expect(delivery.reduce((sum, count) => sum + count, 0)).toBe(progress.actions);
      const worstDelivery = colours.slice(0, 4).find((_, at) => (delivery[at] ?? 0) > 0) ?? 'not rated';
      expect(worstDelivery).toBe(progress.delivery.replace('-', ' '));
      const impact = colours.map((colour) => Number(row[`Impact ${colour}`]));
      const worstImpact = colours.slice(0, 4).find((_, at) => (impact[at] ?? 0) > 0) ?? 'not rated';
      expect(worstImpact).toBe(progress.impact.replace('-', ' '));
    });
  }

  it('counts that agree with the summary: actions, worst RAGs, and the money committed in all', () => {
    agrees(summary, rows);
    const pence = rows
      .map((row) => row['Money committed'])
      .filter((money) => money !== '')
      .reduce((sum, money) => sum + Math.round(Number(money.replace(/[£,]/g, '')) * 100), 0);
    expect(pence).toBe(summary.moneyCommittedPence);
    const delivery = ['red', 'amber', 'green', 'blue', 'not rated'].map((colour) =>
      rows.reduce((sum, row) => sum + Number(row[`Delivery ${colour}` as keyof (typeof rows)[number]]), 0),
    );
    expect(delivery).toEqual([
      summary.byRag.red,
      summary.byRag.amber,
      summary.byRag.green,
      summary.byRag.blue,
      summary.byRag['not-rated'],
    ]);
  });

  it("names a finding's National Framework outcomes and enablers by label, in the framework's order", () => {
    const tagged = {
      ...HULL_PLAN,
      findings: HULL_PLAN.findings.map((finding) =>
        finding.id === 'F3'
          ? { ...finding, tags: ['enabler-3-workforce', 'outcome-1-family-help', 'enabler-2-leaders'] as const }
          : finding.id === 'F4'
            ? { ...finding, tags: ['outcome-4-stable-homes'] as const }
            : finding,
      ),
    };
    const taggedSummary = summarisePlan(tagged, { asOf });
    const written = planSummaryRows(taggedSummary, tagged);
    expect(written.map((row) => row['National Framework'])).toEqual([
      '',
      '',
      'Outcome 1; Enabler 2; Enabler 3',
      'Outcome 4',
    ]);
    agrees(taggedSummary, written);
    expect(written.map((row) => ({ ...row, 'National Framework': '' }))).toEqual(rows.map((row) => ({ ...row })));
  });

  it('follows the summary’s day: later, the money and the RAGs of that day', () => {
    const later = summarisePlan(HULL_PLAN, { asOf: d('2021-03-31') });
    agrees(later, planSummaryRows(later, HULL_PLAN));
  });

  it('reads its arguments once, and neither changes nor freezes them', () => {
    const summaryCopy = plain(summary);
    const planCopy = plain(HULL_PLAN);
    const before = JSON.stringify([summaryCopy, planCopy]);
    expect(planSummaryRows(summaryCopy, planCopy)).toEqual(rows);
    expect(JSON.stringify([summaryCopy, planCopy])).toBe(before);
    expect(Object.isFrozen(summaryCopy)).toBe(false);
    expect(Object.isFrozen(planCopy.actions)).toBe(false);
  });

  it('refuses a summary that is not one, or is not the plan’s, naming the field and the fix', () => {
    const cases: [string, unknown, unknown, string, (string | number)[]][] = [
      ['no summary', undefined, HULL_PLAN, 'invalid-argument', ['summary']],
      ['a proxy that throws', throwing, HULL_PLAN, 'invalid-argument', ['summary']],
      [
        'a finding that throws',
        { ...plain(summary), findings: [throwing] },
        HULL_PLAN,
        'invalid-argument',
        ['summary', 'findings', 0],
      ],
      [
        'a hole among the findings',
        { ...plain(summary), findings: holed(plain(summary).findings) },
        HULL_PLAN,
        'invalid-argument',
        ['summary', 'findings', 0],
      ],
      [
        'a RAG that is none',
        { ...plain(summary), rags: plain(summary).rags.map((rag) => ({ ...rag, rag: 'purple' })) },
        HULL_PLAN,
        'invalid-argument',
        ['summary', 'rags', 0, 'rag'],
      ],
      [
        'counts of the wrong type',
        { ...plain(summary), findings: plain(summary).findings.map((f) => ({ ...f, actions: '3' })) },
        HULL_PLAN,
        'invalid-argument',
        ['summary', 'findings', 0, 'actions'],
      ],
      [
        "another plan's summary",
        summarisePlan({ ...HULL_PLAN, actions: HULL_PLAN.actions.slice(0, 2) }, { asOf }),
        HULL_PLAN,
        'invalid-argument',
        ['plan', 'actions'],
      ],
      [
        'a RAG changed by hand',
        { ...plain(summary), findings: plain(summary).findings.map((f) => ({ ...f, delivery: 'blue' })) },
        HULL_PLAN,
        'invalid-argument',
        ['summary', 'findings', 0],
      ],
      ['no plan', summary, undefined, 'invalid-plan', ['plan']],
      ['a plan that throws', summary, throwing, 'invalid-plan', ['plan']],
    ];
    for (const [what, value, plan, code, path] of cases) {
      const error = refusal(() => planSummaryRows(value as PlanSummary, plan as typeof HULL_PLAN));
      expect(error.code, what).toBe(code);
      expect(
        error.issues.map((found) => found.path),
        what,
      ).toContainEqual(path);
    }
  });

  describe('properties', () => {
    it("agree with any plan's summary", () => {
      fc.assert(
        fc.property(
          arbitraryImprovementPlan({ maxFindings: 6, maxActions: 12 }),
          fc.integer({ min: 0, max: 3_000 }),
          (plan, days) => {
            const day = new Date(Date.UTC(2019, 0, 1) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;
            const summarised = summarisePlan(plan, { asOf: day });
            agrees(summarised, planSummaryRows(summarised, plan));
          },
        ),
        { numRuns: 50 },
      );
    });
  });
});

describe('a CSV round trip', () => {
  const tables: [string, readonly Readonly<Record<string, string>>[]][] = [
    ['comparison', comparisonRows(ok(compareWithNeighbours('Hull')))],
    ['history', historyRows(HULL_HISTORY)],
    ['plan', planSummaryRows(summarisePlan(HULL_PLAN, { asOf }), HULL_PLAN)],
  ];

  it.each(tables)('writes the %s rows with csv-stringify and reads them back with csv-parse, unchanged', (_, rows) => {
    const csv = stringify([...rows], { header: true });
    const read: Record<string, string>[] = parse(csv, { columns: true });
    expect(read).toEqual(rows.map((row) => ({ ...row })));
  });

  it('keeps notes with quotes, commas and line breaks in their cells', () => {
    const history = ok(
      createInspectionHistory({ name: 'Example' }, [
        { kind: 'improvement-notice-issued', date: d('2019-05-31'), note: 'Said "soon", then\nlater; £4.4m, = 2+2' },
      ]),
    );
    const rows = historyRows(history);
    const read: Record<string, string>[] = parse(stringify([...rows], { header: true }), {
      columns: true,
    });
    expect(read).toEqual(rows.map((row) => ({ ...row })));
    expect(read[0]?.Note).toBe('Said "soon", then\nlater; £4.4m, = 2+2');
  });
});

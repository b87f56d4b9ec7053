import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgementHistoryChart } from '../../src/charts/index.js';
import {
  calendarDate,
  expectedNextInspection,
  findHistoryIssues,
  type GradedInspection,
  interventionRegimeOn,
  isGradedInspection,
  latestGradedInspection,
  OfstedIlacsError,
  statutoryDeadlines,
} from '../../src/index.js';
import {
  authorityHistory,
  compareWithNeighbours,
  findAuthority,
  type InspectionRecord,
  latestOfficialOutcomes,
  mergeInspections,
  nationalCounts,
  OFFICIAL_AUTHORITIES,
  OFFICIAL_INSPECTIONS,
  officialHistory,
} from '../../src/outcomes/index.js';
import { readInspectionRows } from '../../src/tables/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/index.js';
import { HULL_2019, HULL_2022, scrapeLine, scrapeRowOf, scrapeRows } from '../support/scrapeRows.js';

const d = calendarDate;
const SCRAPE = 'Data to Insight, ILACS scrape tool';

/** Reads lines of the scrape tool's file, every row expected to read. */
function readScrape(...lines: string[]): InspectionRecord[] {
  return readInspectionRows(scrapeRows(...lines), {
    columns: 'd2i-ilacs-scrape',
    source: { name: SCRAPE },
  }).map((result) => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  });
}

/** Hull's March 2026 inspection (published 18 May 2026) as the scrape tool writes it. */
const HULL_2026 = scrapeLine({
  publication_date: '18/05/26',
  inspection_start_date: '02/03/2026',
  inspection_end_date: '13/03/2026',
  overall_effectiveness_grade: 'good',
  impact_of_leaders_grade: 'outstanding',
  help_and_protection_grade: 'good',
  in_care_grade: 'good',
  care_leavers_grade: 'outstanding',
});

/** North Northamptonshire's May 2026 inspection (under the 2026 framework: no overall grade). */
const NORTH_NORTHAMPTONSHIRE_2026 = scrapeLine({
  urn: '',
  local_authority: 'north northamptonshire',
  publication_date: '10/07/26',
  inspection_start_date: '11/05/2026',
  inspection_end_date: '22/05/2026',
  overall_effectiveness_grade: 'not_reported_post_reform',
  impact_of_leaders_grade: 'good',
  help_and_protection_grade: 'requires improvement',
  in_care_grade: 'good',
  care_leavers_grade: 'good',
});

describe('mergeInspections', () => {
  const rows = readScrape(HULL_2019, HULL_2022, HULL_2026, NORTH_NORTHAMPTONSHIRE_2026);
  const merged = mergeInspections(OFFICIAL_INSPECTIONS, rows);
  if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
  const { inspections, conflicts, asOf, sources } = merged.value;

  it('joins the same inspection from two sources into one record, filling what the base lacks', () => {
    expect(inspections).toHaveLength(OFFICIAL_INSPECTIONS.length + 2);
    const hull = inspections.filter((record) => record.authority.official?.code === 'E06000010');
    expect(hull.map((record) => [record.published, record.lastDayOnSite, record.source.name])).toEqual([
      ['2015-02-03', undefined, OFFICIAL_INSPECTIONS[0]?.source.name.startsWith('Ofsted') ? expect.any(String) : ''],
      ['2019-05-17', '2019-01-25', expect.stringMatching(/^Ofsted/)],
      ['2023-01-13', '2022-11-25', expect.stringMatching(/^Ofsted/)],
      ['2026-05-18', '2026-03-13', SCRAPE],
    ]);
    expect(hull[1]?.alsoIn).toEqual([{ name: SCRAPE, row: 0 }]);
    expect(conflicts).toEqual([]);
  });

  it('says how fresh the merged list is and where it comes from', () => {
    expect(asOf).toBe('2026-07-10');
    expect(sources).toContain(SCRAPE);
    expect(sources.some((source) => source.includes('31 March 2025'))).toBe(true);
  });

  it('lists each disagreement with both sources and both values, keeping the base unless asked', () => {
    const disagreeing = readScrape(scrapeLine({ publication_date: '16/01/23', in_care_grade: 'requires improvement' }));
    const kept = mergeInspections(OFFICIAL_INSPECTIONS, disagreeing);
    expect(kept.ok && kept.value.conflicts).toEqual([
      {
        authority: 'Kingston upon Hull',
        field: ['published'],
        base: { value: '2023-01-13', source: expect.stringMatching(/^Ofsted/) },
        addition: { value: '2023-01-16', source: SCRAPE },
        kept: 'base',
      },
      {
        authority: 'Kingston upon Hull',
        field: ['outcome', 'judgements', 'childrenInCareAndCareLeavers'],
        base: { value: 'good', source: expect.stringMatching(/^Ofsted/) },
        addition: { value: 'requires-improvement', source: SCRAPE },
        kept: 'base',
      },
    ]);
    const preferred = mergeInspections(OFFICIAL_INSPECTIONS, disagreeing, { prefer: 'additions' });
    const hull2022 = preferred.ok
      ? preferred.value.inspections.find(
          (r) => r.authority.official?.code === 'E06000010' && r.firstDayOnSite === '2022-11-14',
        )
      : undefined;
    expect(hull2022?.outcome.judgements).toMatchObject({ childrenInCareAndCareLeavers: 'requires-improvement' });
    expect(hull2022?.published).toBe('2023-01-16');
    expect(preferred.ok && preferred.value.conflicts.every((c) => c.kept === 'addition')).toBe(true);
  });

  it('keeps two inspections of one authority apart when their publications are more than a few days apart', () => {
    const later = readScrape(
      scrapeLine({
        publication_date: '30/01/23',
        inspection_start_date: '05/12/2022',
        inspection_end_date: '16/12/2022',
      }),
    );
    const result = mergeInspections(OFFICIAL_INSPECTIONS, later);
    expect(result.ok && result.value.inspections).toHaveLength(OFFICIAL_INSPECTIONS.length + 1);
    const near = mergeInspections(OFFICIAL_INSPECTIONS, later, { withinDays: 30 });
    expect(near.ok && near.value.inspections).toHaveLength(OFFICIAL_INSPECTIONS.length);
  });

  it('joins the same council under its former code (reorganised codes) as one', () => {
    const barnsley = OFFICIAL_INSPECTIONS.filter(
      (r) => r.authority.official?.code === 'E08000038' && r.firstDayOnSite !== undefined,
    ).at(-1);
    if (barnsley === undefined) throw new Error('Barnsley has an ILACS inspection in the record');
    const asWritten: InspectionRecord = {
      ...barnsley,
      authority: { name: 'Barnsley', code: 'E08000016' },
      source: { name: 'a council sheet with the old code' },
    };
    const result = mergeInspections(OFFICIAL_INSPECTIONS, [asWritten]);
    expect(result.ok && result.value.inspections).toHaveLength(OFFICIAL_INSPECTIONS.length);
  });

  it('refuses what it cannot read with issues, never a raw error, and changes nothing it was given', () => {
    const record = JSON.parse(JSON.stringify(rows[2])) as InspectionRecord;
    const before = JSON.stringify(record);
    // biome-ignore lint/suspicious/noSparseArray: a list with a hole is the hostile input here
    const holey = [record, , record] as InspectionRecord[];
    expect(mergeInspections(OFFICIAL_INSPECTIONS, holey)).toMatchObject({
      ok: false,
      issues: [{ path: ['additions', 1], code: 'missing' }],
    });
    const inherited = Object.create(record) as InspectionRecord;
    const fromPrototype = mergeInspections([], [inherited]);
    // Refused whole, as every door refuses an object whose fields come from its prototype.
    expect(fromPrototype).toMatchObject({
      ok: false,
      issues: [{ path: ['additions', 0], code: 'invalid-type', params: { rule: 'plain-object' } }],
    });
    let reads = 0;
    const flaky = {
      ...record,
      get published() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return '2026-05-18';
      },
    };
    const once = mergeInspections([], [flaky as unknown as InspectionRecord]);
    expect(once.ok).toBe(true);
    expect(reads).toBe(1);
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(mergeInspections([throwing as InspectionRecord], [])).toMatchObject({
      ok: false,
      issues: [{ path: ['base', 0], code: 'unreadable' }],
    });
    expect(mergeInspections('x' as never, [])).toMatchObject({
      ok: false,
      issues: [{ path: ['base'], code: 'invalid-type' }],
    });
    expect(mergeInspections([], [{ ...record, published: '2026-03-05' as never }])).toMatchObject({
      ok: false,
      issues: [{ path: ['additions', 0, 'published'], code: 'dates-out-of-order' }],
    });
    expect(JSON.stringify(record)).toBe(before);
    expect(Object.isFrozen(record)).toBe(false);
    expect(() => mergeInspections([], [], { prefer: 'newest' as never })).toThrow(OfstedIlacsError);
  });

  it('is linear in the records: every official ILACS inspection written as a scrape row merges back into one each', () => {
    const ilacs = OFFICIAL_INSPECTIONS.filter((record) => record.firstDayOnSite !== undefined);
    const read = readInspectionRows(ilacs.map(scrapeRowOf), { columns: 'd2i-ilacs-scrape' });
    expect(read.filter((result) => !result.ok)).toEqual([]);
    const again = mergeInspections(
      OFFICIAL_INSPECTIONS,
      read.map((result) => (result as { value: InspectionRecord }).value),
    );
    expect(again.ok && again.value.inspections).toHaveLength(OFFICIAL_INSPECTIONS.length);
    expect(again.ok && again.value.conflicts).toEqual([]);
    expect(again.ok && again.value.inspections.filter((r) => r.lastDayOnSite !== undefined)).toHaveLength(ilacs.length);
  });
});

describe('answers from the caller’s inspections, with their freshness', () => {
  const merged = mergeInspections(OFFICIAL_INSPECTIONS, readScrape(HULL_2026, NORTH_NORTHAMPTONSHIRE_2026));
  const inspections = merged.ok ? merged.value.inspections : [];

  it("gives Hull's latest from the shipped record, and from a newer one", () => {
    const shipped = officialHistory('Hull');
    const current = officialHistory('Hull', { inspections });
    expect(shipped.ok && [shipped.value.asOf, shipped.value.inspections.at(-1)?.published]).toEqual([
      '2025-03-31',
      '2023-01-13',
    ]);
    expect(current.ok && [current.value.asOf, current.value.inspections.at(-1)?.published]).toEqual([
      '2026-07-10',
      '2026-05-18',
    ]);
    const latest = latestOfficialOutcomes({ inspections });
    expect(latest.inspections.find((r) => r.authority.official?.code === 'E06000010')?.outcome).toMatchObject({
      awardedOverall: 'good',
    });
    expect(latest.asOf).toBe('2026-07-10');
  });

  it('counts nationally and compares with neighbours from the same data', () => {
    const shipped = nationalCounts();
    const current = nationalCounts({ inspections });
    expect(current.overall.good).toBe(shipped.overall.good + 1);
    // Hull moves from requires improvement to good; North Northamptonshire's 2026 inspection awards no overall grade.
    expect(current.overall['requires-improvement']).toBe(shipped.overall['requires-improvement'] - 2);
    expect(current.sources).toContain(SCRAPE);
    const comparison = compareWithNeighbours('Hull', { inspections });
    expect(comparison.ok && comparison.value.authority.overall).toBe('good');
    expect(comparison.ok && comparison.value.asOf).toBe('2026-07-10');
    expect(comparison.ok && comparison.value.sources).toContain(SCRAPE);
    const asked = compareWithNeighbours('Hull', { inspections, asOf: d('2024-01-01') });
    expect(asked.ok && [asked.value.asOf, asked.value.authority.overall]).toEqual([
      '2024-01-01',
      'requires-improvement',
    ]);
  });

  it('refuses inspections it cannot read, naming the option', () => {
    expect(() => nationalCounts({ inspections: [{ authority: { name: 'Hull' } }] as never })).toThrow(
      /options\.inspections\.0/,
    );
    expect(() => latestOfficialOutcomes({ inspections: 'all' as never })).toThrow(OfstedIlacsError);
  });
});

describe('authorityHistory', () => {
  it("makes Hull's history from the shipped record, SIF days not made up", () => {
    const hull = authorityHistory('Hull');
    if (!hull.ok) throw new Error(JSON.stringify(hull.issues));
    expect(findHistoryIssues(hull.value)).toEqual([]);
    const [sif, ilacs2019] = hull.value.events as GradedInspection[];
    expect(sif).toMatchObject({ kind: 'standard-inspection', published: '2015-02-03' });
    expect(sif?.onSite).toBeUndefined();
    expect(ilacs2019?.onSite).toEqual({ start: '2019-01-14' });
    expect(hull.value.coverage).toEqual({
      asOf: '2025-03-31',
      sources: expect.any(Array),
      kinds: ['standard-inspection', 'short-inspection', 'graded-inspection'],
    });
    expect(latestGradedInspection(hull.value)?.published).toBe('2023-01-13');
    expect(interventionRegimeOn(hull.value, d('2020-06-01')).regime).toBe('none');
    expect(
      statutoryDeadlines(sif as GradedInspection).map((deadline) => [
        deadline.status,
        'startsFrom' in deadline ? deadline.startsFrom : undefined,
      ]),
    ).toEqual([
      ['due', 'published'],
      ['due', 'published'],
    ]);
  });

  it('says why it cannot count the cycle from an inspection whose days are not known', () => {
    const sifOnly = authorityHistory('Hull', {
      inspections: OFFICIAL_INSPECTIONS.filter((r) => r.outcome.framework === 'sif-2013'),
    });
    if (!sifOnly.ok) throw new Error('Hull has a SIF record');
    const next = expectedNextInspection(sifOnly.value);
    expect(next.kind).toBe('unknown');
    expect(next.reason).toMatch(/first day on site .* not give/);
  });

  it('builds a current history from newer rows, and marks a predecessor’s inspections as theirs', () => {
    const merged = mergeInspections(OFFICIAL_INSPECTIONS, readScrape(HULL_2026, NORTH_NORTHAMPTONSHIRE_2026));
    const inspections = merged.ok ? merged.value.inspections : [];
    const hull = authorityHistory('Hull', { inspections });
    expect(hull.ok && latestGradedInspection(hull.value)?.onSite).toEqual({ start: '2026-03-02', end: '2026-03-13' });
    const north = authorityHistory('North Northamptonshire', { inspections, includePredecessors: true });
    if (!north.ok) throw new Error(JSON.stringify(north.issues));
    expect(
      north.value.events.map((event) => [event.kind, 'predecessor' in event ? event.predecessor?.name : undefined]),
    ).toEqual([
      ['standard-inspection', 'Northamptonshire'],
      ['standard-inspection', 'Northamptonshire'],
      ['standard-inspection', undefined],
      ['standard-inspection', undefined],
    ]);
    const own = authorityHistory('North Northamptonshire', { inspections });
    expect(own.ok && own.value.events).toHaveLength(2);
  });

  it('refuses a query that names nothing, and two records of one inspection not merged', () => {
    expect(authorityHistory('-').ok).toBe(false);
    const twice = [...OFFICIAL_INSPECTIONS, ...readScrape(HULL_2022)];
    const result = authorityHistory('Hull', { inspections: twice });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe('overlapping-visits');
    expect(!result.ok && result.issues[0]?.message).toMatch(/merge them first/);
  });

  it('gives every current authority a history and a chart from the shipped record', () => {
    for (const authority of OFFICIAL_AUTHORITIES.filter((a) => a.current)) {
      const history = authorityHistory(authority.code, { includePredecessors: true });
      if (!history.ok) throw new Error(`${authority.name}: ${JSON.stringify(history.issues)}`);
      expect(history.value.events.every(isGradedInspection)).toBe(true);
      expect(judgementHistoryChart(history.value, { width: 640 })).toMatch(/^<svg/);
    }
  });
});

describe('rows read are rows a history accepts', () => {
  it('every record read from any rows becomes a history, or says why not', () => {
    const cell = fc.constantFrom(
      '',
      'good',
      'requires improvement',
      'inadequate',
      'outstanding',
      'standard',
      'short',
      '-',
    );
    const date = fc.constantFrom(
      '',
      '14/01/2019',
      '25/01/2019',
      '02/03/2026',
      '13/03/2026',
      '20/01/2019',
      '16/05/24',
      '17/05/19',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(date, date, date, cell, cell, cell, cell, cell, cell), { maxLength: 6 }),
        (cells) => {
          const lines = cells.map(([start, end, published, kind, overall, leaders, help, inCare, leavers]) =>
            scrapeLine({
              inspection_start_date: start,
              inspection_end_date: end,
              publication_date: published.length === 8 ? published : published.replace(/\d{4}$/, (y) => y.slice(2)),
              inspection_framework: kind,
              overall_effectiveness_grade: overall,
              impact_of_leaders_grade: leaders,
              help_and_protection_grade: help,
              in_care_grade: inCare,
              care_leavers_grade: leavers,
            }),
          );
          for (const read of readInspectionRows(scrapeRows(...lines), { columns: 'd2i-ilacs-scrape' })) {
            if (!read.ok) continue;
            const history = authorityHistory('Hull', { inspections: [read.value] });
            expect(history.ok ? [] : history.issues).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps HULL_INSPECTIONS, the worked example, in step with the record it shares', () => {
    const shipped = authorityHistory('Hull');
    const published = shipped.ok
      ? shipped.value.events.map((event) => ('published' in event ? event.published : undefined))
      : [];
    expect(HULL_INSPECTIONS.slice(1, 3).map((inspection) => inspection.published)).toEqual(published.slice(1, 3));
  });
});

describe('what an outside read of the new doors found, refused', () => {
  const hull2026 = readScrape(HULL_2026)[0] as InspectionRecord;
  const plainHull = JSON.parse(JSON.stringify(hull2026)) as InspectionRecord;

  it('refuses a record whose name and code name different councils, never resolving it to either', () => {
    const result = mergeInspections([], [{ ...plainHull, authority: { name: 'Camden', code: 'E06000010' } }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['additions', 0, 'authority', 'name'],
      code: 'invalid-value',
    });
  });

  it('refuses an inspection of a council after it was abolished, naming what it became', () => {
    const late = { ...plainHull, authority: { name: 'Northamptonshire' } };
    const result = mergeInspections([], [late]);
    expect(!result.ok && result.issues[0]?.message).toMatch(
      /Northamptonshire was abolished on 2021-04-01, before this inspection \(2026-03-02\): name North Northamptonshire or West Northamptonshire/,
    );
    const [row] = readInspectionRows(
      scrapeRows(
        scrapeLine({
          urn: '',
          local_authority: 'northamptonshire',
          inspection_start_date: '02/03/2026',
          inspection_end_date: '13/03/2026',
          publication_date: '18/05/26',
          care_leavers_grade: 'good',
        }),
      ),
      { columns: 'd2i-ilacs-scrape' },
    );
    expect(row?.ok).toBe(false);
  });

  it('counts only councils in Ofsted’s data nationally: a name that resolves to none is left out', () => {
    const [england] = readInspectionRows(scrapeRows(scrapeLine({ urn: '', local_authority: 'england' })), {
      columns: 'd2i-ilacs-scrape',
    });
    const inspections = [...OFFICIAL_INSPECTIONS, (england as { value: InspectionRecord }).value];
    expect(nationalCounts({ inspections }).authorities).toBe(nationalCounts().authorities);
    expect(latestOfficialOutcomes({ inspections }).inspections.every((r) => r.authority.official !== undefined)).toBe(
      true,
    );
  });

  it('refuses to answer from no inspections at all, rather than give a date it does not have', () => {
    expect(() => nationalCounts({ inspections: [] })).toThrow(/inspections is empty/);
    expect(mergeInspections([], [])).toMatchObject({ ok: false, issues: [{ code: 'empty' }] });
  });
});

describe('a region is not a council', () => {
  it('refuses "London" alone, and still finds the City of London by its name and codes', () => {
    expect(findAuthority('London').ok).toBe(false);
    expect(findAuthority('London Borough Council').ok).toBe(false);
    for (const query of ['City of London', 'London, City of', 'E09000001']) {
      const found = findAuthority(query);
      expect(found.ok && found.value.code, query).toBe('E09000001');
    }
  });
});

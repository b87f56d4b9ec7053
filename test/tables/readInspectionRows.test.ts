import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOutcomeIssues, type Issue, OfstedIlacsError } from '../../src/index.js';
import { OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';
import { type InspectionRecord, readInspectionRows, TABLE_PRESETS } from '../../src/tables/index.js';
import { D2I_HEADER, HULL_2015, HULL_2019, HULL_2022, scrapeLine, scrapeRows } from '../support/scrapeRows.js';

const csv = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe("the 'ofsted-ilacs-outcomes' preset: Ofsted's sheet, headers verbatim", () => {
  const rows: Record<string, string>[] = parse(csv('ofsted-la-outcomes/ilacs-history-verbatim.csv'), {
    columns: true,
    from_line: 3,
    relax_column_count: true,
  });
  const read = readInspectionRows(rows, { columns: 'ofsted-ilacs-outcomes' });

  it('reads every row, each equal to the shipped record', () => {
    expect(rows).toHaveLength(271);
    expect(read.filter((row) => !row.ok)).toEqual([]);
    const ilacs = OFFICIAL_INSPECTIONS.filter((inspection) => inspection.outcome.framework !== 'sif-2013');
    expect(ilacs).toHaveLength(271);
    for (const result of read) {
      const row = (result as { value: InspectionRecord }).value;
      const shipped = ilacs.filter(
        (inspection) =>
          inspection.authority.code === row.authority.official?.code && inspection.published === row.published,
      );
      expect(shipped, `${row.authority.name} ${row.published}`).toHaveLength(1);
      expect(row.outcome).toEqual(shipped[0]?.outcome);
      expect(row.kind).toBe(shipped[0]?.kind);
      expect(row.firstDayOnSite).toBe(shipped[0]?.firstDayOnSite);
    }
  });

  it('keeps the code as the row gives it, and resolves it to the authority as it is now', () => {
    const barnsley = read.find((row) => row.ok && row.value.authority.code === 'E08000016');
    expect(barnsley?.ok && barnsley.value.authority.official?.code).toBe('E08000038');
  });
});

const readD2i = (...lines: string[]) => readInspectionRows(scrapeRows(...lines), { columns: 'd2i-ilacs-scrape' });
const refused = (result: ReturnType<typeof readD2i>[number] | undefined) =>
  result === undefined || result.ok ? [] : result.issues.map((found: Issue) => [found.path.join(' '), found.code]);
const row = scrapeLine;

describe("the 'd2i-ilacs-scrape' preset: Data to Insight's scrape of the report PDFs", () => {
  it("reads the real rows: Hull's 2019 and 2022 inspections, and refuses the unreadable 2015 one", () => {
    const [first, second, third] = readD2i(HULL_2019, HULL_2022, HULL_2015);
    expect(first).toEqual({
      ok: true,
      value: {
        authority: {
          name: 'kingston upon hull',
          urn: '80477',
          official: expect.objectContaining({ code: 'E06000010' }),
        },
        kind: 'standard-inspection',
        firstDayOnSite: '2019-01-14',
        lastDayOnSite: '2019-01-25',
        published: '2019-05-17',
        outcome: OFFICIAL_INSPECTIONS.find((i) => i.authority.code === 'E06000010' && i.published === '2019-05-17')
          ?.outcome,
        source: { name: TABLE_PRESETS['d2i-ilacs-scrape'].source, row: 0 },
      },
    });
    // Inspected in November 2022, published in 2023: the first day decides, so ilacs-2018.
    expect(second?.ok && second.value.outcome).toEqual({
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'requires-improvement',
        helpAndProtection: 'requires-improvement',
        childrenInCareAndCareLeavers: 'good',
      },
      awardedOverall: 'requires-improvement',
    });
    // The blank first day is read from the publication (only the SIF fits), so only the grades are refused.
    expect(refused(third)).toEqual([
      ['2 impact_of_leaders_grade', 'not-a-grade'],
      ['2 help_and_protection_grade', 'not-a-grade'],
      ['2 in_care_grade', 'not-a-grade'],
      ['2 care_leavers_grade', 'not-a-grade'],
    ]);
    expect(!third?.ok && third?.issues[0]?.message).toBe(
      'impact_of_leaders_grade is "data_unreadable": expected a grade: the value could not be read from the report.',
    );
  });

  it('reads care leavers from 2023, a short inspection, and no overall from April 2026', () => {
    const [from2023, short, from2026] = readD2i(
      row({
        inspection_start_date: '06/02/2023',
        inspection_end_date: '17/02/2023',
        publication_date: '31/03/23',
        care_leavers_grade: 'good',
      }),
      row({
        inspection_framework: 'short',
        inspection_start_date: '06/03/2023',
        inspection_end_date: '10/03/2023',
        publication_date: '05/05/23',
        care_leavers_grade: 'outstanding',
      }),
      row({
        inspection_start_date: '11/05/2026',
        inspection_end_date: '22/05/2026',
        publication_date: '03/07/26',
        overall_effectiveness_grade: 'not_reported_post_reform',
        care_leavers_grade: 'good',
      }),
    );
    expect(from2023?.ok && from2023.value.outcome).toEqual({
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'requires-improvement',
        helpAndProtection: 'requires-improvement',
        childrenInCare: 'good',
        careLeavers: 'good',
      },
      awardedOverall: 'requires-improvement',
    });
    expect(short?.ok && short.value.kind).toBe('short-inspection');
    expect(from2026?.ok && from2026.value.outcome).toEqual({
      framework: 'ilacs-2026',
      judgements: {
        leaders: 'requires-improvement',
        helpAndProtection: 'requires-improvement',
        childrenInCare: 'good',
        careLeavers: 'good',
      },
    });
  });

  it('reads a SIF report, whose kind is blank, with the in-care column as children looked after', () => {
    const [sif] = readD2i(
      row({
        inspection_framework: '',
        inspection_start_date: '10/11/2014',
        inspection_end_date: '04/12/2014',
        publication_date: '03/02/15',
        care_leavers_grade: 'good',
      }),
    );
    expect(sif?.ok && sif.value).toMatchObject({
      kind: 'standard-inspection',
      outcome: {
        framework: 'sif-2013',
        judgements: { childrenLookedAfter: 'good', careLeavers: 'good', leaders: 'requires-improvement' },
      },
    });
  });

  it('refuses what cannot be read, saying what was found and what was expected', () => {
    const results = readD2i(
      row({ inspection_start_date: '14/05/2012', inspection_end_date: '25/05/2012', publication_date: '10/08/12' }),
      row({
        inspection_framework: '',
        inspection_start_date: '11/06/2018',
        inspection_end_date: '22/06/2018',
        publication_date: '24/08/18',
      }),
      row({
        overall_effectiveness_grade: 'good',
        care_leavers_grade: 'good',
        inspection_start_date: '11/05/2026',
        inspection_end_date: '22/05/2026',
        publication_date: '03/07/26',
      }),
      row({ care_leavers_grade: 'good' }),
      row({ inspection_start_date: '31/02/2022' }),
      row({ publication_date: '13/01/21' }),
      row({ in_care_grade: '' }),
      row({ local_authority: 'leeds' }),
    );
    expect(results.map(refused)).toEqual([
      [['0 inspection_start_date', 'no-framework-in-force']],
      [['1 inspection_framework', 'framework-ambiguous']],
      [['2 overall_effectiveness_grade', 'no-overall-in-framework']],
      [['3 care_leavers_grade', 'area-not-in-framework']],
      [['4 inspection_start_date', 'invalid-date']],
      [['5 publication_date', 'dates-out-of-order']],
      [['6 in_care_grade', 'missing-area']],
      [['7 local_authority', 'invalid-value']],
    ]);
    const messages = results.map((result) => (result.ok ? '' : result.issues[0]?.message));
    expect(messages[0]).toMatch(/^inspection_start_date is 2012-05-14: the report is older than every framework/);
    expect(messages[4]).toBe(
      'inspection_start_date is "31/02/2022": expected a real date from 1900 to 2199, written DD/MM/YYYY, such as 14/01/2019.',
    );
    expect(messages[7]).toBe(
      "local_authority names Leeds, but urn 80477 is Kingston upon Hull: the row's name and identifiers disagree.",
    );
  });

  it('refuses a row whose values have moved to the wrong columns, never reading it', () => {
    const cells = HULL_2022.split(',');
    const shiftedRight = ['', ...cells.slice(0, -1)].join(',');
    const shiftedLeft = [...cells.slice(1), ''].join(',');
    const [right, left] = readD2i(shiftedRight, shiftedLeft);
    expect(right?.ok).toBe(false);
    expect(left?.ok).toBe(false);
    const columns = (result: typeof right) => new Set(result?.ok ? [] : result?.issues.map((found) => found.path[1]));
    for (const column of [
      'local_authority',
      'inspection_link',
      'pdf_filename',
      'publication_date',
      'inspection_start_date',
      'parser_version',
    ]) {
      expect(columns(right).has(column), column).toBe(true);
    }
    expect(columns(left).size).toBeGreaterThanOrEqual(8);
  });

  it('reads an authority it cannot resolve as the row gives it, and never throws on any rows at all', () => {
    const [unknown] = readD2i(row({ urn: '', local_authority: 'atlantis' }));
    expect(unknown?.ok && unknown.value.authority).toEqual({ name: 'atlantis' });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...D2I_HEADER), fc.string()))),
        (rows) => {
          const results = readInspectionRows(rows, { columns: 'd2i-ilacs-scrape' });
          expect(results).toHaveLength(rows.length);
          results.forEach((result, index) => {
            if (result.ok) expect(findOutcomeIssues(result.value.outcome)).toEqual([]);
            else for (const found of result.issues) expect(found.path[0]).toBe(index);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a column map of the caller’s own', () => {
  const columns = {
    authority: 'Council',
    laNumber: 'LA',
    kind: 'Type',
    start: 'First day',
    published: 'Published',
    overall: 'OE',
    leaders: 'Leaders',
    helpAndProtection: 'Help',
    inCare: 'In care',
    careLeavers: 'Leavers',
  };

  it('reads a council spreadsheet, with its own headers and spellings', () => {
    const [hull, doncaster] = readInspectionRows(
      [
        {
          Council: 'Hull',
          LA: 810,
          Type: 'Standard',
          'First day': '2019-01-14',
          Published: '2019-05-17',
          OE: 'Inadequate',
          Leaders: 'RI',
          Help: 'Inadequate',
          'In care': 'RI',
          Leavers: '',
        },
        {
          Council: 'Doncaster',
          LA: '371',
          Type: 'ILACS Standard Inspection',
          'First day': '2025-01-27T00:00:00',
          OE: '1',
          Leaders: '1',
          Help: '2',
          'In care': '1',
          Leavers: '1',
        },
      ],
      { columns },
    );
    expect(hull?.ok && hull.value.authority).toMatchObject({
      name: 'Hull',
      laNumber: '810',
      official: { code: 'E06000010' },
    });
    expect(hull?.ok && hull.value.outcome.framework).toBe('ilacs-2018');
    expect(doncaster?.ok && doncaster.value.outcome).toEqual({
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'outstanding',
        helpAndProtection: 'good',
        childrenInCare: 'outstanding',
        careLeavers: 'outstanding',
      },
      awardedOverall: 'outstanding',
    });
  });

  it('says which column a needed area lacks', () => {
    const [read] = readInspectionRows([{ Council: 'Hull', 'First day': '2019-01-14', Type: 'standard' }], {
      columns: { authority: 'Council', start: 'First day', kind: 'Type' },
    });
    expect(refused(read)).toEqual([
      ['0 leaders', 'missing-area'],
      ['0 helpAndProtection', 'missing-area'],
      ['0 inCare', 'missing-area'],
    ]);
  });

  it('refuses a map that is not one, naming the field', () => {
    expect(() => readInspectionRows([], { columns: { authority: 'Council' } as never })).toThrowError(
      /columns\.start is missing/,
    );
    expect(() =>
      readInspectionRows([], { columns: { authority: 'A', start: 'B', children: 'C' } as never }),
    ).toThrowError(OfstedIlacsError);
    expect(() => readInspectionRows([], { columns: 'ofsted' as never })).toThrowError(/ofsted-ilacs-outcomes/);
    expect(() => readInspectionRows('rows' as never, { columns: 'd2i-ilacs-scrape' })).toThrowError(
      /rows must be a list/,
    );
    expect(Object.keys(TABLE_PRESETS)).toEqual(['ofsted-ilacs-outcomes', 'd2i-ilacs-scrape']);
  });
});

describe("what the scrape tool's file holds that a reader sees past, and what it refuses", () => {
  const warned = (result: ReturnType<typeof readD2i>[number] | undefined) =>
    result?.ok ? (result.warnings ?? []).map((found) => [found.path.join(' '), found.code]) : 'refused';

  it('reads a row with a blank first day but every grade, published 16/05/24, as ILACS 2023, with a warning', () => {
    const [read] = readD2i(
      row({
        inspection_start_date: '',
        inspection_end_date: '',
        publication_date: '16/05/24',
        care_leavers_grade: 'good',
      }),
    );
    expect(read?.ok && read.value.outcome.framework).toBe('ilacs-2023');
    expect(read?.ok && [read.value.firstDayOnSite, read.value.published]).toEqual([undefined, '2024-05-16']);
    expect(warned(read)).toEqual([['0 inspection_start_date', 'missing']]);
    expect(read?.ok && read.warnings?.[0]?.message).toMatch(
      /only framework that could have produced a report published on 2024-05-16/,
    );
  });

  it("reads a row whose kind column holds a scraper's note, where its dates decide the framework, with the kind unknown", () => {
    const note = 'inspection duration longer than standard framework';
    const [read] = readD2i(row({ inspection_framework: note }));
    expect(read?.ok && read.value.outcome.framework).toBe('ilacs-2018');
    expect(read?.ok && read.value.kind).toBeUndefined();
    expect(warned(read)).toEqual([['0 inspection_framework', 'invalid-value']]);
    expect(read?.ok && read.warnings?.[0]?.message).toMatch(/read with its kind unknown/);
    // In 2018, when SIF and ILACS inspections both ran, the dates decide nothing: refused.
    const [overlap] = readD2i(
      row({
        inspection_framework: note,
        inspection_start_date: '11/06/2018',
        inspection_end_date: '22/06/2018',
        publication_date: '24/08/18',
      }),
    );
    expect(refused(overlap)).toEqual([['0 inspection_framework', 'framework-ambiguous']]);
  });

  it('says a report is older than every framework, and what is wrong with a SIF-era report labelled standard', () => {
    const [old, labelled] = readD2i(
      row({ inspection_start_date: '', inspection_end_date: '', publication_date: '10/08/12' }),
      row({
        inspection_framework: 'standard',
        inspection_start_date: '10/11/2014',
        inspection_end_date: '04/12/2014',
        publication_date: '03/02/15',
      }),
    );
    expect(refused(old)).toEqual([['0 inspection_start_date', 'no-framework-in-force']]);
    expect(!old?.ok && old?.issues[0]?.message).toMatch(/older than every framework/);
    expect(refused(labelled)).toEqual([['1 inspection_framework', 'framework-not-in-force']]);
    expect(!labelled?.ok && labelled?.issues[0]?.message).toBe(
      'inspection_framework is "standard", but on 2014-11-10 only the SIF was in force, and it had no standard or short inspections (those are ILACS kinds): leave inspection_framework blank for a SIF inspection, or check the dates.',
    );
  });

  it('refuses a row published during its own visit, by the same rule as the timeline', () => {
    const [read] = readD2i(
      row({ inspection_start_date: '14/01/2019', inspection_end_date: '25/01/2019', publication_date: '20/01/19' }),
    );
    expect(refused(read)).toEqual([['0 publication_date', 'dates-out-of-order']]);
  });

  it('reads a council it cannot resolve with its name as written, and says so', () => {
    const [read] = readD2i(row({ urn: '', local_authority: 'atlantis' }));
    expect(read?.ok && read.value.authority).toEqual({ name: 'atlantis' });
    expect(warned(read)).toEqual([['0 local_authority', 'invalid-value']]);
    const [dash] = readD2i(row({ urn: '', local_authority: '-' }));
    expect(dash?.ok && dash.value.authority.official).toBeUndefined();
  });

  it('refuses a column map naming a header no row has, before reading any row, naming the headers it has', () => {
    const rows = [{ Council: 'Hull', Start: '2019-01-14', Publshed: '2019-05-17' }];
    expect(() =>
      readInspectionRows(rows, { columns: { authority: 'Council', start: 'Start', published: 'Published' } }),
    ).toThrowError(
      /columns\.published names "Published", a header no row has: the table's headers are "Council", "Start", "Publshed"/,
    );
  });
});

describe('the column map and source, read once', () => {
  const columns = { authority: 'Council', start: 'Start', published: 'Published' };
  const rows = [{ Council: 'Hull', Start: '2022-11-14', Published: '2023-01-13' }];

  it('refuses a map or source whose reading throws, or whose fields are inherited, with OfstedIlacsError', () => {
    const getter = {
      ...columns,
      get end(): string {
        throw new TypeError('no');
      },
    };
    expect(() => readInspectionRows(rows, { columns: getter })).toThrow(OfstedIlacsError);
    const proxy = new Proxy(columns, {
      ownKeys() {
        throw new RangeError('no');
      },
    });
    expect(() => readInspectionRows(rows, { columns: proxy })).toThrow(OfstedIlacsError);
    // Fields inherited from a prototype are not read: the map is refused as not a plain object.
    expect(() => readInspectionRows(rows, { columns: Object.create(columns) })).toThrow(
      /options\.columns must be a plain object/,
    );
    const source = {
      get name(): string {
        throw new TypeError('no');
      },
    };
    expect(() => readInspectionRows(rows, { columns, source })).toThrow(OfstedIlacsError);
  });

  it('reads each column map field once, however many rows', () => {
    let reads = 0;
    const counted = {
      ...columns,
      get authority(): string {
        reads += 1;
        return 'Council';
      },
    };
    readInspectionRows([...rows, ...rows, ...rows], { columns: counted });
    expect(reads).toBe(1);
  });

  it('reports an unreadable date once, and an unmapped publication by its field', () => {
    const [bad] = readInspectionRows([{ Council: 'Hull', Start: '2022-11-14', Published: '2023-02-30' }], { columns });
    expect(bad?.ok === false && bad.issues.map((found) => found.path.join(' '))).toEqual(['0 Published']);
    const [none] = readInspectionRows([{ Council: 'Hull', Start: '' }], {
      columns: { authority: 'Council', start: 'Start' },
    });
    expect(none?.ok === false && none.issues.map((found) => found.path[1])).toEqual(['published', 'Start']);
  });
});

import { describe, expect, it } from 'vitest';
import { defineFramework, defineScale, type Issue, OfstedIlacsError } from '../../src/index.js';
import { mergeInspections } from '../../src/outcomes/index.js';
import { type InspectionColumns, readInspectionRows } from '../../src/tables/index.js';

// A five-point scale, and a council's own review graded on it: two required areas, one optional, an overall grade.
const fivePoint = defineScale({
  id: 'five-point',
  grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
  labels: {
    exceptional: 'Exceptional',
    strong: 'Strong',
    expected: 'Expected standard',
    'needs-attention': 'Needs attention',
    'urgent-improvement': 'Urgent improvement',
  },
});
const review = defineFramework({
  id: 'council-review',
  title: 'Council practice review',
  scale: fivePoint,
  inForce: { from: '2025-04-01', until: '2027-03-31' },
  areas: [
    { id: 'safety', title: 'Keeping children safe', role: 'practice' },
    { id: 'leadership', title: 'Leadership', role: 'leadership' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true },
});
// The same areas, with no overall grade.
const noOverall = defineFramework({
  id: 'practice-audit',
  title: 'Practice audit',
  scale: fivePoint,
  inForce: { from: '2025-01-01' },
  areas: [{ id: 'safety', title: 'Keeping children safe', role: 'practice' }],
  overall: { awarded: false },
});

const columns = {
  authority: 'Council',
  start: 'First day',
  overall: 'Overall',
  framework: 'council-review',
  areas: { safety: 'Safety', leadership: 'Leadership', careLeavers: 'Care leavers' },
} as const satisfies InspectionColumns;
type Row = Record<string, string>;
const row = (cells: Row = {}): Row => ({
  Council: 'Hull',
  'First day': '2025-06-02',
  Safety: 'strong',
  Leadership: 'expected',
  'Care leavers': '',
  Overall: 'strong',
  ...cells,
});
const read = (...rows: Row[]) => readInspectionRows(rows, { columns, frameworks: [review] });
const refused = (result: { ok: boolean; issues?: readonly Issue[] } | undefined) =>
  result?.ok === false ? (result.issues ?? []).map((found) => [found.path, found.code]) : [];
/** The issues an option is refused with, each as path and code; fails the test where nothing is thrown. */
const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(OfstedIlacsError);
    expect((error as OfstedIlacsError).code).toBe('invalid-option');
    return (error as OfstedIlacsError).issues.map((found) => [found.path, found.code, found.params]);
  }
  throw new Error('expected readInspectionRows to refuse the options');
};

describe('a sheet graded under a framework of yours, read with a column map', () => {
  it('reads each grade by id or by label in any case, a blank optional area as not graded, and the overall grade', () => {
    const results = read(
      row(),
      row({
        Council: 'York',
        Safety: 'URGENT IMPROVEMENT',
        Leadership: 'Needs  attention',
        'Care leavers': 'Exceptional',
        Overall: '',
      }),
      row({ Council: 'Leeds', Safety: 'not judged', Leadership: 'not-judged', Overall: 'Expected standard' }),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    const [hull, york, leeds] = results.map((result) => (result.ok ? result.value : undefined));
    expect(hull).toEqual({
      authority: { name: 'Hull', official: expect.objectContaining({ code: 'E06000010' }) },
      firstDayOnSite: '2025-06-02',
      outcome: {
        framework: 'council-review',
        judgements: { safety: 'strong', leadership: 'expected' },
        awardedOverall: 'strong',
      },
      source: { name: 'the caller’s table, read with its own column map', row: 0 },
    });
    expect(york?.outcome).toEqual({
      framework: 'council-review',
      judgements: { safety: 'urgent-improvement', leadership: 'needs-attention', careLeavers: 'exceptional' },
    });
    expect(leeds?.outcome).toEqual({
      framework: 'council-review',
      judgements: { safety: 'not-judged', leadership: 'not-judged' },
      awardedOverall: 'expected',
    });
    expect(results[0]?.ok && results[0].warnings).toBeUndefined();
  });

  it('gives records that are frozen, and that ofsted-ilacs/outcomes refuses rather than misreads', () => {
    const [hull] = read(row());
    if (!hull?.ok) throw new Error('expected the row to read');
    expect(Object.isFrozen(hull.value)).toBe(true);
    expect(Object.isFrozen(hull.value.outcome.judgements)).toBe(true);
    const merged = mergeInspections([], [hull.value as never]);
    expect(merged.ok === false && merged.issues.map((found) => found.code)).toEqual(['unknown-framework']);
  });

  it('refuses a grade not on the scale, naming the grades, at its row and column', () => {
    const [good, overall] = read(row({ Safety: 'Good' }), row({ Overall: 'not judged' }));
    expect(refused(good)).toEqual([[[0, 'Safety'], 'unrecognised-judgement']]);
    expect(good?.ok === false && good.issues[0]?.params).toEqual({
      field: 'Safety',
      found: '"Good"',
      allowed: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement', 'not-judged'],
    });
    expect(good?.ok === false && good.issues[0]?.message).toBe(
      'Safety is "Good": expected a grade of council-review: exceptional ("Exceptional"), strong ("Strong"), expected ("Expected standard"), needs-attention ("Needs attention"), urgent-improvement ("Urgent improvement"); or not-judged.',
    );
    // An overall grade is a grade: not-judged is not one.
    expect(refused(overall)).toEqual([[[1, 'Overall'], 'unrecognised-judgement']]);
    expect(overall?.ok === false && overall.issues[0]?.params.allowed).toEqual(fivePoint.grades);
  });

  it('refuses a required area left blank, and reports every problem of a row', () => {
    const [blank] = read(row({ Leadership: ' ', Safety: 'brilliant' }));
    expect(refused(blank)).toEqual([
      [[0, 'Safety'], 'unrecognised-judgement'],
      [[0, 'Leadership'], 'missing-area'],
    ]);
    expect(blank?.ok === false && blank.issues[1]?.message).toBe(
      'Leadership is blank: council-review requires a judgement for leadership, so give its grade, or not-judged.',
    );
  });

  it('refuses a row dated outside the framework’s inForce, or with no first day, at the first day', () => {
    const [before, after, none] = read(
      row({ 'First day': '2025-03-31' }),
      row({ 'First day': '01/04/2027' }),
      row({ 'First day': '' }),
    );
    expect(before?.ok === false && before.issues).toEqual([
      expect.objectContaining({
        path: [0, 'First day'],
        code: 'framework-not-in-force',
        params: { field: 'First day', found: '"2025-03-31"', limit: '2025-04-01', rule: 'before-in-force' },
      }),
    ]);
    expect(after?.ok === false && after.issues).toEqual([
      expect.objectContaining({
        path: [1, 'First day'],
        code: 'framework-not-in-force',
        params: { field: 'First day', found: '"2027-04-01"', limit: '2027-03-31', rule: 'after-in-force' },
      }),
    ]);
    expect(refused(none)).toContainEqual([[2, 'First day'], 'missing']);
  });

  it('reads an overall column only where the framework awards one: elsewhere a value there is refused, a blank read', () => {
    const audit = {
      authority: 'Council',
      start: 'First day',
      overall: 'Overall',
      framework: 'practice-audit',
      areas: { safety: 'Safety' },
    };
    const [given, blank] = readInspectionRows([row(), row({ Overall: '' })], {
      columns: audit,
      frameworks: [review, noOverall],
    });
    expect(refused(given)).toEqual([[[0, 'Overall'], 'no-overall-in-framework']]);
    expect(given?.ok === false && given.issues[0]?.message).toBe(
      'Overall is "strong", but practice-audit awards no overall grade: leave Overall blank, or leave columns.overall out.',
    );
    expect(blank?.ok && blank.value.outcome).toEqual({ framework: 'practice-audit', judgements: { safety: 'strong' } });
  });

  it('reads the kind where the sheet gives one, and warns of a kind it does not know', () => {
    const withKind = { ...columns, kind: 'Type' };
    const [standard, note] = readInspectionRows([row({ Type: 'Standard' }), row({ Type: 'peer visit' })], {
      columns: withKind,
      frameworks: [review],
    });
    expect(standard?.ok && standard.value.kind).toBe('standard-inspection');
    expect(note?.ok && note.value.kind).toBeUndefined();
    expect(note?.ok && note.warnings?.map((found) => [found.path, found.code])).toEqual([
      [[1, 'Type'], 'invalid-value'],
    ]);
  });
});

describe('a column map that makes no sense is refused before any row is read, naming the field and the fix', () => {
  const rows = [row()];

  it('refuses areas naming an area the framework lacks, listing those it has', () => {
    const issues = thrown(() =>
      readInspectionRows(rows, {
        columns: { ...columns, areas: { ...columns.areas, quality: 'Safety' } },
        frameworks: [review],
      }),
    );
    expect(issues).toEqual([
      [
        ['options', 'columns', 'areas', 'quality'],
        'area-not-in-framework',
        { field: 'columns.areas', found: '"quality"', allowed: ['safety', 'leadership', 'careLeavers'] },
      ],
    ]);
  });

  it('refuses areas without framework', () => {
    const { framework: _, ...noFramework } = columns;
    expect(thrown(() => readInspectionRows(rows, { columns: noFramework, frameworks: [review] }))).toEqual([
      [['options', 'columns', 'framework'], 'missing', { field: 'columns.framework', rule: 'areas-need-framework' }],
    ]);
  });

  it('refuses a framework neither built-in nor among frameworks, naming those it could be', () => {
    const issues = thrown(() => readInspectionRows(rows, { columns, frameworks: [noOverall] }));
    expect(issues).toEqual([
      [
        ['options', 'columns', 'framework'],
        'unknown-framework',
        {
          field: 'columns.framework',
          found: '"council-review"',
          allowed: ['sif-2013', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026', 'practice-audit'],
        },
      ],
    ]);
    // Without the option, the library knows no framework of yours: there is no registry.
    expect(thrown(() => readInspectionRows(rows, { columns }))[0]?.[1]).toBe('unknown-framework');
  });

  it('refuses frameworks not made by defineFramework', () => {
    for (const frameworks of [[{ ...review }], review, [review, undefined]]) {
      expect(thrown(() => readInspectionRows(rows, { columns, frameworks } as never))).toEqual([
        [['options', 'frameworks'], 'invalid-type', expect.objectContaining({ rule: 'defined-frameworks' })],
      ]);
    }
    const twice = thrown(() => readInspectionRows(rows, { columns, frameworks: [review, review] }));
    expect(twice.map(([path, code]) => [path, code])).toEqual([[['options', 'frameworks'], 'duplicate-id']]);
  });

  it('refuses an area header no row has, naming the headers the table has', () => {
    const issues = thrown(() =>
      readInspectionRows(rows, {
        columns: { ...columns, areas: { ...columns.areas, careLeavers: 'Leavers' } },
        frameworks: [review],
      }),
    );
    expect(issues).toEqual([
      [
        ['options', 'columns', 'areas', 'careLeavers'],
        'invalid-value',
        {
          field: 'columns.areas.careLeavers',
          found: '"Leavers"',
          allowed: ['Council', 'First day', 'Safety', 'Leadership', 'Care leavers', 'Overall'],
          rule: 'no-such-header',
        },
      ],
    ]);
  });

  it('refuses a required area without a column, a framework of yours without areas, and built-in grade columns under it', () => {
    const { areas: _, ...noAreas } = columns;
    expect(
      thrown(() =>
        readInspectionRows(rows, { columns: { ...columns, areas: { safety: 'Safety' } }, frameworks: [review] }),
      ),
    ).toEqual([
      [
        ['options', 'columns', 'areas', 'leadership'],
        'missing-area',
        { field: 'columns.areas.leadership', allowed: ['safety', 'leadership', 'careLeavers'], rule: 'required-area' },
      ],
    ]);
    expect(
      thrown(() => readInspectionRows(rows, { columns: noAreas, frameworks: [review] })).map((i) => i.slice(0, 2)),
    ).toEqual([[['options', 'columns', 'areas'], 'missing']]);
    expect(
      thrown(() =>
        readInspectionRows(rows, { columns: { ...columns, leaders: 'Leadership' }, frameworks: [review] }),
      ).map((i) => i.slice(0, 2)),
    ).toEqual([[['options', 'columns', 'leaders'], 'invalid-value']]);
  });

  it('refuses areas that are not a map of headers, and a framework that is not an id', () => {
    const bad = (changed: Record<string, unknown>) =>
      thrown(() =>
        readInspectionRows(rows, { columns: { ...columns, ...changed } as never, frameworks: [review] }),
      ).map((i) => i.slice(0, 2));
    expect(bad({ areas: ['Safety'] })).toEqual([[['options', 'columns', 'areas'], 'invalid-type']]);
    expect(bad({ areas: { safety: 3, leadership: '' } })).toEqual([
      [['options', 'columns', 'areas', 'safety'], 'invalid-type'],
      [['options', 'columns', 'areas', 'leadership'], 'invalid-type'],
    ]);
    expect(bad({ framework: 2025 })).toEqual([[['options', 'columns', 'framework'], 'invalid-type']]);
  });
});

describe('a built-in framework fixed by the column map', () => {
  const sheet = {
    Council: 'Hull',
    'First day': '2023-06-05',
    Leaders: 'Good',
    Help: 'RI',
    'In care': 'good',
    Leavers: 'Outstanding',
    OE: 'Good',
  };
  const fixed = {
    authority: 'Council',
    start: 'First day',
    overall: 'OE',
    framework: 'ilacs-2023',
    areas: { leaders: 'Leaders', helpAndProtection: 'Help', childrenInCare: 'In care', careLeavers: 'Leavers' },
  };
  const byDates = {
    authority: 'Council',
    start: 'First day',
    overall: 'OE',
    leaders: 'Leaders',
    helpAndProtection: 'Help',
    inCare: 'In care',
    careLeavers: 'Leavers',
  };

  it('reads its areas by their ids, as the dates would read them, and refuses a row dated outside it', () => {
    const [fixedRead, outside] = readInspectionRows([sheet, { ...sheet, 'First day': '2019-01-14' }], {
      columns: fixed,
    });
    const [datesRead] = readInspectionRows([sheet], { columns: byDates });
    expect(fixedRead?.ok && fixedRead.value.outcome).toEqual(datesRead?.ok && datesRead.value.outcome);
    expect(fixedRead?.ok && fixedRead.value.outcome.framework).toBe('ilacs-2023');
    expect(fixedRead?.ok && fixedRead.warnings?.[0]?.message).toMatch(/columns\.framework names ilacs-2023/);
    expect(refused(outside)).toEqual([[[1, 'First day'], 'framework-not-in-force']]);
  });

  it('takes the framework from the map where the dates alone cannot say (SIF and ILACS both ran in 2018)', () => {
    const row2018 = {
      Council: 'Torbay',
      'First day': '2018-06-11',
      Leaders: 'Inadequate',
      Help: 'Inadequate',
      'In care': 'Inadequate',
      OE: 'Inadequate',
    };
    const { careLeavers: _, ...noLeavers } = byDates;
    const [ambiguous] = readInspectionRows([row2018], { columns: noLeavers });
    expect(refused(ambiguous)).toEqual([[[0, 'First day'], 'framework-ambiguous']]);
    const [sif] = readInspectionRows([row2018], { columns: { ...noLeavers, framework: 'sif-2013' } });
    expect(sif?.ok && sif.value.outcome.framework).toBe('sif-2013');
  });

  it('refuses areas beside the grade columns, and an area tables are not read for', () => {
    expect(
      thrown(() => readInspectionRows([sheet], { columns: { ...fixed, leaders: 'Leaders' } })).map((i) =>
        i.slice(0, 2),
      ),
    ).toEqual([[['options', 'columns', 'leaders'], 'invalid-value']]);
    const sif = {
      ...fixed,
      framework: 'sif-2013',
      areas: { leaders: 'Leaders', helpAndProtection: 'Help', childrenLookedAfter: 'In care', adoption: 'Leavers' },
    };
    expect(thrown(() => readInspectionRows([sheet], { columns: sif }))).toEqual([
      [
        ['options', 'columns', 'areas', 'adoption'],
        'invalid-value',
        expect.objectContaining({ field: 'columns.areas.adoption', rule: 'not-read-from-tables' }),
      ],
    ]);
  });
});

describe("the caller's rows and options", () => {
  it('are never changed, and each option is read once', () => {
    const rows = [row(), row({ Safety: 'Good' })];
    const areas = { ...columns.areas };
    const frameworks = [review];
    const options = { columns: { ...columns, areas }, frameworks, source: { name: 'Peer review tracker' } };
    const before = JSON.stringify({ rows, options });
    const results = readInspectionRows(rows, options);
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    expect(JSON.stringify({ rows, options })).toBe(before);
    expect([rows, rows[0], options, options.columns, areas, frameworks].some(Object.isFrozen)).toBe(false);
    expect(results[0]?.ok && results[0].value.source).toEqual({ name: 'Peer review tracker', row: 0 });

    let reads = 0;
    const counted = {
      columns,
      get frameworks() {
        reads += 1;
        return [review];
      },
    };
    readInspectionRows([row(), row(), row()], counted);
    expect(reads).toBe(1);
  });

  it('reads the map of areas once, however many rows', () => {
    let reads = 0;
    const areas = {
      leadership: 'Leadership',
      get safety() {
        reads += 1;
        return 'Safety';
      },
    };
    const results = readInspectionRows([row(), row(), row()], { columns: { ...columns, areas }, frameworks: [review] });
    expect(results.every((result) => result.ok)).toBe(true);
    expect(reads).toBe(1);
  });
});

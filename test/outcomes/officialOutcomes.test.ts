import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/index.js';
import {
  findAuthority,
  latestOfficialOutcomes,
  nationalCounts,
  OFFICIAL_AUTHORITIES,
  OFFICIAL_INSPECTIONS,
  OFFICIAL_OUTCOMES_VINTAGE,
  officialHistory,
} from '../../src/outcomes/index.js';
import { parseInspectionOutcome } from '../../src/schema/index.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';

const fromCsv = loadOfficialInspections();

describe("ofsted-ilacs/outcomes against Ofsted's CSV", () => {
  it('holds every row, each equal to the CSV read through the library’s parsers', () => {
    expect(OFFICIAL_INSPECTIONS).toHaveLength(fromCsv.length);
    const key = (code: string, published: string) => `${code} ${published}`;
    // Ofsted's CSV keeps Barnsley's and Sheffield's codes from before April 2025; the shipped
    // authorities have their current codes, and the old ones among their former codes.
    const shipped = new Map(
      OFFICIAL_INSPECTIONS.flatMap((i) =>
        [i.authority.code ?? '', ...(i.authority.official?.formerCodes ?? []).map((former) => former.code)].map(
          (code) => [key(code, i.published ?? ''), i],
        ),
      ),
    );
    expect(new Set(shipped.values()).size).toBe(fromCsv.length);
    for (const row of fromCsv) {
      const record = shipped.get(key(row.laCode, row.publicationDate));
      expect(record?.outcome, `${row.laName} ${row.publicationDate}`).toEqual(row.outcome);
      expect(record?.firstDayOnSite).toBe(row.inspectionDate === '' ? undefined : row.inspectionDate);
      expect(record?.kind).toBe(row.inspectionType === 'Short Inspection' ? 'short-inspection' : 'standard-inspection');
    }
  });

  it('round-trips every record through the schemas with nothing lost', () => {
    for (const inspection of OFFICIAL_INSPECTIONS) {
      expect(parseInspectionOutcome(JSON.parse(JSON.stringify(inspection.outcome)))).toEqual({
        ok: true,
        value: inspection.outcome,
      });
    }
  });

  it('is frozen, with its vintage and attribution', () => {
    expect(Object.isFrozen(OFFICIAL_INSPECTIONS)).toBe(true);
    expect(Object.isFrozen(OFFICIAL_INSPECTIONS[0]?.outcome.judgements)).toBe(true);
    expect(Object.isFrozen(OFFICIAL_AUTHORITIES[0])).toBe(true);
    expect(OFFICIAL_OUTCOMES_VINTAGE.asAt).toBe('2025-03-31');
    expect(OFFICIAL_OUTCOMES_VINTAGE.attribution).toMatch(/Open Government Licence v3\.0/);
  });

  it('is imported by no other entry but ofsted-ilacs/tables, which resolves authorities with it (the charts read a comparison, which holds no data)', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const importers = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.startsWith('outcomes') && !file.startsWith('tables'))
      .filter((file) =>
        /^import (?!type )[^;]*from '[./]*\/?outcomes\/(?!comparisonRead\.js')/m.test(
          readFileSync(`${src}${file}`, 'utf8'),
        ),
      );
    expect(importers).toEqual([]);
    const reader = readFileSync(`${src}outcomes/comparisonRead.ts`, 'utf8');
    expect(reader).not.toMatch(/^import (?!type )[^;]*from '\.\/(officialData|authorities|officialOutcomes)\.js'/m);
  });
});

describe('lookups', () => {
  it.each(['Hull', 'Kingston upon Hull', 'KINGSTON UPON HULL', 'Hull City Council', 'E06000010', 'e06000010'])(
    'find Hull from %j',
    (query) => {
      const found = findAuthority(query);
      expect(found.ok && found.value.code).toBe('E06000010');
    },
  );

  it.each([
    ['Hammersmith and Fulham', 'E09000013'],
    ['Telford & Wrekin', 'E06000020'],
    ['Bournemouth', 'E06000028'],
    ['Bournemouth, Christchurch and Poole', 'E06000058'],
  ])('find %j', (query, code) => {
    const found = findAuthority(query);
    expect(found.ok && found.value.code).toBe(code);
  });

  it('refuse an ambiguous or unknown name, saying what to do', () => {
    const ambiguous = findAuthority('Kingston');
    expect(!ambiguous.ok && ambiguous.issues[0]?.message).toBe(
      '"Kingston" could be Kingston upon Hull (E06000010) or Kingston upon Thames (E09000021): use the full name or the ONS code.',
    );
    expect(!findAuthority('Atlantis').ok).toBe(true);
    expect(!findAuthority(' ').ok && findAuthority(' ')).toMatchObject({ issues: [{ code: 'empty' }] });
    expect(findAuthority(10 as unknown as string)).toMatchObject({ ok: false, issues: [{ code: 'invalid-type' }] });
  });

  it("give an authority's graded history, oldest first", () => {
    const hull = officialHistory('Hull');
    expect(hull.ok && hull.value.inspections.map((i) => [i.published, i.outcome.framework, i.sifRound])).toEqual([
      ['2015-02-03', 'sif-2013', 'first'],
      ['2019-05-17', 'ilacs-2018', undefined],
      ['2023-01-13', 'ilacs-2018', undefined],
    ]);
    expect(officialHistory('Atlantis').ok).toBe(false);
  });

  it('give each current authority’s latest outcome, and national counts that add up', () => {
    const latest = latestOfficialOutcomes();
    expect(latest.inspections).toHaveLength(OFFICIAL_AUTHORITIES.filter((a) => a.current).length);
    expect(latestOfficialOutcomes({ includeAbolished: true }).inspections).toHaveLength(OFFICIAL_AUTHORITIES.length);
    expect(latest.asOf).toBe('2025-03-31');
    const counts = nationalCounts();
    expect(Object.values(counts.overall).reduce((a, b) => a + b, 0)).toBe(counts.authorities);
    expect(counts).toEqual({
      asOf: '2025-03-31',
      sources: [...OFFICIAL_OUTCOMES_VINTAGE.sources].reverse(),
      authorities: 153,
      overall: { outstanding: 36, good: 67, 'requires-improvement': 31, inadequate: 19 },
    });
    const early = nationalCounts({ asOf: calendarDate('2014-12-31') });
    expect(early.authorities).toBeLessThan(counts.authorities);
    expect(
      latestOfficialOutcomes({ asOf: calendarDate('2014-12-31') }).inspections.every(
        (i) => (i.published ?? '') <= '2014-12-31',
      ),
    ).toBe(true);
  });
});

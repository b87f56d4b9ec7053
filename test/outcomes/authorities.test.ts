import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, isJudgement } from '../../src/index.js';
import {
  AUTHORITY_CHANGES,
  AUTHORITY_DATA_VINTAGE,
  compareWithNeighbours,
  findAuthority,
  OFFICIAL_AUTHORITIES,
  OFFICIAL_INSPECTIONS,
  officialHistory,
  statisticalNeighbours,
} from '../../src/outcomes/index.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/la-lookup/${path}`, import.meta.url));
const lookup: Record<string, string>[] = parse(readFileSync(fixture('authorities.csv'), 'utf8'), {
  columns: true,
  bom: true,
});
const numbers = (cell: string | undefined) =>
  (cell ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');

describe("authorities, by every identifier in Data to Insight's lookup", () => {
  it('has a row of the lookup for every authority but the two abolished in 2019 before it began', () => {
    expect(lookup).toHaveLength(156);
    const missing = OFFICIAL_AUTHORITIES.filter((a) => !lookup.some((row) => row.la_code_new === a.code));
    expect(missing.map((a) => a.code)).toEqual(['E06000028', 'E10000009']);
  });

  it.each(lookup.map((row) => [row.local_authority_ons_name as string, row] as const))(
    'finds %s by ONS code, DfE number, URN and every name',
    (_, row) => {
      const code = row.la_code_new as string;
      const queries = [
        code,
        code.toLowerCase(),
        row.la_code as string,
        row.urn as string,
        row.local_authority_ons_name as string,
        ` ${(row.local_authority_ons_name as string).toUpperCase()}  `,
      ];
      for (const query of queries) {
        const found = findAuthority(query);
        expect(found.ok && found.value.code, query).toBe(code);
      }
      const authority = OFFICIAL_AUTHORITIES.find((a) => a.code === code);
      expect(authority?.laNumber).toBe(row.la_code);
      expect(authority?.urn).toBe(row.urn);
    },
  );

  it.each([
    ['Hull', 'E06000010'],
    ['Kingston upon Hull, City of', 'E06000010'],
    ['kingston  upon   hull', 'E06000010'],
    ['Bournemouth, Christchurch & Poole', 'E06000058'],
    ['bournemouth christchurch and poole', 'E06000058'],
    ['BCP', 'E06000058'],
    ['Bristol, City of', 'E06000023'],
    ['St. Helens', 'E08000013'],
    ['E08000016', 'E08000038'],
    ['E08000019', 'E08000039'],
    ['E10000023', 'E06000065'],
    ['E10000027', 'E06000066'],
    ['Dorset', 'E06000059'],
    ['E10000009', 'E10000009'],
    ['835', 'E10000009'],
    ['Cumbria', 'E10000006'],
  ])('finds %j as %s', (query, code) => {
    const found = findAuthority(query);
    expect(found.ok && found.value.code).toBe(code);
  });

  it('records each reorganisation both ways, with the day and its order', () => {
    const linked = (code: string) => OFFICIAL_AUTHORITIES.find((a) => a.code === code);
    expect(linked('E06000058')?.predecessors.map((l) => [l.name, l.change.on])).toEqual([
      ['Bournemouth', '2019-04-01'],
      ['Poole', '2019-04-01'],
    ]);
    expect(linked('E10000021')?.successors.map((l) => [l.name, l.change.on])).toEqual([
      ['North Northamptonshire', '2021-04-01'],
      ['West Northamptonshire', '2021-04-01'],
    ]);
    expect(linked('E10000006')?.successors.map((l) => l.name)).toEqual(['Cumberland', 'Westmorland and Furness']);
    expect(linked('E06000059')?.predecessors.map((l) => l.code)).toEqual(['E10000009']);
    expect(linked('E08000038')?.formerCodes).toEqual([{ code: 'E08000016', until: '2025-04-01' }]);
    expect(linked('E06000065')?.formerCodes).toEqual([{ code: 'E10000023', until: '2023-04-01' }]);
    for (const change of AUTHORITY_CHANGES) {
      expect(change.source.length).toBeGreaterThan(10);
      for (const code of change.kind === 'reorganised' ? [...change.from, ...change.to] : change.to) {
        expect(linked(code), code).toBeDefined();
      }
    }
    const abolished = OFFICIAL_AUTHORITIES.filter((a) => !a.current);
    expect(abolished.map((a) => a.name).sort()).toEqual([
      'Bournemouth',
      'Cumbria',
      'Dorset',
      'Northamptonshire',
      'Poole',
    ]);
    for (const authority of abolished) expect(authority.successors.length, authority.name).toBeGreaterThan(0);
  });

  it('ships the lookup’s MIT notice with the data derived from it', () => {
    const provenance = readFileSync(fixture('PROVENANCE.md'), 'utf8');
    const notice = (provenance.split('\n---\n')[1] ?? '').trim();
    expect(notice).toMatch(/^MIT License\n\nCopyright/);
    expect(AUTHORITY_DATA_VINTAGE.notice).toBe(notice);
    const generated = readFileSync(new URL('../../src/outcomes/officialData.ts', import.meta.url), 'utf8');
    const flat = (text: string) => text.replace(/\n \* ?/g, ' ').replace(/\s+/g, ' ');
    expect(flat(generated)).toContain(flat(notice));
  });
});

describe('names that name nothing', () => {
  const nameWords = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((word) => word !== '');
  const identifiers = (a: (typeof OFFICIAL_AUTHORITIES)[number]) => [
    a.code,
    ...a.formerCodes.map((former) => former.code),
    a.laNumber,
    ...(a.urn === undefined ? [] : [a.urn]),
  ];
  const filler = ['council', 'city', 'of', 'the', 'county', 'borough', 'metropolitan', 'royal', 'upon', 'and', 'with'];

  it.each([
    '-',
    '???',
    'Council',
    'The',
    '😀',
    'City of',
    'the Council',
    'County Borough Council',
    '&',
    'and',
    'with',
    '…',
  ])('refuses %j, which names no authority, saying what to give', (query) => {
    const found = findAuthority(query);
    expect(found.ok).toBe(false);
    expect(!found.ok && found.issues).toEqual([
      expect.objectContaining({
        path: [],
        code: 'invalid-value',
        message: expect.stringMatching(/names no authority: give/),
      }),
    ]);
  });

  it.each([
    ['City of London', 'E09000001'],
    ['London, City of', 'E09000001'],
    ['city of london', 'E09000001'],
    ['E09000001', 'E09000001'],
    ['201', 'E09000001'],
    ['80450', 'E09000001'],
    ['Ｈｕｌｌ', 'E06000010'],
    ['ＫＩＮＧＳＴＯＮ　ＵＰＯＮ　ＨＵＬＬ', 'E06000010'],
    ['Ｅ０６００００１０', 'E06000010'],
    ['Hull City Council', 'E06000010'],
    ['Royal Borough of Kingston upon Thames', 'E09000021'],
    ['Brighton ＆ Hove', 'E06000043'],
  ])('still finds %j as %s', (query, code) => {
    const found = findAuthority(query);
    expect(found.ok && found.value.code).toBe(code);
  });

  it('refuses a name with a letter added rather than match the nearest authority', () => {
    expect(findAuthority('Hullé').ok).toBe(false);
    expect(findAuthority('Hull\u0334').ok).toBe(false);
  });

  describe('properties', () => {
    const realWords = [...new Set(OFFICIAL_AUTHORITIES.flatMap((a) => [a.name, ...a.otherNames].flatMap(nameWords)))];
    const punctuation = fc.constantFrom(
      '-',
      '?',
      '!',
      '.',
      ',',
      "'",
      '’',
      '&',
      '(',
      ')',
      '/',
      '—',
      '…',
      '·',
      '＿',
      '＆',
      '！',
      '\u00a0',
      '\u200b',
      '\u0301',
      '😀',
      '🏴',
      '👍🏽',
      '🇬🇧',
    );
    const separator = fc.constantFrom(' ', ', ', '-', '  ', '. ', '&', '\u3000');
    const fullWidth = (text: string) =>
      text.replace(/[!-~]/g, (c) => String.fromCodePoint((c.codePointAt(0) as number) + 0xfee0));
    const word = fc.oneof(
      fc.constantFrom(...filler, 'London', 'Council', 'CITY', 'Ｃｏｕｎｃｉｌ'),
      fc.constantFrom(...realWords),
      fc.constantFrom(...realWords).map(fullWidth),
      fc.constantFrom(...realWords).map((w) => w.toUpperCase()),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    const queries = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.array(punctuation, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')),
      fc
        .array(fc.tuple(fc.constantFrom(...filler, 'London', 'Council', 'THE', 'Ｃｉｔｙ'), separator), {
          minLength: 1,
          maxLength: 5,
        })
        .map((parts) => parts.flat().join('')),
      fc
        .array(fc.tuple(word, fc.oneof(separator, punctuation)), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.flat().join('')),
      fc.constantFrom(...OFFICIAL_AUTHORITIES.flatMap(identifiers)).map((id) => ` ${id.toLowerCase()} `),
      fc.constantFrom(...OFFICIAL_AUTHORITIES.flatMap(identifiers)).map(fullWidth),
    );

    it('answers a query only with an authority it shares a word or an identifier with', () => {
      fc.assert(
        fc.property(queries, (query) => {
          const found = findAuthority(query);
          if (!found.ok) return;
          const authority = found.value;
          const ownWords = new Set([authority.name, ...authority.otherNames].flatMap(nameWords));
          const sharesWord = nameWords(query).some((w) => ownWords.has(w));
          const sharesId = identifiers(authority).includes(query.normalize('NFKC').trim().toUpperCase());
          expect(sharesWord || sharesId, `${JSON.stringify(query)} found ${authority.name}`).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });

    it('refuses any query made only of punctuation, emoji and the words councils add to their names', () => {
      const nothing = fc
        .array(fc.oneof(punctuation, separator, fc.constantFrom(...filler, 'Council', 'THE', 'Ｃｉｔｙ', 'ｏｆ')), {
          minLength: 1,
          maxLength: 8,
        })
        .map((parts) => parts.join(' '));
      fc.assert(
        fc.property(nothing, (query) => {
          expect(findAuthority(query).ok, JSON.stringify(query)).toBe(false);
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('statistical neighbours', () => {
  it.each(lookup.filter((row) => row.stat_neighbours !== '').map((row) => [row.la_code_new as string, row] as const))(
    '%s: the ten of each release, in the DfE tool’s order',
    (code, row) => {
      for (const [release, cell] of [
        ['latest', row.stat_neighbours],
        ['previous', row.stat_neighbours_previous],
      ] as const) {
        const found = statisticalNeighbours(code, { release });
        expect(found.ok && found.value.neighbours.map((n) => n.laNumber), release).toEqual(numbers(cell));
      }
      const latest = statisticalNeighbours(code);
      // The lookup's codes column still has some former codes (Sheffield's E08000019): compare current codes.
      const current = (code: string) => {
        const found = findAuthority(code);
        return found.ok ? found.value.code : code;
      };
      expect(latest.ok && latest.value.neighbours.map((n) => n.code)).toEqual(
        numbers(row.stat_neighbours_la_code).map(current),
      );
    },
  );

  it("gives Hull's, Sandwell first, with the source and its date", () => {
    const hull = statisticalNeighbours('Hull');
    expect(hull.ok && hull.value.neighbours[0]).toMatchObject({ name: 'Sandwell', code: 'E08000028' });
    expect(hull.ok && hull.value.source).toMatch(/statistical neighbour benchmarking tool/);
    expect(hull.ok && hull.value.asAt).toBe('2026-07-18');
  });

  it('refuses an abolished authority, naming its successors', () => {
    const cumbria = statisticalNeighbours('Cumbria');
    expect(!cumbria.ok && cumbria.issues[0]?.message).toBe(
      'Cumbria was abolished on 2023-04-01 and has none: ask for Cumberland or Westmorland and Furness.',
    );
    expect(() => statisticalNeighbours('Hull', { release: 'newest' as 'latest' })).toThrow(/release/);
  });
});

describe('an authority beside its neighbours', () => {
  it.each([undefined, '2019-12-31', '2022-06-30'])('agrees with the published outcomes as at %s', (asOf) => {
    const comparison = compareWithNeighbours('Hull', asOf === undefined ? {} : { asOf: calendarDate(asOf) });
    if (!comparison.ok) throw new Error(comparison.issues[0]?.message);
    const { authority, neighbours, overallCounts, areaCounts } = comparison.value;
    const until = asOf ?? '9999-12-31';
    for (const row of [authority, ...neighbours]) {
      const expected = OFFICIAL_INSPECTIONS.filter(
        (i) => i.authority.code === row.authority.code && (i.published ?? '') <= until,
      ).at(-1);
      expect(row.latest).toBe(expected);
      expect(row.areas).toEqual(expected?.outcome.judgements ?? {});
    }
    expect(neighbours.map((n) => n.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Object.values(overallCounts).reduce((a, b) => a + b, 0)).toBe(10);
    for (const grade of Object.keys(overallCounts)) {
      expect(overallCounts[grade as keyof typeof overallCounts]).toBe(
        neighbours.filter((n) => (n.overall ?? 'none') === grade).length,
      );
    }
    for (const [area, counts] of Object.entries(areaCounts)) {
      for (const [grade, count] of Object.entries(counts)) {
        expect(count).toBe(neighbours.filter((n) => n.areas[area] === grade).length);
        expect(isJudgement(grade) || grade === 'not-judged').toBe(true);
      }
    }
  });

  it('shows what a performance report shows for Hull at the data’s date', () => {
    const hull = compareWithNeighbours('Hull');
    expect(hull.ok && hull.value.authority.overall).toBe('requires-improvement');
    expect(hull.ok && hull.value.overallCounts).toEqual({
      outstanding: 1,
      good: 4,
      'requires-improvement': 4,
      inadequate: 1,
      none: 0,
    });
    expect(hull.ok && hull.value.sources.length).toBe(3);
  });
});

describe('histories with predecessors', () => {
  it("marks each predecessor's inspection as such, in date order", () => {
    const bcp = officialHistory('BCP', { includePredecessors: true });
    expect(
      bcp.ok && bcp.value.inspections.map((i) => [i.published, i.authority.name, i.asPredecessorOf?.code]),
    ).toEqual([
      ['2014-06-30', 'Bournemouth', 'E06000058'],
      ['2017-11-24', 'Poole', 'E06000058'],
      ['2018-08-24', 'Bournemouth', 'E06000058'],
      ['2022-02-11', 'Bournemouth, Christchurch & Poole', undefined],
      ['2025-01-29', 'Bournemouth, Christchurch & Poole', undefined],
    ]);
    const own = officialHistory('BCP');
    expect(own.ok && own.value.inspections).toHaveLength(2);
    const westmorland = officialHistory('Westmorland and Furness', { includePredecessors: true });
    expect(
      westmorland.ok &&
        westmorland.value.inspections.every((i) => i.asPredecessorOf !== undefined || i.authority.code === 'E06000064'),
    ).toBe(true);
    expect(westmorland.ok && westmorland.value.inspections.some((i) => i.authority.name === 'Cumbria')).toBe(true);
    expect(() => officialHistory('BCP', { includePredecessors: 'yes' as unknown as boolean })).toThrow(
      /includePredecessors/,
    );
  });
});

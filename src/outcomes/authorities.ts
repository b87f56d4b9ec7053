import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Problem } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { fail, issue, type Result, shorten, succeed } from '../result/result.js';
import { AUTHORITY_ROWS } from './officialData.js';

/**
 * The kind of council an authority is, as ONS classes it.
 *
 * @example
 * ```ts
 * import { type AuthorityType, findAuthority } from 'ofsted-ilacs/outcomes';
 *
 * const found = findAuthority('Hull');
 * const type: AuthorityType | undefined = found.ok ? found.value.type : undefined;
 * console.log(type); // 'unitary'
 * ```
 *
 * @category Authorities
 */
export type AuthorityType = 'county' | 'unitary' | 'metropolitan-district' | 'london-borough';

/**
 * One change that made or ended an authority: the councils before and after, the day,
 * what happened, and the order or source that says so. `confirmed` is false where the
 * day is not from a primary source (the month is).
 *
 * @example
 * ```ts
 * import { AUTHORITY_CHANGES, type AuthorityChange } from 'ofsted-ilacs/outcomes';
 *
 * const first: AuthorityChange | undefined = AUTHORITY_CHANGES[0];
 * console.log(first?.on, first?.what); // '2019-04-01' 'Bournemouth and Poole, with Christchurch (then in Dorset county), became Bournemouth, Christchurch and Poole.'
 * ```
 *
 * @category Authorities
 */
export interface AuthorityChange {
  readonly on: CalendarDate;
  /** `reorganised`: councils abolished and others made; `recoded`: the same council under a new ONS code. */
  readonly kind: 'reorganised' | 'recoded';
  /** ONS codes of the councils before the change. */
  readonly from: readonly string[];
  /** ONS codes of the councils after it. */
  readonly to: readonly string[];
  readonly what: string;
  readonly source: string;
  readonly confirmed: boolean;
}

/**
 * Every change to the children's services authorities since the first SIF inspection,
 * oldest first. Frozen; `findAuthority` reads former codes, predecessors and successors
 * from it.
 *
 * @example
 * ```ts
 * import { AUTHORITY_CHANGES } from 'ofsted-ilacs/outcomes';
 *
 * for (const change of AUTHORITY_CHANGES) console.log(change.on, change.kind, change.from, '->', change.to);
 * ```
 *
 * @category Authorities
 */
export const AUTHORITY_CHANGES: readonly AuthorityChange[] = /* @__PURE__ */ deepFreeze([
  {
    on: '2019-04-01' as CalendarDate,
    kind: 'reorganised',
    from: ['E06000028', 'E06000029'],
    to: ['E06000058'],
    what: 'Bournemouth and Poole, with Christchurch (then in Dorset county), became Bournemouth, Christchurch and Poole.',
    source: 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018',
    confirmed: true,
  },
  {
    on: '2019-04-01' as CalendarDate,
    kind: 'reorganised',
    from: ['E10000009'],
    to: ['E06000059'],
    what: 'Dorset county, without Christchurch, became the unitary Dorset council.',
    source: 'The Bournemouth, Dorset and Poole (Structural Changes) Order 2018',
    confirmed: true,
  },
  {
    on: '2021-04-01' as CalendarDate,
    kind: 'reorganised',
    from: ['E10000021'],
    to: ['E06000061', 'E06000062'],
    what: 'Northamptonshire was divided into North Northamptonshire and West Northamptonshire.',
    source: 'The Northamptonshire (Structural Changes) Order 2020',
    confirmed: true,
  },
  {
    on: '2023-04-01' as CalendarDate,
    kind: 'reorganised',
    from: ['E10000006'],
    to: ['E06000063', 'E06000064'],
    what: 'Cumbria was divided into Cumberland and Westmorland and Furness.',
    source: 'The Cumbria (Structural Changes) Order 2022',
    confirmed: true,
  },
  {
    on: '2023-04-01' as CalendarDate,
    kind: 'recoded',
    from: ['E10000023'],
    to: ['E06000065'],
    what: 'North Yorkshire became a unitary council, with a new code.',
    source: 'The North Yorkshire (Structural Changes) Order 2022',
    confirmed: true,
  },
  {
    on: '2023-04-01' as CalendarDate,
    kind: 'recoded',
    from: ['E10000027'],
    to: ['E06000066'],
    what: 'Somerset became a unitary council, with a new code.',
    source: 'The Somerset (Structural Changes) Order 2022',
    confirmed: true,
  },
  {
    on: '2025-04-01' as CalendarDate,
    kind: 'recoded',
    from: ['E08000016'],
    to: ['E08000038'],
    what: 'Barnsley took a new code after a change to its boundary with Sheffield.',
    source: 'ONS codes, April 2025, as Data to Insight’s lookup records them (the day is assumed)',
    confirmed: false,
  },
  {
    on: '2025-04-01' as CalendarDate,
    kind: 'recoded',
    from: ['E08000019'],
    to: ['E08000039'],
    what: 'Sheffield took a new code after a change to its boundary with Barnsley.',
    source: 'ONS codes, April 2025, as Data to Insight’s lookup records them (the day is assumed)',
    confirmed: false,
  },
] as const);

/**
 * Where the authorities' identifiers and statistical neighbours come from, and the
 * licence of that data, with its notice, which travels with every copy.
 *
 * @example
 * ```ts
 * import { AUTHORITY_DATA_VINTAGE } from 'ofsted-ilacs/outcomes';
 *
 * console.log(AUTHORITY_DATA_VINTAGE.neighbours.source);
 * console.log(AUTHORITY_DATA_VINTAGE.licence); // 'MIT'
 * ```
 *
 * @category Authorities
 */
export const AUTHORITY_DATA_VINTAGE = /* @__PURE__ */ deepFreeze({
  identifiers: {
    source:
      'Data to Insight, ILACS scrape tool (github.com/JT-39/ofsted-ilacs-scrape-tool), import_data/la_lookup/Provider_data_lookup.csv',
    asAt: '2026-07-18' as CalendarDate,
  },
  neighbours: {
    source:
      'DfE, children’s services statistical neighbour benchmarking tool, as recorded in Data to Insight’s lookup (ten neighbours, nearest first, and the ten of the tool’s earlier release)',
    asAt: '2026-07-18' as CalendarDate,
  },
  licence: 'MIT',
  notice: [
    'MIT License',
    '',
    'Copyright (c) 2019',
    '',
    'Permission is hereby granted, free of charge, to any person obtaining a copy',
    'of this software and associated documentation files (the "Software"), to deal',
    'in the Software without restriction, including without limitation the rights',
    'to use, copy, modify, merge, publish, distribute, sublicense, and/or sell',
    'copies of the Software, and to permit persons to whom the Software is',
    'furnished to do so, subject to the following conditions:',
    '',
    'The above copyright notice and this permission notice shall be included in all',
    'copies or substantial portions of the Software.',
    '',
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR',
    'IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,',
    'FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE',
    'AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER',
    'LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,',
    'OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE',
    'SOFTWARE.',
  ].join('\n'),
} as const);

/**
 * A local authority whose children's services Ofsted has inspected, with every
 * identifier the sector joins on: the ONS code (current, or the last one an abolished
 * authority had) and the codes it had before, the DfE's three-digit number, Ofsted's URN,
 * and the councils it came from or became.
 *
 * @example
 * ```ts
 * import { findAuthority, type OfficialAuthority } from 'ofsted-ilacs/outcomes';
 *
 * const found = findAuthority('810');
 * const hull: OfficialAuthority | undefined = found.ok ? found.value : undefined;
 * console.log(hull?.name, hull?.code, hull?.urn); // 'Kingston upon Hull' 'E06000010' '80477'
 * ```
 *
 * @category Authorities
 */
export interface OfficialAuthority {
  /** The ONS (GSS) code: the current one, or the last one an abolished authority had. */
  readonly code: string;
  /** The name Ofsted's statistics use. */
  readonly name: string;
  /** Other names in use: the ONS name and names people write ("Hull", "BCP"). */
  readonly otherNames: readonly string[];
  /** Ofsted's region, as its statistics name it. */
  readonly region: string;
  /** False for authorities abolished before the data's date (Bournemouth, Northamptonshire, ...). */
  readonly current: boolean;
  /** The DfE's local authority number, as text: `'810'`. */
  readonly laNumber: string;
  /** Ofsted's unique reference number for the authority's children's services, as text; absent where not published. */
  readonly urn?: string;
  readonly type: AuthorityType;
  /** Codes the authority had before, with the day each ended. */
  readonly formerCodes: readonly { readonly code: string; readonly until: CalendarDate }[];
  /** The councils it was made from, with the change. */
  readonly predecessors: readonly AuthorityLink[];
  /** The councils it became, with the change. */
  readonly successors: readonly AuthorityLink[];
}

/**
 * Another authority, by code and name, and the change that links the two.
 *
 * @example
 * ```ts
 * import { type AuthorityLink, findAuthority } from 'ofsted-ilacs/outcomes';
 *
 * const bcp = findAuthority('Bournemouth, Christchurch & Poole');
 * const before: readonly AuthorityLink[] = bcp.ok ? bcp.value.predecessors : [];
 * console.log(before.map((link) => `${link.name} until ${link.change.on}`)); // ['Bournemouth until 2019-04-01', 'Poole until 2019-04-01']
 * ```
 *
 * @category Authorities
 */
export interface AuthorityLink {
  readonly code: string;
  readonly name: string;
  readonly change: AuthorityChange;
}

const TYPES: readonly AuthorityType[] = ['county', 'unitary', 'metropolitan-district', 'london-borough'];

/** The authorities, in ONS code order, with their links, built once. */
function buildAuthorities(): OfficialAuthority[] {
  const names = new Map(AUTHORITY_ROWS.map((row) => [row[0], row[1]]));
  const link = (code: string, change: AuthorityChange): AuthorityLink => ({
    code,
    name: names.get(code) ?? code,
    change,
  });
  return AUTHORITY_ROWS.map(([code, name, current, region, laNumber, urn, type, others]) => {
    const formerCodes = AUTHORITY_CHANGES.filter((c) => c.kind === 'recoded' && c.to.includes(code)).flatMap((c) =>
      c.from.map((from) => ({ code: from, until: c.on })),
    );
    const reorganised = AUTHORITY_CHANGES.filter((c) => c.kind === 'reorganised');
    return {
      code,
      name,
      otherNames: others === '' ? [] : others.split('|'),
      region,
      current: current === 1,
      laNumber,
      ...(urn !== '' && { urn }),
      type: TYPES.find((t) => t === type) as AuthorityType,
      formerCodes,
      predecessors: reorganised.filter((c) => c.to.includes(code)).flatMap((c) => c.from.map((from) => link(from, c))),
      successors: reorganised.filter((c) => c.from.includes(code)).flatMap((c) => c.to.map((to) => link(to, c))),
    };
  });
}

/**
 * Every authority in Ofsted's published outcomes, current and abolished, in ONS code
 * order, with its identifiers. Frozen.
 *
 * @example
 * ```ts
 * import { OFFICIAL_AUTHORITIES } from 'ofsted-ilacs/outcomes';
 *
 * console.log(OFFICIAL_AUTHORITIES.filter((authority) => authority.current).length); // 153
 * ```
 *
 * @category Authorities
 */
export const OFFICIAL_AUTHORITIES: readonly OfficialAuthority[] = /* @__PURE__ */ deepFreeze(buildAuthorities());

/** Words councils add to their names, which name no council on their own. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'city',
  'county',
  'borough',
  'metropolitan',
  'royal',
  'london',
  'council',
  'of',
  'the',
  'upon',
]);

/** Words that join the parts of a name, which name no council on their own either. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'with']);

/**
 * Unicode's compatibility form ("Ｈｕｌｌ" as "Hull"), lower case, "&" as "and", words
 * of letters and digits only, and none of the words councils add to their names; a name
 * of filler alone is marked to match only itself (the City of London). Empty when the
 * name names nothing: punctuation, emoji, or only filler and joining words.
 */
function normaliseName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('&', ' and ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
  const kept = words.filter((word) => !FILLER_WORDS.has(word));
  if (kept.length > 0) return kept.some((word) => !JOINING_WORDS.has(word)) ? kept.join(' ') : '';
  // A name of filler alone (the City of London's) is kept whole but for "of", "the" and
  // "council", in one order, and marked so that it matches only a name of the same words:
  // "London, City of" finds the City of London; "London" alone, a region, finds nothing.
  const whole = words.filter((word) => word === 'city' || word === 'london' || word === 'royal' || word === 'borough');
  return whole.includes('london') ? `=${[...new Set(whole)].sort().join(' ')}` : '';
}

interface AuthorityIndex {
  /** By ONS code (current and former), DfE number and URN. */
  readonly byIdentifier: ReadonlyMap<string, OfficialAuthority>;
  /** By each name and other name, normalised. */
  readonly byName: ReadonlyMap<string, readonly OfficialAuthority[]>;
  /** Each authority with its names, normalised and padded with spaces for whole-word search. */
  readonly names: readonly (readonly [OfficialAuthority, readonly string[]])[];
}

let index: AuthorityIndex | undefined;

/** The lookup tables, built on the first search. */
function authorityIndex(): AuthorityIndex {
  if (index !== undefined) return index;
  const byIdentifier = new Map<string, OfficialAuthority>();
  const byName = new Map<string, OfficialAuthority[]>();
  const names: [OfficialAuthority, string[]][] = [];
  for (const authority of OFFICIAL_AUTHORITIES) {
    for (const id of [authority.code, ...authority.formerCodes.map((former) => former.code), authority.laNumber]) {
      byIdentifier.set(id, authority);
    }
    if (authority.urn !== undefined) byIdentifier.set(authority.urn, authority);
    const normalised = [...new Set([authority.name, ...authority.otherNames].map(normaliseName))].filter(
      (name) => name !== '',
    );
    for (const name of normalised) byName.set(name, [...(byName.get(name) ?? []), authority]);
    names.push([authority, normalised.map((name) => ` ${name} `)]);
  }
  index = { byIdentifier, byName, names };
  return index;
}

/** Of several authorities, the one current authority, if exactly one is current. */
function theCurrentOne(found: readonly OfficialAuthority[]): readonly OfficialAuthority[] {
  const current = found.filter((authority) => authority.current);
  return current.length === 1 ? current : found;
}

/**
 * Finds an authority by any identifier the sector uses, or by name, and never throws:
 * the ONS code (current or former: Barnsley's `'E08000016'` finds Barnsley), the DfE's
 * number (`'810'`), Ofsted's URN (`'80477'`), or a name written any way people write
 * it ("Hull", "Kingston upon Hull, City of", "Bournemouth, Christchurch & Poole", any
 * case or spacing, full-width "Ｈｕｌｌ"). A name that a current and an abolished authority
 * share (Dorset) finds the current one; use the code for the other. An ambiguous name is
 * refused with the candidates named, and so is a query that names nothing: punctuation,
 * emoji, or only the words councils add to their names ("council", "city of", "the").
 *
 * @example
 * ```ts
 * import { findAuthority } from 'ofsted-ilacs/outcomes';
 *
 * for (const query of ['Hull', 'kingston upon hull, city of', 'E06000010', '810', '80477']) {
 *   const found = findAuthority(query);
 *   console.log(found.ok && found.value.code); // 'E06000010' each time
 * }
 * const ambiguous = findAuthority('Kingston');
 * if (!ambiguous.ok) console.log(ambiguous.issues[0]?.message); // names Kingston upon Hull and Kingston upon Thames
 * console.log(findAuthority('E08000016').ok); // true: Barnsley, by the code it had before April 2025
 * console.log(findAuthority('City Council').ok); // false: it names no council
 * ```
 *
 * @category Authorities
 */
export function findAuthority(query: string): Result<OfficialAuthority> {
  if (typeof query !== 'string' || query.trim() === '') {
    return fail([
      issue(
        [],
        typeof query === 'string' ? 'empty' : 'invalid-type',
        'Give an authority’s name or identifier as text, such as "Kingston upon Hull", "E06000010" (ONS), "810" (DfE) or "80477" (Ofsted URN).',
        { field: 'query', found: describeValue(query) },
      ),
    ]);
  }
  const { byIdentifier, byName, names } = authorityIndex();
  const byId = byIdentifier.get(query.normalize('NFKC').trim().toUpperCase());
  if (byId !== undefined) return succeed(byId);
  const wanted = normaliseName(query);
  if (wanted === '') {
    return fail([
      issue(
        [],
        'invalid-value',
        `"${shorten(query)}" names no authority: give a council's own name, such as "Kingston upon Hull" or "Hull" (not only words like "council" or "city of"), or its ONS code, DfE number or Ofsted URN.`,
        { field: 'query', found: `"${shorten(query)}"`, rule: 'no-name' },
      ),
    ]);
  }
  const exact = theCurrentOne(byName.get(wanted) ?? []);
  const found =
    exact.length > 0 || wanted.startsWith('=')
      ? exact
      : names.filter(([, padded]) => padded.some((name) => name.includes(` ${wanted} `))).map(([a]) => a);
  if (found.length === 1) return succeed(found[0] as OfficialAuthority);
  if (found.length === 0) {
    return fail([
      issue(
        [],
        'invalid-value',
        `No authority in Ofsted's data is called "${shorten(query)}": check the spelling, or use its ONS code, DfE number or Ofsted URN.`,
        { field: 'query', found: `"${shorten(query)}"`, rule: 'no-match' },
      ),
    ]);
  }
  return fail([
    issue(
      [],
      'invalid-value',
      `"${shorten(query)}" could be ${found.map((a) => `${a.name} (${a.code}${a.current ? '' : ', abolished'})`).join(' or ')}: use the full name or the ONS code.`,
      { field: 'query', found: `"${shorten(query)}"`, allowed: found.map((a) => a.code), rule: 'ambiguous' },
    ),
  ]);
}

/** Whether one authority was made from the other, or became it. @internal */
export function linkedAuthorities(a: OfficialAuthority, b: OfficialAuthority): boolean {
  return [...b.predecessors, ...b.successors].some((link) => link.code === a.code);
}

/**
 * Why an authority cannot be the one inspected on a day, if it was abolished before it:
 * the sentence names the day and its successors, and the params the field that named it
 * (`field`), the authority, its successors and the day it was abolished. `undefined` when
 * the day is not known or the authority still stood then.
 *
 * @internal
 */
export function abolishedBefore(
  authority: OfficialAuthority,
  day: CalendarDate | undefined,
  field: string,
): Required<Problem> | undefined {
  const change = authority.successors[0]?.change;
  if (day === undefined || change === undefined || day < change.on) return undefined;
  const successors = authority.successors.map((link) => link.name);
  return {
    code: 'invalid-value',
    message: `${authority.name} was abolished on ${change.on}, before this inspection (${day}): name ${successors.join(' or ')}, which it became.`,
    params: { field, found: `"${authority.name}"`, allowed: successors, limit: change.on, rule: 'abolished' },
  };
}

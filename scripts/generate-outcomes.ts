/**
 * Writes src/outcomes/officialData.ts from Ofsted's published outcomes
 * (test/fixtures/ofsted-la-outcomes/inspections.csv): one compact line per inspection,
 * decoded and checked by src/outcomes. test/outcomes checks every decoded record against
 * the CSV, read through the library's own parsers. Each authority's identifiers and
 * statistical neighbours come from Data to Insight's lookup
 * (test/fixtures/la-lookup/authorities.csv, MIT: its notice is written into the output).
 *
 *   npm run generate
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const csvPath = fileURLToPath(new URL('../test/fixtures/ofsted-la-outcomes/inspections.csv', import.meta.url));
const lookupPath = fileURLToPath(new URL('../test/fixtures/la-lookup/authorities.csv', import.meta.url));
const provenancePath = fileURLToPath(new URL('../test/fixtures/la-lookup/PROVENANCE.md', import.meta.url));
const outPath = fileURLToPath(new URL('../src/outcomes/officialData.ts', import.meta.url));

type Row = Record<string, string>;
const rows: Row[] = parse(readFileSync(csvPath, 'utf8'), { columns: true });

const GRADE: Record<string, string> = {
  Outstanding: 'O',
  Good: 'G',
  'Requires improvement': 'R',
  Inadequate: 'I',
  '': '-',
};
const letter = (cell: string | undefined) => {
  const code = GRADE[cell ?? ''];
  if (code === undefined) throw new Error(`not a grade: ${cell}`);
  return code;
};

/** The framework letter and the columns in that framework's area order, overall first. */
function encode(row: Row): [string, string[]] {
  if (row.framework === 'SIF') {
    return ['S', ['overall', 'help_protection', 'children_in_care', 'adoption', 'care_leavers', 'leaders', 'lscb']];
  }
  if (row.children_in_care_scope === 'children in care and care leavers') {
    return ['8', ['overall', 'leaders', 'help_protection', 'children_in_care']];
  }
  return ['3', ['overall', 'leaders', 'help_protection', 'children_in_care', 'care_leavers']];
}

const TYPE: Record<string, string> = {
  'First SIF': 'F',
  'SIF re-inspection': 'R',
  'Standard Inspection': 'S',
  'Short Inspection': 'H',
};

// Each authority once, with the name, status and region of its latest row.
const authorities = new Map<string, { name: string; current: boolean; region: string }>();
for (const row of [...rows].sort((a, b) => ((a.publication_date ?? '') < (b.publication_date ?? '') ? -1 : 1))) {
  authorities.set(row.la_code as string, {
    name: row.la_name as string,
    current: (row.la_status as string).startsWith('Current'),
    region: (row.region as string).replace('and The Humber', 'and the Humber'),
  });
}

// The lookup's row for each authority, by the code it has now. Ofsted's outcomes still use
// Barnsley's and Sheffield's codes from before April 2025.
const lookup: Row[] = parse(readFileSync(lookupPath, 'utf8'), { columns: true, bom: true });
const RECODED: Record<string, string> = { E08000016: 'E08000038', E08000019: 'E08000039' };
const byCode = new Map(lookup.map((row) => [row.la_code_new as string, row]));
const byLaNumber = new Map(lookup.map((row) => [row.la_code as string, row]));

// Two authorities abolished in April 2019 are not in the lookup: their DfE numbers are
// those of the DfE's local authority list (Get Information About Schools); Ofsted's URNs
// for them are not given.
const MISSING: Record<string, { laNumber: string; type: string }> = {
  E06000028: { laNumber: '837', type: 'Unitary Authority' },
  E10000009: { laNumber: '835', type: 'County' },
};
// Types the lookup leaves blank for abolished authorities.
const BLANK_TYPES: Record<string, string> = { E10000021: 'County', E06000029: 'Unitary Authority' };
const TYPE_IDS: Record<string, string> = {
  'London Borough': 'london-borough',
  'Metropolitan District': 'metropolitan-district',
  'Unitary Authority': 'unitary',
  County: 'county',
};
// The lookup's other names, as lists (its cell for BCP has a comma inside one name).
const OTHER_NAMES: Record<string, string[]> = {
  E06000058: ['BCP', 'Bournemouth, Christchurch & Poole'],
};

function otherNames(code: string, name: string, row: Row | undefined): string[] {
  if (row === undefined) return [];
  const given =
    OTHER_NAMES[code] ??
    (row.also_known_as ?? '')
      .replace(/^\[|\]$/g, '')
      .split(', ')
      .filter((alias) => alias !== '');
  const seen = new Set([name.toLowerCase()]);
  return [row.local_authority_ons_name as string, ...given].filter((alias) => {
    const known = seen.has(alias.toLowerCase());
    seen.add(alias.toLowerCase());
    return !known;
  });
}

/**
 * Up to ten DfE numbers, checked to name authorities in the lookup. The latest release
 * has ten for every current authority; the earlier one has nine for Cumberland and for
 * Westmorland and Furness, as the tool gave them.
 */
function neighbours(cell: string | undefined, of: string, wanted: number): string {
  const numbers = (cell ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (numbers.length !== 0 && numbers.length < wanted) throw new Error(`${of}: ${numbers.length} neighbours`);
  for (const n of numbers) if (!byLaNumber.has(n)) throw new Error(`${of}: neighbour ${n} is not in the lookup`);
  return numbers.join(' ');
}

const codes = [...authorities.keys()].sort((a, b) => {
  const [x, y] = [RECODED[a] ?? a, RECODED[b] ?? b];
  return x < y ? -1 : x > y ? 1 : 0;
});
const authorityLines = codes.map((code) => {
  const a = authorities.get(code)!;
  const current = RECODED[code] ?? code;
  const row = byCode.get(current);
  const missing = MISSING[code];
  if (row === undefined && missing === undefined) throw new Error(`${a.name} (${code}) is not in the lookup`);
  const laNumber = row?.la_code ?? missing?.laNumber ?? '';
  const type = TYPE_IDS[(row?.ons_la_type || BLANK_TYPES[code] || missing?.type) ?? ''];
  if (type === undefined) throw new Error(`${a.name}: no type`);
  const cells = [
    current,
    a.name,
    a.current ? 1 : 0,
    a.region,
    laNumber,
    row?.urn ?? '',
    type,
    otherNames(code, a.name, row).join('|'),
    neighbours(row?.stat_neighbours, a.name, 10),
    neighbours(row?.stat_neighbours_previous, a.name, 9),
  ];
  return `  [${cells.map((cell) => JSON.stringify(cell)).join(', ')}],`;
});
for (const row of lookup) {
  if (!codes.some((code) => (RECODED[code] ?? code) === row.la_code_new)) {
    throw new Error(`${row.local_authority_ons_name} is in the lookup but has no inspection`);
  }
}
const notice = readFileSync(provenancePath, 'utf8').split('\n---\n')[1]?.trim();
if (notice === undefined || !notice.startsWith('MIT License')) throw new Error('the MIT notice was not found');

const lines = rows.map((row) => {
  const [framework, columns] = encode(row);
  const type = TYPE[row.inspection_type as string];
  if (type === undefined) throw new Error(`unknown inspection type ${row.inspection_type}`);
  return `'${codes.indexOf(row.la_code as string)}|${framework}|${type}|${row.inspection_date}|${row.publication_date}|${columns.map((c) => letter(row[c])).join('')}',`;
});

writeFileSync(
  outPath,
  `// Generated by scripts/generate-outcomes.ts from Ofsted's published outcomes and Data to
// Insight's local authority lookup. Do not edit.
// Contains public sector information licensed under the Open Government Licence v3.0.
/*!
 * The authorities' identifiers, other names and statistical neighbours are derived from
 * Provider_data_lookup.csv of Data to Insight's ILACS scrape tool
 * (github.com/JT-39/ofsted-ilacs-scrape-tool), used under this licence:
 *
${notice
  .split('\n')
  .map((line) => ` * ${line}`.trimEnd())
  .join('\n')}
 */

/**
 * Authorities: ONS code (current, or the last one), name, 1 if current at the data's date,
 * region, DfE number, Ofsted URN, type, other names (|), ten statistical neighbours as DfE
 * numbers nearest first, and the ten of the benchmarking tool's earlier release.
 *
 * @internal
 */
export const AUTHORITY_ROWS: readonly (readonly [
  string,
  string,
  0 | 1,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
])[] = [
${authorityLines.join('\n')}
];

/**
 * Inspections, one a line: authority index | framework (S sif-2013, 8 ilacs-2018,
 * 3 ilacs-2023) | type (F first SIF, R SIF re-inspection, S standard, H short) | first day
 * on site (ILACS only) | published | grades in the framework's area order, overall first
 * (O, G, R, I; - not judged or not given).
 *
 * @internal
 */
export const INSPECTION_ROWS: readonly string[] = [
${lines.map((line) => `  ${line}`).join('\n')}
];
`,
);
console.log(`wrote ${rows.length} inspections of ${codes.length} authorities to ${outPath}`);

/**
 * `npm run bench`: every figure of the performance table, measured in one run on this
 * machine, each beside the baseline a user would otherwise pick (date-fns, a hand-written
 * loop or guard, an empty Node start), as the median of several rounds. It reads the
 * built package by its name (`dist/`, as users run it), so `npm run bench` builds first.
 *
 * Benchmarks report; they never fail on speed. The size budgets in `.size-limit.json`
 * fail the build on size.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { addBusinessDays, differenceInBusinessDays } from 'date-fns';
import { build } from 'esbuild';
import {
  addWorkingDays,
  type CalendarDate,
  deriveOverallEffectiveness,
  type ImprovementAction,
  type ImprovementPlan,
  type InspectionOutcome,
  summarisePlan,
  workingDaysBetween,
} from 'ofsted-ilacs';
import { judgementHistoryChart } from 'ofsted-ilacs/charts';
import { authorityHistory, mergeInspections, OFFICIAL_AUTHORITIES, OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
import { parseImprovementPlan, parseInspectionOutcome } from 'ofsted-ilacs/schema';
import { readInspectionRows } from 'ofsted-ilacs/tables';
import { HULL_PLAN } from 'ofsted-ilacs/testing';
import { medianMs } from './timing.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const day = (date: string) => new Date(`${date}T00:00:00Z`);
const shift = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as CalendarDate;

interface Row {
  readonly what: string;
  readonly library: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
}
const rows: Row[] = [];

/**
 * Nanoseconds a call for the library and for the baseline, each the median of several
 * rounds of `calls` calls, the two measured in alternate rounds so that a busy moment of
 * the machine falls on both.
 */
function paired(
  calls: number,
  library: (index: number) => unknown,
  baseline: (index: number) => unknown,
): [number, number] {
  const loop = (run: (index: number) => unknown) => () => {
    for (let i = 0; i < calls; i += 1) run(i);
  };
  const [ours, theirs] = [loop(library), loop(baseline)];
  for (let warm = 0; warm < 3; warm += 1) {
    ours();
    theirs();
  }
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < 11; round += 1) {
    times[0].push(medianMs(ours, 1));
    times[1].push(medianMs(theirs, 1));
  }
  const median = (list: number[]) => ((list.sort((x, y) => x - y)[5] as number) * 1e6) / calls;
  return [median(times[0]), median(times[1])];
}

function speed(what: string, [library, baseline]: [number, number], baselineName: string, target: string): void {
  rows.push({
    what,
    library: `${library.toFixed(0)} ns`,
    baseline: `${baseline.toFixed(0)} ns (${baselineName})`,
    ratio: `${(library / baseline).toFixed(2)}x`,
    target,
  });
}

// 1. Deriving and parsing, over Ofsted's 444 published inspections.
const outcomes: InspectionOutcome[] = OFFICIAL_INSPECTIONS.map((inspection) => inspection.outcome);
const inputs: unknown[] = outcomes.map((outcome) => JSON.parse(JSON.stringify(outcome)));
const o = outcomes.length;
/** The baselines the targets were set against: a bare loop over the judgements, and a hand-written guard. */
function bareLoop(outcome: InspectionOutcome): boolean {
  return Object.values(outcome.judgements).some((grade) => grade === 'inadequate');
}
const GRADES = new Set(['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged']);
function guard(value: unknown): value is InspectionOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { framework, judgements } = value as { framework?: unknown; judgements?: unknown };
  if (typeof framework !== 'string' || typeof judgements !== 'object' || judgements === null) return false;
  return Object.values(judgements).every((grade) => GRADES.has(grade as string));
}
speed(
  'deriveOverallEffectiveness, on the published outcomes as the library gives them (frozen)',
  paired(
    100_000,
    (i) => deriveOverallEffectiveness(outcomes[i % o] as InspectionOutcome),
    (i) => bareLoop(outcomes[i % o] as InspectionOutcome),
  ),
  'a bare loop over the judgements',
  '3x (goal 2x)',
);
speed(
  'deriveOverallEffectiveness, on plain copies (checked on every call)',
  paired(
    100_000,
    (i) => deriveOverallEffectiveness(inputs[i % o] as InspectionOutcome),
    (i) => bareLoop(inputs[i % o] as InspectionOutcome),
  ),
  'a bare loop over the judgements',
  'reported',
);
speed(
  'parseInspectionOutcome',
  paired(
    100_000,
    (i) => parseInspectionOutcome(inputs[i % o]),
    (i) => guard(inputs[i % o]),
  ),
  'a hand-written type guard',
  '2.5x',
);

// 2. Working days: 500 start dates over 2019-2026, as text for the library and as Dates for date-fns.
const starts = Array.from({ length: 500 }, (_, i) => shift('2019-01-07', i * 5));
const startDates = starts.map(day);
const ends = starts.map((start) => addWorkingDays(start, 70).date);
const endDates = ends.map(day);
const n = starts.length;

speed(
  'addWorkingDays(d, 70)',
  paired(
    20_000,
    (i) => addWorkingDays(starts[i % n] as CalendarDate, 70),
    (i) => addBusinessDays(startDates[i % n] as Date, 70),
  ),
  'date-fns addBusinessDays, which skips no holidays',
  'no slower',
);
speed(
  'workingDaysBetween, 70 working days apart',
  paired(
    20_000,
    (i) => workingDaysBetween(starts[i % n] as CalendarDate, ends[i % n] as CalendarDate),
    (i) => differenceInBusinessDays(endDates[i % n] as Date, startDates[i % n] as Date),
  ),
  'date-fns differenceInBusinessDays',
  'no slower',
);

// 3. Plan summaries: 10,000 actions (the most a plan may hold), copies of Hull's with dates spread over two years,
// read from JSON by parseImprovementPlan (checked then, and frozen) and, as a plain object, checked on every call.
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An action with every date in it moved on by some days, and its final due date, if given, set. */
function moved(template: ImprovementAction, id: string, days: number, dueOn?: CalendarDate): ImprovementAction {
  const action = JSON.parse(JSON.stringify(template), (_, value) =>
    typeof value === 'string' && DATE.test(value) ? shift(value, days) : value,
  ) as { id: string; due: string; history: { change: string; due?: string; to?: string }[] };
  action.id = id;
  if (dueOn !== undefined) {
    const last = action.history.filter((entry) => entry.change === 'due-date').at(-1);
    if (last !== undefined) last.to = dueOn;
    else (action.history[0] as { due: string }).due = dueOn;
    action.due = dueOn;
  }
  return action as unknown as ImprovementAction;
}

/** A plan of `size` actions: copies of Hull's, with their dates spread over two years. */
function planOf(size: number, dueOn?: CalendarDate): ImprovementPlan {
  const actions: ImprovementAction[] = [];
  for (let i = 0; i < size; i += 1) {
    const template = HULL_PLAN.actions[i % HULL_PLAN.actions.length] as ImprovementAction;
    actions.push(moved(template, `${template.id}-${i}`, (i * 7) % 730, dueOn));
  }
  return { ...HULL_PLAN, actions };
}
const plan = planOf(10_000);
const read = parseImprovementPlan(JSON.parse(JSON.stringify(plan)));
if (!read.ok) throw new Error(`the benchmark plan was refused: ${JSON.stringify(read.issues.slice(0, 3))}`);
const asOf = '2021-06-30' as CalendarDate;
const spans = plan.actions.map((action) => [day(asOf), day(action.due)] as const);
/** Per action: one summary of the whole plan, against one date-fns count for each action. */
const perAction = (summarised: ImprovementPlan): [number, number] => {
  const [summary, counts] = paired(
    1,
    () => summarisePlan(summarised, { asOf }),
    () => {
      for (const [a, b] of spans) differenceInBusinessDays(b, a);
    },
  );
  return [summary / spans.length, counts / spans.length];
};
speed(
  'summarisePlan, per action, of a plan read by parseImprovementPlan (checked once, when read)',
  perAction(read.value),
  'one date-fns business-day count',
  '0.5x',
);
speed(
  'summarisePlan, per action, of the same plan built in code (checked on every call)',
  perAction(plan),
  'one date-fns business-day count',
  'reported',
);

// Reading a table: 10,000 rows of the scrape tool's file (copies of real rows, a tenth of them refused).
const SCRAPED = {
  urn: '80477',
  local_authority: 'kingston upon hull',
  inspection_link: 'https://files.ofsted.gov.uk/v1/file/50204403',
  pdf_filename: "children's services inspection - 13 january 2023.pdf",
  publication_date: '13/01/23',
  inspection_framework: 'standard',
  inspector_name: 'Louise Hollick',
  inspection_start_date: '14/11/2022',
  inspection_end_date: '25/11/2022',
  overall_effectiveness_grade: 'requires improvement',
  impact_of_leaders_grade: 'requires improvement',
  help_and_protection_grade: 'requires improvement',
  in_care_grade: 'good',
  care_leavers_grade: 'inspection_pre_dates_judgement',
  parser_version: '1',
};
const table = Array.from({ length: 10_000 }, (_, i) =>
  i % 10 === 9 ? { ...SCRAPED, inspection_start_date: '31/02/2022' } : { ...SCRAPED, urn: i % 2 === 0 ? '80477' : '' },
);
const tableMs = medianMs(() => readInspectionRows(table, { columns: 'd2i-ilacs-scrape' }), 9);
rows.push({
  what: "readInspectionRows, 10,000 rows of the scrape tool's file",
  library: `${tableMs.toFixed(0)} ms (${((tableMs * 1000) / table.length).toFixed(1)} µs a row)`,
  baseline: '',
  ratio: '',
  target: 'fast on 10,000 rows',
});

// The whole flow on 10,000 rows: read, merge with Ofsted's record, and chart histories.
// Distinct synthetic inspections in the scrape tool's format: each current authority in
// turn, a standard inspection every fortnight from January 2023 (twelve days on site).
const current = OFFICIAL_AUTHORITIES.filter((authority) => authority.current);
const fmt = (date: string, year: 2 | 4) =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${year === 2 ? date.slice(2, 4) : date.slice(0, 4)}`;
const flowRows = Array.from({ length: 10_000 }, (_, i) => {
  const authority = current[i % current.length] as (typeof current)[number];
  const start = shift('2023-01-02', Math.floor(i / current.length) * 14);
  return {
    ...SCRAPED,
    urn: authority.urn ?? '',
    local_authority: authority.name.toLowerCase(),
    inspection_start_date: fmt(start, 4),
    inspection_end_date: fmt(shift(start, 11), 4),
    publication_date: fmt(shift(start, 53), 2),
    care_leavers_grade: 'good',
  };
});
const flowRead = readInspectionRows(flowRows, { columns: 'd2i-ilacs-scrape' }).flatMap((r) => (r.ok ? [r.value] : []));
if (flowRead.length !== flowRows.length) throw new Error('the synthetic rows should all read');
const readMs = medianMs(() => readInspectionRows(flowRows, { columns: 'd2i-ilacs-scrape' }), 5);
const mergeAt = (n: number) => medianMs(() => mergeInspections(OFFICIAL_INSPECTIONS, flowRead.slice(0, n)), 7);
const [merge2500, merge10000] = [mergeAt(2_500), mergeAt(10_000)];
rows.push({
  what: 'the whole flow: readInspectionRows, 10,000 distinct rows',
  library: `${readMs.toFixed(0)} ms (${((readMs * 1000) / flowRows.length).toFixed(1)} µs a row)`,
  baseline: '',
  ratio: '',
  target: 'a row in microseconds',
});
rows.push({
  what: "mergeInspections, Ofsted's record with 2,500 and 10,000 rows",
  library: `${merge2500.toFixed(1)} ms and ${merge10000.toFixed(1)} ms`,
  baseline: '',
  ratio: `${(merge10000 / merge2500).toFixed(1)}x for 4x the rows`,
  target: 'linear in the rows',
});
const mergedFlow = mergeInspections(OFFICIAL_INSPECTIONS, flowRead);
if (!mergedFlow.ok) throw new Error('the merge should read every record');
const chartMs = medianMs(() => {
  for (const authority of current.slice(0, 20)) {
    const history = authorityHistory(authority.code, { inspections: flowRead });
    if (history.ok) judgementHistoryChart(history.value, { width: 880 });
  }
}, 3);
rows.push({
  what: 'authorityHistory and judgementHistoryChart from the 10,000 rows, per authority (about 65 inspections each)',
  library: `${(chartMs / 20).toFixed(1)} ms`,
  baseline: '',
  ratio: '',
  target: 'reported',
});

// 4. Import time, in fresh Node processes, by the package's name, so Node resolves the files it would for a user:
// each start is timed in turn, round after round, and the median of each taken.
const STARTS = {
  empty: '',
  core: "await import('ofsted-ilacs');",
  zod: "await import('zod');",
  schema: "await import('ofsted-ilacs/schema');",
};
const startTimes: Record<keyof typeof STARTS, number[]> = { empty: [], core: [], zod: [], schema: [] };
for (let round = 0; round < 12; round += 1) {
  for (const [name, code] of Object.entries(STARTS) as [keyof typeof STARTS, string][]) {
    const started = performance.now();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    if (round > 0) startTimes[name].push(performance.now() - started); // the first round warms the disk cache
  }
}
const startMs = (name: keyof typeof STARTS) => startTimes[name].sort((a, b) => a - b)[5] as number;
const [empty, core, zod, schema] = [startMs('empty'), startMs('core'), startMs('zod'), startMs('schema')];
rows.push({
  what: "importing 'ofsted-ilacs'",
  library: `${(core - empty).toFixed(0)} ms`,
  baseline: `${empty.toFixed(0)} ms (an empty Node start)`,
  ratio: `+${(core - empty).toFixed(0)} ms`,
  target: '+30 ms',
});
rows.push({
  what: "importing 'ofsted-ilacs/schema', less zod's own import",
  library: `${(schema - zod).toFixed(0)} ms`,
  baseline: `${(zod - empty).toFixed(0)} ms (zod alone)`,
  ratio: `+${(schema - zod).toFixed(0)} ms`,
  target: '+60 ms',
});

// 5. Bundle sizes: minified and brotli-compressed, zod and fast-check not included, from the
// one-file-per-module build that bundlers resolve.
async function bundled(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['zod', 'fast-check'],
  });
  return brotliCompressSync((result.outputFiles[0] as { contents: Uint8Array }).contents).length / 1000;
}
for (const [what, contents, target] of [
  [
    'bundle: deriveOverallEffectiveness alone',
    "export { deriveOverallEffectiveness } from './dist/index.js';",
    '1.5 kB',
  ],
  ['bundle: addWorkingDays alone', "export { addWorkingDays } from './dist/index.js';", '2.5 kB'],
  ['bundle: the whole core entry', "export * from './dist/index.js';", '11 kB'],
  ['bundle: parseInspectionOutcome alone', "export { parseInspectionOutcome } from './dist/schema.js';", '3 kB'],
] as const) {
  rows.push({ what, library: `${(await bundled(contents)).toFixed(2)} kB`, baseline: '', ratio: '', target });
}

// 6. The worst plan the parser accepts: 10,000 actions, every one due on the last supported day.
const worstJson = JSON.stringify(planOf(10_000, '2199-12-31' as CalendarDate));
const worst = JSON.parse(worstJson);
const parsed = parseImprovementPlan(worst);
if (!parsed.ok) throw new Error(`the worst plan was refused: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
const parseMs = medianMs(() => parseImprovementPlan(worst), 5);
const summariseMs = medianMs(() => summarisePlan(parsed.value, { asOf }), 5);
const checkedMs = medianMs(() => summarisePlan(worst, { asOf }), 5);
rows.push({
  what: `the worst plan the parser accepts (10,000 actions due 2199-12-31, ${(worstJson.length / 1e6).toFixed(1)} MB of JSON)`,
  library: `parsed in ${parseMs.toFixed(0)} ms, then summarised in ${summariseMs.toFixed(0)} ms (as a plain object, checked and summarised in ${checkedMs.toFixed(0)} ms)`,
  baseline: '',
  ratio: '',
  target: 'milliseconds, not seconds',
});

const widths = (['what', 'library', 'baseline', 'ratio', 'target'] as const).map((key) =>
  Math.max(key.length, ...rows.map((row) => row[key].length)),
);
const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ');
console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
console.log(line(['what', 'library', 'baseline', 'ratio', 'target']));
for (const row of rows) console.log(line([row.what, row.library, row.baseline, row.ratio, row.target]));

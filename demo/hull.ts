/**
 * `npm run demo`: Hull City Council's graded inspections, 2014-2026, each with the overall
 * effectiveness the library derives and its check against what Ofsted awarded; then the
 * statutory clocks after the 2019 report, its visits and DfE interventions with their
 * sources, the DfE regime through 2019-2023, each area's direction of travel, Hull beside
 * its statistical neighbours, and when the next inspection is expected; then the progress
 * of its 2019-2020 improvement plan; and writes an HTML page with Hull's charts
 * (demo-output/hull-charts.html).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgementHistoryChart, planChart } from '../src/charts/index.js';
import {
  type AreaJudgement,
  calendarDate,
  checkAwardedOverall,
  deriveOverallEffectiveness,
  directionOfTravel,
  expectedNextInspection,
  explain,
  FRAMEWORKS,
  type InspectionOutcome,
  interventionRegimeOn,
  isGradedInspection,
  isJudgement,
  isVisit,
  judgementLabel,
  statutoryDeadlines,
  summarisePlan,
} from '../src/index.js';
import {
  compareWithNeighbours,
  findAuthority,
  type InspectionRecord,
  mergeInspections,
  nationalCounts,
  OFFICIAL_INSPECTIONS,
  OFFICIAL_OUTCOMES_VINTAGE,
  officialHistory,
} from '../src/outcomes/index.js';
import { HULL_HISTORY, HULL_INSPECTIONS, HULL_PLAN } from '../src/testing/index.js';

const SHORT: Record<AreaJudgement, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'RI',
  inadequate: 'Inadequate',
  'not-judged': '-',
};

/** The four columns every framework can fill, and where each framework keeps them. */
const COLUMNS = [
  { title: 'Leaders', ids: ['leaders'] },
  { title: 'Help and protection', ids: ['helpAndProtection'] },
  { title: 'Children in care', ids: ['childrenInCare', 'childrenLookedAfter', 'childrenInCareAndCareLeavers'] },
  { title: 'Care leavers', ids: ['careLeavers', 'childrenInCareAndCareLeavers'] },
] as const;

function areaTitle(outcome: InspectionOutcome, id: string): string {
  return FRAMEWORKS[outcome.framework].areas.find((area) => area.id === id)?.shortTitle ?? id;
}

function cell(outcome: InspectionOutcome, ids: readonly string[]): string {
  const framework = FRAMEWORKS[outcome.framework];
  const judgements = outcome.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
  const area = framework.areas.find((a) => ids.includes(a.id) && judgements[a.id] !== undefined);
  if (area === undefined) return '';
  const value = SHORT[judgements[area.id] as AreaJudgement];
  return area.role === 'sub-judgement' ? `${value} (sub)` : value;
}

const rows: string[][] = [];
const notes: string[] = [];
for (const [index, inspection] of HULL_INSPECTIONS.entries()) {
  const { outcome } = inspection;
  const derived = deriveOverallEffectiveness(outcome);
  const check = checkAwardedOverall(outcome);
  const awarded =
    'awardedOverall' in outcome && outcome.awardedOverall !== undefined ? outcome.awardedOverall : undefined;
  const derivedText = isJudgement(derived.grade)
    ? `${SHORT[derived.grade]} (${derived.kind === 'limited' ? `limited by ${derived.decidingAreas.map((id) => areaTitle(outcome, id)).join(', ')}` : derived.kind})`
    : 'none';
  rows.push([
    `[${index + 1}] ${inspection.onSite.start.slice(0, 7)}`,
    outcome.framework,
    ...COLUMNS.map((column) => cell(outcome, column.ids)),
    awarded === undefined ? '' : SHORT[awarded],
    derivedText,
    check.kind,
  ]);
  const label =
    awarded === undefined ? 'none' : judgementLabel(awarded, { style: FRAMEWORKS[outcome.framework].labelStyle });
  notes.push(
    `[${index + 1}] ${outcome.framework === 'sif-2013' ? 'SIF inspection' : `ILACS ${inspection.kind.replace('-', ' ')}`}, on site ${inspection.onSite.start} to ${inspection.onSite.end}, published ${inspection.published}; Ofsted awarded "${label}".`,
    `    Derived: ${explain(derived)}`,
    `    Check:   ${check.kind === 'invalid' ? check.issues.map((i) => i.message).join(' ') : check.reason}`,
  );
}

const header = ['Inspection', 'Framework', ...COLUMNS.map((c) => c.title), 'Awarded', 'Derived overall', 'Check'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: readonly string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();

console.log("Hull City Council: Ofsted's graded inspections of children's services, 2014-2026\n");
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log('\nRI = requires improvement (to be good); (sub) = a SIF sub-judgement; under ilacs-2018 children in');
console.log('care and care leavers are one judgement, shown in both columns.\n');
for (const note of notes) console.log(note);

function section(title: string): void {
  console.log(`\n${title}\n${'-'.repeat(title.length)}`);
}

section('Statutory clocks after the 2019 report');
for (const deadline of statutoryDeadlines(HULL_INSPECTIONS[1]!)) {
  console.log(deadline.status === 'due' ? `${deadline.due}  ${deadline.reason}` : deadline.reason);
  console.log(`            Basis: ${deadline.clock.basis}`);
}

section('Visits and DfE interventions, 2018-2023');
for (const event of HULL_HISTORY.events) {
  if (isGradedInspection(event)) continue;
  const when = isVisit(event) ? `${event.onSite.start} to ${event.onSite.end}` : event.date;
  const what = event.kind.replaceAll('-', ' ');
  const detail =
    event.kind === 'monitoring-visit'
      ? `${event.sequence === undefined ? '' : `number ${event.sequence}, `}${event.theme}`
      : event.kind === 'focused-visit'
        ? event.theme
        : 'date' in event
          ? (event.legalBasis ?? '')
          : 'theme' in event
            ? event.theme
            : '';
  console.log(`${when.padEnd(24)}  ${what}${detail === '' ? '' : `: ${detail}`}`);
  if (event.note !== undefined) console.log(`${' '.repeat(26)}${event.note}`);
}

section('DfE intervention regime, 2019-2023');
for (const day of ['2019-04-01', '2019-06-01', '2020-03-16', '2021-06-01', '2022-08-05', '2023-06-01', '2023-09-28']) {
  const regime = interventionRegimeOn(HULL_HISTORY, calendarDate(day));
  console.log(`${day}  ${regime.regime.padEnd(19)}  ${regime.reason}`);
}

section('Direction of travel between graded inspections');
for (let i = 1; i < HULL_INSPECTIONS.length; i += 1) {
  const earlier = HULL_INSPECTIONS[i - 1]!;
  const later = HULL_INSPECTIONS[i]!;
  const report = directionOfTravel(earlier.outcome, later.outcome);
  console.log(
    `${earlier.onSite.start.slice(0, 7)} (${report.from}) to ${later.onSite.start.slice(0, 7)} (${report.to})`,
  );
  for (const change of [report.overall, ...report.areas])
    console.log(`  ${change.direction.padEnd(14)} ${change.reason}`);
  if (report.unmatched.length > 0) console.log(`  no counterpart: ${report.unmatched.join(', ')}`);
}

section("Hull's latest grade: Ofsted's shipped record, and a newer record");
// The shipped record stops at 31 March 2025. Hull's March 2026 inspection (published 18 May
// 2026) is in any newer table: here, one record in the shape readInspectionRows gives.
const hull2026 = HULL_INSPECTIONS.at(-1)!;
const newerRecord: InspectionRecord = {
  authority: { name: 'Kingston upon Hull', urn: '80477' },
  kind: 'standard-inspection',
  firstDayOnSite: hull2026.onSite.start,
  lastDayOnSite: hull2026.onSite.end,
  published: hull2026.published!,
  outcome: hull2026.outcome,
  source: { name: "Ofsted, Hull's inspection report of 18 May 2026" },
};
const merged = mergeInspections(OFFICIAL_INSPECTIONS, [newerRecord]);
const current = merged.ok ? merged.value.inspections : OFFICIAL_INSPECTIONS;
for (const [label, inspections] of [
  ['shipped record', OFFICIAL_INSPECTIONS],
  ['with newer rows', current],
] as const) {
  const history = officialHistory('Hull', { inspections });
  const counts = nationalCounts({ inspections });
  const latest = history.ok ? history.value.inspections.at(-1) : undefined;
  if (!history.ok || latest === undefined) continue;
  const grade = 'awardedOverall' in latest.outcome ? latest.outcome.awardedOverall : undefined;
  console.log(
    `${label.padEnd(16)} as at ${history.value.asOf}: latest ${latest.published} ${grade ?? 'no overall'}; ` +
      `nationally ${counts.overall.outstanding} outstanding, ${counts.overall.good} good, ${counts.overall['requires-improvement']} requires improvement, ${counts.overall.inadequate} inadequate (${counts.authorities} authorities).`,
  );
}
console.log(
  `They differ because the shipped record is Ofsted's as at ${OFFICIAL_OUTCOMES_VINTAGE.asAt}, and Hull's 2026 inspection was published after it: ` +
    'read a newer table with ofsted-ilacs/tables, merge it with mergeInspections, and pass the result as inspections. ' +
    "(Here only Hull's row is newer; the scrape tool's whole file brings every authority's.)",
);
console.log(OFFICIAL_OUTCOMES_VINTAGE.attribution);

const hull = findAuthority('Hull');
if (hull.ok) {
  const { code, laNumber, urn } = hull.value;
  section(`Hull beside its statistical neighbours (ONS ${code}, DfE ${laNumber}, Ofsted URN ${urn})`);
}
const comparison = compareWithNeighbours('Hull', { inspections: current });
if (comparison.ok) {
  const { authority, neighbours, overallCounts, sources } = comparison.value;
  console.log(
    '      authority                      overall      leaders      help and protection  in care      latest',
  );
  for (const row of [authority, ...neighbours]) {
    const grades = COLUMNS.slice(0, 3).map(
      (column) => SHORT[column.ids.map((id) => row.areas[id]).find((grade) => grade !== undefined) ?? 'not-judged'],
    );
    console.log(
      `  ${String(row.rank || '').padStart(2)}  ${row.authority.name.padEnd(30)} ${(row.overall === undefined ? '-' : SHORT[row.overall]).padEnd(12)} ${(grades[0] ?? '').padEnd(12)} ${(grades[1] ?? '').padEnd(20)} ${(grades[2] ?? '').padEnd(12)} ${row.latest?.published ?? ''}`,
    );
  }
  console.log(
    `Among the ten: ${overallCounts.outstanding} outstanding, ${overallCounts.good} good, ${overallCounts['requires-improvement']} requires improvement, ${overallCounts.inadequate} inadequate.`,
  );
  console.log(`As at ${comparison.value.asOf}. Neighbours: ${sources[0]}.`);
}

section('Next graded inspection');
console.log(expectedNextInspection(HULL_HISTORY).reason);

section('Improvement plan 2019-2020, as at 31 March 2020 (tracking dates illustrative)');
const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
const rag = summary.byRag;
console.log(
  `${rag.total} actions: ${rag.red} red, ${rag.amber} amber, ${rag.green} green, ${rag.blue} blue (complete).`,
);
console.log(
  `Money committed: ${summary.moneyCommitted}. Due dates moved ${summary.reschedules} times, on ${summary.rescheduledActions} actions.`,
);
for (const [index, action] of HULL_PLAN.actions.entries()) {
  const derived = summary.rags[index]!;
  const override =
    derived.override === undefined ? '' : ` [set by hand: ${derived.override.rag}, "${derived.override.reason}"]`;
  console.log(`  ${action.id} ${derived.rag.padEnd(5)} ${action.title}: ${derived.reason}${override}`);
}
for (const finding of summary.findings) {
  console.log(
    `  ${finding.findingId} ${finding.state.padEnd(6)} delivery ${finding.delivery.padEnd(9)} impact ${finding.impact.padEnd(9)} ${finding.reason}`,
  );
}
console.log('Impact, measured:');
for (const impact of summary.impact.measures)
  console.log(`  ${impact.of.id} ${impact.measureId} ${impact.rag}: ${impact.reason}`);
console.log('Next deadlines:');
for (const deadline of summary.nextDeadlines) console.log(`  ${deadline.date}  ${deadline.id}: ${deadline.what}`);

section("Hull's charts");
const labels = Object.fromEntries(
  HULL_PLAN.findings.map((finding) => [finding.id, finding.text.split(':')[0] ?? finding.id]),
);
const page = [
  '<!doctype html>',
  '<html lang="en"><head><meta charset="utf-8"><title>Kingston upon Hull: inspections and improvement plan</title></head>',
  '<body style="font-family: system-ui, sans-serif; max-width: 920px; margin: 2rem auto">',
  '<h1>Kingston upon Hull</h1>',
  judgementHistoryChart(HULL_HISTORY),
  `<p>${OFFICIAL_OUTCOMES_VINTAGE.attribution}</p>`,
  planChart(summary, { labels }),
  '<p>Tracking dates and the measure’s figures in the plan are illustrative.</p>',
  '</body></html>',
].join('\n');
const where = fileURLToPath(new URL('../demo-output/hull-charts.html', import.meta.url));
mkdirSync(dirname(where), { recursive: true });
writeFileSync(where, page);
console.log(`Wrote Hull's history and plan charts to ${where}: open it in a browser.`);

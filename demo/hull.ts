/**
 * `npm run demo`: Hull City Council's graded inspections, 2014-2026, each with the overall
 * effectiveness the library derives and its check against what Ofsted awarded.
 */
import {
  type AreaJudgement,
  checkAwardedOverall,
  deriveOverallEffectiveness,
  FRAMEWORKS,
  type InspectionOutcome,
  isJudgement,
  judgementLabel,
} from '../src/index.js';
import { HULL_INSPECTIONS } from './hullHistory.js';

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
    `    Derived: ${derived.reason}`,
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

/**
 * How deriving overall effectiveness and parsing outcomes compare with hand-written
 * baselines measured in the same run, over all 444 of Ofsted's published inspections.
 *
 * - deriveOverallEffectiveness against a bare `some(grade => grade === 'inadequate')` loop
 *   (target: within 2x), and beside it findOutcomeIssues alone: the check of the outcome
 *   against its framework that deriving does first, which the baseline does not;
 * - parseInspectionOutcome (zod) against a hand-written type guard (target: within 3x).
 */
import { deriveOverallEffectiveness, findOutcomeIssues, type InspectionOutcome } from '../src/index.js';
import { OFFICIAL_INSPECTIONS } from '../src/outcomes/index.js';
import { parseInspectionOutcome } from '../src/schema/index.js';
import { medianMs } from './timing.js';

const REPEAT = 200;
const outcomes: InspectionOutcome[] = OFFICIAL_INSPECTIONS.map((inspection) => inspection.outcome);
const inputs: unknown[] = outcomes.map((outcome) => JSON.parse(JSON.stringify(outcome)));

function baselineDerive(outcome: InspectionOutcome): boolean {
  return Object.values(outcome.judgements).some((grade) => grade === 'inadequate');
}

const GRADES = new Set(['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged']);
function baselineGuard(value: unknown): value is InspectionOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { framework, judgements } = value as { framework?: unknown; judgements?: unknown };
  if (typeof framework !== 'string' || typeof judgements !== 'object' || judgements === null) return false;
  return Object.values(judgements).every((grade) => GRADES.has(grade as string));
}

function loop(run: (index: number) => unknown): () => void {
  return () => {
    for (let r = 0; r < REPEAT; r += 1) for (let i = 0; i < outcomes.length; i += 1) run(i);
  };
}

const rows: [what: string, library: number, baseline: number, target?: number][] = [];
const derive = medianMs(loop((i) => deriveOverallEffectiveness(outcomes[i] as InspectionOutcome)));
const deriveBase = medianMs(loop((i) => baselineDerive(outcomes[i] as InspectionOutcome)));
rows.push(['deriveOverallEffectiveness vs some() loop', derive, deriveBase, 2]);
const check = medianMs(loop((i) => findOutcomeIssues(outcomes[i])));
rows.push(['  of which findOutcomeIssues vs some() loop', check, deriveBase]);
const parse = medianMs(loop((i) => parseInspectionOutcome(inputs[i])));
const parseBase = medianMs(loop((i) => baselineGuard(inputs[i])));
rows.push(['parseInspectionOutcome vs type guard', parse, parseBase, 3]);

const calls = REPEAT * outcomes.length;
console.log(`${calls} calls each (444 published inspections x ${REPEAT})`);
console.log('what                                         library ms   baseline ms   ratio   target');
for (const [what, library, baseline, target] of rows) {
  console.log(
    `${what.padEnd(44)} ${library.toFixed(1).padStart(10)}   ${baseline.toFixed(1).padStart(11)}   ${(library / baseline).toFixed(1).padStart(5)}x   ${target === undefined ? '' : `${target}x`}`,
  );
}

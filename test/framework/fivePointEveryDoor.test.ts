import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { judgementHistoryChart } from '../../src/charts/index.js';
import {
  checkAwardedOverall,
  defineFramework,
  deriveOverallEffectiveness,
  explain,
  findOutcomeIssues,
  isGradedInspection,
  latestGradedInspection,
} from '../../src/index.js';
import {
  authorityHistory,
  mergeInspections,
  nationalCounts,
  OFFICIAL_INSPECTIONS,
  officialHistory,
} from '../../src/outcomes/index.js';
import { parseInspectionHistory, parseInspectionOutcome, toJsonSchemas } from '../../src/schema/index.js';
import { readInspectionRows } from '../../src/tables/index.js';
import { REPORT_CARD_SCALE as reportCard } from '../support/definedFrameworks.js';

/**
 * One framework of a caller's own, on a five-point scale, taken through every door that
 * reads an outcome: derive and check, the core's check, parse, JSON Schema, a council's
 * sheet read with a column map, a history built from what the sheet gave beside Ofsted's
 * record, and the history chart.
 */

const selfReview = defineFramework({
  id: 'hull-self-review',
  title: "Hull's annual self-review of children's services",
  scale: reportCard,
  inForce: { from: '2025-04-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] }, indicative: 'median' },
});
const frameworks = [selfReview];

/** The council's sheet: one row a review, as a spreadsheet reader gives them. */
const SHEET = [
  {
    Council: 'Kingston upon Hull',
    'First day': '2025-06-02',
    Leadership: 'Strong standard',
    'Front door': 'expected',
    'In care': 'Expected standard',
    'Care leavers': '',
    Overall: 'expected',
  },
  {
    Council: 'Kingston upon Hull',
    'First day': '2026-06-01',
    Leadership: 'strong',
    'Front door': 'needs attention',
    'In care': 'strong',
    'Care leavers': 'exceptional',
    Overall: 'needs-attention',
  },
];
const columns = {
  authority: 'Council',
  start: 'First day',
  overall: 'Overall',
  framework: 'hull-self-review',
  areas: { leaders: 'Leadership', frontDoor: 'Front door', inCare: 'In care', careLeavers: 'Care leavers' },
} as const;

const limited = {
  framework: 'hull-self-review',
  judgements: { leaders: 'strong', frontDoor: 'needs-attention', inCare: 'strong', careLeavers: 'exceptional' },
  awardedOverall: 'needs-attention',
} as const;

describe('a five-point framework of the caller’s own, through every door', () => {
  it('derives and checks by its limiting rule, and explains in its own words', () => {
    const derived = deriveOverallEffectiveness(limited, { frameworks });
    expect(derived).toMatchObject({ kind: 'limited', grade: 'needs-attention', decidingAreas: ['frontDoor'] });
    expect(explain(derived, { frameworks })).toMatch(/The front door/);
    expect(explain(derived, { frameworks })).toMatch(/Needs attention/);
    expect(checkAwardedOverall(limited, { frameworks }).kind).toBe('consistent');
    const departed = checkAwardedOverall({ ...limited, awardedOverall: 'strong' }, { frameworks });
    expect(departed).toMatchObject({ kind: 'departure', departure: 'limiting-area-not-applied' });
    // Nothing limits: the median of five points, between two grades where the areas tie.
    const even = deriveOverallEffectiveness(
      {
        framework: 'hull-self-review',
        judgements: { leaders: 'exceptional', frontDoor: 'strong', inCare: 'expected' },
      },
      { frameworks },
    );
    expect(even).toMatchObject({ kind: 'indicative', grade: 'strong', tie: false });
  });

  it('is checked by findOutcomeIssues and read by parseInspectionOutcome with the same codes, and unknown without the option', () => {
    const broken = { framework: 'hull-self-review', judgements: { leaders: 'good', frontDoor: 'strong' } };
    const codes = findOutcomeIssues(broken, { frameworks }).map((found) => [found.path.join('.'), found.code]);
    expect(codes).toEqual([
      ['judgements.leaders', 'invalid-value'],
      ['judgements.inCare', 'missing-area'],
    ]);
    const parsed = parseInspectionOutcome(broken, { frameworks });
    expect(parsed.ok ? [] : parsed.issues.map((found) => [found.path.join('.'), found.code])).toEqual(codes);
    expect(parseInspectionOutcome(limited, { frameworks })).toMatchObject({ ok: true, value: limited });
    expect(parseInspectionOutcome(limited)).toMatchObject({ ok: false, issues: [{ code: 'unknown-framework' }] });
  });

  it('is admitted by the JSON Schema made with it, as the parser admits it, and by no other', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const withIt = ajv.compile(toJsonSchemas({ frameworks }).InspectionOutcome as object);
    const without = ajv.compile(toJsonSchemas().InspectionOutcome as object);
    expect(withIt(limited)).toBe(true);
    expect(without(limited)).toBe(false);
    expect(withIt({ ...limited, judgements: { ...limited.judgements, frontDoor: 'good' } })).toBe(false);
  });

  it('reads the council’s sheet with a column map, and the records make a history beside Ofsted’s record, and a chart', () => {
    const read = readInspectionRows(SHEET, { columns, frameworks });
    expect(read.map((row) => row.ok)).toEqual([true, true]);
    const records = read.flatMap((row) => (row.ok ? [row.value] : []));
    expect(records.map((record) => record.outcome.judgements)).toEqual([
      { leaders: 'strong', frontDoor: 'expected', inCare: 'expected' },
      limited.judgements,
    ]);
    expect(records[0]?.authority.official?.code).toBe('E06000010');

    // The sheet's records merged with Ofsted's own record, then Hull's in one history.
    const merged = mergeInspections(OFFICIAL_INSPECTIONS, records, { frameworks });
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
    expect(merged.value.inspections).toHaveLength(OFFICIAL_INSPECTIONS.length + 2);
    expect(() => nationalCounts({ inspections: merged.value.inspections as never })).toThrowError(/hull-self-review/);
    const hull = officialHistory('Hull', { inspections: merged.value.inspections, frameworks });
    expect(hull.ok && hull.value.inspections.map((record) => record.outcome.framework).slice(-2)).toEqual([
      'hull-self-review',
      'hull-self-review',
    ]);
    const history = authorityHistory('Hull', { inspections: merged.value.inspections, frameworks });
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    expect(
      history.value.events.map((event) => (isGradedInspection(event) ? event.outcome.framework : event.kind)),
    ).toEqual(['sif-2013', 'ilacs-2018', 'ilacs-2018', 'hull-self-review', 'hull-self-review']);
    expect(latestGradedInspection(history.value, { frameworks })?.outcome).toEqual(limited);
    expect(() => authorityHistory('Hull', { inspections: records })).toThrowError(/hull-self-review/);

    // The history goes through JSON and back, with the option; without it, the framework is unknown.
    const document = JSON.parse(JSON.stringify(history.value));
    expect(parseInspectionHistory(document, { frameworks }).ok).toBe(true);
    expect(parseInspectionHistory(document).ok).toBe(false);
    // Its JSON Schema, made with the framework, admits what the parser admits.
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(toJsonSchemas({ frameworks }).InspectionHistory as object, document)).toBe(true);
    expect(ajv.validate(toJsonSchemas().InspectionHistory as object, document)).toBe(false);

    const svg = judgementHistoryChart(history.value, { frameworks, width: 900 });
    for (const title of ['Leadership', 'The front door', 'Children in care', 'Care leavers'])
      expect(svg).toContain(title);
    expect(svg).toContain('Needs attention');
    expect(svg).toContain('Help and protection'); // Ofsted's areas keep their rows beside the council's
    expect(() => judgementHistoryChart(history.value)).toThrowError(/hull-self-review/);
  });
});

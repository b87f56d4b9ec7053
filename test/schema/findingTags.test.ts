import { describe, expect, it } from 'vitest';
import { findPlanIssues, type ImprovementPlan, NATIONAL_FRAMEWORK_TAGS } from '../../src/index.js';
import { FindingSchema, parseImprovementPlan, toJsonSchemas } from '../../src/schema/index.js';
import { HULL_PLAN } from '../../src/testing/hullPlan.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Hull's plan with its findings tagged as a plan answering a 2025 report would be. */
const TAGGED: ImprovementPlan = {
  ...HULL_PLAN,
  findings: HULL_PLAN.findings.map((finding, index) =>
    index === 0
      ? { ...finding, tags: ['outcome-3-safety', 'enabler-3-workforce'] }
      : index === 2
        ? { ...finding, tags: ['enabler-2-leaders'] }
        : finding,
  ),
};

/** The plan as JSON, with the first finding's tags replaced. */
function withTags(tags: unknown): unknown {
  const plan = json(TAGGED) as { findings: Record<string, unknown>[] };
  plan.findings[0]!.tags = tags;
  return plan;
}

describe("a finding's National Framework tags in the schema", () => {
  it("round-trip with Hull's tagged plan through JSON, nothing lost", () => {
    const first = parseImprovementPlan(json(TAGGED));
    expect(first).toEqual({ ok: true, value: TAGGED });
    expect(first.ok && first.value.findings[0]?.tags).toEqual(['outcome-3-safety', 'enabler-3-workforce']);
    const second = first.ok ? parseImprovementPlan(json(first.value)) : first;
    expect(second).toEqual(first);
  });

  it('are refused as the core refuses them, at the same path with the same code', () => {
    const holey: unknown[] = ['outcome-3-safety'];
    holey[2] = 'enabler-2-leaders';
    for (const [tags, path, code] of [
      [['outcome-5-schools'], ['findings', 0, 'tags', 0], 'invalid-value'],
      [['enabler-2-leaders', 'enabler-2-leaders'], ['findings', 0, 'tags', 1], 'duplicate-id'],
      ['outcome-3-safety', ['findings', 0, 'tags'], 'invalid-type'],
    ] as const) {
      const input = withTags(tags);
      const parsed = parseImprovementPlan(input);
      expect(parsed.ok, JSON.stringify(tags)).toBe(false);
      expect(!parsed.ok && parsed.issues.map((found) => [found.path, found.code])).toEqual([[path, code]]);
      expect(findPlanIssues(input as ImprovementPlan).map((found) => [found.path, found.code])).toEqual([[path, code]]);
    }
    expect(parseImprovementPlan(withTags(holey)).ok).toBe(false);
    expect(findPlanIssues(withTags(holey) as ImprovementPlan).map((found) => found.code)).toEqual(['missing']);
  });

  it('say why a duplicate is refused in the words of the core', () => {
    const parsed = FindingSchema.safeParse({
      id: 'F1',
      kind: 'self-evaluation',
      area: 'leaders',
      text: 'Supervision is irregular.',
      raised: '2025-03-03',
      tags: ['enabler-2-leaders', 'enabler-3-workforce', 'enabler-2-leaders'],
    });
    expect(parsed.error?.issues).toMatchObject([
      {
        path: ['tags', 2],
        message: 'tags names enabler-2-leaders twice: list each outcome or enabler once.',
      },
    ]);
  });

  it('are in the JSON Schema as a list of unique National Framework ids', () => {
    const branches = (toJsonSchemas().Finding as { oneOf: { properties: { tags: unknown } }[] }).oneOf;
    expect(branches).toHaveLength(2);
    for (const branch of branches) {
      expect(branch.properties.tags).toMatchObject({
        type: 'array',
        uniqueItems: true,
        items: { enum: [...NATIONAL_FRAMEWORK_TAGS] },
      });
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';
import { InspectionOutcomeSchema, parseInspectionOutcome } from '../../src/schema/index.js';
import { arbitraryOutcome } from '../../src/testing/index.js';

/**
 * parseInspectionOutcome reads a sound outcome with the core's one-pass check and writes
 * its result from the outcome's code; anything else goes to the zod schema. The two must
 * accept the same values and give the same value, key for key and in the same order.
 */
function agree(input: unknown): void {
  const quick = parseInspectionOutcome(input);
  const schema = InspectionOutcomeSchema.safeParse(input);
  expect(quick.ok).toBe(schema.success);
  if (!quick.ok || !schema.success) return;
  const value = quick.value as unknown as Record<string, unknown>;
  const data = schema.data as unknown as Record<string, unknown>;
  expect(Object.keys(value)).toEqual(Object.keys(data));
  expect(Object.keys(value.judgements as object)).toEqual(Object.keys(data.judgements as object));
  expect(value).toStrictEqual(data);
  expect(Object.isFrozen(value) && Object.isFrozen(value.judgements)).toBe(true);
  expect(value).not.toBe(input);
  expect(value.judgements).not.toBe((input as { judgements?: unknown }).judgements);
}

const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged'];
const oddValue = fc.oneof(
  fc.constantFrom(...grades, undefined, null, 'Good', 'outstanding ', '', 'ilacs-2018', 4, true, [], {}),
  fc.string({ maxLength: 6 }),
);

/** An outcome with one change a caller might make: a value, a key added, one removed, or set to undefined. */
const changed = fc
  .tuple(
    arbitraryOutcome(),
    fc.nat(),
    oddValue,
    fc.constantFrom(
      'judgement',
      'add-judgement',
      'remove-judgement',
      'overall',
      'remove-overall',
      'framework',
      'field',
    ),
  )
  .map(([outcome, pick, value, how]) => {
    const copy = structuredClone(outcome) as Record<string, unknown> & { judgements: Record<string, unknown> };
    const keys = Object.keys(copy.judgements);
    const key = keys[pick % keys.length] as string;
    if (how === 'judgement') copy.judgements[key] = value;
    else if (how === 'add-judgement')
      copy.judgements[['leaders', 'adoption', 'lscb', 'careLeavers'][pick % 4] as string] = value;
    else if (how === 'remove-judgement') delete copy.judgements[key];
    else if (how === 'overall') copy.awardedOverall = value;
    else if (how === 'remove-overall') delete copy.awardedOverall;
    else if (how === 'framework') copy.framework = value;
    else copy[['extra', 'awardedoverall', 'judgement'][pick % 3] as string] = value;
    return copy;
  });

describe('parseInspectionOutcome: the quick path and the schema agree', () => {
  it("on every one of Ofsted's published outcomes", () => {
    expect(OFFICIAL_INSPECTIONS.length).toBe(444);
    for (const inspection of OFFICIAL_INSPECTIONS) agree(structuredClone(inspection.outcome));
  });

  it('on arbitrary outcomes, in any key order', () => {
    fc.assert(
      fc.property(arbitraryOutcome(), fc.boolean(), (outcome, reversed) => {
        const judgements = Object.entries(outcome.judgements);
        if (reversed) judgements.reverse();
        agree({ ...outcome, judgements: Object.fromEntries(judgements) });
      }),
      { numRuns: 300 },
    );
  });

  it('on outcomes with one value, key or field changed', () => {
    fc.assert(fc.property(changed, agree), { numRuns: 1_000 });
  });

  it('gives equal inputs equal frozen values, and never one of the caller’s objects', () => {
    const input = structuredClone(OFFICIAL_INSPECTIONS[0]?.outcome);
    const first = parseInspectionOutcome(input);
    const second = parseInspectionOutcome(structuredClone(input));
    expect(first.ok && second.ok && first.value).toStrictEqual(second.ok && second.value);
    expect(Object.isFrozen(input)).toBe(false);
  });
});

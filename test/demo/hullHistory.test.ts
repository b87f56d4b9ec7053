import { describe, expect, it } from 'vitest';
import { checkAwardedOverall } from '../../src/index.js';
import { parseInspectionOutcome } from '../../src/schema/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/hullHistory.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';

describe("the demo's Hull inspections", () => {
  const official = loadOfficialInspections().filter((i) => i.laCode === 'E06000010');

  it("match Ofsted's published rows for every inspection the official data covers (2014, 2019, 2022)", () => {
    expect(official.map((i) => i.publicationDate)).toEqual(['2015-02-03', '2019-05-17', '2023-01-13']);
    for (const row of official) {
      const demo = HULL_INSPECTIONS.find((h) => h.published === row.publicationDate);
      expect(demo?.outcome, row.publicationDate).toEqual(row.outcome);
    }
  });

  it('are valid outcomes, each consistent with the default rule', () => {
    for (const { outcome } of HULL_INSPECTIONS) {
      expect(parseInspectionOutcome(outcome).ok).toBe(true);
      expect(checkAwardedOverall(outcome).kind).toBe('consistent');
    }
  });
});

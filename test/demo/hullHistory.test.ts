import { describe, expect, it } from 'vitest';
import { checkAwardedOverall } from '../../src/index.js';
import { parseInspectionOutcome } from '../../src/schema/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/hullHistory.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';

describe("the demo's Hull inspections", () => {
  const official = loadOfficialInspections().filter((i) => i.laCode === 'E06000010');

  it("match Ofsted's published rows for every inspection the official data covers (2014, 2019, 2022)", () => {
    expect(official.map((i) => i.publicationDate)).toEqual(['2015-02-03', '2019-05-17', '2023-01-13']);
    for (const [index, row] of official.entries()) {
      expect(HULL_INSPECTIONS[index]?.outcome, row.publicationDate).toEqual(row.outcome);
    }
    // The 2014 report's cover says 10 February 2015; Ofsted's 2023 data says 3 February. Both are recorded.
    expect(HULL_INSPECTIONS[0]?.published).toBe('2015-02-10');
    expect(HULL_INSPECTIONS[0]?.note).toMatch(/10 February 2015.*3 February 2015/);
    expect(HULL_INSPECTIONS.slice(1, 3).map((i) => i.published)).toEqual(['2019-05-17', '2023-01-13']);
  });

  it('are valid outcomes, each consistent with the default rule', () => {
    for (const { outcome } of HULL_INSPECTIONS) {
      expect(parseInspectionOutcome(outcome).ok).toBe(true);
      expect(checkAwardedOverall(outcome).kind).toBe('consistent');
    }
  });
});

// A consumer's TypeScript: the published types must check under node16 and bundler resolution.
import { type DerivedOverall, deriveOverallEffectiveness, type InspectionOutcome } from 'ofsted-ilacs';
import type { ChartOptions, planChart } from 'ofsted-ilacs/charts';
import { type InspectionRecord, OFFICIAL_INSPECTIONS } from 'ofsted-ilacs/outcomes';
import { InspectionOutcomeSchema, parseInspectionOutcome } from 'ofsted-ilacs/schema';
import { readInspectionRows, type InspectionRecord as TableRecord } from 'ofsted-ilacs/tables';
import { arbitraryOutcome } from 'ofsted-ilacs/testing';

const outcome: InspectionOutcome<'ilacs-2018'> = {
  framework: 'ilacs-2018',
  judgements: { leaders: 'good', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'good' },
};
const derived: DerivedOverall<'ilacs-2018'> = deriveOverallEffectiveness(outcome);
const first: InspectionRecord | undefined = OFFICIAL_INSPECTIONS[0];
const parsed = parseInspectionOutcome(first?.outcome);
const fromSchema: InspectionOutcome = InspectionOutcomeSchema.parse(outcome);
const wrong: InspectionOutcome<'ilacs-2018'> = {
  framework: 'ilacs-2018',
  judgements: {
    leaders: 'good',
    helpAndProtection: 'good',
    childrenInCareAndCareLeavers: 'good',
    // @ts-expect-error: careLeavers is not an area of ilacs-2018
    careLeavers: 'good',
  },
};

const rows = readInspectionRows([], { columns: 'd2i-ilacs-scrape' });
const firstRow: TableRecord | undefined = rows[0]?.ok ? rows[0].value : undefined;
const oneShape: InspectionRecord | undefined = firstRow; // the tables give the records the outcomes take

const chartOptions: ChartOptions = { width: 640 };

export { arbitraryOutcome, chartOptions, derived, firstRow, fromSchema, oneShape, parsed, type planChart, wrong };

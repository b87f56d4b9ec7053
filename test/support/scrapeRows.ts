import { parse } from 'csv-parse/sync';
import type { InspectionRecord } from '../../src/outcomes/index.js';

/** The header of Data to Insight's ILACS scrape tool's inspection history file. */
export const D2I_HEADER = [
  'urn',
  'local_authority',
  'inspection_link',
  'pdf_filename',
  'publication_date',
  'inspection_framework',
  'inspector_name',
  'inspection_start_date',
  'inspection_end_date',
  'overall_effectiveness_grade',
  'impact_of_leaders_grade',
  'help_and_protection_grade',
  'in_care_grade',
  'care_leavers_grade',
  'parser_version',
] as const;

/** The three rows of the real file quoted in the tables issue. */
export const HULL_2019 =
  "80477,kingston upon hull,https://files.ofsted.gov.uk/v1/file/50078220,children's services inspection - 17 may 2019.pdf,17/05/19,standard,Jan Edwards,14/01/2019,25/01/2019,inadequate,requires improvement,inadequate,requires improvement,inspection_pre_dates_judgement,1";
export const HULL_2022 =
  "80477,kingston upon hull,https://files.ofsted.gov.uk/v1/file/50204403,children's services inspection - 13 january 2023.pdf,13/01/23,standard,Louise Hollick,14/11/2022,25/11/2022,requires improvement,requires improvement,requires improvement,good,inspection_pre_dates_judgement,1";
export const HULL_2015 =
  "80477,kingston upon hull,https://files.ofsted.gov.uk/v1/file/50000289,single inspection of la children's services as pdf - 10 february 2015.pdf,10/02/15,,,,,,data_unreadable,data_unreadable,data_unreadable,data_unreadable,1";

/** Rows of the scrape tool's file, as csv-parse gives them, from lines written in its format. */
export function scrapeRows(...lines: string[]): Record<string, string>[] {
  return parse([D2I_HEADER.join(','), ...lines].join('\n'), { columns: true });
}

/** A line of the scrape tool's file: Hull's 2022 row with some cells replaced. */
export function scrapeLine(changes: Partial<Record<(typeof D2I_HEADER)[number], string>>): string {
  const cells = Object.fromEntries(HULL_2022.split(',').map((cell, i) => [D2I_HEADER[i], cell]));
  return D2I_HEADER.map((header) => changes[header] ?? cells[header]).join(',');
}

const WORDS: Record<string, string> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement',
  inadequate: 'inadequate',
};

const dmy = (date: string, year: 2 | 4) =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${year === 2 ? date.slice(2, 4) : date.slice(0, 4)}`;

/**
 * A row in the scrape tool's format for one of Ofsted's ILACS records, as the tool would
 * write it for the same report, with a last day on site (synthetic: eleven days after the
 * first, which Ofsted's sheet lacks) and an inspector's name. For benchmarks and merge tests.
 */
export function scrapeRowOf(record: InspectionRecord): Record<string, string> {
  const start = record.firstDayOnSite as string;
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + 11 * 86_400_000).toISOString().slice(0, 10);
  const outcome = record.outcome as { framework: string; judgements: Record<string, string>; awardedOverall?: string };
  const j = outcome.judgements;
  const grade = (value: string | undefined) => (value === undefined ? '' : (WORDS[value] ?? '-'));
  return {
    urn: record.authority.official?.urn ?? '',
    local_authority: record.authority.name.toLowerCase(),
    inspection_link: 'https://files.ofsted.gov.uk/v1/file/50000000',
    pdf_filename: `children's services inspection - ${record.published}.pdf`,
    publication_date: dmy(record.published as string, 2),
    inspection_framework: record.kind === 'short-inspection' ? 'short' : 'standard',
    inspector_name: 'A Inspector',
    inspection_start_date: dmy(start, 4),
    inspection_end_date: dmy(end, 4),
    overall_effectiveness_grade: grade(outcome.awardedOverall),
    impact_of_leaders_grade: grade(j.leaders),
    help_and_protection_grade: grade(j.helpAndProtection),
    in_care_grade: grade(j.childrenInCare ?? j.childrenInCareAndCareLeavers),
    care_leavers_grade: outcome.framework === 'ilacs-2018' ? 'inspection_pre_dates_judgement' : grade(j.careLeavers),
    parser_version: '1',
  };
}

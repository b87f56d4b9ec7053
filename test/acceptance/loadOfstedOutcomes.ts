import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type InspectionOutcome, isJudgement, type Judgement, parseJudgement } from '../../src/index.js';
import { parseInspectionOutcome } from '../../src/schema/index.js';

const dir = fileURLToPath(new URL('../fixtures/ofsted-la-outcomes/', import.meta.url));

/** One row of `inspections.csv`, read through the library's parsers. */
export interface OfficialInspection {
  readonly line: number;
  readonly laName: string;
  readonly laCode: string;
  readonly frameworkColumn: 'SIF' | 'ILACS';
  readonly inspectionType: string;
  readonly inspectionDate: string;
  readonly publicationDate: string;
  readonly outcome: InspectionOutcome;
  readonly awardedOverall: Judgement;
}

type Row = Record<string, string>;

/** A cell through `parseJudgement`: a grade, `not-judged` for a blank (Ofsted's "-"), or a thrown error naming the cell. */
function grade(row: Row, column: string, line: number): Judgement | 'not-judged' {
  const cell = row[column] ?? '';
  const parsed = parseJudgement(cell === '' ? '-' : cell);
  if (!parsed.ok) throw new Error(`line ${line}, ${column}: ${parsed.issues[0]?.message}`);
  if (parsed.value !== 'not-judged' && !isJudgement(parsed.value)) {
    throw new Error(`line ${line}, ${column}: ${parsed.value} is not a grade`);
  }
  return parsed.value;
}

function optionalGrade(row: Row, column: string, line: number): { [key: string]: Judgement } {
  const value = grade(row, column, line);
  return value === 'not-judged' ? {} : { [column]: value };
}

function rename(values: { [key: string]: Judgement }, from: string, to: string): { [key: string]: Judgement } {
  return from in values ? { [to]: values[from] as Judgement } : {};
}

function toRawOutcome(row: Row, line: number): unknown {
  const common = {
    leaders: grade(row, 'leaders', line),
    helpAndProtection: grade(row, 'help_protection', line),
  };
  const awardedOverall = grade(row, 'overall', line);
  if (row.framework === 'SIF') {
    return {
      framework: 'sif-2013',
      judgements: {
        ...common,
        childrenLookedAfter: grade(row, 'children_in_care', line),
        ...rename(optionalGrade(row, 'adoption', line), 'adoption', 'adoption'),
        ...rename(optionalGrade(row, 'care_leavers', line), 'care_leavers', 'careLeavers'),
        ...rename(optionalGrade(row, 'lscb', line), 'lscb', 'lscb'),
      },
      awardedOverall,
    };
  }
  if (row.children_in_care_scope === 'children in care and care leavers') {
    return {
      framework: 'ilacs-2018',
      judgements: { ...common, childrenInCareAndCareLeavers: grade(row, 'children_in_care', line) },
      awardedOverall,
    };
  }
  return {
    framework: 'ilacs-2023',
    judgements: {
      ...common,
      childrenInCare: grade(row, 'children_in_care', line),
      careLeavers: grade(row, 'care_leavers', line),
    },
    awardedOverall,
  };
}

/** Every row of `inspections.csv`, each outcome read through `parseInspectionOutcome`. */
export function loadOfficialInspections(): readonly OfficialInspection[] {
  const rows: Row[] = parse(readFileSync(`${dir}inspections.csv`, 'utf8'), { columns: true });
  return rows.map((row, index) => {
    const line = index + 2;
    const parsed = parseInspectionOutcome(toRawOutcome(row, line));
    if (!parsed.ok) throw new Error(`line ${line}: ${JSON.stringify(parsed.issues)}`);
    const outcome = parsed.value;
    if (!('awardedOverall' in outcome) || outcome.awardedOverall === undefined) {
      throw new Error(`line ${line}: no awarded overall`);
    }
    return {
      line,
      laName: row.la_name as string,
      laCode: row.la_code as string,
      frameworkColumn: row.framework as 'SIF' | 'ILACS',
      inspectionType: row.inspection_type as string,
      inspectionDate: row.inspection_date as string,
      publicationDate: row.publication_date as string,
      outcome,
      awardedOverall: outcome.awardedOverall,
    };
  });
}

/** The rows of Ofsted's verbatim ILACS sheet (the table starts on its third line), as printed. */
export function loadVerbatimIlacsRows(): readonly Row[] {
  const text = readFileSync(`${dir}ilacs-history-verbatim.csv`, 'utf8');
  return parse(text, { columns: true, from_line: 3, relax_column_count: true });
}

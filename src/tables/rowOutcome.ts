import { AREA_ROWS, type AreaRow } from '../framework/areaRows.js';
import type { Framework } from '../framework/framework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import { SECTOR_TOKENS } from '../judgement/sectorTokens.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { issue } from '../result/result.js';
import { type GradeCell, gradeOf } from './cells.js';
import { GRADE_COLUMNS, type GradeColumn } from './columnMap.js';
import type { RowReader } from './rowReader.js';

/** The area each grade column holds in each framework: the rows of {@link AREA_ROWS}. */
const AREA_OF_COLUMN = /* @__PURE__ */ Object.fromEntries(AREA_ROWS.map((row) => [row.key, row.areas])) as Readonly<
  Record<GradeColumn, AreaRow['areas']>
>;

/**
 * A row's grade cells, by the field of the column map that holds each.
 *
 * @internal
 */
export type GradeCells = ReadonlyMap<GradeColumn | 'overall', GradeCell>;

/** Each grade column's cell, read whatever the framework, so every unreadable one is reported. @internal */
export function gradeCellsOf(reader: RowReader): GradeCells {
  const cells = new Map<GradeColumn | 'overall', GradeCell>();
  for (const key of [...GRADE_COLUMNS, 'overall'] as const) {
    const column = reader.format.columns[key];
    if (column === undefined) continue;
    const cell = reader.take(column, gradeOf(column, reader.cell(column), reader.table.readings));
    if (cell !== undefined) cells.set(key, cell);
  }
  return cells;
}

/** The judgements of the framework's areas from the grade cells; places each problem at its column. */
function judgementsOf(reader: RowReader, framework: Framework, cells: GradeCells): Record<string, AreaJudgement> {
  const { columns } = reader.format;
  const judgements: Record<string, AreaJudgement> = {};
  const id = framework.id as FrameworkId;
  for (const key of GRADE_COLUMNS) {
    const column = columns[key] as string;
    const cell = cells.get(key);
    if (cell === undefined) continue;
    const area = framework.areas.find((candidate) => candidate.id === AREA_OF_COLUMN[key][id]);
    if (area === undefined) {
      if ('grade' in cell) {
        reader.refuse(column, {
          code: 'area-not-in-framework',
          message: `${column} is "${reader.cell(column)}", but ${framework.id} did not judge care leavers on their own: expected blank or inspection_pre_dates_judgement.`,
          params: { field: column, found: `"${key}"`, allowed: framework.areas.map((known) => known.id) },
        });
      }
      continue;
    }
    if ('grade' in cell) judgements[area.id] = cell.grade;
    else if (cell.none === 'not-judged') judgements[area.id] = 'not-judged';
    else if (area.required) {
      const why = cell.none === 'blank' ? '' : ` (${SECTOR_TOKENS[cell.none].reason})`;
      reader.refuse(column, {
        code: 'missing-area',
        message: `${column} is ${cell.none === 'blank' ? 'blank' : `"${cell.none}"`}${why}: ${framework.id} judges ${area.shortTitle}, so a grade is expected.`,
        params: { field: column, found: cell.none === 'blank' ? 'blank' : `"${cell.none}"`, allowed: JUDGEMENTS },
      });
    }
  }
  return judgements;
}

/** The overall effectiveness grade awarded, where the framework awards one; places each problem at its column. */
function awardedOverall(reader: RowReader, framework: Framework, cell: GradeCell | undefined): Judgement | undefined {
  const column = reader.format.columns.overall;
  if (column === undefined || cell === undefined) return undefined;
  if (!framework.hasOverallEffectiveness) {
    if ('grade' in cell) {
      reader.refuse(column, {
        code: 'no-overall-in-framework',
        message: `${column} is "${reader.cell(column)}", but ${framework.id} awards no overall effectiveness grade: expected blank or not_reported_post_reform.`,
        params: { field: column, found: `"${reader.cell(column)}"`, rule: framework.id },
      });
    }
    return undefined;
  }
  if ('grade' in cell) return cell.grade;
  if (cell.none !== 'blank' && cell.none !== 'not-judged' && SECTOR_TOKENS[cell.none].means === 'no-longer-judged') {
    reader.refuse(column, {
      code: 'invalid-value',
      message: `${column} is "${cell.none}", but ${framework.id} awards overall effectiveness: expected its grade.`,
      params: { field: column, found: `"${cell.none}"`, allowed: JUDGEMENTS },
    });
  }
  return undefined;
}

/**
 * Places the problems the core's rules of an outcome find, at the column of the area each
 * concerns; a map without a column for a needed area is caught here.
 */
function placeOutcomeIssues(reader: RowReader, outcome: InspectionOutcome): void {
  const { columns } = reader.format;
  const id = outcome.framework;
  for (const found of findOutcomeIssues(outcome)) {
    const area = String(found.path[1] ?? '');
    const key = GRADE_COLUMNS.find((column) => AREA_OF_COLUMN[column][id] === area);
    const column = key === undefined ? undefined : columns[key];
    if (column !== undefined && reader.refusedAny([column])) continue; // said already: the cell could not be read
    reader.issues.push(
      issue(
        [reader.index, column ?? key ?? area],
        found.code,
        column === undefined
          ? `No column holds ${area}, which ${id} judges: map columns.${key ?? area} to the column that does.`
          : found.message,
        column === undefined
          ? { ...found.params, field: `columns.${key ?? area}`, rule: 'no-column' }
          : { ...found.params, field: column },
      ),
    );
  }
}

/** The outcome from the grade cells, under a framework; places each problem at its column. @internal */
export function outcomeOf(reader: RowReader, framework: Framework, cells: GradeCells): InspectionOutcome | undefined {
  const before = reader.issues.length;
  const judgements = judgementsOf(reader, framework, cells);
  const awarded = awardedOverall(reader, framework, cells.get('overall'));
  if (reader.issues.length > before) return undefined;
  const outcome = {
    framework: framework.id,
    judgements,
    ...(awarded !== undefined && { awardedOverall: awarded }),
  } as InspectionOutcome;
  placeOutcomeIssues(reader, outcome);
  return reader.issues.length > before ? undefined : outcome;
}

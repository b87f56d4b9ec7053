import { AREA_ROWS } from '../framework/areaRows.js';
import type { AreaJudgement } from '../outcome/outcome.js';

/** The grades a chart shows, best first, then not judged. @internal */
export const GRADES: readonly AreaJudgement[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-judged',
];

/** The words for a grade in a cell, longest first: the first that fits is used. @internal */
export const GRADE_WORDS: Readonly<Record<AreaJudgement, readonly string[]>> = {
  outstanding: ['Outstanding', 'Outst.', 'O'],
  good: ['Good', 'G'],
  'requires-improvement': ['Requires improvement', 'Req. improvement', 'RI'],
  inadequate: ['Inadequate', 'Inad.', 'I'],
  'not-judged': ['Not judged', 'NJ'],
};

/** The grade as a sentence would say it. */
const SAID: Readonly<Record<AreaJudgement, string>> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement',
  inadequate: 'inadequate',
  'not-judged': 'not judged',
};

/** A grade as a sentence would say it; `otherwise` where there is none. @internal */
export function said(grade: AreaJudgement | 'none' | undefined, otherwise: string): string {
  return grade === undefined || grade === 'none' ? otherwise : SAID[grade];
}

/**
 * Each of `AREA_ROWS` with its grade, as a sentence would say them: "leaders good, help
 * and protection inadequate, …", `otherwise` for a row with no grade.
 *
 * @internal
 */
export function saidByArea(grades: readonly (AreaJudgement | 'none' | undefined)[], otherwise: string): string {
  return AREA_ROWS.map((row, at) => `${row.label.toLowerCase()} ${said(grades[at], otherwise)}`).join(', ');
}

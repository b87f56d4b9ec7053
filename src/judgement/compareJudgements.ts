import { JUDGEMENTS, type Judgement, judgementRank } from './judgement.js';

/**
 * Orders two grades best first, in the manner of `Array.prototype.sort`: negative when
 * `a` is better than `b`, positive when worse, zero when equal.
 *
 * @example
 * ```ts
 * import { compareJudgements, type Judgement } from 'ofsted-ilacs';
 *
 * console.log(compareJudgements('good', 'inadequate') < 0); // true: good is better
 * const grades: Judgement[] = ['inadequate', 'outstanding', 'good'];
 * console.log(grades.sort(compareJudgements));
 * // ['outstanding', 'good', 'inadequate']
 * ```
 */
export function compareJudgements(a: Judgement, b: Judgement): number {
  return judgementRank(a) - judgementRank(b);
}

/**
 * The worst grade of a set, or `undefined` for an empty set.
 *
 * @example
 * ```ts
 * import { worstJudgement } from 'ofsted-ilacs';
 *
 * console.log(worstJudgement(['good', 'requires-improvement', 'outstanding'])); // 'requires-improvement'
 * ```
 */
export function worstJudgement(judgements: readonly [Judgement, ...Judgement[]]): Judgement;
export function worstJudgement(judgements: readonly Judgement[]): Judgement | undefined;
export function worstJudgement(judgements: readonly Judgement[]): Judgement | undefined {
  let worst: Judgement | undefined;
  for (const judgement of judgements) {
    if (worst === undefined || compareJudgements(judgement, worst) > 0) worst = judgement;
  }
  return worst;
}

/**
 * The best grade of a set, or `undefined` for an empty set.
 *
 * @example
 * ```ts
 * import { bestJudgement } from 'ofsted-ilacs';
 *
 * console.log(bestJudgement(['good', 'requires-improvement', 'outstanding'])); // 'outstanding'
 * ```
 */
export function bestJudgement(judgements: readonly [Judgement, ...Judgement[]]): Judgement;
export function bestJudgement(judgements: readonly Judgement[]): Judgement | undefined;
export function bestJudgement(judgements: readonly Judgement[]): Judgement | undefined {
  let best: Judgement | undefined;
  for (const judgement of judgements) {
    if (best === undefined || compareJudgements(judgement, best) < 0) best = judgement;
  }
  return best;
}

/**
 * Which way a median of an even number of grades goes when the two middle grades differ.
 *
 * - `'worse'`: the worse of the two (the default wherever the library breaks a tie, so an
 *   indicative grade never flatters).
 * - `'better'`: the better of the two.
 *
 * @example
 * ```ts
 * import { medianJudgement, type TieBreak } from 'ofsted-ilacs';
 *
 * const tieBreak: TieBreak = 'better';
 * console.log(medianJudgement(['good', 'good', 'requires-improvement', 'requires-improvement'], { tieBreak }));
 * // 'good'
 * ```
 */
export type TieBreak = 'worse' | 'better';

/**
 * Options of {@link medianJudgement}.
 *
 * @example
 * ```ts
 * import type { MedianJudgementOptions } from 'ofsted-ilacs';
 *
 * const options: MedianJudgementOptions = { tieBreak: 'worse' };
 * console.log(options);
 * ```
 */
export interface MedianJudgementOptions {
  /** How to choose between two different middle grades. Default `'worse'`. */
  readonly tieBreak?: TieBreak;
}

/**
 * The median (the majority, for three grades) of a set of grades, or `undefined` for an
 * empty set. With an even number of grades whose two middle grades differ, `tieBreak`
 * decides; by default the worse one.
 *
 * The input is not reordered.
 *
 * @example
 * ```ts
 * import { medianJudgement } from 'ofsted-ilacs';
 *
 * console.log(medianJudgement(['good', 'requires-improvement', 'good'])); // 'good'
 * console.log(medianJudgement(['good', 'outstanding', 'requires-improvement', 'good'])); // 'good'
 * console.log(medianJudgement(['good', 'good', 'requires-improvement', 'requires-improvement']));
 * // 'requires-improvement' (a tie, broken towards the worse grade)
 * ```
 */
export function medianJudgement(
  judgements: readonly [Judgement, ...Judgement[]],
  options?: MedianJudgementOptions,
): Judgement;
export function medianJudgement(
  judgements: readonly Judgement[],
  options?: MedianJudgementOptions,
): Judgement | undefined;
export function medianJudgement(
  judgements: readonly Judgement[],
  options: MedianJudgementOptions = {},
): Judgement | undefined {
  const middle = middleJudgements(judgements);
  if (middle === undefined) return undefined;
  const [better, worse] = middle;
  return (options.tieBreak ?? 'worse') === 'worse' ? worse : better;
}

/**
 * The two middle grades of a set sorted best first (the same grade twice for an odd
 * count), or `undefined` for an empty set. A tie is when they differ. Counts rather than
 * sorts, so it costs one pass and never reorders or copies the input.
 *
 * @internal
 */
export function middleJudgements(
  judgements: readonly Judgement[],
): readonly [better: Judgement, worse: Judgement] | undefined {
  const n = judgements.length;
  if (n === 0) return undefined;
  const counts = [0, 0, 0, 0];
  for (const judgement of judgements) {
    const index = judgementRank(judgement) - 1;
    counts[index] = (counts[index] as number) + 1;
  }
  return [judgementAt(counts, (n - 1) >> 1), judgementAt(counts, n >> 1)];
}

/** The grade at a position (0 = best) of the grades counted by rank. */
function judgementAt(counts: readonly number[], position: number): Judgement {
  let seen = 0;
  for (let rank = 0; rank < 3; rank += 1) {
    seen += counts[rank] as number;
    if (position < seen) return JUDGEMENTS[rank] as Judgement;
  }
  return 'inadequate';
}

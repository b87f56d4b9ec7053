import { checkArgument, oneOfOption, readOptions } from '../check/options.js';
import { describeValue } from '../check/values.js';
import { JUDGEMENTS, type Judgement, rankOf } from './judgement.js';

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
 *
 * @category Judgements
 */
export function compareJudgements(a: Judgement, b: Judgement): number {
  return rankOf(a, 'compareJudgements', 'a') - rankOf(b, 'compareJudgements', 'b');
}

/** The ranks of a list of grades, checked: a thrown error names the function and the item at fault. */
function ranksOf(judgements: unknown, fn: string): number[] {
  if (!Array.isArray(judgements)) {
    const found = describeValue(judgements);
    checkArgument(fn, 'judgements', {
      code: 'invalid-type',
      message: `judgements must be a list of grade ids, got ${found}.`,
      params: { field: 'judgements', found, rule: 'list' },
    });
  }
  const list = judgements as readonly unknown[];
  const ranks: number[] = [];
  for (let index = 0; index < list.length; index += 1) ranks.push(rankOf(list[index], fn, `judgements[${index}]`));
  return ranks;
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
 *
 * @category Judgements
 */
export function worstJudgement(judgements: readonly [Judgement, ...Judgement[]]): Judgement;
export function worstJudgement(judgements: readonly Judgement[]): Judgement | undefined;
export function worstJudgement(judgements: readonly Judgement[]): Judgement | undefined {
  let worst = 0;
  for (const rank of ranksOf(judgements, 'worstJudgement')) if (rank > worst) worst = rank;
  return JUDGEMENTS[worst - 1];
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
 *
 * @category Judgements
 */
export function bestJudgement(judgements: readonly [Judgement, ...Judgement[]]): Judgement;
export function bestJudgement(judgements: readonly Judgement[]): Judgement | undefined;
export function bestJudgement(judgements: readonly Judgement[]): Judgement | undefined {
  let best = 5;
  for (const rank of ranksOf(judgements, 'bestJudgement')) if (rank < best) best = rank;
  return JUDGEMENTS[best - 1];
}

/**
 * Which way a median of an even number of grades goes when the two middle grades differ.
 *
 * - `'worse'`: the worse of the two (the default of {@link medianJudgement}, which knows
 *   no areas).
 * - `'better'`: the better of the two.
 *
 * `deriveOverallEffectiveness` takes these and one more, `'leaders'` (its default): towards
 * the leaders' grade, which agrees best with Ofsted's tied outcomes.
 *
 * @example
 * ```ts
 * import { medianJudgement, type TieBreak } from 'ofsted-ilacs';
 *
 * const tieBreak: TieBreak = 'better';
 * console.log(medianJudgement(['good', 'good', 'requires-improvement', 'requires-improvement'], { tieBreak }));
 * // 'good'
 * ```
 *
 * @category Judgements
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
 *
 * @category Judgements
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
 *
 * @category Judgements
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
  options?: MedianJudgementOptions,
): Judgement | undefined {
  options = readOptions('medianJudgement', options, TIE_BREAK_OPTION);
  const middle = middleOfRanks(ranksOf(judgements, 'medianJudgement'));
  if (middle === undefined) return undefined;
  const [better, worse] = middle;
  return (options?.tieBreak ?? 'worse') === 'worse' ? worse : better;
}

/** The option of the median: how to break a tie. @internal */
const TIE_BREAK_OPTION = { tieBreak: /* @__PURE__ */ oneOfOption(['worse', 'better']) };

/** The two middle grades of ranks: counts rather than sorts, so one pass and no reordering. */
function middleOfRanks(ranks: readonly number[]): readonly [better: Judgement, worse: Judgement] | undefined {
  const n = ranks.length;
  if (n === 0) return undefined;
  const counts = [0, 0, 0, 0];
  for (const rank of ranks) counts[rank - 1] = (counts[rank - 1] as number) + 1;
  return middleOfCounts(counts, n);
}

/**
 * The two middle grades, sorted best first, of grades counted by rank (`counts[0]`
 * outstanding ... `counts[3]` inadequate; `n` in all); the same grade twice for an odd
 * count. A tie is when they differ.
 *
 * @internal
 */
export function middleOfCounts(
  counts: readonly number[],
  n: number,
): readonly [better: Judgement, worse: Judgement] | undefined {
  if (n === 0) return undefined;
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

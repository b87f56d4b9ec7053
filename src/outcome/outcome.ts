import type { FRAMEWORK_STRUCTURE } from '../framework/frameworkStructure.js';
import type { FrameworkAreaOf, FrameworkId } from '../framework/frameworks.js';
import type { Judgement } from '../judgement/judgement.js';

/**
 * What an outcome records for one area: a grade, or `'not-judged'` where Ofsted made no
 * judgement (a dash in its tables, such as the Isles of Scilly's children looked after
 * judgement in 2016).
 *
 * @example
 * ```ts
 * import type { AreaJudgement } from 'ofsted-ilacs';
 *
 * const childrenLookedAfter: AreaJudgement = 'not-judged';
 * console.log(childrenLookedAfter);
 * ```
 *
 * @category Outcomes
 */
export type AreaJudgement = Judgement | 'not-judged';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The judgements of one inspection under framework `F`: a value for every required
 * area, optionally for the others, and nothing for areas the framework lacks.
 *
 * @example
 * ```ts
 * import type { AreaJudgements } from 'ofsted-ilacs';
 *
 * const hull2022: AreaJudgements<'ilacs-2018'> = {
 *   leaders: 'requires-improvement',
 *   helpAndProtection: 'requires-improvement',
 *   childrenInCareAndCareLeavers: 'good',
 * };
 * console.log(hull2022.childrenInCareAndCareLeavers); // 'good'
 * ```
 *
 * @category Outcomes
 */
export type AreaJudgements<F extends FrameworkId> = Simplify<
  { readonly [A in Extract<FrameworkAreaOf<F>, { readonly required: true }>['id']]: AreaJudgement } & {
    readonly [A in Extract<FrameworkAreaOf<F>, { readonly required: false }>['id']]?: AreaJudgement;
  }
>;

/**
 * The recorded outcome of one graded inspection: the framework, the area judgements and,
 * where the framework has one and it is known, the overall effectiveness grade Ofsted
 * awarded. A union over frameworks, discriminated by `framework`; `ilacs-2026` outcomes
 * cannot carry an awarded overall grade.
 *
 * @example
 * ```ts
 * import type { InspectionOutcome } from 'ofsted-ilacs';
 *
 * const hull2019: InspectionOutcome<'ilacs-2018'> = {
 *   framework: 'ilacs-2018',
 *   judgements: {
 *     leaders: 'requires-improvement',
 *     helpAndProtection: 'inadequate',
 *     childrenInCareAndCareLeavers: 'requires-improvement',
 *   },
 *   awardedOverall: 'inadequate',
 * };
 * console.log(hull2019.awardedOverall); // 'inadequate'
 * ```
 *
 * @category Outcomes
 */
export type InspectionOutcome<F extends FrameworkId = FrameworkId> = F extends FrameworkId
  ? Simplify<
      {
        readonly framework: F;
        readonly judgements: AreaJudgements<F>;
      } & ((typeof FRAMEWORK_STRUCTURE)[F]['overall']['awarded'] extends true
        ? { readonly awardedOverall?: Judgement }
        : {})
    >
  : never;

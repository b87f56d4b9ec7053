/**
 * A RAG rating, and blue for complete.
 *
 * @example
 * ```ts
 * import type { Rag } from 'ofsted-ilacs';
 *
 * const rag: Rag = 'amber';
 * console.log(rag);
 * ```
 *
 * @category Improvement plans
 */
export type Rag = 'red' | 'amber' | 'green' | 'blue';

/** Every {@link Rag}. @internal */
export const RAGS = ['red', 'amber', 'green', 'blue'] as const satisfies readonly Rag[];

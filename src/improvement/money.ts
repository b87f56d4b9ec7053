/**
 * Formats an amount held as integer pence as pounds sterling, the way a UK board paper
 * writes it. Money is held in pence so that sums are exact.
 *
 * @example
 * ```ts
 * import { formatPence } from 'ofsted-ilacs';
 *
 * console.log(formatPence(440_000_000)); // '£4,400,000.00'
 * console.log(formatPence(-1_250)); // '-£12.50'
 * ```
 */
export function formatPence(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

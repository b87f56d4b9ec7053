import { checkArgument } from '../check/options.js';
import { describeValue } from '../check/values.js';

/**
 * Formats an amount held as integer pence as pounds sterling, the way a UK board paper
 * writes it. Money is held in pence so that sums are exact. Throws
 * {@link OfstedIlacsError} (`invalid-argument`) for anything but a whole number.
 *
 * @example
 * ```ts
 * import { formatPence } from 'ofsted-ilacs';
 *
 * console.log(formatPence(440_000_000)); // '£4,400,000.00'
 * console.log(formatPence(-1_250)); // '-£12.50'
 * ```
 *
 * @category Improvement plans
 */
export function formatPence(pence: number): string {
  if (!Number.isSafeInteger(pence)) {
    checkArgument('formatPence', 'pence', {
      code: typeof pence === 'number' ? 'invalid-value' : 'invalid-type',
      message: `formatPence needs a whole number of pence (£2m is 200000000), got ${describeValue(pence)}.`,
      params: { field: 'pence', found: describeValue(pence), rule: 'whole-number' },
    });
  }
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}

import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { Issue } from '../result/result.js';

/**
 * The error for a refused argument: the function, then each issue's path and sentence.
 *
 * @internal
 */
export function refusal(code: OfstedIlacsError['code'], fn: string, issues: readonly Issue[]): OfstedIlacsError {
  const listed = issues
    .slice(0, 5)
    .map((found) => (found.path.length > 0 ? `${found.path.join('.')}: ${found.message}` : found.message))
    .join(' ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more: see error.issues)` : '';
  return new OfstedIlacsError(code, `${fn}: ${listed}${more}`, issues);
}

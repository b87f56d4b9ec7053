import type { Result } from '../../src/index.js';

/** The value of a result a test expects to succeed; its issues, as an error, if it did not. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

import { type Issue, issue } from '../result/result.js';

/**
 * The issue for a value that could not be read: reading it threw (a getter that throws,
 * a proxy whose traps throw, a list too deeply nested to walk). The value is refused,
 * never half-read.
 *
 * @internal
 */
export function unreadable(path: readonly (string | number)[] = []): Issue {
  return issue(
    path,
    'unreadable',
    'The value could not be read: reading it threw (a getter or proxy that throws, or nesting too deep). Pass plain data, such as the result of JSON.parse.',
    { field: path.join('.') },
  );
}

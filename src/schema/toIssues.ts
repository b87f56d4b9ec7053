import type * as z from 'zod';
import { type Issue, type IssueCode, issue } from '../result/result.js';

/** Describes one unknown key found at a path: its code and sentence. @internal */
export type DescribeUnknownKey = (
  path: readonly (string | number)[],
  key: string,
) => { readonly code: IssueCode; readonly message: string };

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/**
 * Turns zod's issues into the library's issues: a path, a stable code and the sentence
 * the schema wrote. Unknown keys become one issue each, at the key's own path.
 *
 * Parse with `reportInput: true`, so that a missing value (no input) can be told apart
 * from a wrong one.
 *
 * @internal
 */
export function toIssues(zodIssues: readonly z.core.$ZodIssue[], describeUnknownKey: DescribeUnknownKey): Issue[] {
  const issues: Issue[] = [];
  for (const zodIssue of zodIssues) {
    const path = toPath(zodIssue.path);
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) {
        const { code, message } = describeUnknownKey(path, key);
        issues.push(issue([...path, key], code, message));
      }
    } else {
      const missing = zodIssue.input === undefined;
      const code: IssueCode = missing ? 'missing' : zodIssue.code === 'invalid_type' ? 'invalid-type' : 'invalid-value';
      issues.push(issue(path, code, zodIssue.message));
    }
  }
  return issues;
}

import type * as z from 'zod';
import { unreadable } from '../check/unreadable.js';
import { type CompiledFramework, compiledFramework } from '../framework/compiledFrameworks.js';
import { outcomeMessages } from '../outcome/outcomeIssues.js';
import { fail, type Issue, type IssueCode, issue, type Result, shorten, succeed } from '../result/result.js';

type Path = (string | number)[];

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((part) => (typeof part === 'number' ? part : String(part)));
}

/** The value at a path of the input, if there is one. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** The framework of the outcome at a path, if the value there is an outcome naming a known one. */
function outcomeFrameworkAt(root: unknown, path: readonly (string | number)[]): CompiledFramework | undefined {
  const value = valueAt(root, path) as { framework?: unknown; judgements?: unknown } | undefined;
  if (typeof value !== 'object' || value === null || !('judgements' in value)) return undefined;
  return compiledFramework(value.framework);
}

function isOutcomeAt(root: unknown, path: readonly (string | number)[]): boolean {
  const value = valueAt(root, path);
  return typeof value === 'object' && value !== null && 'judgements' in value;
}

/** One unknown key: an area the outcome's framework lacks, an overall it has none of, or a stray field. */
function unknownKey(root: unknown, path: Path, key: string): Issue {
  const at = [...path, key];
  if (path.at(-1) === 'judgements') {
    const framework = outcomeFrameworkAt(root, path.slice(0, -1));
    if (framework !== undefined)
      return issue(at, 'area-not-in-framework', outcomeMessages.areaNotInFramework(framework, key));
  }
  const framework = outcomeFrameworkAt(root, path);
  if (framework !== undefined && key === 'awardedOverall') {
    return issue(at, 'no-overall-in-framework', outcomeMessages.noOverall(framework));
  }
  if (isOutcomeAt(root, path)) return issue(at, 'unknown-key', outcomeMessages.unknownField(key));
  return issue(
    at,
    'unknown-key',
    `"${shorten(key)}" is not a field ${path.length > 0 ? `of ${path.join('.')}` : 'here'}: remove it, or check its spelling.`,
  );
}

/**
 * Turns zod's issues into the library's issues: a path, a stable code and the sentence
 * the schema wrote. Unknown keys become one issue each, at the key's own path. Wherever
 * an inspection outcome sits in the input, issues about it get the outcome's own codes
 * (`unknown-framework`, `missing-area`, `area-not-in-framework`,
 * `no-overall-in-framework`).
 *
 * Parse with `reportInput: true`, so that a missing value can be told apart from a
 * wrong one (as {@link parseWith} does).
 *
 * @internal
 */
export function toIssues(zodIssues: readonly z.core.$ZodIssue[], root: unknown): Issue[] {
  const issues: Issue[] = [];
  for (const zodIssue of zodIssues) {
    const path = toPath(zodIssue.path);
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) issues.push(unknownKey(root, path, key));
      continue;
    }
    const own = zodIssue.code === 'custom' ? (zodIssue.params as { code?: IssueCode } | undefined)?.code : undefined;
    if (own !== undefined) {
      issues.push(issue(path, own, zodIssue.message));
      continue;
    }
    const missing = zodIssue.input === undefined;
    const parent = path.slice(0, -1);
    const last = path.at(-1);
    if (last === 'framework' && isOutcomeAt(root, parent)) {
      const framework = missing ? undefined : (valueAt(root, parent) as { framework?: unknown }).framework;
      issues.push(issue(path, 'unknown-framework', outcomeMessages.unknownFramework(framework)));
      continue;
    }
    const code: IssueCode =
      missing && path.at(-2) === 'judgements' && isOutcomeAt(root, path.slice(0, -2))
        ? 'missing-area'
        : missing
          ? 'missing'
          : zodIssue.code === 'invalid_type'
            ? 'invalid-type'
            : 'invalid-value';
    issues.push(issue(path, code, zodIssue.message));
  }
  return issues;
}

/**
 * Parses untrusted input with a schema, and never throws: the value, or the library's
 * issues. Valid input is parsed once, fast; only input that fails is parsed again with
 * `reportInput: true`, which the issues need and which costs several times the parse.
 * zod reads each field once into a new value, so the core's rules (called from the
 * schemas) see a copy no getter can change; input whose reading throws (a throwing
 * getter or proxy) is refused as `unreadable`.
 *
 * @internal
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return succeed(parsed.data);
    const reported = schema.safeParse(input, { reportInput: true });
    return fail(toIssues((reported.error ?? parsed.error).issues, input));
  } catch {
    return fail([unreadable()]);
  }
}

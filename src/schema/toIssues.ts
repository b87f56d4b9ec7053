import type * as z from 'zod';
import { copyOnce } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue, isRecord } from '../check/values.js';
import { type CompiledFramework, compiledFramework } from '../framework/compiledFrameworks.js';
import { type OutcomeProblem, outcomeMessages, problemParams } from '../outcome/outcomeIssues.js';
import {
  fail,
  type Issue,
  type IssueCode,
  type IssueParams,
  issue,
  type Result,
  shorten,
  succeed,
} from '../result/result.js';
import type { CoreParams } from './fieldSchemas.js';

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
    if (framework !== undefined) {
      const problem: OutcomeProblem = { path: ['judgements', key], code: 'area-not-in-framework' };
      return issue(
        at,
        problem.code,
        outcomeMessages.areaNotInFramework(framework, key),
        problemParams(problem, framework),
      );
    }
  }
  const framework = outcomeFrameworkAt(root, path);
  if (framework !== undefined && key === 'awardedOverall') {
    const problem: OutcomeProblem = { path: [key], code: 'no-overall-in-framework', value: valueAt(root, at) };
    return issue(at, problem.code, outcomeMessages.noOverall(framework), problemParams(problem, framework));
  }
  if (isOutcomeAt(root, path)) {
    const problem: OutcomeProblem = { path: [key], code: 'unknown-key' };
    return issue(at, problem.code, outcomeMessages.unknownField(key), problemParams(problem, undefined));
  }
  return issue(
    at,
    'unknown-key',
    `"${shorten(key)}" is not a field ${path.length > 0 ? `of ${path.join('.')}` : 'here'}: remove it, or check its spelling.`,
    { field: path.length > 0 ? path.join('.') : 'the input', found: `"${shorten(key)}"` },
  );
}

/** What was found where zod refused: the discriminator's value for a union, a list's length, else the value. */
function foundIn(zodIssue: z.core.$ZodIssue): string | undefined {
  const input = zodIssue.input;
  if (zodIssue.code === 'invalid_union' && zodIssue.discriminator !== undefined) {
    return describeValue(isRecord(input) ? input[zodIssue.discriminator] : undefined);
  }
  if (input === undefined) return undefined;
  return Array.isArray(input) ? `${input.length} items` : describeValue(input);
}

/** Which rule zod's issue broke, and the limit or the values allowed, where it says. */
function zodRule(zodIssue: z.core.$ZodIssue): IssueParams {
  switch (zodIssue.code) {
    case 'invalid_type':
      return { rule: zodIssue.expected };
    case 'too_big':
      return { limit: Number(zodIssue.maximum), rule: 'maximum' };
    case 'too_small':
      return { limit: Number(zodIssue.minimum), rule: 'minimum' };
    case 'not_multiple_of':
      return { limit: zodIssue.divisor, rule: 'multiple-of' };
    case 'invalid_value':
      return { allowed: zodIssue.values.map(String) };
    case 'invalid_format':
      return { rule: zodIssue.format };
    case 'invalid_union': {
      const options = 'options' in zodIssue ? zodIssue.options : undefined;
      return options === undefined ? { rule: 'union' } : { allowed: options.map(String) };
    }
    default:
      return { rule: zodIssue.code };
  }
}

/** What the words of zod's own issue need: the path as the field, what was found, and zod's facts. */
function zodParams(zodIssue: z.core.$ZodIssue, path: Path): IssueParams {
  const found = foundIn(zodIssue);
  return {
    ...(path.length > 0 && { field: path.join('.') }),
    ...(found !== undefined && { found }),
    ...zodRule(zodIssue),
  };
}

/** The core's problem carried through a custom issue (see `coreCheck`): its code and params. */
function ownProblem(zodIssue: z.core.$ZodIssue): { code: IssueCode; params?: IssueParams } | undefined {
  if (zodIssue.code !== 'custom') return undefined;
  const carried = zodIssue.params as CoreParams | undefined;
  return carried?.code === undefined ? undefined : { code: carried.code, params: carried.issueParams };
}

/** An issue about where an outcome sits in the input: its framework, or a required area missing. */
function outcomeIssue(zodIssue: z.core.$ZodIssue, root: unknown, path: Path): Issue | undefined {
  const missing = zodIssue.input === undefined;
  const parent = path.slice(0, -1);
  if (path.at(-1) === 'framework' && isOutcomeAt(root, parent)) {
    const framework = missing ? undefined : (valueAt(root, parent) as { framework?: unknown }).framework;
    const problem: OutcomeProblem = { path: ['framework'], code: 'unknown-framework', value: framework };
    return issue(path, problem.code, outcomeMessages.unknownFramework(framework), problemParams(problem, undefined));
  }
  if (missing && path.at(-2) === 'judgements' && isOutcomeAt(root, path.slice(0, -2))) {
    const problem: OutcomeProblem = { path: ['judgements', String(path.at(-1))], code: 'missing-area' };
    return issue(
      path,
      problem.code,
      zodIssue.message,
      problemParams(problem, outcomeFrameworkAt(root, path.slice(0, -2))),
    );
  }
  return undefined;
}

/**
 * Turns zod's issues into the library's issues: a path, a stable code, params and the
 * sentence the schema wrote. Unknown keys become one issue each, at the key's own path.
 * Wherever an inspection outcome sits in the input, issues about it get the outcome's own
 * codes and params (`unknown-framework`, `missing-area`, `area-not-in-framework`,
 * `no-overall-in-framework`). The core's rules, raised inside the schemas, keep the
 * core's code and params; zod's own issues get params from zod's facts: the value found,
 * the type expected, the limit, the values allowed.
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
    const own = ownProblem(zodIssue);
    if (own !== undefined) {
      issues.push(issue(path, own.code, zodIssue.message, own.params ?? zodParams(zodIssue, path)));
      continue;
    }
    const about = outcomeIssue(zodIssue, root, path);
    if (about !== undefined) {
      issues.push(about);
      continue;
    }
    const code: IssueCode =
      zodIssue.input === undefined ? 'missing' : zodIssue.code === 'invalid_type' ? 'invalid-type' : 'invalid-value';
    issues.push(issue(path, code, zodIssue.message, zodParams(zodIssue, path)));
  }
  return issues;
}

/**
 * Parses untrusted input with a schema, and never throws: the value, or the library's
 * issues. The input is read once, into the library's own plain copy (see `snapshot`), and
 * only the copy is parsed: so a list with a hole or an iterator of its own, and fields
 * inherited from a prototype, are refused here as the core's doors refuse them, and a
 * getter that answers differently the second time is never read again. Values the library
 * checked and froze are parsed as they are. Valid input is parsed once, fast; only input
 * that fails is parsed again with `reportInput: true`, which the issues need and which
 * costs several times the parse. Input whose reading throws (a throwing getter or proxy)
 * is refused as `unreadable`.
 *
 * @internal
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const read = copyOnce(input);
  if ('refused' in read) return fail([read.refused]);
  const { copy } = read;
  try {
    const parsed = schema.safeParse(copy);
    if (parsed.success) return succeed(parsed.data);
    const reported = schema.safeParse(copy, { reportInput: true });
    return fail(toIssues((reported.error ?? parsed.error).issues, copy));
  } catch {
    return fail([unreadable()]);
  }
}

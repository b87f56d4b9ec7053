import type { Problem } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import { isFrameworkId } from '../framework/frameworks.js';
import type { Issue } from '../result/result.js';
import type { DefinedFramework, DefinedOverall } from './definedFramework.js';

/** What reading an outcome with the caller's frameworks found: its issues, and its copy where it fits. @internal */
export interface ReadWithFrameworks {
  readonly issues: readonly Issue[];
  /** The library's copy: of an outcome that fits a caller's framework, or of any naming a built-in one. */
  readonly copy?: Readonly<Record<string, unknown>>;
  /** Whether the outcome names one of the caller's frameworks. */
  readonly defined: boolean;
  /** The caller's framework it names, where it names one. */
  readonly framework?: DefinedFramework;
}

/**
 * What a framework made by `defineFramework` does: derive an outcome under it, and check
 * one. `defineFramework` attaches it to each framework it makes, so the core's doors reach
 * it through the framework the caller passes, and a bundle that never defines a framework
 * carries none of it. Not a registry of ids: a framework is known where it is passed.
 *
 * @internal
 */
export interface DefinedBehaviour {
  /** Derives an outcome under one of `frameworks`, read once; throws `unknown()` where it names none of them. */
  readonly derive: (
    outcome: unknown,
    frameworks: readonly DefinedFramework[],
    options: { readonly tieBreak?: 'leaders' | 'worse' | 'better'; readonly limitingRule?: string },
    unknown: () => Error,
  ) => DefinedOverall;
  /** Reads an outcome once and checks it against the framework it names, among `frameworks` or the built-in ones. */
  readonly read: (outcome: unknown, frameworks: readonly DefinedFramework[]) => ReadWithFrameworks;
}

const BEHAVIOUR = /* @__PURE__ */ new WeakMap<object, DefinedBehaviour>();

/** Attaches a framework's behaviour; only `defineFramework` calls it. @internal */
export function attachBehaviour(framework: object, behaviour: DefinedBehaviour): void {
  BEHAVIOUR.set(framework, behaviour);
}

/** The behaviour of the caller's frameworks (the same for each), if they passed any. @internal */
export function behaviourOf(frameworks: readonly DefinedFramework[] | undefined): DefinedBehaviour | undefined {
  const first = frameworks?.[0];
  return first === undefined ? undefined : BEHAVIOUR.get(first);
}

/** The framework each result derived under a caller's framework was derived under. */
const DERIVED_UNDER = /* @__PURE__ */ new WeakMap<object, DefinedFramework>();

/** Records the framework a result was derived under; only the derivation calls it. @internal */
export function rememberDerivedUnder<R extends object>(result: R, framework: DefinedFramework): R {
  DERIVED_UNDER.set(result, framework);
  return result;
}

/** The framework a result was derived under, if the library derived it under one of the caller's. @internal */
export function derivedUnder(result: object): DefinedFramework | undefined {
  return DERIVED_UNDER.get(result);
}

/** Whether a value is a framework made by `defineFramework`. @internal */
export function isDefinedFramework(value: unknown): value is DefinedFramework {
  return typeof value === 'object' && value !== null && BEHAVIOUR.has(value);
}

/** The caller's framework an outcome names, if it names one of theirs. @internal */
export function definedFrameworkOf(
  frameworks: readonly DefinedFramework[] | undefined,
  id: unknown,
): DefinedFramework | undefined {
  return frameworks?.find((framework) => framework.id === id);
}

/**
 * The option `frameworks`: a list of frameworks made by `defineFramework`, read by index
 * (a hole or anything else refused). Shared by every door that takes the option.
 *
 * @internal
 */
export function frameworksProblem(value: unknown, name: string): Problem | undefined {
  if (Array.isArray(value)) {
    let index = 0;
    while (index < value.length && Object.hasOwn(value, index) && isDefinedFramework(value[index])) index += 1;
    if (index === value.length) return duplicateFramework(value as readonly DefinedFramework[], name);
  }
  const found = describeValue(value);
  return {
    code: 'invalid-type',
    message: `${name} must be a list of frameworks made by defineFramework, got ${found}: define each with defineFramework and pass the results.`,
    params: { field: name, found, rule: 'defined-frameworks' },
  };
}

/**
 * The problem with frameworks of one id given twice, or with a built-in framework's
 * definition given, if they are: an outcome naming it would name two.
 */
function duplicateFramework(frameworks: readonly DefinedFramework[], name: string): Problem | undefined {
  const ids = frameworks.map((framework) => framework.id);
  const builtIn = ids.find((id) => isFrameworkId(id));
  if (builtIn !== undefined) return builtInDefinitionProblem(builtIn, name);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice === undefined) return undefined;
  return {
    code: 'duplicate-id',
    message: `${name} holds two frameworks with the id "${twice}": an outcome naming it would name both, so give each its own id.`,
    params: { field: name, found: `"${twice}"`, rule: 'framework-id' },
  };
}

/**
 * The problem with a built-in framework's definition (`FRAMEWORK_DEFINITIONS`) given in
 * `frameworks`: the library knows the framework without it. Shared by every door that
 * takes the option.
 *
 * @internal
 */
export function builtInDefinitionProblem(id: string, name: string): Problem {
  return {
    code: 'duplicate-id',
    message: `${name} holds the built-in framework "${id}", which the library knows without it: leave it out, or copy its definition with an id of your own.`,
    params: { field: name, found: `"${id}"`, rule: 'built-in' },
  };
}

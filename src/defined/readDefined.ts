import { refusedCopyIssue, snapshot } from '../check/snapshot.js';
import { isPlainRecord, isRecord } from '../check/values.js';
import { compiledFramework } from '../framework/compiledFrameworks.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { definedFrameworkOf, type ReadWithFrameworks } from './behaviour.js';
import type { DefinedFramework } from './definedFramework.js';
import { definedOutcomeIssues } from './definedOutcomeIssues.js';

/**
 * Reads an outcome once, into the library's copy, and checks it against the framework it
 * names: one of the caller's, by its areas and scale; a built-in one, by the core's check
 * (an unknown framework's issue lists the caller's ids too). Never throws.
 *
 * @internal
 */
export function readDefinedOutcome(outcome: unknown, frameworks: readonly DefinedFramework[]): ReadWithFrameworks {
  let copy: unknown;
  try {
    copy = snapshot(outcome);
  } catch (error) {
    return { issues: [refusedCopyIssue(error, [])], defined: false };
  }
  const framework = isRecord(copy) ? definedFrameworkOf(frameworks, copy.framework) : undefined;
  if (framework === undefined || !isRecord(copy) || !isPlainRecord(copy)) {
    const defined = frameworks?.map((each) => each.id) ?? [];
    const found = findOutcomeIssues(copy).map((each) =>
      each.code === 'unknown-framework'
        ? { ...each, params: { ...each.params, allowed: [...(each.params.allowed ?? []), ...defined] } }
        : each,
    );
    // An outcome naming a built-in framework is handed back whole, for the schema to read.
    const builtIn = isRecord(copy) && compiledFramework(copy.framework) !== undefined;
    return builtIn
      ? { issues: found, copy: copy as Record<string, unknown>, defined: false }
      : { issues: found, defined: false };
  }
  const found = definedOutcomeIssues(copy, framework);
  return found.length > 0
    ? { issues: found, defined: true, framework }
    : { issues: found, copy, defined: true, framework };
}

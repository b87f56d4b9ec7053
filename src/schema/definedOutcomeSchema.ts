import * as z from 'zod';
import type { DefinedFramework } from '../defined/definedFramework.js';

/**
 * The zod schema of an outcome under a framework the caller defined: its framework's id,
 * its judgements keyed by its areas (a grade on its scale or `not-judged`; required areas
 * required), and an awarded overall grade where the framework awards one. Unknown keys are
 * refused. Built on call, from the framework given.
 *
 * @internal
 */
export function definedOutcomeSchema(framework: DefinedFramework) {
  const grades = framework.scale.grades as [string, ...string[]];
  const areaGrade = z.enum([...grades, 'not-judged']);
  const judgements = Object.fromEntries(
    framework.areas.map((area) => [area.id, area.required ? areaGrade : areaGrade.optional()]),
  );
  return z.strictObject({
    framework: z.literal(framework.id),
    judgements: z.strictObject(judgements),
    ...(framework.overall.awarded && { awardedOverall: z.enum(grades).optional() }),
  });
}

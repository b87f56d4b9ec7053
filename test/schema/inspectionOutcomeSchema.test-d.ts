import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { AreaJudgement, FrameworkId, InspectionOutcome, Judgement, Result } from '../../src/index.js';
import {
  type AreaJudgementSchema,
  type FrameworkIdSchema,
  type InspectionOutcomeSchema,
  type JudgementSchema,
  parseInspectionOutcome,
} from '../../src/schema/index.js';
import type { DeepReadonly } from '../support/deepReadonly.js';

describe('schema output types equal the core types', () => {
  it('for the scale and the framework ids', () => {
    expectTypeOf<DeepReadonly<z.output<typeof JudgementSchema>>>().toEqualTypeOf<Judgement>();
    expectTypeOf<DeepReadonly<z.output<typeof AreaJudgementSchema>>>().toEqualTypeOf<AreaJudgement>();
    expectTypeOf<DeepReadonly<z.output<typeof FrameworkIdSchema>>>().toEqualTypeOf<FrameworkId>();
  });

  it('for the outcome, framework by framework', () => {
    type Output = DeepReadonly<z.output<typeof InspectionOutcomeSchema>>;
    expectTypeOf<Output>().toEqualTypeOf<InspectionOutcome>();
    expectTypeOf<Extract<Output, { framework: 'sif-2013' }>>().toEqualTypeOf<InspectionOutcome<'sif-2013'>>();
    expectTypeOf<Extract<Output, { framework: 'ilacs-2018' }>>().toEqualTypeOf<InspectionOutcome<'ilacs-2018'>>();
    expectTypeOf<Extract<Output, { framework: 'ilacs-2023' }>>().toEqualTypeOf<InspectionOutcome<'ilacs-2023'>>();
    expectTypeOf<Extract<Output, { framework: 'ilacs-2026' }>>().toEqualTypeOf<InspectionOutcome<'ilacs-2026'>>();
    expectTypeOf(parseInspectionOutcome({} as unknown)).toEqualTypeOf<Result<InspectionOutcome>>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  ActionHistoryEntry,
  ActionStatus,
  Finding,
  ImprovementAction,
  ImprovementPlan,
  Rag,
  Result,
  Visit,
} from '../../src/index.js';
import {
  type ActionHistoryEntrySchema,
  type ActionStatusSchema,
  type FindingSchema,
  type ImprovementActionSchema,
  type ImprovementPlanSchema,
  parseImprovementAction,
  parseImprovementPlan,
  type RagSchema,
  type VisitSchema,
} from '../../src/schema/index.js';
import type { DeepReadonly } from '../support/deepReadonly.js';

describe('improvement schema output types equal the core types', () => {
  it('for findings, statuses and history entries', () => {
    expectTypeOf<DeepReadonly<z.output<typeof FindingSchema>>>().toEqualTypeOf<Finding>();
    expectTypeOf<DeepReadonly<z.output<typeof RagSchema>>>().toEqualTypeOf<Rag>();
    expectTypeOf<DeepReadonly<z.output<typeof ActionStatusSchema>>>().toEqualTypeOf<ActionStatus>();
    expectTypeOf<DeepReadonly<z.output<typeof ActionHistoryEntrySchema>>>().toEqualTypeOf<ActionHistoryEntry>();
    expectTypeOf<DeepReadonly<z.output<typeof VisitSchema>>>().toEqualTypeOf<Visit>();
  });

  it('for actions and plans', () => {
    expectTypeOf<DeepReadonly<z.output<typeof ImprovementActionSchema>>>().toEqualTypeOf<ImprovementAction>();
    expectTypeOf<DeepReadonly<z.output<typeof ImprovementPlanSchema>>>().toEqualTypeOf<ImprovementPlan>();
    expectTypeOf(parseImprovementAction).returns.toEqualTypeOf<Result<ImprovementAction>>();
    // `.returns` of an overloaded function is the union over its overloads: the plain call through a wrapper of one signature.
    const plain = (input: unknown) => parseImprovementPlan(input);
    expectTypeOf(plain).returns.toEqualTypeOf<Result<ImprovementPlan>>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Authority,
  CalendarDate,
  DefinedFramework,
  FrameworkId,
  Holiday,
  HolidayCalendar,
  InspectionEvent,
  InspectionHistory,
  Inspectorate,
  OnSite,
  Result,
  StatutoryClock,
} from '../../src/index.js';
import {
  type AuthoritySchema,
  type CalendarDateSchema,
  type HolidayCalendarSchema,
  type HolidaySchema,
  type InspectionEventSchema,
  type InspectionHistorySchema,
  type InspectorateSchema,
  type OnSiteSchema,
  parseInspectionHistory,
  type StatutoryClockSchema,
} from '../../src/schema/index.js';
import type { DeepReadonly } from '../support/deepReadonly.js';

describe('calendar and inspection schema output types equal the core types', () => {
  it('for dates and holidays', () => {
    expectTypeOf<DeepReadonly<z.output<typeof CalendarDateSchema>>>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<DeepReadonly<z.output<typeof HolidaySchema>>>().toEqualTypeOf<Holiday>();
    expectTypeOf<DeepReadonly<z.output<typeof HolidayCalendarSchema>>>().toEqualTypeOf<HolidayCalendar>();
  });

  it('for events and histories', () => {
    expectTypeOf<DeepReadonly<z.output<typeof OnSiteSchema>>>().toEqualTypeOf<OnSite>();
    expectTypeOf<DeepReadonly<z.output<typeof InspectorateSchema>>>().toEqualTypeOf<Inspectorate>();
    expectTypeOf<DeepReadonly<z.output<typeof InspectionEventSchema>>>().toEqualTypeOf<InspectionEvent>();
    expectTypeOf<DeepReadonly<z.output<typeof AuthoritySchema>>>().toEqualTypeOf<Authority>();
    expectTypeOf<DeepReadonly<z.output<typeof InspectionHistorySchema>>>().toEqualTypeOf<InspectionHistory>();
    expectTypeOf<DeepReadonly<z.output<typeof StatutoryClockSchema>>>().toEqualTypeOf<StatutoryClock>();
  });

  it('for parseInspectionHistory, without frameworks and with them', () => {
    // `.returns` of an overloaded function is the union over its overloads: each call is taken through a wrapper with one signature.
    const plain = (input: unknown) => parseInspectionHistory(input);
    expectTypeOf(plain).returns.toEqualTypeOf<Result<InspectionHistory>>();
    const frameworks: readonly DefinedFramework[] = [];
    const anyOfYours = (input: unknown) => parseInspectionHistory(input, { frameworks: frameworks });
    expectTypeOf(anyOfYours).returns.toEqualTypeOf<Result<InspectionHistory<FrameworkId | DefinedFramework>>>();
    type Review = DefinedFramework<'peer-review', 'frontDoor', 'strong' | 'weak'>;
    const withReview = (input: unknown, review: Review) => parseInspectionHistory(input, { frameworks: [review] });
    expectTypeOf(withReview).returns.toEqualTypeOf<Result<InspectionHistory<FrameworkId | Review>>>();
    expectTypeOf(withReview).returns.not.toEqualTypeOf<Result<InspectionHistory>>();
  });
});

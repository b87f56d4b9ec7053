import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Authority,
  CalendarDate,
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
    expectTypeOf(parseInspectionHistory).returns.toEqualTypeOf<Result<InspectionHistory>>();
  });
});

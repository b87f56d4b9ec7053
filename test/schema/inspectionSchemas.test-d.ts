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

describe('calendar and inspection schema output types equal the core types', () => {
  it('for dates and holidays', () => {
    expectTypeOf<z.output<typeof CalendarDateSchema>>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<z.output<typeof HolidaySchema>>().toEqualTypeOf<Holiday>();
    expectTypeOf<z.output<typeof HolidayCalendarSchema>>().toEqualTypeOf<HolidayCalendar>();
  });

  it('for events and histories', () => {
    expectTypeOf<z.output<typeof OnSiteSchema>>().toEqualTypeOf<OnSite>();
    expectTypeOf<z.output<typeof InspectorateSchema>>().toEqualTypeOf<Inspectorate>();
    expectTypeOf<z.output<typeof InspectionEventSchema>>().toEqualTypeOf<InspectionEvent>();
    expectTypeOf<z.output<typeof AuthoritySchema>>().toEqualTypeOf<Authority>();
    expectTypeOf<z.output<typeof InspectionHistorySchema>>().toEqualTypeOf<InspectionHistory>();
    expectTypeOf<z.output<typeof StatutoryClockSchema>>().toEqualTypeOf<StatutoryClock>();
    expectTypeOf(parseInspectionHistory).returns.toEqualTypeOf<Result<InspectionHistory>>();
  });
});

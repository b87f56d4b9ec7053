import type { CalendarDate } from '../calendar/calendarDate.js';
import type { IssueCode } from '../result/result.js';

/**
 * The dates of one inspection or visit, each absent where its source lacks it: the first
 * and last days on site, the day the council received the report, the day Ofsted
 * published it.
 *
 * @internal
 */
export interface InspectionDates {
  readonly start?: CalendarDate | undefined;
  readonly end?: CalendarDate | undefined;
  readonly reportReceived?: CalendarDate | undefined;
  readonly published?: CalendarDate | undefined;
}

/** Which of {@link InspectionDates} a problem is about. @internal */
export type DateField = keyof InspectionDates;

/** One problem with an inspection's dates: the field at fault, a code and a sentence. @internal */
export interface DateProblem {
  readonly field: DateField;
  readonly code: IssueCode;
  readonly message: string;
}

/**
 * The one rule for an inspection's dates, which the timeline and the table readers both
 * apply: a visit ends on or after it starts; its report is received and published on or
 * after its last day on site (on or after its first, where the last is not known), and
 * published no earlier than received; a graded inspection whose days on site are not
 * known has its publication date, which places it. `names` says what to call each field in the
 * sentences (`onSite.end`, or a table's column header).
 *
 * @internal
 */
export function inspectionDateProblems(
  dates: InspectionDates,
  names: Readonly<Record<DateField, string>>,
  graded: boolean,
): DateProblem[] {
  const problems: DateProblem[] = [];
  const { start, end, reportReceived, published } = dates;
  if (start !== undefined && end !== undefined && end < start) {
    problems.push({
      field: 'end',
      code: 'dates-out-of-order',
      message: `${names.end} (${end}) is before ${names.start} (${start}): a visit ends on or after its first day on site, so check both dates.`,
    });
  }
  const after = end ?? start;
  const afterName =
    end === undefined ? `the first day on site (${names.start})` : `the last day on site (${names.end})`;
  for (const field of ['reportReceived', 'published'] as const) {
    const date = dates[field];
    if (date !== undefined && after !== undefined && date < after) {
      problems.push({
        field,
        code: 'dates-out-of-order',
        message: `${names[field]} (${date}) is before ${afterName}, ${after}: a report follows the visit, so check both dates.`,
      });
    }
  }
  if (reportReceived !== undefined && published !== undefined && published < reportReceived) {
    problems.push({
      field: 'published',
      code: 'dates-out-of-order',
      message: `${names.published} (${published}) is before ${names.reportReceived} (${reportReceived}): a report is received before it is published, so check both dates.`,
    });
  }
  if (graded && start === undefined && published === undefined) {
    problems.push({
      field: 'published',
      code: 'missing',
      message: `${names.published} is missing: a graded inspection whose days on site are not known needs its publication date, which places it (give ${names.published}, or ${names.start} where it is known).`,
    });
  }
  return problems;
}

import type { CalendarDate } from '../calendar/calendarDate.js';
import { describeValue } from '../check/values.js';
import type { IssueCode, IssueParams } from '../result/result.js';

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

/** One problem with an inspection's dates: the field at fault, a code, a sentence and what its words need. @internal */
export interface DateProblem {
  readonly field: DateField;
  readonly code: IssueCode;
  readonly message: string;
  readonly params: IssueParams;
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
      params: { field: names.end, found: describeValue(end), limit: start, rule: 'end-before-start' },
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
        params: { field: names[field], found: describeValue(date), limit: after, rule: 'report-before-visit' },
      });
    }
  }
  if (reportReceived !== undefined && published !== undefined && published < reportReceived) {
    problems.push({
      field: 'published',
      code: 'dates-out-of-order',
      message: `${names.published} (${published}) is before ${names.reportReceived} (${reportReceived}): a report is received before it is published, so check both dates.`,
      params: {
        field: names.published,
        found: describeValue(published),
        limit: reportReceived,
        rule: 'published-before-received',
      },
    });
  }
  if (graded && start === undefined && published === undefined) {
    problems.push({
      field: 'published',
      code: 'missing',
      message: `${names.published} is missing: a graded inspection whose days on site are not known needs its publication date, which places it (give ${names.published}, or ${names.start} where it is known).`,
      params: { field: names.published, rule: 'graded-needs-a-date' },
    });
  }
  return problems;
}

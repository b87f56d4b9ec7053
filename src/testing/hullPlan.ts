import {
  blockAction,
  calendarDate,
  closeAction,
  createImprovementAction,
  createImprovementPlan,
  deliverAction,
  type Finding,
  type ImprovementAction,
  type ImprovementPlan,
  type MonitoringVisit,
  type NewImprovementAction,
  overrideRag,
  type Result,
  recordImpact,
  rescheduleAction,
  resumeAction,
  startAction,
} from '../index.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { HULL_EVENTS, HULL_INSPECTIONS } from './hullHistory.js';

const d = calendarDate;
const hull2019 = HULL_INSPECTIONS[1]!;
const raisedBy = { kind: hull2019.kind, start: hull2019.onSite.start } as const;
const january2020 = HULL_EVENTS.find((event) => event.kind === 'monitoring-visit') as MonitoringVisit;

/**
 * The findings of Hull City Council's 2019-2020 improvement plan: three from the January
 * 2019 inspection (restating its judgements, not the report's recommendation wording)
 * and one from the January 2020 monitoring visit, which found that the experiences of
 * children in care had significantly declined. The first carries a measure, the share of
 * cases audited as good or better, whose figures are illustrative: a baseline, a target
 * and two readings, taken at the audits of November 2019 and February 2020.
 *
 * @example
 * ```ts
 * import { HULL_FINDINGS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_FINDINGS.map((finding) => finding.area));
 * // ['helpAndProtection', 'childrenInCareAndCareLeavers', 'leaders', 'childrenInCareAndCareLeavers']
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_FINDINGS: readonly Finding[] = deepFreeze([
  {
    id: 'F1',
    kind: 'recommendation',
    area: 'helpAndProtection',
    text: 'The experiences and progress of children who need help and protection: judged inadequate.',
    raised: d('2019-05-17'),
    raisedBy,
    measures: [
      {
        id: 'M1',
        name: 'Cases audited as good or better',
        unit: '%',
        higherIsBetter: true,
        baseline: { value: 24, on: d('2019-05-31') },
        target: { value: 60, by: d('2020-12-31') },
        readings: [
          { value: 31, on: d('2019-11-22') },
          { value: 38, on: d('2020-02-14') },
        ],
      },
    ],
  },
  {
    id: 'F2',
    kind: 'recommendation',
    area: 'childrenInCareAndCareLeavers',
    text: 'The experiences and progress of children in care and care leavers: judged requires improvement to be good.',
    raised: d('2019-05-17'),
    raisedBy,
  },
  {
    id: 'F3',
    kind: 'recommendation',
    area: 'leaders',
    text: 'The impact of leaders on social work practice: judged requires improvement to be good.',
    raised: d('2019-05-17'),
    raisedBy,
  },
  {
    id: 'F4',
    kind: 'monitoring-finding',
    area: 'childrenInCareAndCareLeavers',
    text: 'The experiences and progress of children in care have significantly declined since the inspection.',
    raised: d('2020-02-06'),
    raisedBy: { kind: 'monitoring-visit', start: january2020.onSite.start },
  },
]);

type Step = (action: ImprovementAction) => Result<ImprovementAction>;

/** Creates an action and applies each step in turn; the fixture must never be refused. */
function build(input: NewImprovementAction, ...steps: Step[]): ImprovementAction {
  let result = createImprovementAction(input);
  for (const step of steps) {
    if (!result.ok) break;
    result = step(result.value);
  }
  if (!result.ok) throw new Error(`${input.id}: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const by = 'Director of children’s services';

/**
 * The nine actions of Hull's 2019-2020 plan, built through the lifecycle functions, so
 * their histories are genuine. The actions and the money are the ones the council
 * reported: £2m in 2019; and after the January 2020 monitoring visit, a review of every
 * open case and a further £4.4m (announced 6 February 2020). Owners, tracking dates and
 * states are illustrative, to show the lifecycle and the summary.
 *
 * @example
 * ```ts
 * import { rescheduleCount } from 'ofsted-ilacs';
 * import { HULL_ACTIONS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_ACTIONS.map(rescheduleCount)); // [1, 0, 0, 0, 0, 0, 2, 0, 0]
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_ACTIONS: readonly ImprovementAction[] = deepFreeze([
  build(
    {
      id: 'A1',
      title: 'Audit more than 150 cases, with independent oversight',
      answers: ['F1'],
      kind: 'case-audit',
      owner: 'Head of quality assurance',
      raised: d('2019-05-20'),
      due: d('2019-09-30'),
      by,
    },
    (a) => startAction(a, { on: d('2019-06-03'), by: 'Head of quality assurance' }),
    (a) =>
      rescheduleAction(a, {
        on: d('2019-09-02'),
        by: 'Head of quality assurance',
        to: d('2019-11-29'),
        reason: 'Sample widened beyond 150 cases.',
      }),
    (a) =>
      deliverAction(
        a,
        { on: d('2019-11-22'), by: 'Head of quality assurance' },
        'Audit of 163 cases with independent oversight reported to the improvement board.',
      ),
    (a) =>
      recordImpact(
        a,
        { on: d('2020-02-14'), by: 'Head of quality assurance' },
        'Re-audit: risk assessed and recorded in most sampled cases.',
      ),
    (a) => closeAction(a, { on: d('2020-03-06'), by: 'Improvement board chair' }),
  ),
  build(
    {
      id: 'A2',
      title: 'Change how private fostering arrangements are assessed and overseen',
      answers: ['F1'],
      kind: 'practice-change',
      owner: 'Head of safeguarding',
      raised: d('2019-05-20'),
      due: d('2019-12-20'),
      by,
    },
    (a) => startAction(a, { on: d('2019-07-01'), by: 'Head of safeguarding' }),
    (a) =>
      deliverAction(
        a,
        { on: d('2019-12-13'), by: 'Head of safeguarding' },
        'New procedure in force; every arrangement reviewed.',
      ),
  ),
  build(
    {
      id: 'A3',
      title: 'Train social workers in risk assessment and family meetings',
      answers: ['F1'],
      kind: 'training',
      owner: 'Principal social worker',
      raised: d('2019-05-20'),
      due: d('2020-03-31'),
      by,
    },
    (a) => startAction(a, { on: d('2019-09-02'), by: 'Principal social worker' }),
  ),
  build(
    {
      id: 'A4',
      title: 'Visits from high-performing authorities',
      answers: ['F3'],
      kind: 'peer-support',
      owner: by,
      raised: d('2019-05-20'),
      due: d('2020-02-28'),
      by,
    },
    (a) => startAction(a, { on: d('2019-10-01'), by }),
    (a) =>
      deliverAction(a, { on: d('2020-02-21'), by }, 'Four peer visits held; findings taken to the improvement board.'),
  ),
  build(
    {
      id: 'A5',
      title: 'Invest a further £2m in children’s social care',
      answers: ['F3'],
      kind: 'investment',
      owner: 'Chief executive',
      raised: d('2019-06-03'),
      due: d('2019-07-31'),
      moneyPence: 200_000_000,
      by,
    },
    (a) => startAction(a, { on: d('2019-06-10'), by: 'Chief executive' }),
    (a) => deliverAction(a, { on: d('2019-07-24'), by: 'Chief executive' }, 'Cabinet approved £2m.'),
    (a) =>
      recordImpact(
        a,
        { on: d('2020-01-10'), by: 'Chief executive' },
        'Caseloads down after extra social workers joined.',
      ),
  ),
  build(
    {
      id: 'A6',
      title: 'Invest a further £4.4m in children’s social care',
      answers: ['F4'],
      kind: 'investment',
      owner: 'Chief executive',
      raised: d('2020-02-06'),
      due: d('2020-03-31'),
      moneyPence: 440_000_000,
      by,
    },
    (a) => startAction(a, { on: d('2020-02-06'), by: 'Chief executive' }),
  ),
  build(
    {
      id: 'A7',
      title: 'Review every open case',
      answers: ['F4'],
      kind: 'case-review',
      owner: 'Head of service',
      raised: d('2020-02-06'),
      due: d('2020-03-06'),
      by,
    },
    (a) => startAction(a, { on: d('2020-02-06'), by: 'Head of service' }),
    (a) =>
      rescheduleAction(a, {
        on: d('2020-02-24'),
        by: 'Head of service',
        to: d('2020-03-13'),
        reason: 'More open cases than first counted.',
      }),
    (a) =>
      rescheduleAction(a, {
        on: d('2020-03-09'),
        by: 'Head of service',
        to: d('2020-03-20'),
        reason: 'Review capacity moved to the highest-risk cases first.',
      }),
  ),
  build(
    {
      id: 'A8',
      title: 'Appoint a new director of children’s services',
      answers: ['F3'],
      kind: 'leadership-or-governance-change',
      owner: 'Chief executive',
      raised: d('2019-05-20'),
      due: d('2019-12-31'),
      by: 'Chief executive',
    },
    (a) =>
      blockAction(a, { on: d('2019-09-16'), by: 'Chief executive' }, 'The first recruitment round did not appoint.'),
    (a) => resumeAction(a, { on: d('2019-10-07'), by: 'Chief executive' }),
    (a) => deliverAction(a, { on: d('2020-01-06'), by: 'Chief executive' }, 'New director in post.'),
  ),
  build(
    {
      id: 'A9',
      title: 'Work with the DfE improvement adviser',
      answers: ['F3'],
      kind: 'leadership-or-governance-change',
      owner: by,
      raised: d('2019-05-31'),
      due: d('2020-05-29'),
      by,
    },
    (a) => startAction(a, { on: d('2019-06-03'), by }),
    (a) =>
      overrideRag(a, {
        on: d('2020-03-02'),
        by: 'Improvement adviser',
        rag: 'amber',
        reason: 'Supervision is still irregular.',
      }),
  ),
]);

const created = createImprovementPlan({
  id: 'hull-2019',
  title: 'Hull children’s services improvement plan, 2019-2020',
  authority: { name: 'Kingston upon Hull', code: 'E06000010' },
  events: [hull2019, january2020],
  findings: HULL_FINDINGS,
  actions: HULL_ACTIONS,
});
if (!created.ok) throw new Error(`Hull's plan is invalid: ${JSON.stringify(created.issues)}`);

/**
 * Hull's 2019-2020 improvement plan, answering the January 2019 inspection and the
 * January 2020 monitoring visit, checked by `createImprovementPlan`.
 *
 * @example
 * ```ts
 * import { calendarDate, summarisePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * console.log(summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }).moneyCommitted); // '£6,400,000.00'
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_PLAN: ImprovementPlan = deepFreeze(created.value);

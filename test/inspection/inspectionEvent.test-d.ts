import { describe, expectTypeOf, it } from 'vitest';
import {
  type CalendarDate,
  createInspectionHistory,
  type DefinedOutcome,
  defineFramework,
  defineScale,
  type FrameworkId,
  type GradedInspection,
  type InspectionEvent,
  type InspectionHistory,
  type InspectionOutcome,
  isGradedInspection,
  isVisit,
  latestGradedInspection,
  type Result,
  type Visit,
} from '../../src/index.js';

declare const day: CalendarDate;
const onSite = { start: day, end: day };
const outcome: InspectionOutcome<'ilacs-2018'> = {
  framework: 'ilacs-2018',
  judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
};

describe('inspection event types', () => {
  it('give judgements to graded inspections only', () => {
    const graded: InspectionEvent = { kind: 'standard-inspection', onSite, outcome };
    // @ts-expect-error: a graded inspection must carry its outcome
    const ungraded: InspectionEvent = { kind: 'short-inspection', onSite };
    const focused: InspectionEvent = {
      kind: 'focused-visit',
      onSite,
      theme: 'the front door',
      areasForPriorityAction: [],
      // @ts-expect-error: a focused visit is reported by letter, without judgements
      outcome,
    };
    const monitoring: InspectionEvent = {
      kind: 'monitoring-visit',
      onSite,
      sequence: 1,
      theme: 'children in care',
      findings: [],
      // @ts-expect-error: a monitoring visit has no judgements
      outcome,
    };
    const jtai: InspectionEvent = {
      kind: 'joint-targeted-area-inspection',
      onSite,
      theme: 'serious youth violence',
      agencies: ['ofsted', 'cqc'],
      // @ts-expect-error: a joint targeted area inspection is not graded
      outcome,
    };
    expectTypeOf([graded, ungraded, focused, monitoring, jtai]).not.toBeNever();
  });

  it('give DfE interventions a date, not days on site', () => {
    const notice: InspectionEvent = { kind: 'improvement-notice-issued', date: day };
    // @ts-expect-error: an intervention is dated, not on site
    const onSiteNotice: InspectionEvent = { kind: 'statutory-direction-issued', date: day, onSite };
    // @ts-expect-error: an intervention needs its date
    const undated: InspectionEvent = { kind: 'improvement-notice-lifted' };
    expectTypeOf([notice, onSiteNotice, undated]).not.toBeNever();
  });

  it('give an area SEND inspection one of its own three outcomes, never a grade, and its monitoring none', () => {
    const areaSend: InspectionEvent = { kind: 'area-send-inspection', onSite, outcome: 'inconsistent' };
    // @ts-expect-error: an area SEND outcome is not a grade of the four-point scale
    const graded: InspectionEvent = { kind: 'area-send-inspection', onSite, outcome: 'good' };
    // @ts-expect-error: nor an ILACS outcome
    const ilacs: InspectionEvent = { kind: 'area-send-inspection', onSite, outcome };
    // @ts-expect-error: a monitoring inspection has no outcome
    const monitoring: InspectionEvent = { kind: 'area-send-monitoring', onSite, outcome: 'positive' };
    expectTypeOf<Extract<InspectionEvent, { kind: 'area-send-inspection' }>['outcome']>().toEqualTypeOf<
      'positive' | 'inconsistent' | 'widespread-failings'
    >();
    expectTypeOf([areaSend, graded, ilacs, monitoring]).not.toBeNever();
  });

  it('narrow with the guards', () => {
    const event = {} as InspectionEvent;
    if (isGradedInspection(event)) expectTypeOf(event.outcome).toEqualTypeOf<InspectionOutcome>();
    if (isVisit(event)) expectTypeOf(event).toEqualTypeOf<Visit>();
    expectTypeOf<GradedInspection<'ilacs-2023'>['outcome']['framework']>().toEqualTypeOf<'ilacs-2023'>();
  });

  it('type an inspection under a framework of your own by that framework, only where the history is given it', () => {
    const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
    const audit = defineFramework({
      id: 'audit',
      title: 'Audit',
      scale,
      inForce: { from: '2026-01-01' },
      areas: [{ id: 'plan', title: 'Plan', role: 'practice' }],
      overall: { awarded: false },
    });
    expectTypeOf<GradedInspection<typeof audit>['outcome']>().toEqualTypeOf<DefinedOutcome<typeof audit>>();
    expectTypeOf<GradedInspection<typeof audit>['outcome']['framework']>().toEqualTypeOf<'audit'>();
    const graded = {
      kind: 'graded-inspection',
      onSite,
      outcome: { framework: 'audit', judgements: { plan: 'met' } },
    } as const;
    const history = createInspectionHistory({ name: 'Example' }, [graded], { frameworks: [audit] });
    expectTypeOf(history).toEqualTypeOf<Result<InspectionHistory<FrameworkId | typeof audit>>>();
    if (history.ok) {
      const latest = latestGradedInspection(history.value, { frameworks: [audit] });
      expectTypeOf(latest).toEqualTypeOf<GradedInspection<FrameworkId | typeof audit> | undefined>();
    }
    // @ts-expect-error: without frameworks, a history holds only the built-in frameworks' outcomes
    createInspectionHistory({ name: 'Example' }, [graded]);
  });
});

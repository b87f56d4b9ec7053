import { describe, expect, it } from 'vitest';
import {
  type AreaId,
  calendarDate,
  countActions,
  createImprovementAction,
  createImprovementPlan,
  defineFramework,
  findPlanIssues,
  type ImprovementAction,
  type ImprovementPlan,
  nextDeadlines,
  OfstedIlacsError,
  ratePlan,
  summarisePlan,
} from '../../src/index.js';
import { parseImprovementPlan } from '../../src/schema/index.js';
import { planSummaryRows } from '../../src/tables/index.js';
import { REPORT_CARD_SCALE as reportCard } from '../support/definedFrameworks.js';

/**
 * A plan answering an inspection under a framework of the caller's own, on a five-point
 * scale: its findings in that framework's areas, actions answering them; created, checked,
 * parsed, summarised and rated with the framework passed as `frameworks`, refused without.
 */

const d = calendarDate;

const countyReview = defineFramework({
  id: 'county-review-2025',
  title: "The county's review of children's services",
  scale: reportCard,
  inForce: { from: '2025-04-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] }, indicative: 'median' },
});
const frameworks = [countyReview];

function action(id: string, answers: string[], due: string): ImprovementAction {
  const made = createImprovementAction({
    id,
    title: `Action ${id}`,
    answers,
    kind: 'other',
    owner: 'Head of service',
    raised: d('2025-07-14'),
    due: d(due),
    by: 'DCS',
  });
  if (!made.ok) throw new Error(JSON.stringify(made.issues));
  return made.value;
}

const review = {
  kind: 'graded-inspection',
  onSite: { start: d('2025-06-02'), end: d('2025-06-06') },
  published: d('2025-07-01'),
  outcome: {
    framework: 'county-review-2025',
    judgements: {
      leaders: 'strong',
      frontDoor: 'needs-attention',
      inCare: 'expected',
      careLeavers: 'urgent-improvement',
    },
    awardedOverall: 'needs-attention',
  },
} as const;
const raisedBy = { kind: 'graded-inspection', start: d('2025-06-02') } as const;

/** The plan as a caller builds it: the review, a focused visit of Ofsted's beside it, and findings in the review's areas. */
function planOf<A extends string = 'frontDoor'>(findingArea: A = 'frontDoor' as A) {
  return {
    id: 'P-county',
    title: 'After the county review',
    authority: { name: 'Example County' },
    events: [
      {
        kind: 'focused-visit',
        onSite: { start: d('2024-11-05'), end: d('2024-11-06') },
        theme: 'the front door',
        areasForPriorityAction: [],
      },
      review,
    ],
    findings: [
      {
        id: 'F1',
        kind: 'recommendation',
        area: findingArea,
        text: 'Referrals wait too long.',
        raised: d('2025-07-01'),
        raisedBy,
      },
      { id: 'F2', kind: 'recommendation', area: 'leaders', text: 'Oversight.', raised: d('2025-07-01'), raisedBy },
      {
        id: 'F3',
        kind: 'area-for-priority-action',
        area: 'careLeavers',
        text: 'Pathway plans are out of date.',
        raised: d('2025-07-01'),
        raisedBy,
      },
    ],
    actions: [action('A1', ['F1'], '2025-09-30'), action('A2', ['F2', 'F3'], '2026-03-31')],
  } as const;
}

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

const asOf = d('2025-10-07');
const codes = (issues: readonly { readonly code: string }[]) => issues.map((found) => found.code);

describe('a plan answering an inspection under a framework of the caller’s own', () => {
  it('is created with frameworks, typed by them, as the library’s own copy', () => {
    const plan = planOf();
    const created = createImprovementPlan(plan, { frameworks });
    if (!created.ok) throw new Error(JSON.stringify(created.issues));
    expect(created.value).toEqual(plan);
    expect(created.value).not.toBe(plan);
    expect(created.value.events[1]).not.toBe(plan.events[1]);
    // The plan's type names the caller's framework and its areas.
    const typed: ImprovementPlan<'ilacs-2023' | 'ilacs-2026' | 'sif-2013' | 'ilacs-2018' | typeof countyReview> =
      created.value;
    const area: AreaId | 'leaders' | 'frontDoor' | 'inCare' | 'careLeavers' | undefined = typed.findings[0]?.area;
    expect(area).toBe('frontDoor');
    expect(findPlanIssues(plan, { frameworks })).toEqual([]);
  });

  it('is parsed from JSON with frameworks, as created', () => {
    const plan = planOf();
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(plan)), { frameworks });
    const created = createImprovementPlan(plan, { frameworks });
    expect(parsed.ok).toBe(true);
    expect(created.ok).toBe(true);
    if (parsed.ok && created.ok) expect(parsed.value).toEqual(created.value);
  });

  it('is summarised and rated with frameworks: its findings count under the framework’s areas, and it starts no statutory clock', () => {
    const plan = planOf();
    const summary = summarisePlan(plan, { asOf, frameworks });
    expect(summary.rags.map((rag) => rag.rag)).toEqual(['red', 'green']);
    expect(Object.keys(summary.byArea).sort()).toEqual(['careLeavers', 'frontDoor', 'leaders']);
    expect(summary.byArea.frontDoor).toMatchObject({ total: 1, red: 1 });
    expect(summary.byArea.careLeavers).toMatchObject({ total: 1, green: 1 });
    expect(summary.nextDeadlines).toEqual([{ date: d('2026-03-31'), source: 'action', id: 'A2', what: 'Action A2' }]);
    const rated = ratePlan(plan, { asOf, frameworks });
    expect(rated.plan.events[1]).toEqual(review);
    expect(countActions(rated).byArea).toEqual(summary.byArea);
    expect(nextDeadlines(rated)).toEqual(summary.nextDeadlines);
  });

  it('goes into the board paper’s table with frameworks, and is refused there without them', () => {
    const plan = planOf();
    const summary = summarisePlan(plan, { asOf, frameworks });
    const rows = planSummaryRows(summary, plan, { frameworks });
    expect(rows.map((row) => row.Finding)).toEqual(plan.findings.map((finding) => expect.stringContaining(finding.id)));
    expect(() => planSummaryRows(summary, plan)).toThrowError(/unknown|frameworks/);
  });

  it('parsed once, is summarised alike', () => {
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(planOf())), { frameworks });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(summarisePlan(parsed.value, { asOf, frameworks })).toEqual(summarisePlan(planOf(), { asOf, frameworks }));
  });

  it('is refused without frameworks, at every door, with a hint to pass them', () => {
    const plan = planOf() as unknown as ImprovementPlan;
    const created = createImprovementPlan(plan);
    expect(created.ok ? [] : codes(created.issues)).toEqual(['unknown-framework']);
    if (!created.ok) {
      expect(created.issues[0]?.path).toEqual(['events', 1, 'outcome', 'framework']);
      expect(created.issues[0]?.message).toMatch(/options\.frameworks/);
    }
    expect(findPlanIssues(plan)).toEqual(created.ok ? [] : created.issues);
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(plan)));
    // The schema without frameworks knows only the built-in frameworks' areas, so frontDoor is refused too.
    expect(parsed.ok ? [] : codes(parsed.issues)).toContain('unknown-framework');
    if (!parsed.ok) {
      const unknown = parsed.issues.find((found) => found.code === 'unknown-framework');
      expect(unknown?.path).toEqual(['events', 1, 'outcome', 'framework']);
      expect(unknown?.message).toMatch(/options\.frameworks/);
    }
    for (const door of [() => summarisePlan(plan, { asOf }), () => ratePlan(plan, { asOf })]) {
      expect(door).toThrow(OfstedIlacsError);
      try {
        door();
      } catch (error) {
        expect((error as OfstedIlacsError).code).toBe('invalid-plan');
        expect(codes((error as OfstedIlacsError).issues)).toEqual(['unknown-framework']);
        expect((error as OfstedIlacsError).issues[0]?.path).toEqual(['plan', 'events', 1, 'outcome', 'framework']);
      }
    }
  });

  it('refuses a finding in an area the framework lacks, listing its areas, at create, check and parse alike', () => {
    for (const area of ['helpAndProtection', 'voice']) {
      const plan = planOf(area) as never;
      const created = createImprovementPlan(plan, { frameworks });
      expect(created.ok).toBe(false);
      if (created.ok) continue;
      expect(codes(created.issues)).toEqual(['area-not-in-framework']);
      expect(created.issues[0]?.path).toEqual(['findings', 0, 'area']);
      expect(created.issues[0]?.params.allowed).toEqual(['leaders', 'frontDoor', 'inCare', 'careLeavers']);
      expect(findPlanIssues(plan, { frameworks })).toEqual(created.issues);
      const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(plan)), { frameworks });
      expect(parsed.ok ? [] : parsed.issues).toEqual(created.issues);
      expect(() => summarisePlan(plan, { asOf, frameworks })).toThrow(/findings\.0\.area|area/);
    }
  });

  it('checks the inspection by its framework: a grade off its scale is refused', () => {
    const plan = planOf();
    const offScale = {
      ...plan,
      events: [
        plan.events[0],
        { ...review, outcome: { ...review.outcome, judgements: { ...review.outcome.judgements, leaders: 'good' } } },
      ],
    } as never;
    const created = createImprovementPlan(offScale, { frameworks });
    expect(created.ok).toBe(false);
    if (!created.ok) expect(created.issues[0]?.path.slice(0, 4)).toEqual(['events', 1, 'outcome', 'judgements']);
    const parsed = parseImprovementPlan(JSON.parse(JSON.stringify(offScale)), { frameworks });
    expect(parsed.ok ? [] : codes(parsed.issues)).toEqual(created.ok ? [] : codes(created.issues));
  });

  it('never changes the caller’s plan or options, and reads the options once', () => {
    const plan = deepFreeze(planOf());
    const before = JSON.stringify(plan);
    let reads = 0;
    const options = {
      get frameworks() {
        reads += 1;
        return frameworks;
      },
    };
    expect(createImprovementPlan(plan, options as { frameworks: typeof frameworks }).ok).toBe(true);
    expect(reads).toBe(1);
    expect(findPlanIssues(plan, options)).toEqual([]);
    expect(reads).toBe(2);
    expect(parseImprovementPlan(plan, options).ok).toBe(true);
    expect(reads).toBe(3);
    summarisePlan(plan, { asOf, frameworks });
    ratePlan(plan, { asOf, frameworks });
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('refuses a frameworks option that is not a list of defined frameworks', () => {
    const plan = planOf() as never;
    const created = createImprovementPlan(plan, { frameworks: [{ id: 'county-review-2025' }] as never });
    expect(created.ok ? [] : created.issues.map((found) => found.path)).toEqual([['options', 'frameworks']]);
    const parsed = parseImprovementPlan(plan, { frameworks: 'county-review-2025' } as never);
    expect(parsed.ok ? [] : codes(parsed.issues)).toEqual(['invalid-type']);
    expect(() => summarisePlan(plan, { asOf, frameworks: [countyReview, countyReview] })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});

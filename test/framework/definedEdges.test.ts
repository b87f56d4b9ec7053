import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { judgementHistoryChart } from '../../src/charts/index.js';
import {
  calendarDate,
  createInspectionHistory,
  defineFramework,
  defineScale,
  deriveOverallEffectiveness,
  explain,
  FRAMEWORKS,
  findOutcomeIssues,
  frameworkForDate,
  summarisePlan,
} from '../../src/index.js';
import { parseImprovementPlan, toJsonSchemas } from '../../src/schema/index.js';
import { readInspectionRows } from '../../src/tables/index.js';
import { PEER_REVIEW, PEER_REVIEW_SCALE } from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

/**
 * The edges of a framework of the caller's, where an outside probe found it could pass
 * for Ofsted's, be read two ways, or be worded untruly: each is refused, or kept apart.
 */

const twoPoint = defineScale({ id: 'two', grades: ['strong', 'weak'], labels: { strong: 'Strong', weak: 'Weak' } });
const review = (id: string, inForce: { from: string; until?: string } = { from: '2025-01-01' }) =>
  defineFramework({
    id,
    title: 'Council self-review',
    scale: twoPoint,
    inForce,
    areas: [{ id: 'a', title: 'A', role: 'practice' }],
    overall: { awarded: true },
  });

describe('a definition', () => {
  it('takes a field given as undefined as left out: an area is required, the indicative rule the median', () => {
    const framework = defineFramework({
      id: 'audit',
      title: 'Audit',
      scale: twoPoint,
      inForce: { from: '2025-01-01' },
      areas: [{ id: 'a', title: 'A', role: 'practice', required: undefined }],
      overall: { awarded: true, indicative: undefined },
    });
    expect(framework.areas[0]?.required).toBe(true);
    expect(framework.overall.indicative).toBe('median');
    expect(
      findOutcomeIssues({ framework: 'audit', judgements: {} }, { frameworks: [framework] }).map((found) => found.code),
    ).toEqual(['missing-area']);
  });

  it('refuses a built-in framework’s id in any case', () => {
    const error = thrown(() => review('ILACS-2023'));
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['definition.id', 'duplicate-id'],
    ]);
  });

  it.each<[string, { grades: readonly [string, ...string[]]; labels: Record<string, string> }, string]>([
    [
      'a grade that is not-judged in another case',
      { grades: ['good', 'Not-Judged'], labels: { good: 'Good', 'Not-Judged': 'Not judged' } },
      'definition.grades.1',
    ],
    ['a label that is another grade’s id', { grades: ['a', 'b'], labels: { a: 'b', b: 'Bee' } }, 'definition.grades.1'],
    [
      'two grades alike but for case',
      { grades: ['Good', 'good'], labels: { Good: 'Good one', good: 'Good two' } },
      'definition.grades.1',
    ],
    [
      'two labels alike but for case and spaces',
      { grades: ['a', 'b'], labels: { a: 'Fine', b: ' fine ' } },
      'definition.labels.b',
    ],
    [
      'a label that says not judged',
      { grades: ['a', 'b'], labels: { a: 'A', b: 'Not judged' } },
      'definition.labels.b',
    ],
  ])('refuses %s: a sheet could not tell the grades apart', (_, words, path) => {
    const error = thrown(() => defineScale({ id: 'scale', ...words } as never));
    expect(error.code).toBe('invalid-framework');
    expect(error.issues.map((found) => found.path.join('.'))).toContain(path);
  });
});

describe('frameworkForDate', () => {
  it('never takes a framework of the caller’s for one of Ofsted’s families, whatever its id', () => {
    const frameworks = [...Object.values(FRAMEWORKS), review('ilacs')];
    const found = frameworkForDate('2025-06-01', { frameworks: frameworks as never[], family: 'ilacs' });
    expect(found.ok && (found.value as { id: string }).id).toBe('ilacs-2023');
    const either = frameworkForDate('2025-06-01', { frameworks: frameworks as never[] });
    expect(either).toMatchObject({ ok: false, issues: [{ code: 'framework-ambiguous' }] });
  });

  it('refuses two frameworks of one id, as every door does', () => {
    const found = frameworkForDate('2025-06-01', { frameworks: [review('x'), review('x', { from: '2024-01-01' })] });
    expect(found).toMatchObject({ ok: false, issues: [{ path: ['options', 'frameworks', 1], code: 'duplicate-id' }] });
  });
});

describe('an inspection of the caller’s placed by its publication alone', () => {
  const ended = review('ended', { from: '2020-01-01', until: '2020-12-31' });
  const published = (date: string) =>
    createInspectionHistory(
      { name: 'Example' },
      [
        {
          kind: 'graded-inspection',
          published: calendarDate(date),
          outcome: { framework: 'ended', judgements: { a: 'weak' } },
        },
      ],
      { frameworks: [ended] },
    );

  it('is refused when the framework had ended half a year and more before, as a built-in one is', () => {
    expect(published('2021-03-01').ok).toBe(true);
    expect(published('2030-05-02')).toMatchObject({
      ok: false,
      issues: [{ code: 'framework-not-in-force', params: { rule: 'published' } }],
    });
  });
});

describe('deriving and explaining under a framework of the caller’s', () => {
  it('refuses tieBreak "leaders" where the framework has no area of that id', () => {
    const even = defineFramework({
      id: 'even',
      title: 'Even',
      scale: twoPoint,
      inForce: { from: '2025-01-01' },
      areas: [
        { id: 'a', title: 'A', role: 'practice' },
        { id: 'b', title: 'B', role: 'practice' },
      ],
      overall: { awarded: true },
    });
    const outcome = { framework: 'even', judgements: { a: 'strong', b: 'weak' } } as const;
    const error = thrown(() => deriveOverallEffectiveness(outcome, { frameworks: [even], tieBreak: 'leaders' }));
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['options.tieBreak', 'invalid-value'],
    ]);
    expect(deriveOverallEffectiveness(outcome, { frameworks: [even], tieBreak: 'better' }).grade).toBe('strong');
  });

  it('explains a result only with the definition it was derived under, or one equal to it', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks: [PEER_REVIEW] },
    );
    const twin = defineFramework(JSON.parse(JSON.stringify(PEER_REVIEW)));
    expect(explain(derived, { frameworks: [twin] })).toBe(explain(derived, { frameworks: [PEER_REVIEW] }));
    // Same id, areas and grades, but the scale's order and the limit otherwise: not the definition it was derived under.
    const reordered = defineFramework({
      ...JSON.parse(JSON.stringify(PEER_REVIEW)),
      scale: defineScale({ ...PEER_REVIEW_SCALE, grades: ['weak', 'adequate', 'strong'] }),
      overall: { awarded: true, limitingRule: { anyArea: 'strong', roles: ['practice'] } },
    });
    const error = thrown(() => explain(derived, { frameworks: [reordered] }));
    expect(error.issues[0]).toMatchObject({ path: ['options', 'frameworks'], params: { rule: 'derived-under' } });
  });
});

describe('a sheet and a chart under a scale whose words could mislead', () => {
  it('reads a grade by its label in any case, and colours it by its rank', () => {
    const scale = defineScale({ id: 'mixed', grades: ['top', 'low'], labels: { top: 'Outstanding', low: 'Green' } });
    const framework = defineFramework({
      id: 'mixed-review',
      title: 'Mixed review',
      scale,
      inForce: { from: '2025-01-01' },
      areas: [{ id: 'a', title: 'A', role: 'practice' }],
      overall: { awarded: false },
    });
    const rows = [{ Council: 'Hull', Start: '2025-06-02', A: ' GREEN ' }];
    const columns = { authority: 'Council', start: 'Start', framework: 'mixed-review', areas: { a: 'A' } };
    const [read] = readInspectionRows(rows, { columns, frameworks: [framework] });
    expect(read?.ok && read.value.outcome.judgements).toEqual({ a: 'low' });
    if (!read?.ok) return;
    const history = createInspectionHistory(
      { name: 'Hull' },
      [{ kind: 'graded-inspection', onSite: { start: calendarDate('2025-06-02') }, outcome: read.value.outcome }],
      { frameworks: [framework] },
    );
    if (!history.ok) throw new Error(JSON.stringify(history.issues));
    // "Green", this scale's worst, takes the palette's inadequate colour.
    expect(judgementHistoryChart(history.value, { frameworks: [framework] })).toContain('fill="#B2182B"');
  });
});

describe('an inspection of the caller’s beside Ofsted’s visits', () => {
  const ilacs = {
    kind: 'standard-inspection',
    onSite: { start: calendarDate('2025-01-13'), end: calendarDate('2025-01-24') },
    published: calendarDate('2025-03-03'),
    outcome: {
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'inadequate',
        helpAndProtection: 'inadequate',
        childrenInCare: 'inadequate',
        careLeavers: 'inadequate',
      },
      awardedOverall: 'inadequate',
    },
  } as const;
  const visit = (sequence: number, start: string, end: string) =>
    ({
      kind: 'monitoring-visit',
      onSite: { start: calendarDate(start), end: calendarDate(end) },
      sequence,
      theme: 'help and protection',
      findings: [],
    }) as const;
  const ownReview = (start: string, end: string) =>
    ({
      kind: 'graded-inspection',
      onSite: { start: calendarDate(start), end: calendarDate(end) },
      outcome: { framework: 'peer-review-2025', judgements: { leaders: 'adequate', frontDoor: 'adequate' } },
    }) as const;
  const codes = (events: readonly unknown[]) => {
    const made = createInspectionHistory({ name: 'Example' }, events as never, { frameworks: [PEER_REVIEW] });
    return made.ok ? [] : made.issues.map((found) => found.code);
  };

  it('may share its days on site with Ofsted’s visit, but not with another review of its framework', () => {
    expect(codes([ilacs, visit(1, '2025-06-10', '2025-06-11'), ownReview('2025-06-10', '2025-06-12')])).toEqual([]);
    expect(codes([ilacs, ownReview('2025-06-10', '2025-06-12'), ownReview('2025-06-11', '2025-06-13')])).toEqual([
      'overlapping-visits',
    ]);
  });

  it('never starts a new series of Ofsted’s monitoring visits', () => {
    const numbered = [ilacs, visit(1, '2025-06-10', '2025-06-11'), visit(2, '2025-09-10', '2025-09-11')];
    expect(codes([...numbered, ownReview('2025-10-01', '2025-10-02'), visit(1, '2025-12-10', '2025-12-11')])).toEqual([
      'sequence-out-of-order',
    ]);
  });
});

describe('a plan parsed with the caller’s frameworks', () => {
  const plan = {
    id: 'P1',
    title: 'After the peer review',
    events: [
      {
        kind: 'graded-inspection',
        onSite: { start: '2025-06-02', end: '2025-06-04' },
        published: '2025-07-01',
        outcome: {
          framework: 'peer-review-2025',
          judgements: { leaders: 'strong', frontDoor: 'weak' },
          awardedOverall: 'weak',
        },
      },
    ],
    findings: [
      {
        id: 'F1',
        kind: 'recommendation',
        area: 'frontDoor',
        text: 'Decide on referrals within a day.',
        raised: '2025-06-20',
        raisedBy: { kind: 'graded-inspection', start: '2025-06-02' },
      },
    ],
    actions: [],
  };

  it('is summarised with them, refused without them, and admitted by the JSON Schema made with them', () => {
    const parsed = parseImprovementPlan(plan, { frameworks: [PEER_REVIEW] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const asOf = calendarDate('2025-08-01');
    expect(summarisePlan(parsed.value, { asOf, frameworks: [PEER_REVIEW] }).asOf).toBe(asOf);
    expect(thrown(() => summarisePlan(parsed.value as never, { asOf })).code).toBe('invalid-plan');
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(toJsonSchemas({ frameworks: [PEER_REVIEW] }).ImprovementPlan as object, plan)).toBe(true);
    expect(ajv.validate(toJsonSchemas().ImprovementPlan as object, plan)).toBe(false);
  });
});

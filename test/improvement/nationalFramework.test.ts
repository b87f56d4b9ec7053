import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createImprovementPlan,
  findPlanIssues,
  type ImprovementPlan,
  NATIONAL_FRAMEWORK,
  NATIONAL_FRAMEWORK_TAGS,
  type NationalFrameworkTag,
  OfstedIlacsError,
  type RagCounts,
  summarisePlan,
} from '../../src/index.js';
import { HULL_PLAN } from '../../src/testing/hullPlan.js';

const asOf = calendarDate('2020-03-31');

/** Hull's plan with its findings tagged as a plan answering a 2025 report would be. */
function tagged(tags: Readonly<Record<string, readonly NationalFrameworkTag[]>>): ImprovementPlan {
  return {
    ...HULL_PLAN,
    findings: HULL_PLAN.findings.map((finding) =>
      tags[finding.id] === undefined ? finding : { ...finding, tags: tags[finding.id] },
    ),
  };
}

/** One tag a finding: F1 safety, F2 and F4 stable homes, F3 leaders. */
const ONE_EACH = tagged({
  F1: ['outcome-3-safety'],
  F2: ['outcome-4-stable-homes'],
  F3: ['enabler-2-leaders'],
  F4: ['outcome-4-stable-homes'],
});

/** F3 concerns leaders and the workforce; F4 carries no tags. */
const TWO_ON_F3 = tagged({
  F1: ['outcome-3-safety'],
  F3: ['enabler-2-leaders', 'enabler-3-workforce'],
});

/** A list with a hole at 1, as plain JavaScript can pass. */
const withHole: unknown[] = ['outcome-3-safety'];
withHole[2] = 'enabler-2-leaders';

const empty = (): RagCounts => ({ total: 0, red: 0, amber: 0, green: 0, blue: 0, 'not-rated': 0 });

/** The RAG counts of the plan's actions that answer a finding carrying the tag, from the summary's own RAGs. */
function countedFromRags(plan: ImprovementPlan, tag: NationalFrameworkTag): RagCounts {
  const summary = summarisePlan(plan, { asOf });
  const counts = empty();
  plan.actions.forEach((action, index) => {
    const answersTag = action.answers.some((id) =>
      plan.findings.find((finding) => finding.id === id)?.tags?.includes(tag),
    );
    if (!answersTag) return;
    const rag = summary.rags[index]!.rag;
    counts.total += 1;
    counts[rag] += 1;
  });
  return counts;
}

const add = (a: RagCounts, b: RagCounts): RagCounts => ({
  total: a.total + b.total,
  red: a.red + b.red,
  amber: a.amber + b.amber,
  green: a.green + b.green,
  blue: a.blue + b.blue,
  'not-rated': a['not-rated'] + b['not-rated'],
});

describe('NATIONAL_FRAMEWORK', () => {
  const elements = [...NATIONAL_FRAMEWORK.outcomes, ...NATIONAL_FRAMEWORK.enablers];

  it('lists four outcomes and three enablers, numbered, with the ids of NATIONAL_FRAMEWORK_TAGS in order', () => {
    expect(elements.map((element) => element.id)).toEqual([...NATIONAL_FRAMEWORK_TAGS]);
    expect(NATIONAL_FRAMEWORK.outcomes.map((o) => [o.kind, o.number, o.label])).toEqual([
      ['outcome', 1, 'Outcome 1'],
      ['outcome', 2, 'Outcome 2'],
      ['outcome', 3, 'Outcome 3'],
      ['outcome', 4, 'Outcome 4'],
    ]);
    expect(NATIONAL_FRAMEWORK.enablers.map((e) => [e.kind, e.number, e.label])).toEqual([
      ['enabler', 1, 'Enabler 1'],
      ['enabler', 2, 'Enabler 2'],
      ['enabler', 3, 'Enabler 3'],
    ]);
    expect(new Set(elements.map((element) => element.id)).size).toBe(7);
    for (const id of NATIONAL_FRAMEWORK_TAGS) expect(id).toMatch(/^(outcome|enabler)-[1-4]-[a-z]+(-[a-z]+)*$/);
  });

  it("words them as the DfE's statutory guidance of December 2023 does, and says where that was read", () => {
    expect(elements.map((element) => element.title)).toEqual([
      'Children, young people and families stay together and get the help they need',
      'Children and young people are supported by their family network',
      'Children and young people are safe in and outside of their homes',
      'Children in care and care leavers have stable, loving homes',
      'Multi-agency working is prioritised and effective',
      'Leaders drive conditions for effective practice',
      'The workforce is equipped and effective',
    ]);
    expect(NATIONAL_FRAMEWORK).toMatchObject({
      title: "Children's social care: national framework",
      publisher: 'Department for Education',
      status: 'statutory guidance',
      published: '2023-12',
    });
    expect(NATIONAL_FRAMEWORK.sources.map((source) => source.fact).join(' ')).toMatch(/January 2025.*Harrow/);
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(NATIONAL_FRAMEWORK)).toBe(true);
    expect(Object.isFrozen(NATIONAL_FRAMEWORK_TAGS)).toBe(true);
    for (const element of elements) expect(Object.isFrozen(element)).toBe(true);
    for (const source of NATIONAL_FRAMEWORK.sources) expect(Object.isFrozen(source)).toBe(true);
  });
});

describe('tags on findings', () => {
  it("are accepted on Hull's findings, and the plan without them is unchanged", () => {
    expect(createImprovementPlan(ONE_EACH)).toEqual({ ok: true, value: ONE_EACH });
    expect(createImprovementPlan(TWO_ON_F3).ok).toBe(true);
    expect(createImprovementPlan(tagged({ F2: [] })).ok).toBe(true);
    expect(findPlanIssues(HULL_PLAN)).toEqual([]);
  });

  it.each([
    [
      'an id that is not one of the framework',
      ['outcome-5-schools'],
      [
        ['findings', 0, 'tags', 0],
        'invalid-value',
        /^tags\[0\] must be outcome-1-family-help, .* or enabler-3-workforce/,
      ],
    ],
    [
      'a label instead of an id (the id is suggested, never assumed)',
      ['Outcome 3'],
      [['findings', 0, 'tags', 0], 'invalid-value', /\(did you mean "outcome-3-safety"\?\)/],
    ],
    [
      'an id named twice',
      ['outcome-3-safety', 'enabler-2-leaders', 'outcome-3-safety'],
      [
        ['findings', 0, 'tags', 2],
        'duplicate-id',
        /^tags names outcome-3-safety twice: list each outcome or enabler once\.$/,
      ],
    ],
    ['something not text', [3], [['findings', 0, 'tags', 0], 'invalid-type', /^tags\[0\] must be/]],
    ['a list with a hole', withHole, [['findings', 0, 'tags', 1], 'missing', /is a hole in its list/]],
    ['text, not a list', 'outcome-3-safety', [['findings', 0, 'tags'], 'invalid-type', /^tags must be a list/]],
  ])('refuse %s, naming the field and the fix', (_, tags, [path, code, message]) => {
    const plan = { ...HULL_PLAN, findings: HULL_PLAN.findings.map((f, i) => (i === 0 ? { ...f, tags } : f)) };
    const result = createImprovementPlan(plan as unknown as ImprovementPlan);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path, code, message: expect.stringMatching(message as RegExp) });
    expect(findPlanIssues(plan as unknown as ImprovementPlan)).toEqual(issues);
  });

  it('are refused by summarisePlan, which throws for a plan that breaks the rules', () => {
    const plan = tagged({ F3: ['enabler-2-leaders', 'enabler-2-leaders'] });
    expect(() => summarisePlan(plan, { asOf })).toThrow(OfstedIlacsError);
    try {
      summarisePlan(plan, { asOf });
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid-plan',
        issues: [{ path: ['plan', 'findings', 2, 'tags', 1], code: 'duplicate-id' }],
      });
    }
  });
});

describe('summarisePlan by tag', () => {
  it('counts the actions answering findings with each tag, with the RAGs of the summary', () => {
    for (const plan of [ONE_EACH, TWO_ON_F3]) {
      const { byTag } = summarisePlan(plan, { asOf });
      for (const tag of NATIONAL_FRAMEWORK_TAGS) {
        const expected = countedFromRags(plan, tag);
        if (expected.total === 0) expect(byTag[tag]).toBeUndefined();
        else expect(byTag[tag]).toEqual(expected);
      }
    }
  });

  it("adds up to byRag when each action answers findings with one tag between them, as in Hull's plan tagged one a finding", () => {
    const summary = summarisePlan(ONE_EACH, { asOf });
    expect(summary.byTag).toEqual({
      'outcome-3-safety': { total: 3, red: 0, amber: 1, green: 1, blue: 1, 'not-rated': 0 },
      'outcome-4-stable-homes': { total: 2, red: 1, amber: 1, green: 0, blue: 0, 'not-rated': 0 },
      'enabler-2-leaders': { total: 4, red: 0, amber: 0, green: 4, blue: 0, 'not-rated': 0 },
    });
    expect(Object.values(summary.byTag).reduce(add, empty())).toEqual(summary.byRag);
    expect(Object.values(summary.byArea).reduce(add, empty())).toEqual(summary.byRag);
  });

  it('counts an action once under each tag of the findings it answers, and the rest under untagged', () => {
    const summary = summarisePlan(TWO_ON_F3, { asOf });
    expect(Object.keys(summary.byTag)).toEqual([
      'outcome-3-safety',
      'enabler-2-leaders',
      'enabler-3-workforce',
      'untagged',
    ]);
    expect(summary.byTag['enabler-2-leaders']).toEqual(summary.byTag['enabler-3-workforce']);
    expect(summary.byTag['enabler-2-leaders']).toEqual(summary.byArea.leaders);
    expect(summary.byTag.untagged).toEqual(summary.byArea.childrenInCareAndCareLeavers);
    const once = [summary.byTag['outcome-3-safety']!, summary.byTag['enabler-2-leaders']!, summary.byTag.untagged!];
    expect(once.reduce(add, empty())).toEqual(summary.byRag);
  });

  it('puts every action under untagged when no finding carries tags, as in plans answering reports before 2025', () => {
    const summary = summarisePlan(HULL_PLAN, { asOf });
    expect(summary.byTag).toEqual({ untagged: summary.byRag });
  });

  it('counts an action answering both a tagged and an untagged finding under the tag alone, once', () => {
    const plan: ImprovementPlan = {
      ...TWO_ON_F3,
      actions: TWO_ON_F3.actions.map((action) => (action.id === 'A7' ? { ...action, answers: ['F4', 'F1'] } : action)),
    };
    const summary = summarisePlan(plan, { asOf });
    expect(summary.byTag['outcome-3-safety']?.total).toBe(4);
    expect(summary.byTag.untagged?.total).toBe(1);
    expect(summary.byTag['outcome-3-safety']).toEqual(countedFromRags(plan, 'outcome-3-safety'));
  });
});

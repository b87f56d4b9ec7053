import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createInspectionHistory,
  expectedNextAreaSendInspection,
  expectedNextInspection,
  type FrameworkId,
  findHistoryIssues,
  type InspectionEvent,
  type InspectionHistory,
  interventionRegimeOn,
  latestGradedInspection,
  monitoringCapWarnings,
} from '../../src/index.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { parseInspectionHistory } from '../../src/schema/index.js';
import { CFS_2027_SKETCH as cfs2027 } from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const d = calendarDate;

const frameworks = [cfs2027];

type Event = InspectionEvent<FrameworkId | typeof cfs2027>;

const ilacs2019: Event = {
  kind: 'standard-inspection',
  onSite: { start: d('2019-01-14'), end: d('2019-01-25') },
  published: d('2019-03-13'),
  outcome: {
    framework: 'ilacs-2018',
    judgements: {
      leaders: 'requires-improvement',
      helpAndProtection: 'inadequate',
      childrenInCareAndCareLeavers: 'requires-improvement',
    },
    awardedOverall: 'inadequate',
  },
};
const cfsInspection: Event = {
  kind: 'graded-inspection',
  onSite: { start: d('2027-03-01'), end: d('2027-03-12') },
  published: d('2027-05-04'),
  outcome: {
    framework: 'cfs-2027',
    judgements: { leaders: 'strong', help: 'needs-attention', inCare: 'expected', careLeavers: 'not-judged' },
    awardedOverall: 'needs-attention',
  },
};
const visit = (start: string, end: string): Event => ({
  kind: 'monitoring-visit',
  onSite: { start: d(start), end: d(end) },
  theme: 'help and protection',
  findings: [],
});

/** The events as a caller holds them, out of order: the caller's inspection before the older ones. */
const EVENTS: readonly Event[] = deepFreeze([
  cfsInspection,
  ilacs2019,
  { kind: 'improvement-notice-issued', date: d('2019-05-20') },
  { kind: 'improvement-notice-lifted', date: d('2021-06-01') },
  { kind: 'improvement-notice-issued', date: d('2027-06-01') },
  visit('2027-08-02', '2027-08-03'),
  visit('2027-10-04', '2027-10-05'),
  visit('2028-01-10', '2028-01-11'),
  visit('2028-04-03', '2028-04-04'),
]);

function historyOf(events: readonly Event[] = EVENTS): InspectionHistory<FrameworkId | typeof cfs2027> {
  const result = createInspectionHistory({ name: 'Example' }, events, { frameworks });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Where the caller's inspection sits in the history, once ordered. */
const CFS_AT = 3;

describe('a history holding an inspection under a framework of your own', () => {
  it('is kept with frameworks, in date order, and nothing the caller passed changes', () => {
    const before = structuredClone(EVENTS);
    const options = deepFreeze({ frameworks: deepFreeze([cfs2027]) });
    const result = createInspectionHistory({ name: 'Example' }, EVENTS, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events.map((event) => event.kind)).toEqual([
      'standard-inspection',
      'improvement-notice-issued',
      'improvement-notice-lifted',
      'graded-inspection',
      'improvement-notice-issued',
      'monitoring-visit',
      'monitoring-visit',
      'monitoring-visit',
      'monitoring-visit',
    ]);
    expect(result.value.events[CFS_AT]).toEqual(cfsInspection);
    expect(EVENTS).toEqual(before);
    expect(options.frameworks).toEqual([cfs2027]);
    expect(findHistoryIssues(result.value, { frameworks })).toEqual([]);
  });

  it('is refused without frameworks: the framework is unknown, and the issue says how to pass your own', () => {
    const result = createInspectionHistory({ name: 'Example' }, EVENTS as readonly InspectionEvent[]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [refused] = result.issues;
    expect(refused).toMatchObject({
      path: ['events', 0, 'outcome', 'framework'],
      code: 'unknown-framework',
      params: { found: '"cfs-2027"' },
    });
    expect(refused?.message).toMatch(/defineFramework/);
    expect(refused?.message).toMatch(/options\.frameworks/);
    expect(findHistoryIssues(historyOf()).map((issue) => issue.code)).toEqual(['unknown-framework']);
  });

  it('lists the caller’s framework among those allowed when frameworks are given and an outcome names none', () => {
    const stray = {
      ...cfsInspection,
      outcome: { ...cfsInspection.outcome, framework: 'cfs-2028' },
    } as unknown as Event;
    const result = createInspectionHistory({ name: 'Example' }, [stray], { frameworks });
    expect(result.ok || result.issues[0]?.params.allowed).toEqual(expect.arrayContaining(['ilacs-2023', 'cfs-2027']));
  });

  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a grade not on its scale', { help: 'good' }, ['judgements', 'help'], 'invalid-value'],
    ['an area it does not have', { frontDoor: 'strong' }, ['judgements', 'frontDoor'], 'area-not-in-framework'],
    ['a required area left out', { inCare: undefined }, ['judgements', 'inCare'], 'missing-area'],
  ])('checks the outcome by its framework: refuses %s', (_, change, path, code) => {
    const outcome = cfsInspection.outcome as { judgements: Record<string, unknown> };
    const judgements = Object.fromEntries(
      Object.entries({ ...outcome.judgements, ...change }).filter(([, value]) => value !== undefined),
    );
    const event = { ...cfsInspection, outcome: { ...cfsInspection.outcome, judgements } } as Event;
    const result = createInspectionHistory({ name: 'Example' }, [event], { frameworks });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([[['events', 0, 'outcome', ...path], code]]);
  });

  it.each<[string, Partial<Event>, string, (string | number)[], string]>([
    [
      'a first day before the framework came into force',
      { onSite: { start: d('2026-12-07'), end: d('2026-12-11') }, published: d('2027-02-01') },
      'first-day',
      ['events', 0, 'outcome', 'framework'],
      '2027-01-01',
    ],
    [
      'a first day after it was replaced',
      { onSite: { start: d('2031-02-03'), end: d('2031-02-07') }, published: d('2031-04-01') },
      'first-day',
      ['events', 0, 'outcome', 'framework'],
      '2030-12-31',
    ],
    [
      'no days on site and a publication before it came into force',
      { onSite: undefined, published: d('2026-11-02') },
      'published',
      ['events', 0, 'outcome', 'framework'],
      '2026-11-02',
    ],
  ])('checks its dates against the framework’s inForce: refuses %s', (_, change, rule, path, limit) => {
    const event = Object.fromEntries(
      Object.entries({ ...cfsInspection, ...change }).filter(([, value]) => value !== undefined),
    ) as unknown as Event;
    const result = createInspectionHistory({ name: 'Example' }, [event], { frameworks });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        path,
        code: 'framework-not-in-force',
        params: expect.objectContaining({ found: '"cfs-2027"', limit, rule }),
      }),
    ]);
  });

  it('takes a graded inspection of the caller’s placed by its publication alone, once the framework is in force', () => {
    const { onSite: _, ...unplaced } = cfsInspection as Event & { onSite: unknown };
    const result = createInspectionHistory({ name: 'Example' }, [unplaced as Event], { frameworks });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not a list', 'cfs-2027', 'invalid-type'],
    ['a list of what defineFramework did not make', [{ ...cfs2027 }], 'invalid-type'],
    ['one framework twice', [cfs2027, cfs2027], 'duplicate-id'],
  ])('refuses frameworks that are %s', (_, value, code) => {
    const result = createInspectionHistory({ name: 'Example' }, EVENTS as readonly InspectionEvent[], {
      frameworks: value as never,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ path: ['options', 'frameworks'], code });
  });
});

describe('the history queries, on a history holding an inspection of your own', () => {
  const history = historyOf();

  it('latestGradedInspection gives the caller’s inspection, or the ILACS one known before it was published', () => {
    expect(latestGradedInspection(history, { frameworks })).toEqual(cfsInspection);
    expect(latestGradedInspection(history, { frameworks, asOf: d('2027-05-03') })).toEqual(ilacs2019);
  });

  it('interventionRegimeOn names Ofsted’s inadequate judgement it followed, which an inspection of the caller’s never hides', () => {
    const early = interventionRegimeOn(history, d('2020-01-01'), { frameworks });
    expect(early).toMatchObject({ regime: 'improvement-notice', after: ilacs2019 });
    // The caller's inspection of 2027, graded on its own scale, comes between: the notice still follows Ofsted's.
    const late = interventionRegimeOn(history, d('2027-07-01'), { frameworks });
    expect(late).toMatchObject({ regime: 'improvement-notice', since: { date: '2027-06-01' }, after: ilacs2019 });
  });

  it('monitoringCapWarnings counts the visits, not the inspection of the caller’s', () => {
    const warnings = monitoringCapWarnings(history, { frameworks });
    expect(warnings.map((warning) => [warning.path, warning.params.found])).toEqual([
      [['events', 8], '4, from 2027-08-02 to 2028-04-03'],
    ]);
  });

  it('expectedNextInspection counts from Ofsted’s last inspection: one of the caller’s never moves the cycle', () => {
    const next = expectedNextInspection(history, { frameworks });
    expect(next).toMatchObject({ kind: 'monitoring', basedOn: ilacs2019, basisGrade: 'inadequate' });
    expect(expectedNextInspection(history, { frameworks, asOf: d('2027-05-03') })).toEqual(next);
    const onlyTheirs = historyOf([cfsInspection]);
    expect(expectedNextInspection(onlyTheirs, { frameworks })).toMatchObject({ kind: 'unknown' });
  });

  it('expectedNextAreaSendInspection reads the history and finds no area SEND inspection', () => {
    expect(expectedNextAreaSendInspection(history, { frameworks }).kind).toBe('unknown');
  });

  it.each<[string, () => unknown]>([
    ['latestGradedInspection', () => latestGradedInspection(history)],
    ['interventionRegimeOn', () => interventionRegimeOn(history, d('2027-07-01'))],
    ['monitoringCapWarnings', () => monitoringCapWarnings(history)],
    ['expectedNextInspection', () => expectedNextInspection(history)],
    ['expectedNextAreaSendInspection', () => expectedNextAreaSendInspection(history)],
  ])('%s refuses the history without frameworks: the framework is unknown', (_, call) => {
    const error = thrown(call);
    expect(error.code).toBe('invalid-history');
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['history', 'events', CFS_AT, 'outcome', 'framework'], 'unknown-framework'],
    ]);
  });

  it.each<[string, () => unknown]>([
    ['latestGradedInspection', () => latestGradedInspection(history, { frameworks: [{ id: 'cfs-2027' }] as never })],
    ['interventionRegimeOn', () => interventionRegimeOn(history, d('2027-07-01'), { frameworks: 'cfs' as never })],
    ['monitoringCapWarnings', () => monitoringCapWarnings(history, { framework: frameworks } as never)],
    ['expectedNextInspection', () => expectedNextInspection(history, { frameworks: [cfs2027, cfs2027] })],
  ])('%s refuses frameworks it cannot read', (_, call) => {
    expect(thrown(call).code).toBe('invalid-option');
  });

  it('reads the frameworks option once: a list that changes on a second read changes nothing', () => {
    let reads = 0;
    const options = {
      get frameworks() {
        reads += 1;
        return reads > 1 ? [] : frameworks;
      },
    };
    expect(latestGradedInspection(history, options)).toEqual(cfsInspection);
    expect(reads).toBe(1);
  });
});

describe('parseInspectionHistory with frameworks', () => {
  const json = JSON.parse(JSON.stringify({ authority: { name: 'Example' }, events: EVENTS }));

  it('reads a stored history holding an inspection of your own, as createInspectionHistory builds it', () => {
    const parsed = parseInspectionHistory(json, { frameworks });
    expect(parsed).toEqual({ ok: true, value: historyOf() });
  });

  it('refuses it without frameworks, the framework unknown', () => {
    const parsed = parseInspectionHistory(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['events', 0, 'outcome', 'framework'], 'unknown-framework'],
    ]);
    expect(parsed.issues[0]?.message).toMatch(/defineFramework and pass it as options\.frameworks/);
  });

  it('checks the outcome by its framework and its dates by the framework’s inForce', () => {
    const bad = structuredClone(json);
    bad.events[0].outcome.judgements.help = 'good';
    const graded = parseInspectionHistory(bad, { frameworks });
    expect(graded.ok || graded.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['events', 0, 'outcome', 'judgements', 'help'], 'invalid-value'],
    ]);
    const early = structuredClone(json);
    early.events[0].onSite = { start: '2026-12-07', end: '2026-12-11' };
    const dated = parseInspectionHistory(early, { frameworks });
    expect(dated.ok || dated.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['events', 0, 'outcome', 'framework'], 'framework-not-in-force'],
    ]);
  });

  it('refuses frameworks it cannot read, with issues rather than a throw', () => {
    const parsed = parseInspectionHistory(json, { frameworks: 'cfs-2027' as never });
    expect(parsed.ok || parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['options', 'frameworks'], 'invalid-type'],
    ]);
  });
});

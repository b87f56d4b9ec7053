import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { judgementHistoryChart } from '../../src/charts/index.js';
import {
  AREA_SEND_OUTCOMES,
  AREA_SEND_SOURCES,
  type AreaSendInspection,
  calendarDate,
  createInspectionHistory,
  expectedNextAreaSendInspection,
  expectedNextInspection,
  findHistoryIssues,
  formatIssue,
  type InspectionEvent,
  type InspectionHistory,
  interventionRegimeOn,
  isGradedInspection,
  isVisit,
  latestGradedInspection,
  monitoringCapWarnings,
  OfstedIlacsError,
  statutoryDeadlines,
} from '../../src/index.js';
import { InspectionEventSchema, parseInspectionHistory, toJsonSchemas } from '../../src/schema/index.js';
import { historyRows } from '../../src/tables/index.js';

const d = calendarDate;
const days = (start: string, end: string) => ({ start: d(start), end: d(end) });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function historyOf(events: readonly InspectionEvent[]): InspectionHistory {
  const result = createInspectionHistory({ name: 'Example', code: 'E06000099' }, events);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

// An illustrative council, not a real one: the dates follow the pattern the facts describe
// (an inadequate ILACS judgement with monitoring visits; an area SEND inspection a few months
// later finding widespread failings, and its monitoring inspection within about 18 months).
const ilacs2023: InspectionEvent = {
  kind: 'standard-inspection',
  onSite: days('2023-03-06', '2023-03-17'),
  published: d('2023-05-12'),
  outcome: {
    framework: 'ilacs-2023',
    judgements: {
      leaders: 'inadequate',
      helpAndProtection: 'inadequate',
      childrenInCare: 'requires-improvement',
      careLeavers: 'requires-improvement',
    },
    awardedOverall: 'inadequate',
  },
};
const areaSend2023: AreaSendInspection = {
  kind: 'area-send-inspection',
  onSite: days('2023-10-09', '2023-10-13'),
  published: d('2023-11-24'),
  outcome: 'widespread-failings',
};
const mv = (n: number, start: string, end: string): InspectionEvent => ({
  kind: 'monitoring-visit',
  onSite: days(start, end),
  sequence: n,
  theme: 'help and protection',
  findings: [],
});
const sendMonitoring = (start: string, end: string): InspectionEvent => ({
  kind: 'area-send-monitoring',
  onSite: days(start, end),
});
const notice: InspectionEvent = { kind: 'improvement-notice-issued', date: d('2023-06-19') };
const EVENTS: readonly InspectionEvent[] = [
  ilacs2023,
  notice,
  mv(1, '2023-09-12', '2023-09-13'),
  areaSend2023,
  mv(2, '2024-01-16', '2024-01-17'),
  sendMonitoring('2025-02-03', '2025-02-05'),
];

describe('AREA_SEND_OUTCOMES and AREA_SEND_SOURCES', () => {
  it('is a checked, frozen three-outcome scale, best first, in the 2025 wording', () => {
    expect(AREA_SEND_OUTCOMES.id).toBe('area-send-2023');
    expect(AREA_SEND_OUTCOMES.grades).toEqual(['positive', 'inconsistent', 'widespread-failings']);
    expect(AREA_SEND_OUTCOMES.labels['widespread-failings']).toBe(
      'There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND',
    );
    expect(AREA_SEND_OUTCOMES.labels.positive).toMatch(/typically lead to positive experiences and outcomes/);
    expect(AREA_SEND_OUTCOMES.labels.inconsistent).toMatch(/lead to inconsistent experiences and outcomes/);
    expect(Object.isFrozen(AREA_SEND_OUTCOMES.labels)).toBe(true);
    expect(() => (AREA_SEND_OUTCOMES.grades as string[]).push('good')).toThrow(TypeError);
  });

  it('marks every fact second-hand, and says the days counted from are assumptions', () => {
    expect(AREA_SEND_SOURCES.every((source) => source.confirmed === false)).toBe(true);
    expect(new Set(AREA_SEND_SOURCES.map((s) => s.id)).size).toBe(AREA_SEND_SOURCES.length);
    const cap = AREA_SEND_SOURCES.find((s) => s.id === 'monitoring-cap');
    expect(cap?.fact).toMatch(/at most three monitoring visits .* twelve months, across area SEND and ILACS together/);
    expect(cap?.fact).toMatch(/1 July 2025 .* an assumption/);
    expect(AREA_SEND_SOURCES.find((s) => s.id === 'after-positive')?.source).toBe(
      'Tes, January 2024, read second-hand',
    );
    expect(Object.isFrozen(AREA_SEND_SOURCES[0])).toBe(true);
  });
});

describe('area SEND events in a history', () => {
  it('are accepted, ordered among the ILACS events, and are visits but not graded inspections', () => {
    const history = historyOf([...EVENTS].reverse());
    expect(history.events.map((e) => e.kind)).toEqual(EVENTS.map((e) => e.kind));
    expect(isVisit(areaSend2023)).toBe(true);
    expect(isGradedInspection(areaSend2023)).toBe(false);
    expect(findHistoryIssues(history)).toEqual([]);
  });

  it('leave the ILACS answers exactly as they are without them', () => {
    const withSend = historyOf(EVENTS);
    const without = historyOf(EVENTS.filter((e) => !e.kind.startsWith('area-send')));
    expect(latestGradedInspection(withSend)).toEqual(ilacs2023);
    expect(expectedNextInspection(withSend)).toEqual(expectedNextInspection(without));
    for (const day of ['2023-10-10', '2025-02-04']) {
      expect(interventionRegimeOn(withSend, d(day))).toEqual(interventionRegimeOn(without, d(day)));
    }
    expect(statutoryDeadlines(areaSend2023)).toEqual([]);
  });

  it('may share days with a visit to children’s services, but not with another area SEND visit', () => {
    const sameWeek = [mv(1, '2023-10-10', '2023-10-11'), areaSend2023];
    expect(createInspectionHistory({ name: 'Example' }, sameWeek).ok).toBe(true);
    const twice = createInspectionHistory({ name: 'Example' }, [
      areaSend2023,
      sendMonitoring('2023-10-12', '2023-10-13'),
    ]);
    expect(twice.ok ? [] : twice.issues.map((i) => [i.code, i.path])).toEqual([
      ['overlapping-visits', ['events', 1, 'onSite']],
    ]);
  });

  it.each<[string, unknown, (string | number)[], string, object]>([
    [
      'an ILACS grade as the outcome',
      { ...areaSend2023, outcome: 'good' },
      ['outcome'],
      'invalid-value',
      { field: 'outcome', found: '"good"', allowed: ['positive', 'inconsistent', 'widespread-failings'] },
    ],
    ['no outcome', { kind: 'area-send-inspection', onSite: areaSend2023.onSite }, ['outcome'], 'missing', {}],
    [
      'a theme, which a monitoring inspection does not have',
      { kind: 'area-send-monitoring', onSite: areaSend2023.onSite, theme: 'x' },
      ['theme'],
      'unknown-key',
      { found: '"theme"' },
    ],
    [
      'a last day before the first, by the one rule for dates',
      { ...areaSend2023, onSite: days('2023-10-13', '2023-10-09') },
      ['onSite', 'end'],
      'dates-out-of-order',
      { field: 'onSite.end', limit: '2023-10-13', rule: 'end-before-start' },
    ],
    [
      'a publication before the visit ended',
      { ...areaSend2023, published: d('2023-10-12') },
      ['published'],
      'dates-out-of-order',
      { field: 'published', limit: '2023-10-13', rule: 'report-before-visit' },
    ],
    [
      'a visit before the framework of January 2023',
      { ...areaSend2023, onSite: days('2022-11-07', '2022-11-11'), published: undefined },
      ['onSite', 'start'],
      'framework-not-in-force',
      { field: 'onSite.start', found: '"2022-11-07"', limit: '2023-01-01', rule: 'area-send-from' },
    ],
  ])('refuses %s, in the core and the schema alike', (_, event, path, code, params) => {
    const created = createInspectionHistory({ name: 'Example' }, [event as InspectionEvent]);
    expect(created.ok).toBe(false);
    const found = created.ok ? undefined : created.issues[0];
    expect(found?.path).toEqual(['events', 0, ...path]);
    expect(found?.code).toBe(code);
    expect(found?.params).toMatchObject(params);
    const parsed = parseInspectionHistory(json({ authority: { name: 'Example' }, events: [event] }));
    expect(parsed.ok ? [] : parsed.issues.map((i) => [i.path, i.code])).toContainEqual([['events', 0, ...path], code]);
  });

  it('read from JSON through the schemas, and the JSON Schema agrees', () => {
    const history = historyOf(EVENTS);
    expect(parseInspectionHistory(json(history))).toEqual({ ok: true, value: history });
    expect(InspectionEventSchema.safeParse(json(areaSend2023)).success).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(toJsonSchemas().InspectionHistory as object);
    expect(validate(json(history))).toBe(true);
    const wrong = json({ ...history, events: [{ ...areaSend2023, outcome: 'inadequate' }] });
    expect(validate(wrong)).toBe(false);
  });

  it('are drawn on the history chart as marked visits, named in its legend, and listed in history rows', () => {
    const history = historyOf(EVENTS);
    const svg = judgementHistoryChart(history);
    expect(svg).toContain('>SEND<');
    expect(svg).toContain('>SEND MV<');
    expect(svg).toContain('SEND: area SEND inspection of the local area partnership');
    expect(svg).toMatch(/area SEND inspection 2023-10-09; .*area SEND monitoring inspection 2025-02-03/);
    const rows = historyRows(history);
    const row = rows.find((r) => r.Date === '2023-10-09');
    expect(row?.Event).toBe(`Area SEND inspection: ${AREA_SEND_OUTCOMES.labels['widespread-failings']}`);
    expect(row?.Overall).toBe('');
    expect(rows.find((r) => r.Date === '2025-02-03')?.Event).toBe('Area SEND monitoring inspection');
  });
});

describe('expectedNextAreaSendInspection', () => {
  it('expects a monitoring inspection within about 18 months and a full one within about three years after widespread failings', () => {
    const next = expectedNextAreaSendInspection(historyOf(EVENTS), { asOf: d('2024-06-01') });
    expect(next.kind).toBe('expected');
    if (next.kind !== 'expected') return;
    expect(next.basedOn).toEqual(areaSend2023);
    expect(next.expected.map((e) => [e.inspection, e.rule, e.withinMonths, e.by, e.confirmed])).toEqual([
      ['area-send-monitoring', 'monitoring-after-widespread-failings', 18, '2025-04-09', false],
      ['area-send-inspection', 'full-after-widespread-failings', 36, '2026-10-09', false],
    ]);
    expect(next.expected[0]?.held).toBeUndefined();
    expect(next.expected[0]?.reason).toBe(
      'Expected, not scheduled: the area SEND inspection starting 2023-10-09 found widespread and/or systemic failings, so the partnership prepares a priority action plan; a monitoring inspection usually follows within about 18 months, by about 2025-04-09 (Tes, January 2024, read second-hand, unconfirmed).',
    );
  });

  it('says when the monitoring inspection has been held', () => {
    const next = expectedNextAreaSendInspection(historyOf(EVENTS));
    expect(next.kind === 'expected' && next.expected[0]?.held?.onSite.start).toBe('2025-02-03');
    expect(next.kind === 'expected' && next.expected[0]?.reason).toMatch(
      /One was held: the area SEND monitoring inspection starting 2025-02-03\.$/,
    );
  });

  it.each([
    ['inconsistent', 'full-after-inconsistent', 36, '2027-02-05'],
    ['positive', 'full-after-positive', 60, '2029-02-05'],
  ] as const)('after %s outcomes expects only a full inspection, within %s', (outcome, rule, months, by) => {
    const history = historyOf([{ kind: 'area-send-inspection', onSite: days('2024-02-05', '2024-02-09'), outcome }]);
    const next = expectedNextAreaSendInspection(history);
    expect(next.kind === 'expected' && next.expected).toEqual([
      expect.objectContaining({ inspection: 'area-send-inspection', rule, withinMonths: months, by }),
    ]);
  });

  it('follows the latest area SEND inspection known on the date asked about', () => {
    const later: InspectionEvent = {
      kind: 'area-send-inspection',
      onSite: days('2026-06-08', '2026-06-12'),
      published: d('2026-07-24'),
      outcome: 'inconsistent',
    };
    const history = historyOf([...EVENTS, later]);
    const before = expectedNextAreaSendInspection(history, { asOf: d('2026-07-23') });
    const after = expectedNextAreaSendInspection(history, { asOf: d('2026-07-24') });
    expect(before.kind === 'expected' && before.outcome).toBe('widespread-failings');
    expect(after.kind === 'expected' && after.expected.map((e) => e.rule)).toEqual(['full-after-inconsistent']);
  });

  it('expects nothing without an area SEND inspection, and refuses what breaks the rules', () => {
    expect(expectedNextAreaSendInspection(historyOf([ilacs2023])).kind).toBe('unknown');
    expect(() => expectedNextAreaSendInspection(historyOf(EVENTS), { asOf: '2024-02-30' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    const broken = { authority: { name: 'x' }, events: [{ ...areaSend2023, outcome: 'good' }] };
    expect(() => expectedNextAreaSendInspection(broken as never)).toThrowError(OfstedIlacsError);
  });
});

describe('monitoringCapWarnings', () => {
  // Illustrative: monitoring of both kinds closer together than Ofsted's cap allows after July 2025.
  const crowded = [
    mv(1, '2024-12-10', '2024-12-11'),
    sendMonitoring('2025-03-03', '2025-03-05'),
    mv(2, '2025-07-15', '2025-07-16'),
    sendMonitoring('2025-11-03', '2025-11-05'),
    mv(3, '2025-12-11', '2025-12-12'),
  ];

  it('warns at each visit from July 2025 that is the fourth or later in twelve months, ILACS and area SEND together', () => {
    const warnings = monitoringCapWarnings(historyOf(crowded));
    expect(warnings.map((w) => [w.path, w.code, w.params])).toEqual([
      [
        ['events', 3],
        'too-many',
        {
          field: 'monitoring visits in 12 months',
          found: '4, from 2024-12-10 to 2025-11-03',
          limit: 3,
          rule: 'monitoring-cap',
        },
      ],
      [
        ['events', 4],
        'too-many',
        // 2024-12-10 is not within the twelve months to 2025-12-11, which begin after 2024-12-11.
        {
          field: 'monitoring visits in 12 months',
          found: '4, from 2025-03-03 to 2025-12-11',
          limit: 3,
          rule: 'monitoring-cap',
        },
      ],
    ]);
    expect(warnings[0]?.message).toMatch(
      /^the area SEND monitoring inspection starting 2025-11-03 is the 4th monitoring visit in the twelve months to 2025-11-03 \(after the monitoring visit starting 2024-12-10; /,
    );
    expect(formatIssue(warnings[0]!)).toBe(
      'monitoring visits in 12 months has too many items (4, from 2024-12-10 to 2025-11-03): at most 3.',
    );
  });

  it('does not warn at three, at visits twelve months apart, or before July 2025', () => {
    expect(monitoringCapWarnings(historyOf(crowded.slice(0, 3)))).toEqual([]);
    const yearApart = [mv(1, '2024-11-03', '2024-11-04'), ...crowded.slice(1, 4)];
    expect(monitoringCapWarnings(historyOf(yearApart))).toEqual([]);
    const before = [
      mv(1, '2024-07-01', '2024-07-02'),
      mv(2, '2024-10-01', '2024-10-02'),
      mv(3, '2025-01-06', '2025-01-07'),
      mv(4, '2025-04-01', '2025-04-02'),
    ];
    expect(monitoringCapWarnings(historyOf(before))).toEqual([]);
  });

  it('counts monitoring only: an area SEND inspection, a focused visit or a JTAI is not a monitoring visit', () => {
    const mixed = [
      ...crowded.slice(0, 3),
      { kind: 'area-send-inspection', onSite: days('2025-09-08', '2025-09-12'), outcome: 'inconsistent' },
      {
        kind: 'joint-targeted-area-inspection',
        onSite: days('2025-09-22', '2025-09-26'),
        theme: 'domestic abuse',
        agencies: ['ofsted', 'cqc'],
      },
      { kind: 'focused-visit', onSite: days('2025-10-07', '2025-10-08'), theme: 'x', areasForPriorityAction: [] },
    ] as InspectionEvent[];
    expect(monitoringCapWarnings(historyOf(mixed))).toEqual([]);
  });

  it('is a warning only: the history is still created, and a broken one is refused', () => {
    expect(createInspectionHistory({ name: 'Example' }, crowded).ok).toBe(true);
    expect(() => monitoringCapWarnings({ authority: { name: 'x' }, events: 'none' } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid-history' }),
    );
  });
});

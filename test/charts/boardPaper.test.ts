import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
  CHART_LIMITS,
  CHART_PALETTE,
  judgementHistoryChart,
  neighbourComparisonChart,
  planChart,
} from '../../src/charts/index.js';
import { escaped } from '../../src/charts/svg.js';
import {
  calendarDate,
  createInspectionHistory,
  type InspectionEvent,
  type InspectionHistory,
  OfstedIlacsError,
  type PlanSummary,
  summarisePlan,
} from '../../src/index.js';
import { compareWithNeighbours, type NeighbourComparison } from '../../src/outcomes/index.js';
import { HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';

/** Parses strictly: any warning, error or fatal error from the parser fails the test. */
function strict(svg: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors, svg.slice(0, 200)).toEqual([]);
  const root = document.documentElement as Element;
  return { root, all: (name: string) => Array.from(root.getElementsByTagName(name)) as Element[] };
}

const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
const found = compareWithNeighbours('Hull');
if (!found.ok) throw new Error('Hull has neighbours');
const comparison = found.value;

/** Text that XML 1.0 forbids or gives meaning to, and text that breaks naive code. */
const HOSTILE = [
  'a\u0001b',
  'x\uFFFEy\uFFFF',
  'lone \uD800 high',
  'lone \uDC00 low',
  ']]> <script>alert(1)</script> & "\' <!--',
  'tab\tnew\nline\rreturn',
  'emoji 👩🏽‍⚕️ kept',
];

describe('one escaper, always well-formed XML', () => {
  it('replaces what XML forbids and keeps whole surrogate pairs', () => {
    expect(escaped('a\u0001b\uFFFE\uD800c')).toBe('abc');
    expect(escaped('😀')).toBe('😀');
    expect(escaped('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it.each(HOSTILE)('draws hostile text %j in every text field and option of every chart', (text) => {
    const history = createInspectionHistory({ name: text }, HULL_HISTORY.events);
    if (!history.ok) throw new Error(JSON.stringify(history.issues));
    strict(judgementHistoryChart(history.value, { title: text }));
    const labels = Object.fromEntries(summary.findings.map((finding) => [finding.findingId, text]));
    const hostileSummary: PlanSummary = {
      ...summary,
      moneyCommitted: text,
      findings: summary.findings.map((finding) => ({ ...finding, findingId: text })),
    };
    strict(planChart(summary, { labels, title: text, plan: { ...HULL_PLAN, title: text } }));
    strict(planChart(hostileSummary, { labels: { [text]: text } }));
    const rename = (row: NeighbourComparison['authority']) => ({ ...row, authority: { ...row.authority, name: text } });
    const hostileComparison = {
      ...comparison,
      sources: [text],
      authority: rename(comparison.authority),
      neighbours: comparison.neighbours.map(rename),
    } as NeighbourComparison;
    const { all } = strict(neighbourComparisonChart(hostileComparison, { title: text }));
    expect(all('title')[0]?.textContent).not.toContain('\u0001');
  });

  it('draws findings keyed constructor or __proto__ as their own text', () => {
    const keyed: PlanSummary = {
      ...summary,
      findings: summary.findings.map((finding, index) => ({
        ...finding,
        findingId: ['constructor', '__proto__', 'toString', 'hasOwnProperty'][index] as string,
      })),
    };
    const svg = planChart(keyed, { labels: JSON.parse('{"__proto__": "Own label", "constructor": "Built"}') });
    const texts = strict(svg)
      .all('text')
      .map((text) => text.textContent ?? '');
    expect(texts).toEqual(expect.arrayContaining(['constructor Built', '__proto__ Own label', 'toString']));
    expect(svg).not.toContain('native code');
    expect(svg).not.toContain('[object Object]');
  });

  it.each([
    ['a symbol', { F1: Symbol('x') }],
    ['an object', { F1: { text: 'x' } }],
    ['a number', { F1: 7 }],
    ['blank text', { F1: '  ' }],
    [
      'a throwing getter',
      Object.defineProperty({}, 'F1', {
        enumerable: true,
        get() {
          throw new TypeError('no');
        },
      }),
    ],
  ])('refuses a label that is %s with an issue naming it', (_, labels) => {
    let caught: unknown;
    try {
      planChart(summary, { labels: labels as Record<string, string> });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OfstedIlacsError);
    const error = caught as OfstedIlacsError;
    expect(error.code).toBe('invalid-option');
    expect(error.issues[0]?.path.slice(0, 2)).toEqual(
      ['options', expect.stringMatching(/labels|options/)].slice(0, error.issues[0]?.path.length === 1 ? 1 : 2),
    );
  });

  it.each([
    ['a width as text', { width: '880' }],
    ['a title that is a symbol', { title: Symbol('t') }],
    ['an id with a space', { id: 'a b' }],
    ['an id that is a number', { id: 7 }],
    ['a palette colour that is an object', { palette: { red: {} } }],
    ['options that are a list', [1]],
  ])('refuses %s in every chart', (_, options) => {
    for (const draw of [
      () => judgementHistoryChart(HULL_HISTORY, options as never),
      () => planChart(summary, options as never),
      () => neighbourComparisonChart(comparison, options as never),
    ]) {
      expect(draw).toThrowError(expect.objectContaining({ code: 'invalid-option' }));
    }
  });

  it('reads each option once', () => {
    let reads = 0;
    const options = {
      get width() {
        reads += 1;
        return reads === 1 ? 480 : 'not a width';
      },
    };
    const svg = judgementHistoryChart(HULL_HISTORY, options as never);
    expect(reads).toBe(1);
    expect(strict(svg).root.getAttribute('width')).toBe('480');
  });
});

describe('charts beside each other on one page', () => {
  it('gives each chart ids of its own, the same for the same chart, or the caller’s', () => {
    const charts = [
      judgementHistoryChart(HULL_HISTORY),
      judgementHistoryChart(HULL_HISTORY, { width: 480 }),
      planChart(summary),
      planChart(summary, { plan: HULL_PLAN }),
      neighbourComparisonChart(comparison),
    ];
    const ids = charts.flatMap((svg) => [...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(ids.length).toBe(charts.length * 2);
    expect(new Set(ids).size).toBe(ids.length);
    for (const svg of charts) {
      const { root, all } = strict(svg);
      const labelled = (root.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(labelled).toEqual([all('title')[0]?.getAttribute('id'), all('desc')[0]?.getAttribute('id')]);
    }
    expect(judgementHistoryChart(HULL_HISTORY)).toBe(charts[0]);
    expect(judgementHistoryChart(HULL_HISTORY, { id: 'hull-board' })).toContain(
      'aria-labelledby="hull-board-title hull-board-desc"',
    );
  });
});

describe('a palette that cannot be misread', () => {
  // Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
  const SIMULATIONS: Record<string, number[][]> = {
    normal: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    protanopia: [
      [0.152286, 1.052583, -0.204868],
      [0.114503, 0.786281, 0.099216],
      [-0.003882, -0.048116, 1.051998],
    ],
    deuteranopia: [
      [0.367322, 0.860646, -0.227968],
      [0.280085, 0.672501, 0.047413],
      [-0.01182, 0.04294, 0.968881],
    ],
    tritanopia: [
      [1.255528, -0.076749, -0.178779],
      [-0.078411, 0.930809, 0.147602],
      [0.004733, 0.691367, 0.3039],
    ],
  };
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  /** CIELAB (D65) of a colour as seen under a simulation. */
  function lab(hex: string, simulation: number[][]): [number, number, number] {
    const l = rgb(hex).map(linear);
    const [r, g, b] = simulation.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          (row[0] as number) * (l[0] as number) +
            (row[1] as number) * (l[1] as number) +
            (row[2] as number) * (l[2] as number),
        ),
      ),
    ) as [number, number, number];
    const X = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const Y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const Z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
  }
  const distance = (a: string, b: string, simulation: number[][]) => {
    const [p, q] = [lab(a, simulation), lab(b, simulation)];
    return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  };
  function hue(hex: string): number {
    const [r, g, b] = rgb(hex) as [number, number, number];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  }

  it('has a red that is a red and an amber that is an amber', () => {
    const red = hue(CHART_PALETTE.red);
    expect(red >= 340 || red <= 10, `red hue ${red}`).toBe(true);
    expect(hue(CHART_PALETTE.amber)).toBeGreaterThanOrEqual(35);
    expect(hue(CHART_PALETTE.amber)).toBeLessThanOrEqual(55);
    expect(CHART_PALETTE.inadequate).toBe(CHART_PALETTE.red);
  });

  it.each(Object.keys(SIMULATIONS))('keeps every colour of a scale apart under %s', (name) => {
    const simulation = SIMULATIONS[name] as number[][];
    expect(distance(CHART_PALETTE.red, CHART_PALETTE.amber, simulation)).toBeGreaterThanOrEqual(40);
    const scales = [
      ['red', 'amber', 'green', 'blue', 'not-rated'],
      ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged'],
    ] as const;
    for (const scale of scales) {
      for (const [index, a] of scale.entries()) {
        for (const b of scale.slice(index + 1)) {
          expect(distance(CHART_PALETTE[a], CHART_PALETTE[b], simulation), `${a} and ${b}`).toBeGreaterThanOrEqual(18);
        }
      }
    }
  });
});

describe("Hull's history for a board", () => {
  const svg = judgementHistoryChart(HULL_HISTORY);
  const texts = strict(svg)
    .all('text')
    .map((text) => text.textContent ?? '');

  it('lists in its legend only what it draws, and labels every band', () => {
    expect(texts.some((text) => text.includes('joint targeted area inspection'))).toBe(false);
    expect(texts.some((text) => text.includes('Improvement notice (IN)'))).toBe(true);
    expect(texts.some((text) => text.includes('Statutory direction (SD)'))).toBe(true);
    expect(texts.some((text) => text.startsWith('No grade'))).toBe(true);
    for (const width of [320, 480, 880]) {
      const narrow = strict(judgementHistoryChart(HULL_HISTORY, { width }))
        .all('text')
        .map((text) => text.textContent ?? '');
      // Hull had a notice, a direction and a notice again: three bands, each labelled.
      const bandLabels = narrow.filter((text) =>
        ['Improvement notice', 'Notice', 'IN', 'Statutory direction', 'Direction', 'SD'].includes(text),
      );
      expect(bandLabels.length, `width ${width}`).toBe(3);
      expect(narrow.some((text) => text.endsWith('…') && text.startsWith('Kingston'))).toBe(false);
    }
  });

  it('draws no shading behind the grades and marks inspections at their dates', () => {
    expect(svg).not.toContain('opacity');
    const marks = strict(svg)
      .all('path')
      .filter((path) => path.getAttribute('stroke-width') === '1.5');
    expect(marks.length).toBe(4);
  });

  it('costs output linear in the events, and refuses more than it draws', () => {
    const events: InspectionEvent[] = [HULL_HISTORY.events[0] as InspectionEvent];
    for (let year = 2015; events.length < CHART_LIMITS.historyEvents; year += 1) {
      events.push({ kind: 'improvement-notice-issued', date: calendarDate(`${year}-02-01`) });
      events.push({ kind: 'improvement-notice-lifted', date: calendarDate(`${year}-09-01`) });
      if (year > 2150) break;
    }
    const many = createInspectionHistory({ name: 'Example' }, events.slice(0, CHART_LIMITS.historyEvents));
    if (!many.ok) throw new Error(JSON.stringify(many.issues.slice(0, 2)));
    const big = judgementHistoryChart(many.value);
    strict(big);
    expect(big.length).toBeLessThan(200_000);
    const tooMany = {
      ...many.value,
      events: [
        ...many.value.events,
        {
          kind: 'monitoring-visit',
          onSite: { start: calendarDate('2199-01-01'), end: calendarDate('2199-01-02') },
          theme: 'x',
          findings: [],
        },
      ],
    };
    expect(() => judgementHistoryChart(tooMany as InspectionHistory)).toThrowError(
      expect.objectContaining({ code: 'invalid-argument', issues: [expect.objectContaining({ code: 'too-many' })] }),
    );
  });

  it('places an inspection without published days at its publication, names a predecessor, and says what the data leaves out', () => {
    const history = createInspectionHistory(
      { name: 'North Northamptonshire' },
      [
        {
          kind: 'standard-inspection',
          published: calendarDate('2014-06-01'),
          predecessor: { name: 'Northamptonshire' },
          outcome: {
            framework: 'sif-2013',
            judgements: {
              helpAndProtection: 'inadequate',
              childrenLookedAfter: 'inadequate',
              leaders: 'inadequate',
              adoption: 'inadequate',
              careLeavers: 'inadequate',
              lscb: 'inadequate',
            },
            awardedOverall: 'inadequate',
          },
        },
        {
          kind: 'standard-inspection',
          onSite: { start: calendarDate('2022-05-09') },
          published: calendarDate('2022-07-01'),
          outcome: {
            framework: 'ilacs-2018',
            judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
            awardedOverall: 'good',
          },
        },
      ] as InspectionEvent[],
      {
        coverage: {
          asOf: calendarDate('2025-03-31'),
          sources: ['Ofsted, local authority inspection outcomes'],
          kinds: ['standard-inspection', 'short-inspection', 'graded-inspection'],
        },
      },
    );
    if (!history.ok) throw new Error(JSON.stringify(history.issues));
    const drawn = judgementHistoryChart(history.value);
    const { all } = strict(drawn);
    const words = all('text').map((text) => text.textContent ?? '');
    const desc = all('desc')[0]?.textContent ?? '';
    expect(desc).toContain(
      '1. published June 2014 (days on site not published), standard inspection of Northamptonshire, a predecessor council',
    );
    expect(desc).toContain('2. May 2022, standard inspection under ilacs-2018');
    expect(desc).toContain('Visits are not in this data.');
    expect(desc).toContain('DfE interventions are not in this data.');
    expect(desc).toContain('Data as at 2025-03-31; sources: Ofsted, local authority inspection outcomes.');
    expect(words).toEqual(
      expect.arrayContaining([
        'Northamptonshire',
        'Visits are not in this data.',
        'DfE interventions are not in this data.',
      ]),
    );
    expect(words.some((text) => text.startsWith('Days on site not published'))).toBe(true);
    expect(words.some((text) => text.startsWith('Data as at 2025-03-31'))).toBe(true);
  });
});

describe("Hull's plan for a board", () => {
  const svg = planChart(summary, { plan: HULL_PLAN });
  const { all } = strict(svg);
  const texts = all('text').map((text) => text.textContent ?? '');
  const desc = all('desc')[0]?.textContent ?? '';

  it('names the plan, says the money and how far due dates moved, with counts that agree with the RAG', () => {
    expect(all('title')[0]?.textContent).toBe(HULL_PLAN.title);
    expect(desc).toContain('Money committed: £6,400,000.00');
    expect(desc).toContain('Due dates moved 3 times across 2 actions, +74 days in all.');
    expect(desc).toContain(
      'F1: delivery amber, impact amber, next due 2020-03-31; 3 actions: 1 amber, 1 green, 1 blue; due dates moved 1 time, +60 days.',
    );
    expect(desc).toContain(
      'F3: delivery green, impact not-rated, next due 2020-05-29; 4 actions: 4 green; no due date moved.',
    );
    expect(desc).not.toContain('still open');
    expect(texts.some((text) => text.includes('still open'))).toBe(false);
  });

  it('refuses a plan that is not the summary’s, and more findings than it draws', () => {
    expect(() => planChart(summary, { plan: { ...HULL_PLAN, actions: HULL_PLAN.actions.slice(1) } })).toThrowError(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    const finding = summary.findings[0] as PlanSummary['findings'][number];
    const large: PlanSummary = {
      ...summary,
      findings: Array.from({ length: CHART_LIMITS.planFindings + 1 }, (_, index) => ({
        ...finding,
        findingId: `F${index}`,
      })),
    };
    expect(() => planChart(large)).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('keeps the largest chart it draws small, whatever the labels', () => {
    const finding = summary.findings[0] as PlanSummary['findings'][number];
    const findings = Array.from({ length: CHART_LIMITS.planFindings }, (_, index) => ({
      ...finding,
      findingId: `F${index}${'x'.repeat(9_000)}`,
    }));
    const labels = Object.fromEntries(findings.map((f) => [f.findingId, 'y'.repeat(10_000)]));
    const big = planChart({ ...summary, findings }, { labels, title: 'z'.repeat(10_000) });
    strict(big);
    expect(big.length).toBeLessThan(1_000_000);
  });
});

describe('neighbourComparisonChart', () => {
  const svg = neighbourComparisonChart(comparison);
  const { root, all } = strict(svg);

  it("draws Hull beside its ten neighbours, with each one's grades, dates, counts and sources", () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(all('title')[0]?.textContent).toBe('Kingston upon Hull beside its statistical neighbours');
    const desc = all('desc')[0]?.textContent ?? '';
    expect(desc).toContain(`as at ${comparison.asOf}`);
    expect(desc).toContain('1. Sandwell');
    expect(desc).toContain(
      'The neighbours by grade: Overall: 1 outstanding, 4 good, 4 requires improvement, 1 inadequate',
    );
    const texts = all('text').map((text) => text.textContent ?? '');
    expect(texts).toEqual(expect.arrayContaining(['Kingston upon Hull', '1. Sandwell', '10. Rotherham']));
    expect(texts.some((text) => text.startsWith(`As at ${comparison.asOf}`))).toBe(true);
    expect(texts.some((text) => text.includes('Sources:'))).toBe(true);
    expect(neighbourComparisonChart(structuredClone(comparison))).toBe(svg);
  });

  it.each([
    ['something that is not a comparison', 'Hull'],
    ['a grade it cannot have', { ...comparison, authority: { ...comparison.authority, overall: 'great' } }],
    [
      'more neighbours than it draws',
      { ...comparison, neighbours: Array(CHART_LIMITS.neighbours + 1).fill(comparison.neighbours[0]) },
    ],
  ])('refuses %s with the library’s error', (_, value) => {
    expect(() => neighbourComparisonChart(value as NeighbourComparison)).toThrowError(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

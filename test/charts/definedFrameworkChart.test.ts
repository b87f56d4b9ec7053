import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, judgementHistoryChart } from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/svg.js';
import {
  calendarDate,
  createInspectionHistory,
  defineFramework,
  defineScale,
  type FrameworkId,
  type InspectionEvent,
  type InspectionHistory,
} from '../../src/index.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { HULL_HISTORY } from '../../src/testing/index.js';
import { thrown } from '../support/thrown.js';

const d = calendarDate;

const LABELS = {
  exceptional: 'Exceptional',
  strong: 'Strong standard',
  expected: 'Expected standard',
  'needs-attention': 'Needs attention',
  'urgent-improvement': 'Urgent improvement',
} as const;
const fivePoint = defineScale({
  id: 'report-card-5',
  grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
  labels: LABELS,
});

/** Areas titled unlike the built-in rows, so that the rows found are the framework's own. */
const cfs2027 = defineFramework({
  id: 'cfs-2027',
  title: 'Children and families services (a sketch)',
  scale: fivePoint,
  inForce: { from: '2027-01-01' },
  areas: [
    { id: 'leadership', title: 'Leadership and oversight', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
    { id: 'lookedAfter', title: 'Children looked after', role: 'practice' },
    { id: 'leavingCare', title: 'Leaving care', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] } },
});
const frameworks = [cfs2027];
const TITLES = ['Leadership and oversight', 'The front door', 'Children looked after', 'Leaving care'];

type Event = InspectionEvent<FrameworkId | typeof cfs2027>;

const EVENTS: readonly Event[] = deepFreeze([
  {
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
  },
  {
    kind: 'graded-inspection',
    onSite: { start: d('2027-03-01'), end: d('2027-03-12') },
    published: d('2027-05-04'),
    outcome: {
      framework: 'cfs-2027',
      judgements: {
        leadership: 'exceptional',
        frontDoor: 'strong',
        lookedAfter: 'expected',
        leavingCare: 'needs-attention',
      },
      awardedOverall: 'urgent-improvement',
    },
  },
]);

const created = createInspectionHistory({ name: 'Example' }, EVENTS, { frameworks });
if (!created.ok) throw new Error(JSON.stringify(created.issues));
const HISTORY: InspectionHistory<FrameworkId | typeof cfs2027> = deepFreeze(created.value);

/** Parses SVG text strictly: a chart that is not well-formed XML fails here. */
function parse(svg: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(
    svg,
    'image/svg+xml',
  );
  expect(errors).toEqual([]);
  const root = document.documentElement as Element;
  const all = (name: string) => Array.from(root.getElementsByTagName(name)) as Element[];
  return { root, all };
}

/** Each filled cell of the chart: its fill, and the text drawn on it with that text's colour. */
function cells(svg: string): { fill: string; text: string; ink: string }[] {
  const found: { fill: string; text: string; ink: string }[] = [];
  for (const rect of parse(svg).all('rect')) {
    let next = rect.nextSibling as Element | null;
    while (next !== null && next.nodeType !== 1) next = next.nextSibling as Element | null;
    if (next?.nodeName !== 'text' || rect.getAttribute('stroke') !== '#ffffff') continue;
    found.push({
      fill: rect.getAttribute('fill') ?? '',
      text: next.textContent ?? '',
      ink: next.getAttribute('fill') ?? '#000000',
    });
  }
  return found;
}

/** Every text and rectangle lies within the view box, as the library estimates text. */
function outside(svg: string): string[] {
  const { root, all } = parse(svg);
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number) as number[];
  const out: string[] = [];
  for (const rect of all('rect')) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name))) as number[];
    if (x! < 0 || y! < 0 || x! + w! > width! + 0.1 || y! + h! > height! + 0.1) out.push(`rect ${x},${y}`);
  }
  for (const text of all('text')) {
    const size = Number(text.getAttribute('font-size'));
    const length = textWidth(text.textContent ?? '', size);
    const anchor = text.getAttribute('text-anchor');
    const x = Number(text.getAttribute('x'));
    const left = anchor === 'middle' ? x - length / 2 : anchor === 'end' ? x - length : x;
    if (left < -0.1 || left + length > width! + 0.1) out.push(`text "${text.textContent}" at ${x}`);
  }
  return out;
}

/** A label's initials: what a cell too narrow for the label says. */
function initials(label: string): string {
  return label
    .split(' ')
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

/** The channels of a colour written #rrggbb. */
function channels(hex: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
}

/** WCAG's contrast between two colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = channels(hex).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('judgementHistoryChart, with an inspection under a framework of your own', () => {
  const svg = judgementHistoryChart(HISTORY, { frameworks, width: 1200 });

  it('draws its areas as rows by title, below the built-in rows, each grade in the scale’s label', () => {
    const texts = parse(svg)
      .all('text')
      .map((text) => text.textContent);
    for (const title of TITLES) expect(texts.filter((text) => text === title)).toHaveLength(1);
    expect(texts.indexOf('Care leavers')).toBeLessThan(texts.indexOf('Leadership and oversight'));
    // A cell says its grade's label, or the label's initials where the label is wider than a column.
    const shown = cells(svg).map((cell) => cell.text);
    for (const label of Object.values(LABELS)) expect(shown).toContainEqual(expect.toBeOneOf([label, initials(label)]));
    expect(shown).toEqual(expect.arrayContaining(['Exceptional', 'Strong standard', 'Needs attention', 'ES', 'UI']));
    expect(shown).toContain('Inadequate');
  });

  it('colours the five grades apart, in the scale’s order from the palette’s outstanding to its inadequate', () => {
    const fillOf = new Map(cells(svg).map((cell) => [cell.text, cell.fill]));
    const fills = Object.values(LABELS).map((label) => (fillOf.get(label) ?? fillOf.get(initials(label))) as string);
    expect(new Set(fills).size).toBe(5);
    expect(fills[0]).toBe(CHART_PALETTE.outstanding);
    expect(fills[4]).toBe(CHART_PALETTE.inadequate);
    // Each between lies between the two palette grades it sits among, channel by channel.
    const ramp = [CHART_PALETTE.outstanding, CHART_PALETTE.good, CHART_PALETTE['requires-improvement']];
    const after = [CHART_PALETTE.good, CHART_PALETTE['requires-improvement'], CHART_PALETTE.inadequate];
    for (const at of [1, 2, 3]) {
      const [low, high] = [channels(ramp[at - 1] as string), channels(after[at - 1] as string)];
      channels(fills[at] as string).forEach((channel, index) => {
        expect(channel).toBeGreaterThanOrEqual(Math.min(low[index]!, high[index]!));
        expect(channel).toBeLessThanOrEqual(Math.max(low[index]!, high[index]!));
      });
    }
  });

  it('keeps its text black or white, whichever contrasts more, on every fill', () => {
    for (const cell of cells(svg)) {
      const other = cell.ink === '#000000' ? '#ffffff' : '#000000';
      expect(contrast(cell.fill, cell.ink), cell.text).toBeGreaterThanOrEqual(contrast(cell.fill, other));
      expect(contrast(cell.fill, cell.ink), cell.text).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('lists the scale’s grades in the legend, best first, each in its colour, and says them in the description', () => {
    const texts = parse(svg)
      .all('text')
      .map((text) => text.textContent ?? '');
    const entries = Object.values(LABELS).map((label) => texts.findIndex((text) => text.startsWith(`${label} (`)));
    expect(entries.every((at) => at >= 0)).toBe(true);
    expect([...entries].sort((a, b) => a - b)).toEqual(entries);
    expect(texts).toContain('Children and families services (a sketch), best first:');
    const desc = parse(svg).all('desc')[0]?.textContent ?? '';
    expect(desc).toContain(
      '2. March 2027, graded inspection under Children and families services (a sketch) (cfs-2027): overall Urgent improvement; Leadership and oversight: Exceptional; The front door: Strong standard; Children looked after: Expected standard; Leaving care: Needs attention.',
    );
    expect(desc).toContain('1. January 2019, standard inspection under ilacs-2018: overall inadequate');
  });

  it('is well-formed and keeps everything inside its box at any width, the same bytes for the same input', () => {
    expect(svg).not.toMatch(/<script|href=|url\(|@import|<image/);
    expect(judgementHistoryChart(structuredClone(HISTORY), { frameworks, width: 1200 })).toBe(svg);
    for (const width of [320, 480, 880, 1600]) {
      const sized = judgementHistoryChart(HISTORY, { frameworks, width, fontSize: width < 400 ? 10 : 12 });
      expect(outside(sized), `width ${width}`).toEqual([]);
    }
  });

  it('takes its colours from the palette given: the best grade in outstanding’s colour', () => {
    const custom = judgementHistoryChart(HISTORY, { frameworks, width: 1200, palette: { outstanding: '#000000' } });
    const best = cells(custom).find((cell) => cell.text === 'Exceptional');
    expect(best).toEqual({ fill: '#000000', text: 'Exceptional', ink: '#ffffff' });
  });

  it('colours a grade by its rank on its scale, never by its name', () => {
    // Best first: a grade called "inadequate" is this scale's best, one called "outstanding" its worst.
    const contrary = defineScale({
      id: 'contrary',
      grades: ['inadequate', 'strong', 'red', 'outstanding'],
      labels: { inadequate: 'First', strong: 'Second', red: 'Third', outstanding: 'Fourth' },
    });
    const review = defineFramework({
      id: 'contrary-review',
      title: 'Contrary review',
      scale: contrary,
      inForce: { from: '2024-01-01' },
      areas: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Area ${id}`, role: 'practice' })),
      overall: { awarded: false },
    });
    const history = createInspectionHistory(
      { name: 'Example' },
      [
        {
          kind: 'graded-inspection',
          published: d('2024-06-03'),
          outcome: {
            framework: 'contrary-review',
            judgements: { a: 'inadequate', b: 'strong', c: 'red', d: 'outstanding' },
          },
        },
      ],
      { frameworks: [review] },
    );
    if (!history.ok) throw new Error(JSON.stringify(history.issues));
    const drawn = cells(judgementHistoryChart(history.value, { frameworks: [review] }));
    expect(drawn.map((cell) => [cell.text, cell.fill])).toEqual([
      ['First', CHART_PALETTE.outstanding],
      ['Second', CHART_PALETTE.good],
      ['Third', CHART_PALETTE['requires-improvement']],
      ['Fourth', CHART_PALETTE.inadequate],
    ]);
  });

  it('draws a history of built-in inspections the same with frameworks as without', () => {
    expect(judgementHistoryChart(HULL_HISTORY, { frameworks })).toBe(judgementHistoryChart(HULL_HISTORY));
  });

  it('refuses the history without frameworks, and frameworks it cannot read, changing nothing given', () => {
    const options = deepFreeze({ width: 880 });
    const unknown = thrown(() => judgementHistoryChart(HISTORY, options));
    expect(unknown.code).toBe('invalid-history');
    expect(unknown.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['history', 'events', 1, 'outcome', 'framework'], 'unknown-framework'],
    ]);
    for (const value of ['cfs-2027', [{ ...cfs2027 }], [cfs2027, cfs2027]]) {
      const refused = thrown(() => judgementHistoryChart(HISTORY, { frameworks: value as never }));
      expect(refused.code).toBe('invalid-option');
      expect(refused.issues[0]?.path).toEqual(['options', 'frameworks']);
    }
  });
});

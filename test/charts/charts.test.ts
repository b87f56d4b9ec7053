import { DOMParser, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, judgementHistoryChart, neighbourComparisonChart, planChart } from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/svg.js';
import { calendarDate, type InspectionHistory, OfstedIlacsError, summarisePlan } from '../../src/index.js';
import { compareWithNeighbours } from '../../src/outcomes/index.js';
import { arbitraryInspectionHistory, HULL_HISTORY, HULL_PLAN } from '../../src/testing/index.js';

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
  const number = (element: Element, name: string) => Number(element.getAttribute(name));
  return { root, all, number };
}

/**
 * Every text's box, as the library estimates it, and every rectangle lies within the view
 * box. (CI also measures the boxes Chromium lays out: consumers/browser.mjs.)
 */
function inside(svg: string): string[] {
  const { root, all, number } = parse(svg);
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const outside: string[] = [];
  for (const rect of all('rect')) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => number(rect, name)) as [
      number,
      number,
      number,
      number,
    ];
    if (x < 0 || y < 0 || x + w > width + 0.1 || y + h > height + 0.1 || w < 0 || h < 0)
      outside.push(`rect ${x},${y} ${w}x${h}`);
  }
  for (const text of all('text')) {
    const size = number(text, 'font-size');
    const length = textWidth(text.textContent ?? '', size);
    const anchor = text.getAttribute('text-anchor');
    const x = number(text, 'x');
    const left = anchor === 'middle' ? x - length / 2 : anchor === 'end' ? x - length : x;
    const y = number(text, 'y');
    if (left < -0.1 || left + length > width + 0.1 || y - size < -0.1 || y > height + 0.1) {
      outside.push(`text "${text.textContent}" at ${x},${y}`);
    }
  }
  return outside;
}

describe('judgementHistoryChart', () => {
  const svg = judgementHistoryChart(HULL_HISTORY);

  it("draws Hull's history: accessible, each grade in words, bands for interventions and marks for visits", () => {
    const { root, all } = parse(svg);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(all('title')[0]?.getAttribute('id')).toBe(titleId);
    expect(all('desc')[0]?.getAttribute('id')).toBe(descId);
    const title = all('title')[0]?.textContent ?? '';
    const desc = all('desc')[0]?.textContent ?? '';
    expect(title).toBe('Kingston upon Hull: graded inspections, 2014-2026');
    expect(desc).toContain('1. November 2014, standard inspection under sif-2013: overall requires improvement');
    expect(desc).toContain(
      '2. January 2019, standard inspection under ilacs-2018: overall inadequate; leaders requires improvement, help and protection inadequate',
    );
    expect(desc).toContain('care leavers not judged on its own');
    expect(desc).toContain('A statutory direction was in force from 2020-03-16 to 2022-08-05.');
    expect(desc).toContain('monitoring visit 2020-01-14');
    const texts = all('text').map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Overall', 'Leaders', 'Help and protection', 'Children in care', 'Care leavers']),
    );
    expect(texts.filter((text) => text === 'Inadequate').length).toBe(2);
    expect(texts).toEqual(expect.arrayContaining(['MV', 'FV']));
    expect(texts.some((text) => text === 'Statutory direction' || text === 'Direction')).toBe(true);
    const fills = new Set(all('rect').map((rect) => rect.getAttribute('fill')));
    expect(fills).toContain(CHART_PALETTE.inadequate);
    expect(fills).toContain(CHART_PALETTE['statutory-direction']);
    expect(svg).not.toMatch(/<script|href=|url\(|@import|<image/);
  });

  it('is the same bytes for the same input, and keeps everything inside its box at any width', () => {
    expect(judgementHistoryChart(structuredClone(HULL_HISTORY) as InspectionHistory)).toBe(svg);
    for (const width of [320, 480, 880, 1600]) {
      const sized = judgementHistoryChart(HULL_HISTORY, { width, fontSize: width < 400 ? 10 : 12 });
      expect(parse(sized).root.getAttribute('width')).toBe(String(width));
      expect(inside(sized), `width ${width}`).toEqual([]);
    }
  });

  it('draws any valid history without error, well-formed and inside its box', () => {
    fc.assert(
      fc.property(
        arbitraryInspectionHistory({ maxEvents: 8 }),
        fc.integer({ min: 320, max: 1200 }),
        (history, width) => {
          if (
            !history.events.some((event) => event.kind === 'standard-inspection' || event.kind === 'short-inspection')
          )
            return;
          expect(inside(judgementHistoryChart(history, { width }))).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('takes a palette and a title, escaped', () => {
    const custom = judgementHistoryChart(HULL_HISTORY, {
      palette: { inadequate: '#000000' },
      title: 'Hull <&> "board"',
    });
    expect(parse(custom).all('title')[0]?.textContent).toBe('Hull <&> "board"');
    expect(custom).toContain('fill="#000000"');
  });

  it.each([
    ['a history that breaks the rules', [{ ...HULL_HISTORY, events: 'none' }], 'invalid-history'],
    ['a history with no graded inspection', [{ ...HULL_HISTORY, events: [] }], 'invalid-history'],
    ['a width too small', [HULL_HISTORY, { width: 100 }], 'invalid-option'],
    ['a colour that is not one', [HULL_HISTORY, { palette: { good: 'green' } }], 'invalid-option'],
    ['a colour the palette does not have', [HULL_HISTORY, { palette: { great: '#ffffff' } }], 'invalid-option'],
    ['an option it does not have', [HULL_HISTORY, { height: 400 }], 'invalid-option'],
  ])('refuses %s with the library’s error', (_, args, code) => {
    expect(() => (judgementHistoryChart as (...a: unknown[]) => string)(...args)).toThrowError(
      expect.objectContaining({ code }),
    );
    try {
      (judgementHistoryChart as (...a: unknown[]) => string)(...args);
    } catch (error) {
      expect(error).toBeInstanceOf(OfstedIlacsError);
    }
  });
});

describe('CHART_PALETTE', () => {
  /** WCAG's contrast of the better of black and white text on a fill. */
  function bestContrast(hex: string): number {
    const channel = (at: number) => {
      const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return Math.max((luminance + 0.05) / 0.05, 1.05 / (luminance + 0.05));
  }

  it('keeps black or white text on every fill at a contrast of 5.4:1 or more, as the docs promise', () => {
    for (const [name, colour] of Object.entries(CHART_PALETTE)) {
      expect(bestContrast(colour), name).toBeGreaterThanOrEqual(5.4);
    }
  });
});

describe('planChart', () => {
  const summary = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
  const labels = { F1: 'Help and protection', F2: 'Children in care', F3: 'Leaders', F4: 'Children in care (visit)' };
  const svg = planChart(summary, { labels });

  it("draws Hull's plan: delivery and impact per finding, in words as well as colour, with due dates", () => {
    const { root, all } = parse(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(all('title')[0]?.textContent).toBe('Improvement plan by finding');
    const desc = all('desc')[0]?.textContent ?? '';
    expect(desc).toContain('As at 2020-03-31.');
    expect(desc).toContain('F1 (Help and protection): delivery amber, impact amber, next due 2020-03-31; 3 actions.');
    expect(desc).toContain('F4 (Children in care (visit)): delivery red, impact not-rated, next due 2020-03-20');
    const texts = all('text').map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Delivery', 'Impact', 'Next due', 'Amber', 'Red', 'Not rated', '2020-03-20']),
    );
    expect(inside(svg)).toEqual([]);
    expect(planChart(structuredClone(summary), { labels })).toBe(svg);
  });

  it('keeps long labels and narrow widths inside the box', () => {
    const long = Object.fromEntries(Object.keys(labels).map((id) => [id, 'x'.repeat(300)]));
    for (const width of [320, 600, 1200]) expect(inside(planChart(summary, { width, labels: long }))).toEqual([]);
  });

  it('keeps all three charts inside their boxes at 320, 480 and 880 pixels, as CI renders them', () => {
    const neighbours = compareWithNeighbours('Hull');
    if (!neighbours.ok) throw new Error('Hull has neighbours');
    const words = Object.fromEntries(HULL_PLAN.findings.map((finding) => [finding.id, finding.text]));
    for (const width of [320, 480, 880]) {
      expect(inside(judgementHistoryChart(HULL_HISTORY, { width })), `history at ${width}`).toEqual([]);
      expect(inside(planChart(summary, { width, labels: words, plan: HULL_PLAN })), `plan at ${width}`).toEqual([]);
      expect(inside(neighbourComparisonChart(neighbours.value, { width })), `neighbours at ${width}`).toEqual([]);
    }
  });

  it.each([
    ['something that is not a summary', ['summary'], 'invalid-argument'],
    [
      'a summary with a RAG it cannot have',
      [{ ...summary, findings: [{ ...summary.findings[0], delivery: 'purple' }] }],
      'invalid-argument',
    ],
    ['labels that are not a record', [summary, { labels: 'F1' }], 'invalid-option'],
  ])('refuses %s with the library’s error', (_, args, code) => {
    expect(() => (planChart as (...a: unknown[]) => string)(...args)).toThrowError(expect.objectContaining({ code }));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartImages } from '../../scripts/chartImages.js';
import { frameworkPages } from '../../scripts/frameworkPages.js';
import { FRAMEWORK_IDS } from '../../src/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the reference pages', () => {
  it('have a page per framework, as its data writes it (npm run generate rewrites them)', () => {
    const pages = frameworkPages();
    expect(Object.keys(pages).sort()).toEqual(FRAMEWORK_IDS.map((id) => `${id}.md`).sort());
    expect(readdirSync(new URL('../../docs/frameworks/', import.meta.url)).sort()).toEqual(Object.keys(pages).sort());
    for (const [file, page] of Object.entries(pages)) expect(read(`docs/frameworks/${file}`), file).toBe(page);
  });

  it('show the charts the library draws (npm run generate redraws them)', () => {
    for (const [file, image] of Object.entries(chartImages())) expect(read(`docs/images/${file}`), file).toBe(image);
    expect(read('README.md')).toContain('![');
    expect(read('README.md')).toContain('docs/images/hull-history.svg');
  });

  it('give every issue code its meaning in docs/errors-and-limits.md', () => {
    const union = read('src/result/result.ts').match(/export type IssueCode =([^;]+);/)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(30);
    const docs = read('docs/errors-and-limits.md');
    for (const code of codes) expect(docs, code).toMatch(new RegExp(`^\\| \`${code}\` \\| .{10,}`, 'm'));
  });
});

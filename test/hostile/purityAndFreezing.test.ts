import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';
import * as outcomes from '../../src/outcomes/index.js';
import * as testing from '../../src/testing/index.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));

/** What a pure library must never do: read the clock, randomness, the network, files or the environment. */
const IMPURE: readonly [string, RegExp][] = [
  ['reads the clock', /\bDate\.now\(|new Date\(\s*\)|performance\.now\(/],
  ['uses randomness', /Math\.random\(|crypto\.(getRandomValues|randomUUID)\(/],
  ['uses the network', /\bfetch\(|XMLHttpRequest|WebSocket|from ['"](node:)?(http|https|net|dns)['"]/],
  ['uses the file system or processes', /from ['"](node:)?(fs|path|os|child_process|worker_threads)['"]|require\(/],
  ['reads the environment', /process\.(env|argv|cwd)|globalThis\.process|Deno\.env|Bun\.env/],
];

describe('purity', () => {
  it('finds the sources to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(IMPURE)('no source %s', (_, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(`${src}${file}`, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would catch an offender', () => {
    expect(IMPURE.some(([, pattern]) => pattern.test('const now = Date.now();'))).toBe(true);
    expect(IMPURE.some(([, pattern]) => pattern.test("import { readFileSync } from 'node:fs';"))).toBe(true);
  });
});

function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => deeplyFrozen(child, seen));
}

describe('exported reference data', () => {
  it.each([
    ['ofsted-ilacs', core],
    ['ofsted-ilacs/outcomes', outcomes],
    ['ofsted-ilacs/testing', testing],
  ] as const)('is frozen all the way down in %s', (_, entry) => {
    const data = Object.entries(entry).filter(([, value]) => typeof value === 'object' && value !== null);
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter(([, value]) => !deeplyFrozen(value)).map(([name]) => name)).toEqual([]);
  });
});

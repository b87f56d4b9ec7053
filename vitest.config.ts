import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** The date-sensitive suites rerun under these zones; results must not change. */
const ZONES = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const DATE_SENSITIVE = ['test/calendar/**/*.test.ts', 'test/inspection/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // Tests written as a consumer writes them import the package's entries, served from the sources.
    alias: [
      { find: /^ofsted-ilacs$/, replacement: source('index.ts') },
      { find: /^ofsted-ilacs\/schema$/, replacement: source('schema/index.ts') },
      { find: /^ofsted-ilacs\/testing$/, replacement: source('testing/index.ts') },
      { find: /^ofsted-ilacs\/outcomes$/, replacement: source('outcomes/index.ts') },
      { find: /^ofsted-ilacs\/tables$/, replacement: source('tables/index.ts') },
      { find: /^ofsted-ilacs\/charts$/, replacement: source('charts/index.ts') },
    ],
  },
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'UTC',
          include: ['test/**/*.test.ts'],
          env: { TZ: 'UTC' },
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: { name: zone, include: DATE_SENSITIVE, env: { TZ: zone } },
      })),
    ],
  },
});

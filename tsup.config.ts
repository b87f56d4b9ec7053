import { defineConfig } from 'tsup';

const entries = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  testing: 'src/testing/index.ts',
  outcomes: 'src/outcomes/index.ts',
  tables: 'src/tables/index.ts',
  charts: 'src/charts/index.ts',
};

/**
 * Two builds of the same code. `dist/esm/` has one file per source module, for bundlers:
 * with `"sideEffects": false` they keep only the modules reached from what a consumer
 * imports, so one parse function does not bring every schema. `dist/` has one file per
 * entry, ESM for Node (the `node` export condition: one file loads faster than ninety)
 * and CommonJS, with the types.
 */
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist/esm',
    sourcemap: true,
    silent: true, // ninety files: the lines of the other build are enough
    target: 'es2022',
  },
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    external: ['zod', 'fast-check'],
  },
]);

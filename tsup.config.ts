import { defineConfig } from 'tsup';

/**
 * One build: each entry as ESM (for Node and bundlers alike) and CommonJS, with the types.
 * The ESM entries share their common code in chunks, so wherever the package is loaded
 * there is one copy of the module state (the checked values, the remembered outcome
 * codes): `instanceof OfstedIlacsError` holds across entries. Bundlers keep only what is
 * reached from what a consumer imports: the package has no side effects, and the
 * top-level values that build reference data are marked pure.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    testing: 'src/testing/index.ts',
    outcomes: 'src/outcomes/index.ts',
    tables: 'src/tables/index.ts',
    charts: 'src/charts/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  external: ['zod', 'fast-check'],
});

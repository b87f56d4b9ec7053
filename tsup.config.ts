import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
    testing: 'src/testing/index.ts',
    outcomes: 'src/outcomes/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['zod', 'date-fns', '@date-fns/utc', 'fast-check'],
});

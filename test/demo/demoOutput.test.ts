import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Starting tsx in a fresh process is slow on a busy machine: the test names its time.
const RUN_TIME = 120_000;

describe('npm run demo', () => {
  it(
    "prints Hull's story, with Hull beside its statistical neighbours",
    () => {
      const output = execFileSync(process.execPath, ['--import', 'tsx', 'demo/hull.ts'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(output).toContain('Hull beside its statistical neighbours (ONS E06000010, DfE 810, Ofsted URN 80477)');
      expect(output).toMatch(/^ {3}1 {2}Sandwell +RI/m);
      expect(output).toMatch(/^ {2}10 {2}Rotherham +Good/m);
      expect(output).toContain('Among the ten: 1 outstanding, 4 good, 4 requires improvement, 1 inadequate.');
    },
    RUN_TIME,
  );
});

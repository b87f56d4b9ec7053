import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = {
  'ofsted-ilacs': 'src/index.ts',
  'ofsted-ilacs/schema': 'src/schema/index.ts',
  'ofsted-ilacs/testing': 'src/testing/index.ts',
  'ofsted-ilacs/outcomes': 'src/outcomes/index.ts',
  'ofsted-ilacs/tables': 'src/tables/index.ts',
  'ofsted-ilacs/charts': 'src/charts/index.ts',
} as const;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

/** Every exported symbol of an entry, with the TSDoc tags of its declarations. */
function exportsOf(entry: string): { name: string; tags: string[] }[] {
  const file = `${root}${entry}`;
  const program = ts.createProgram([file], COMPILER_OPTIONS);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = (symbol.declarations ?? []).flatMap((declaration) =>
      ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
    );
    return { name: exported.name, tags };
  });
}

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ending))
    .map((file) => `${dir}/${file}`);
}

/** The code of every `@example` in the sources and every ts block in the guides and README. */
function snippets(): { source: string; code: string }[] {
  const found: { source: string; code: string }[] = [];
  for (const file of filesUnder('src', '.ts')) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    for (const match of text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
      const code = (match[1] ?? '')
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      found.push({ source: file, code });
    }
  }
  for (const file of ['README.md', ...filesUnder('docs', '.md').filter((f) => !f.startsWith('docs/api/'))]) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    for (const match of text.matchAll(/```ts\n([\s\S]*?)\n```/g)) found.push({ source: file, code: match[1] ?? '' });
  }
  return found.map(({ source, code }) => ({
    source,
    code: code.replace(
      /from 'ofsted-ilacs(\/[a-z]+)?'/g,
      (_, entry = '') => `from '${root}${ENTRIES[`ofsted-ilacs${entry}` as keyof typeof ENTRIES]}'`,
    ),
  }));
}

// Compiling and running every example is heavy work: each test names the time it may take,
// generous enough for a loaded 2-core machine, rather than relying on vitest's default.
const COMPILE_TIME = 180_000;

describe('the API docs', () => {
  it.each(Object.entries(ENTRIES))(
    'give every export of %s an @example',
    (_, entry) => {
      const exports = exportsOf(entry);
      expect(exports.length).toBeGreaterThan(5);
      const missing = exports.filter((e) => !e.tags.includes('example')).map((e) => e.name);
      expect(missing).toEqual([]);
    },
    COMPILE_TIME,
  );
});

describe('the API site', () => {
  it.each(Object.entries(ENTRIES))(
    'files every export of %s under a topic (@category), so the reference is grouped, not one flat list',
    (_, entry) => {
      const uncategorised = exportsOf(entry)
        .filter((e) => !e.tags.includes('category'))
        .map((e) => e.name);
      expect(uncategorised).toEqual([]);
    },
    COMPILE_TIME,
  );
});

describe('the examples in the sources, the guides and the README', () => {
  const dir = `${root}.tmp/examples/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = snippets().map((snippet, index) => {
    const file = `${dir}example-${String(index).padStart(3, '0')}.ts`;
    writeFileSync(file, `// from ${snippet.source}\n${snippet.code}\n`);
    return { ...snippet, file };
  });

  it('are found in every guide', () => {
    const sources = new Set(files.map((f) => f.source));
    // Operational pages (measured figures, the release steps) have no library code to run.
    const operational = ['docs/performance.md', 'docs/releasing.md'];
    const guides = filesUnder('docs', '.md').filter((f) => !f.startsWith('docs/api/') && !operational.includes(f));
    for (const guide of guides) expect(sources).toContain(guide);
    expect(files.length).toBeGreaterThan(100);
  });

  it(
    'type-check',
    () => {
      const program = ts.createProgram(
        files.map((f) => f.file),
        COMPILER_OPTIONS,
      );
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName.startsWith(dir))
        .map((d) => {
          const origin = files.find((f) => f.file === d.file?.fileName)?.source;
          return `${origin}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        });
      expect(problems).toEqual([]);
    },
    COMPILE_TIME,
  );

  it(
    'run without throwing',
    async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const failures: string[] = [];
      try {
        for (const { file, source } of files) {
          try {
            await import(pathToFileURL(file).href);
          } catch (error) {
            failures.push(`${source}: ${(error as Error).message}`);
          }
        }
      } finally {
        log.mockRestore();
      }
      expect(failures).toEqual([]);
    },
    COMPILE_TIME,
  );
});

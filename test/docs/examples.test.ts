import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = { 'ofsted-ilacs': '../../src/index.ts', 'ofsted-ilacs/schema': '../../src/schema/index.ts' };

/** Every exported symbol of an entry, with the TSDoc tags of its declarations. */
function exportsOf(entry: string): { name: string; tags: string[] }[] {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = (symbol.declarations ?? []).flatMap((declaration) =>
      ts.getJSDocTags(declaration).map((tag) => tag.tagName.text),
    );
    return { name: exported.name, tags };
  });
}

describe('the API docs', () => {
  it.each(Object.entries(ENTRIES))('give every export of %s an @example', (_, entry) => {
    const exports = exportsOf(entry);
    expect(exports.length).toBeGreaterThan(5);
    const missing = exports.filter((e) => !e.tags.includes('example')).map((e) => e.name);
    expect(missing).toEqual([]);
  });
});

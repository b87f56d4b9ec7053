// Meets the package as a reader of the README does: installs the packed tarball into an
// empty project with the README's own install line (the tarball in place of the package's
// name, every other package at the version this repository tests with), then type-checks
// and runs every ```ts block of README.md there. Fails if the line is missing, the install
// fails, or any block does not compile or exits with an error.
//   node consumers/readme-blocks.mjs <tarball> <empty folder>
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [tarballArg, folderArg] = process.argv.slice(2);
if (tarballArg === undefined || folderArg === undefined) {
  console.error('usage: node consumers/readme-blocks.mjs <tarball> <empty folder>');
  process.exit(2);
}
const tarball = resolve(tarballArg);
const folder = resolve(folderArg);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const failures = [];
const check = (ok, what, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) {
    if (detail !== '') console.log(detail.trimEnd().replace(/^/gm, '     '));
    failures.push(what);
  }
  return ok;
};
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: folder, encoding: 'utf8', timeout: 300_000, ...options });
const output = (result) => `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;

// The install line: the first `npm install …` naming the package in one of the README's sh blocks.
const shLines = [...readme.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].flatMap((match) =>
  (match[1] ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()),
);
const installLine = shLines.find((line) => /^npm (install|i|add) /.test(line) && line.split(/\s+/).includes(name));
if (!check(installLine !== undefined, `the README gives the install line a user types (npm install ${name} …)`)) {
  process.exit(1);
}

/** A package the line names, pinned to the version this repository installs, so the check needs nothing new. */
const pinned = (spec) => {
  const bare = spec.startsWith('@') ? `@${spec.slice(1).split('@')[0]}` : spec.split('@')[0];
  const manifest = join(root, 'node_modules', bare, 'package.json');
  if (!existsSync(manifest)) return spec;
  return `${bare}@${JSON.parse(readFileSync(manifest, 'utf8')).version}`;
};
const args = installLine
  .split(/\s+/)
  .slice(2)
  .map((arg) => (arg === name ? tarball : arg.startsWith('-') ? arg : pinned(arg)));

mkdirSync(folder, { recursive: true });
if (readdirSync(folder).length > 0) {
  console.error(`${folder} is not empty`);
  process.exit(2);
}
writeFileSync(
  join(folder, 'package.json'),
  `${JSON.stringify({ name: 'readme-reader', private: true, type: 'module' })}\n`,
);
const installed = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...args]);
if (!check(installed.status === 0, `${installLine}  (as: npm install ${args.join(' ')})`, output(installed))) {
  process.exit(1);
}

// Every ```ts block, each in its own module, as a reader would paste it.
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({
  code: match[1] ?? '',
  line: readme.slice(0, match.index).split('\n').length + 1,
}));
check(blocks.length > 0, `the README has TypeScript examples (${blocks.length})`);
const files = blocks.map(({ code, line }) => {
  const file = `readme-line-${line}.mts`;
  writeFileSync(join(folder, file), code);
  return { file, line };
});

// Types, as a strict TypeScript project that installed the package would see them.
writeFileSync(
  join(folder, 'tsconfig.json'),
  `${JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'es2022',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      skipLibCheck: false,
      types: [],
    },
    files: files.map(({ file }) => file),
  })}\n`,
);
const typed = run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json']);
check(typed.status === 0, 'every README example type-checks against the installed package', output(typed));

const tsx = join(root, 'node_modules', '.bin', 'tsx');
for (const { file, line } of files) {
  const ran = run(tsx, [file]);
  const printed = (ran.stdout ?? '').trim().split('\n')[0] ?? '';
  const shown = ran.status === 0 && printed !== '' ? ` (prints ${printed.slice(0, 60)})` : '';
  check(ran.status === 0, `README.md line ${line}: the example runs${shown}`, output(ran));
}

if (failures.length > 0) {
  console.error(`README examples: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('== README examples ok');

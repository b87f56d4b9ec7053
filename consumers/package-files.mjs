// Checks the packed tarball against what package.json and the README promise a user of
// the npm package: every entry of `files` ships something; the guides and their pictures
// ship and the generated API site does not; and the README, which npm shows away from the
// repository, links only by absolute URLs, each into the repository named in package.json
// and at a file this package ships.
//   node consumers/package-files.mjs <tarball>
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tarballArg = process.argv[2];
if (tarballArg === undefined) {
  console.error('usage: node consumers/package-files.mjs <tarball>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const shipped = execFileSync('tar', ['-tzf', resolve(tarballArg)], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => path.startsWith('package/') && !path.endsWith('/'))
  .map((path) => path.slice('package/'.length));

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** A `files` entry as a test of a path: a glob (`*` within a folder, `**` across), or a file or folder. */
const matcher = (entry) => {
  const pattern = entry.replace(/^\.\//, '').replace(/\/$/, '');
  if (!/[*?[]/.test(pattern)) return (path) => path === pattern || path.startsWith(`${pattern}/`);
  const source = pattern
    .split(/(\*\*\/?|\*|\?)/)
    .map((part) =>
      part === '**/' || part === '**'
        ? '(?:.*/)?'
        : part === '*'
          ? '[^/]*'
          : part === '?'
            ? '[^/]'
            : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const re = new RegExp(`^${source}(?:/.*)?$`);
  return (path) => re.test(path);
};

for (const entry of pkg.files ?? []) {
  check(shipped.some(matcher(entry)), `"files" lists ${entry}, and the package ships it`);
}

const inRepo = (dir, ending) =>
  readdirSync(join(root, dir))
    .filter((file) => file.endsWith(ending))
    .map((file) => `${dir}/${file}`);
const guides = [...inRepo('docs', '.md'), ...inRepo('docs/frameworks', '.md'), ...inRepo('docs/images', '.svg')];
const missing = guides.filter((path) => !shipped.includes(path));
check(
  guides.length > 0 && missing.length === 0,
  `the guides and their pictures ship (${guides.length})${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''}`,
);
check(!shipped.some((path) => path.startsWith('docs/api/')), 'the generated API site (docs/api) does not ship');

// The README's links: inline [text](target) and reference definitions [label]: target.
const targets = [
  ...[...readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1] ?? ''),
  ...[...readme.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1] ?? ''),
];
const relative = targets.filter((target) => !/^(https?:\/\/|mailto:|#)/.test(target));
check(
  relative.length === 0,
  `the README links only by absolute URLs, which work on npm too${relative.length > 0 ? `; relative: ${relative.join(', ')}` : ''}`,
);

const repository = /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?$/.exec(
  typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? ''),
)?.[1];
check(repository !== undefined, `package.json names the repository on GitHub (${repository ?? 'none'})`);
check(
  typeof pkg.homepage === 'string' && pkg.homepage.startsWith('https://'),
  `package.json has a homepage (${pkg.homepage})`,
);
if (repository !== undefined) {
  const prefixes = [
    `https://github.com/${repository}/blob/main/`,
    `https://raw.githubusercontent.com/${repository}/main/`,
  ];
  const intoRepo = targets.filter(
    (target) =>
      /^https:\/\/(github\.com|raw\.githubusercontent\.com)\//.test(target) && target.includes(`/${repository}/`),
  );
  for (const target of intoRepo) {
    const prefix = prefixes.find((p) => target.startsWith(p));
    const path = prefix === undefined ? undefined : target.slice(prefix.length).replace(/#.*$/, '');
    check(
      path !== undefined && shipped.includes(path),
      `README links ${target.replace(/^https:\/\/[^/]+\//, '')}: ${path === undefined ? `not into ${repository} on main` : 'a file the package ships'}`,
    );
  }
}

if (failures.length > 0) {
  console.error(`package contents: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('== package contents ok');

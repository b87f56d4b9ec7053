// Opens the built API site (docs/api, from `npm run docs`) in headless Chromium, served on
// loopback, and checks that a reader gets what they came for: the index, one function
// page, one guide, and a search that finds deriveOverallEffectiveness.
//   node consumers/docs-site.mjs        (needs /usr/bin/chromium; .ci/run installs it)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const site = fileURLToPath(new URL('../docs/api/', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(site, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);

  await page.goto(`${base}index.html`);
  check((await page.title()).includes('ofsted-ilacs'), 'the index page renders, titled ofsted-ilacs');
  check((await page.textContent('body')).includes('A typed, tested model'), 'the index shows the README');

  await page.goto(`${base}functions/ofsted-ilacs.deriveOverallEffectiveness.html`);
  check(
    (await page.textContent('h1')).includes('deriveOverallEffectiveness'),
    'the deriveOverallEffectiveness page renders',
  );
  check((await page.textContent('body')).includes('hull2019'), 'the function page shows its example');

  await page.goto(`${base}documents/Overall_effectiveness.html`);
  check((await page.textContent('body')).includes('The limiting rule'), 'the overall effectiveness guide renders');

  await page.goto(`${base}index.html`);
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', 'deriveOverallEffectiveness');
  const result = await page
    .waitForSelector('#tsd-search-results li:has-text("deriveOverallEffectiveness")', { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  check(result, 'search finds deriveOverallEffectiveness');
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(`docs site: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('== docs site ok');

/** Writes docs/frameworks/<id>.md for each built-in framework (see scripts/frameworkPages.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frameworkPages } from './frameworkPages.js';

const dir = fileURLToPath(new URL('../docs/frameworks/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, page] of Object.entries(frameworkPages())) writeFileSync(`${dir}${file}`, page);
console.log(`wrote ${Object.keys(frameworkPages()).length} framework pages to ${dir}`);

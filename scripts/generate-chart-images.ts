/** Writes docs/images/<name>.svg, the charts the README and guides show (see scripts/chartImages.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartImages } from './chartImages.js';

const dir = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, image] of Object.entries(chartImages())) writeFileSync(`${dir}${file}`, image);
console.log(`wrote ${Object.keys(chartImages()).length} charts to ${dir}`);

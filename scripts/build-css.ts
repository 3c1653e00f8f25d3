// Compiles the design system (GOV.UK Frontend, rebranded) into .cache/assets/pietura.css.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'src/platform/web/assets/pietura.scss');
const output = join(root, '.cache/assets/pietura.css');

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

if (mtime(output) > mtime(input) && !process.argv.includes('--force')) process.exit(0);
const result = sass.compile(input, {
  loadPaths: [join(root, 'node_modules/govuk-frontend/dist')],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import', 'global-builtin'],
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, result.css);
console.log(`built ${output} (${Math.round(result.css.length / 1024)} KiB)`);

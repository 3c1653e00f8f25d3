import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The real CPSV-AP files of other publishers (../shared/standards/cpsv-ap-examples, not copied into
 * the project). `../shared` is resolved from the repository root; a worktree or a CI clone deeper
 * in the tree finds it by walking up the parents, and PIETURA_SHARED_DIR names it anywhere else.
 */
export function examplesDir(): string | undefined {
  const candidates = process.env.PIETURA_SHARED_DIR ? [resolve(process.env.PIETURA_SHARED_DIR)] : [];
  for (let dir = ROOT; ; dir = dirname(dir)) {
    candidates.push(resolve(dir, '../shared'));
    if (dirname(dir) === dir) break;
  }
  return candidates
    .map((shared) => resolve(shared, 'standards/cpsv-ap-examples'))
    .find((dir) => existsSync(resolve(dir, 'shacl-valid')));
}

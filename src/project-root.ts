import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root folder, found upwards from this file: the same answer whether the sources run
 * through tsx or bundled into .cache/server (scripts/build-server.ts), so files read at run time
 * (migrations, the CPSV-AP contexts, the assets) are found by their place in the repository.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'pietura') return dir;
    if (dirname(dir) === dir) throw new Error(`No Pietura checkout above ${from}`);
  }
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the checkout, e.g. projectPath('src/db/migrations'). */
export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}

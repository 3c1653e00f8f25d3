// Bundles the server into .cache/server/main.js (esbuild), which `npm start` runs with plain Node: no
// TypeScript loader in the running process, whose loader thread alone held ~90 MB (ADR 0010).
// Packages stay in node_modules; only Pietura's own sources are bundled. Files the app reads at run time
// are found from the checkout's root (src/project-root.ts), so the bundle lives anywhere under it.
//   tsx scripts/build-server.ts [entry] [outfile]   (default: src/main.ts → .cache/server/main.js)
// The test runner bundles the `pietura` command (src/cli/main.ts) the same way (test/helpers/bundles.ts).
// Beside every bundle goes the bundle of the CPSV-AP import's worker thread, where the bundled code starts it
// (src/modules/catalogue/cpsv/check-thread.ts, ADR 0020).
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHECK_WORKER_BUNDLE } from '../src/modules/catalogue/cpsv/check-thread';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The worker threads' entries, each bundled beside the program's bundle under the name it is started by. */
const WORKERS: Record<string, string> = {
  [CHECK_WORKER_BUNDLE]: 'src/modules/catalogue/cpsv/check-worker.ts',
};

/**
 * Bundles `entry` into `outfile` (both relative to the checkout's root, or absolute), and the worker threads'
 * entries beside it; returns the bundle's path.
 */
export async function buildServer(entry = 'src/main.ts', outfile = '.cache/server/main.js'): Promise<string> {
  const out = resolve(root, outfile);
  await Promise.all([
    bundle(resolve(root, entry), out),
    ...Object.entries(WORKERS).map(([name, source]) =>
      bundle(resolve(root, source), join(dirname(out), name)),
    ),
  ]);
  return out;
}

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

// Run as a script (not when bundled into something that imports it).
if (process.argv[1]?.endsWith('build-server.ts') && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildServer(process.argv[2], process.argv[3]);
  console.log(`built ${relative(root, out)}`);
}

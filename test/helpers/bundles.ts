import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * esbuild bundles of the `pietura` command and of the server (ADR 0015), built once per test run by
 * scripts/test.ts from the working tree and handed to the test processes in the environment, for the
 * tests that start them as child processes: a bundle run by plain Node starts without tsx's loader and
 * the transform of the sources (~0.7 s of CPU per process). Removed when the run ends; a test file run
 * without the runner has none and starts the sources through tsx as before.
 */
export interface Bundles {
  /** src/cli/main.ts bundled: `node BUNDLE ARGS` is `pietura ARGS`. */
  cli: string;
  /** src/main.ts bundled, as `npm start` runs it (ADR 0010). */
  server: string;
}

export const BUNDLES_ENV = 'PIETURA_TEST_BUNDLES';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function bundlesFromEnv(): Bundles | undefined {
  const value = process.env[BUNDLES_ENV];
  return value ? (JSON.parse(value) as Bundles) : undefined;
}

/**
 * Builds both bundles into a new folder under .cache/ (inside the checkout, so that the packages they
 * leave out are found in node_modules, and files read at run time from the checkout's root).
 */
export async function buildBundles(): Promise<{ bundles: Bundles; remove(): void }> {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.cache', 'test-run-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    // Loaded here: the test processes read bundlesFromEnv() and never need esbuild.
    const { buildServer } = await import('../../scripts/build-server');
    const [cli, server] = await Promise.all([
      buildServer('src/cli/main.ts', join(dir, 'cli/main.js')),
      buildServer('src/main.ts', join(dir, 'server/main.js')),
    ]);
    return { bundles: { cli, server }, remove };
  } catch (err) {
    remove();
    throw err;
  }
}

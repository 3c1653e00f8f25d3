// What a benchmark forks for a server script: the app as production runs it (bundled by esbuild, plain
// Node, as `npm start` does) unless another copy of the sources is asked for (APP_SRC), every other helper
// server through tsx.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../scripts/build-server';

const here = dirname(fileURLToPath(import.meta.url));
let appBundle: Promise<string> | undefined;

/** Node's flags in `npm start` (package.json): the bench's app gets the same (the heap's sizes among them). */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

export async function forkTarget(
  file: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ path: string; execArgv: string[] }> {
  if (file !== 'app-server.ts' || env.APP_SRC)
    return { path: join(here, file), execArgv: ['--import', 'tsx'] };
  appBundle ??= buildServer('test/bench/app-server-bundled.ts', '.cache/bench/app-server.js');
  return { path: await appBundle, execArgv: startFlags() };
}

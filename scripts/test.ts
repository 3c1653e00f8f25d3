// npm test / npm run test:e2e: builds the database templates of this run (test/helpers/db-templates.ts)
// from the current migrations and demo data, runs the test files side by side, then removes the templates.
//   tsx scripts/test.ts                 every test/**/*.test.ts(x)
//   tsx scripts/test.ts --e2e           every test/e2e/*.e2e.ts (browser tests)
//   tsx scripts/test.ts FILE…           only these files
// TEST_DATABASE_URL runs on PostgreSQL; PIETURA_TEST_CONCURRENCY sets how many files run at once (default 2).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  buildPgliteTemplates,
  buildPostgresTemplates,
  dropPostgresTemplates,
  TEMPLATES_ENV,
  type Templates,
} from '../test/helpers/db-templates';

const CONCURRENCY = process.env.PIETURA_TEST_CONCURRENCY ?? '2';

function testFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => relative(process.cwd(), join(dir, name)))
    .sort();
}

function chooseFiles(args: string[]): string[] {
  if (args[0] === '--e2e') return testFiles('test/e2e', /\.e2e\.ts$/);
  if (args.length > 0) return args;
  return testFiles('test', /\.test\.tsx?$/);
}

async function buildTemplates(): Promise<{ templates: Templates; remove(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const postgres = await buildPostgresTemplates(server);
    return { templates: { postgres }, remove: () => dropPostgresTemplates(postgres) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pietura-test-templates-'));
  try {
    const pglite = await buildPgliteTemplates(dir);
    return { templates: { pglite }, remove: async () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function runNodeTest(files: string[], templates: Templates): Promise<number> {
  const args = [
    // Each test file is a process with its own PGlite: Liftoff alone compiles its 9 MB of WebAssembly
    // in half the CPU time, and the short-lived tests never miss the optimised code.
    '--liftoff-only',
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${CONCURRENCY}`,
    ...files,
  ];
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, [TEMPLATES_ENV]: JSON.stringify(templates) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const files = chooseFiles(process.argv.slice(2));
const started = performance.now();
const { templates, remove } = await buildTemplates();
console.log(`# templates built in ${Math.round(performance.now() - started)} ms`);
let code = 1;
try {
  code = await runNodeTest(files, templates);
} finally {
  await remove();
}
process.exit(code);

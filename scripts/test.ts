// npm test / npm run test:e2e: builds the database templates of this run (test/helpers/db-templates.ts)
// from the current migrations and demo data, and (not for --e2e) the bundles of the `pietura` command and
// the server for the tests that start them as processes (test/helpers/bundles.ts), runs the test files
// side by side, then removes the templates and the bundles.
//   tsx scripts/test.ts                 every test/**/*.test.ts(x)
//   tsx scripts/test.ts --e2e           every test/e2e/*.e2e.ts (browser tests)
//   tsx scripts/test.ts FILE…           only these files
//   tsx scripts/test.ts --cpu [FILE…]   each file alone in its own process; prints the CPU time (user + system,
//                                       its child processes included) of each, most expensive first
// TEST_DATABASE_URL runs on PostgreSQL; PIETURA_TEST_CONCURRENCY sets how many files run at once (default 2);
// PIETURA_TEST_CPU_ALL=1 lists the CPU time of every shared file at the end (not only the 8 most expensive);
// PIETURA_TEST_PROFILE=DIR writes a V8 CPU profile of each test process into DIR.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLES_ENV, type Bundles, buildBundles } from '../test/helpers/bundles';
import {
  buildPgliteTemplates,
  buildPostgresTemplates,
  dropPostgresTemplates,
  TEMPLATES_ENV,
  type Templates,
} from '../test/helpers/db-templates';
import { CPU_FILE, type Queue, queueEnv, writeEntries } from '../test/helpers/shared-process';

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

async function buildTemplates(dir: string): Promise<{ templates: Templates; remove(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const postgres = await buildPostgresTemplates(server);
    return { templates: { postgres }, remove: () => dropPostgresTemplates(postgres) };
  }
  return { templates: { pglite: await buildPgliteTemplates(dir) }, remove: async () => {} };
}

// Each test process starts its own PGlite: Liftoff alone compiles its 9 MB of WebAssembly in half the
// CPU time, and even a process that runs many files spends little time in the database's hot loops.
// --expose-gc: a shared process over its memory limit collects before it decides to leave the queue
// (test/helpers/shared-process.ts).
const PROFILE_DIR = process.env.PIETURA_TEST_PROFILE;
const NODE_ARGS = [
  '--liftoff-only',
  '--expose-gc',
  ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
  '--import',
  'tsx',
];

/**
 * Files that run in a process of their own instead of sharing one with other files
 * (test/helpers/shared-process.ts), each with the reason.
 */
const OWN_PROCESS = new Map<string, string>([
  // None today. (test/open311/keys.test.ts was one until the API keys' last-use times were remembered
  // per key hash instead of per key id, which an earlier file's database in the same process shared.)
]);

/**
 * Shared files that are claimed first (the most expensive ones), so that the processes do not end with
 * one of them running alone while the other has nothing left. Only the order changes, never the result.
 */
const EXPENSIVE_FIRST = [
  'test/cpsv/import.test.ts',
  'test/staff/authorisation.test.ts',
  'test/catalogue/search-index.test.ts',
  'test/cli/cli.test.ts',
  'test/cpsv/examples.test.ts',
  'test/cases/domain-lifecycle.test.ts',
  'test/eforms/encoded-paths.test.ts',
  'test/platform/lock.test.ts',
  'test/auth/encoded-paths.test.ts',
];

function byCostFirst(files: string[]): string[] {
  const rank = (file: string) => {
    const index = EXPENSIVE_FIRST.indexOf(file);
    return index === -1 ? EXPENSIVE_FIRST.length : index;
  };
  return [...files].sort((a, b) => rank(a) - rank(b));
}

/**
 * The files for `node --test`: those that need a process of their own, then one shared process per
 * concurrent slot that takes the other files from a queue.
 */
function processes(files: string[], dir: string): { entries: string[]; env: NodeJS.ProcessEnv } {
  const own = files.filter((file) => OWN_PROCESS.has(file));
  const shared = byCostFirst(files.filter((file) => !own.includes(file)));
  if (shared.length <= 1) return { entries: files, env: {} };
  const queue: Queue = { dir, files: shared };
  // Spares beyond the concurrency take over from a process that stopped because it grew too large;
  // one that starts with the queue empty ends at once.
  const workers = writeEntries(queue, Math.min(Number(CONCURRENCY) * 3, shared.length));
  return { entries: [...own, ...workers], env: queueEnv(queue) };
}

/** The most expensive shared files of this run, from what the shared processes wrote down. */
function printCostliest(dir: string): void {
  let text: string;
  try {
    text = readFileSync(join(dir, CPU_FILE), 'utf8');
  } catch {
    return;
  }
  const rows = text
    .trim()
    .split('\n')
    .map((line) => line.split('\t') as [string, string])
    .sort((a, b) => Number(b[1]) - Number(a[1]));
  const total = rows.reduce((sum, [, cpu]) => sum + Number(cpu), 0);
  console.log(`# CPU of the ${rows.length} shared files: ${total.toFixed(0)} s; the most expensive:`);
  for (const [file, cpu] of rows.slice(0, process.env.PIETURA_TEST_CPU_ALL ? rows.length : 8))
    console.log(`#   ${cpu.padStart(5)} s  ${file}`);
}

/** What every test process is told: this run's templates, and its bundles when it built them. */
function runEnv(templates: Templates, bundles: Bundles | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    [TEMPLATES_ENV]: JSON.stringify(templates),
    ...(bundles ? { [BUNDLES_ENV]: JSON.stringify(bundles) } : {}),
  };
}

function runNodeTest(files: string[], env: NodeJS.ProcessEnv, dir: string): Promise<number> {
  const { entries, env: queue } = processes(files, dir);
  const args = [...NODE_ARGS, '--test', `--test-concurrency=${CONCURRENCY}`, ...entries];
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...env, ...queue } });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      printCostliest(dir);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Runs each file alone under /usr/bin/time (its CPU includes the processes it waited for, e.g. the CLI's). */
async function measureCpu(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const rows: { file: string; cpu: number; wall: number; code: number }[] = [];
  const queue = [...files];
  const timeFile = (i: number) => join(tmpdir(), `pietura-test-cpu-${process.pid}-${i}`);
  const worker = async (i: number) => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const child = spawn(
        '/usr/bin/time',
        ['-f', '%U %S %e', '-o', timeFile(i), process.execPath, ...NODE_ARGS, '--test', file],
        { stdio: 'ignore', env },
      );
      const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
      const [user, sys, wall] = readFileSync(timeFile(i), 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(' ')
        .map(Number);
      rows.push({ file, cpu: user! + sys!, wall: wall!, code });
      console.log(`# ${file}: ${(user! + sys!).toFixed(1)} s CPU, ${wall} s wall${code ? ' FAILED' : ''}`);
    }
    rmSync(timeFile(i), { force: true });
  };
  await Promise.all(Array.from({ length: Number(CONCURRENCY) }, (_, i) => worker(i)));
  rows.sort((a, b) => b.cpu - a.cpu);
  console.log(`\n| file | CPU s | wall s |\n|---|---|---|`);
  for (const row of rows)
    console.log(`| ${row.file}${row.code ? ' (failed)' : ''} | ${row.cpu.toFixed(1)} | ${row.wall} |`);
  console.log(`| total (${rows.length} files) | ${rows.reduce((sum, r) => sum + r.cpu, 0).toFixed(1)} | |`);
  return rows.some((row) => row.code !== 0) ? 1 : 0;
}

const args = process.argv.slice(2);
const cpuMode = args[0] === '--cpu';
const files = chooseFiles(cpuMode ? args.slice(1) : args);
const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'pietura-test-run-'));
let code = 1;
let removeBundles = () => {};
try {
  // esbuild works in a process of its own, beside the templates' PGlite in this one. Whatever was built
  // is removed at the end even when the other failed.
  const [madeTemplates, madeBundles] = await Promise.allSettled([
    buildTemplates(dir),
    args[0] === '--e2e' ? Promise.resolve(undefined) : buildBundles(),
  ]);
  if (madeBundles.status === 'fulfilled' && madeBundles.value) removeBundles = madeBundles.value.remove;
  if (madeTemplates.status === 'rejected') throw madeTemplates.reason;
  const { templates, remove } = madeTemplates.value;
  try {
    if (madeBundles.status === 'rejected') throw madeBundles.reason;
    const bundles = madeBundles.value?.bundles;
    console.log(
      `# templates${bundles ? ' and bundles' : ''} built in ${Math.round(performance.now() - started)} ms`,
    );
    const env = runEnv(templates, bundles);
    code = cpuMode ? await measureCpu(files, env) : await runNodeTest(files, env, dir);
  } finally {
    await remove();
  }
} finally {
  removeBundles();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);

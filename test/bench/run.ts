// npm run bench: the app on PostgreSQL against a static server answering the same bytes (DESIGN §6).
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { runCasesBench } from './cases';
import { type Measurement, type Pair, printTable, writeReport } from './report';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = 10;
const SEARCH_API = '/api/services?q=gimene';
const here = dirname(fileURLToPath(import.meta.url));

async function admin(statement: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const result = await client.query(statement);
    return result.rows[0] ? String(Object.values(result.rows[0])[0]) : undefined;
  } finally {
    await client.end();
  }
}

interface Server {
  child: ChildProcess;
  base: string;
}

function startServer(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Server> {
  const child = fork(join(here, file), args, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${file} did not start within 60 s`)), 60_000);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      ok({ child, base: `http://127.0.0.1:${message.port}` });
    });
    child.once('exit', (code) => fail(new Error(`${file} exited with ${code} before listening`)));
  });
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((ok) => server.child.once('exit', ok));
  server.child.kill('SIGTERM');
  await exited;
}

async function body(url: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function load(url: string): Promise<Measurement> {
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: MEASURE_SECONDS });
  // A wrong answer makes the figures meaningless; timeouts and dropped connections are part of the result.
  if (r.non2xx > 0) throw new Error(`${url}: ${r.non2xx} answers were not 2xx`);
  return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors };
}

/** The service page the search for "gimene" leads to first, or else the first in the catalogue. */
async function pickServicePage(base: string): Promise<string> {
  for (const listing of ['/pakalpojumi?q=gimene', '/pakalpojumi']) {
    const html = (await body(base + listing)).bytes.toString('utf8');
    const code = /href="\/pakalpojumi\/([^"?#]+)"/.exec(html)?.[1];
    if (code) return `/pakalpojumi/${code}`;
  }
  throw new Error('the catalogue lists no services: is the demo data seeded?');
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const dbName = `pietura_bench_${randomBytes(6).toString('hex')}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const files = mkdtempSync(join(tmpdir(), 'pietura-bench-'));
  let app: Server | undefined;
  let baseline: Server | undefined;

  await admin(`CREATE DATABASE ${dbName}`);
  try {
    const database = await openDatabase({ url: dbUrl.toString() });
    await database.migrate();
    await seedDemo(database.db);
    await database.close();

    app = await startServer('app-server.ts', [], { DATABASE_URL: dbUrl.toString() });
    const servicePage = await pickServicePage(app.base);
    const targets = [{ name: 'Service page', appPath: servicePage, file: 'service.html' }];
    const search = await body(app.base + SEARCH_API);
    if (search.status === 200) targets.push({ name: 'Search API', appPath: SEARCH_API, file: 'search.json' });
    else console.warn(`${SEARCH_API} answers ${search.status}: measuring the service page only`);

    for (const target of targets) {
      const page = await body(app.base + target.appPath);
      if (page.status !== 200) throw new Error(`${target.appPath} answers ${page.status}`);
      writeFileSync(join(files, target.file), page.bytes);
    }
    baseline = await startServer('static-server.ts', [files]);

    const pairs: Pair[] = [];
    for (const target of targets) {
      const copy = await body(`${baseline.base}/${target.file}`);
      const original = await body(app.base + target.appPath);
      if (!copy.bytes.equals(original.bytes)) throw new Error(`${target.appPath} changes between requests`);
      console.log(`measuring ${target.name}: static copy, then ${target.appPath} …`);
      const staticCopy = await load(`${baseline.base}/${target.file}`);
      const appResult = await load(app.base + target.appPath);
      pairs.push({
        name: target.name,
        path: target.appPath,
        bytes: copy.bytes.length,
        app: appResult,
        staticCopy,
      });
    }

    const postgres = (await admin('SHOW server_version')) ?? 'unknown';
    printTable(pairs);
    const report = writeReport(pairs, {
      postgres,
      missing: targets.length < 2 ? `${SEARCH_API} did not exist when this ran` : undefined,
      connections: CONNECTIONS,
      seconds: MEASURE_SECONDS,
      loadBefore,
    });
    console.log(`wrote ${report} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  } finally {
    await stopServer(app);
    await stopServer(baseline);
    rmSync(files, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

await main();
// Issue 8: intake, worklist and case page with BENCH_CASES synthetic cases (its own section of the report).
await runCasesBench();

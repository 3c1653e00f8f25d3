// npm run bench: the app on PostgreSQL against a bare node:http server sending the same bytes (DESIGN §6).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../../src/db/connection';
import { searchCodes } from '../../src/modules/catalogue/service';
import { seedDemo } from '../../src/modules/demo/seed';
import { body, pickServicePage, typicalAnswer } from './answers';
import { runCasesBench } from './cases';
import { growCatalogue } from './grow-catalogue';
import { ADMIN_URL, admin, type Server, startServer, stopServer } from './processes';
import { type Measurement, type Pair, printTable, type SearchCost, writeReport } from './report';
import { searchQueries } from './search-queries';

const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const QUERIES = 2_000;
const LARGE_CATALOGUE = Number(process.env.BENCH_SERVICES ?? 5_000);

/** Load on `base` at the paths in turn (each connection takes the next), after a warm-up. */
async function load(base: string, paths: string[], connections: number): Promise<Measurement> {
  let next = 0;
  const requests = [
    { setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length]! }) },
  ];
  const options: autocannon.Options = { url: base, connections, requests };
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const r = await autocannon({ ...options, duration: MEASURE_SECONDS });
  // A wrong answer makes the figures meaningless; timeouts and dropped connections are part of the result.
  if (r.non2xx > 0) throw new Error(`${base}${paths[0]}: ${r.non2xx} answers were not 2xx`);
  return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors };
}

/** The server time of one search (searchCodes, the index built): every query once, in this process. */
async function searchCost(url: string, queries: string[], services: number): Promise<SearchCost> {
  const database = await openDatabase({ url });
  try {
    await searchCodes(database.db, 'pabalsts', 200);
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      await searchCodes(database.db, q, 200);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    return {
      services,
      queries: times.length,
      meanMs: times.reduce((a, b) => a + b, 0) / times.length,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
    };
  } finally {
    await database.close();
  }
}

interface Target {
  name: string;
  /** The paths sent to the app, in turn; the baseline gets `/<file>` with the same query strings. */
  paths: string[];
  file: string;
  connections: number;
  aim: { ratio: number; p99: number };
  /** The app process without a page cache: every query is searched, as distinct queries are. */
  uncached?: boolean;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const dbName = `pietura_bench_${randomBytes(6).toString('hex')}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const url = dbUrl.toString();
  const files = mkdtempSync(join(tmpdir(), 'pietura-bench-'));
  let app: Server | undefined;
  let uncachedApp: Server | undefined;
  let baseline: Server | undefined;

  await admin(`CREATE DATABASE ${dbName}`);
  try {
    const database = await openDatabase({ url });
    await database.migrate();
    await seedDemo(database.db);
    await database.close();
    const demoServices = await countServices(url);

    app = await startServer('app-server.ts', [], { DATABASE_URL: url });
    uncachedApp = await startServer('app-server.ts', [], { DATABASE_URL: url, PIETURA_PAGE_CACHE_MB: '0' });
    const queries = await searchQueries(url, QUERIES);
    const q = (prefix: string) => queries.map((text) => `${prefix}?q=${encodeURIComponent(text)}`);
    const servicePage = await pickServicePage(app.base);
    const targets: Target[] = [
      {
        name: 'Service page',
        paths: [servicePage],
        file: 'service.html',
        connections: 50,
        aim: { ratio: 0.5, p99: 25 },
      },
      {
        name: 'Catalogue API',
        paths: ['/api/services'],
        file: 'catalogue.json',
        connections: 50,
        aim: { ratio: 0.5, p99: 25 },
      },
      {
        name: `Search API, ${QUERIES} distinct queries, ${demoServices} services`,
        paths: q('/api/services'),
        file: 'search.json',
        connections: 20,
        aim: { ratio: 0.3, p99: 50 },
        uncached: true,
      },
      {
        name: `Search page, ${QUERIES} distinct queries, ${demoServices} services`,
        paths: q('/pakalpojumi'),
        file: 'search.html',
        connections: 20,
        aim: { ratio: 0.2, p99: 50 },
        uncached: true,
      },
    ];
    const pairs: Pair[] = [];
    const costs: SearchCost[] = [await searchCost(url, queries, demoServices)];
    const measure = async (target: Target) => {
      const server = target.uncached ? uncachedApp! : app!;
      const typical =
        target.paths.length > 1
          ? await typicalAnswer(server.base, target.paths)
          : (await body(server.base + target.paths[0])).bytes;
      writeFileSync(join(files, target.file), typical);
      await stopServer(baseline);
      baseline = await startServer('static-server.ts', [files]);
      const copy = await body(`${baseline.base}/${target.file}`);
      if (!copy.bytes.equals(typical))
        throw new Error(`the baseline does not send ${target.file} as the app did`);
      const baselinePaths = target.paths.map(
        (p) => `/${target.file}${p.includes('?') ? p.slice(p.indexOf('?')) : ''}`,
      );
      console.log(`measuring ${target.name}: bare server, then the app …`);
      const staticCopy = await load(baseline.base, baselinePaths, target.connections);
      const appResult = await load(server.base, target.paths, target.connections);
      pairs.push({
        name: target.name,
        path: target.paths.length > 1 ? `${target.paths[0]} …` : target.paths[0]!,
        bytes: typical.length,
        connections: target.connections,
        aim: target.aim,
        app: appResult,
        staticCopy,
      });
    };
    for (const target of targets) await measure(target);

    const grownTo = await growCatalogue(url, LARGE_CATALOGUE);
    costs.push(await searchCost(url, queries, grownTo));
    await measure({
      name: `Search API, ${QUERIES} distinct queries, ${grownTo} services`,
      paths: q('/api/services'),
      file: 'search-large.json',
      connections: 20,
      aim: { ratio: 0.3, p99: 50 },
      uncached: true,
    });
    await measure({
      name: `Search page, ${QUERIES} distinct queries, ${grownTo} services`,
      paths: q('/pakalpojumi'),
      file: 'search-large.html',
      connections: 20,
      aim: { ratio: 0.2, p99: 50 },
      uncached: true,
    });

    const postgres = (await admin('SHOW server_version')) ?? 'unknown';
    printTable(pairs, costs);
    const report = writeReport(pairs, costs, {
      postgres,
      seconds: MEASURE_SECONDS,
      loadBefore,
      loadAfter: loadavg()[0] ?? 0,
    });
    console.log(`wrote ${report} in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  } finally {
    await stopServer(app);
    await stopServer(uncachedApp);
    await stopServer(baseline);
    rmSync(files, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

async function countServices(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM service')).rows[0]!.n;
  } finally {
    await client.end();
  }
}

await main();
// Issue 8: intake, worklist and case page with BENCH_CASES synthetic cases (its own section of the report).
if (process.env.BENCH_SKIP_CASES !== '1') await runCasesBench();

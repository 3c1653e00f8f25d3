// npx tsx test/bench/cpu.ts: the CPU time the app's process spends per request of each row of `npm run bench`,
// next to the bare node:http server's for the same bytes. CPU time, unlike requests per second, hardly depends
// on what else runs on the machine, so it can be compared between runs on a shared machine.
//   CPU_REQUESTS (default 4000) requests per round, CPU_ROUNDS (3) rounds, the median kept;
//   CPU_ROWS=1,3 only those rows (1-based); CPU_LARGE=0 leaves out the 5,000-service rows;
//   CPU_MIN=1 reports the least of the rounds instead of the median;
//   CPU_PROFILE=DIR runs the app with --cpu-prof, the profiles written to DIR when it stops;
//   CPU_COMPARE=.before/src also runs that copy of the sources (`mkdir .before && git archive main src |
//   tar -x -C .before && ln -s ../.cache .before/.cache`, and .before/tsconfig.json holding
//   `{ "extends": "../tsconfig.json", "include": ["src", "../test"] }`) and measures both in alternating rounds.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { body, pickServicePage, typicalAnswer } from './answers';
import { growCatalogue } from './grow-catalogue';
import { ADMIN_URL, admin, type Server, serverCpu, startServer, stopServer } from './processes';
import { searchQueries } from './search-queries';

const REQUESTS = Number(process.env.CPU_REQUESTS ?? 4000);
const ROUNDS = Number(process.env.CPU_ROUNDS ?? 3);
const ROWS = process.env.CPU_ROWS?.split(',').map(Number);
const LARGE = process.env.CPU_LARGE !== '0';
const PROFILE = process.env.CPU_PROFILE;
const COMPARE = process.env.CPU_COMPARE;
const QUERIES = 2_000;

interface Row {
  name: string;
  paths: string[];
  file: string;
  connections: number;
  uncached?: boolean;
}

/** `amount` requests to the paths in turn, every connection taking the next. */
async function send(base: string, paths: string[], connections: number, amount: number): Promise<void> {
  let next = 0;
  const requests = [
    { setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length]! }) },
  ];
  const r = await autocannon({ url: base, connections, amount, requests });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${base}${paths[0]}: ${r.non2xx} not 2xx, ${r.errors} errors`);
}

interface Cpu {
  /** CPU time per request, µs: all of it, and the part in the kernel (sockets). */
  cpu: number;
  system: number;
}

/** For each server, the median over the rounds of its CPU time per request; the servers take turns. */
async function cpuPerRequest(servers: Server[], paths: string[], connections: number): Promise<Cpu[]> {
  for (const server of servers)
    await send(server.base, paths, connections, Math.max(paths.length, REQUESTS / 4));
  const rounds: Cpu[][] = servers.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, server] of servers.entries()) {
      const before = await serverCpu(server);
      await send(server.base, paths, connections, REQUESTS);
      const after = await serverCpu(server);
      rounds[k]!.push({
        cpu: (after.cpu - before.cpu) / REQUESTS,
        system: (after.system - before.system) / REQUESTS,
      });
    }
  }
  // CPU_MIN=1: the least of the rounds (the least disturbed by other processes), for comparing changes.
  const at = (r: Cpu[]) => (process.env.CPU_MIN === '1' ? 0 : Math.floor(r.length / 2));
  return rounds.map((r) => r.sort((a, b) => a.cpu - b.cpu)[at(r)]!);
}

async function main(): Promise<void> {
  const dbName = `pietura_cpu_${randomBytes(6).toString('hex')}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const url = dbUrl.toString();
  const files = mkdtempSync(join(tmpdir(), 'pietura-cpu-'));
  const profile = PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : [];
  const servers: Server[] = [];
  const start = async (
    file: string,
    args: string[],
    env: NodeJS.ProcessEnv = {},
    execArgv: string[] = [],
  ) => {
    const server = await startServer(file, args, env, execArgv);
    servers.push(server);
    return server;
  };
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await admin(`CREATE DATABASE ${dbName}`);
  try {
    const database = await openDatabase({ url });
    await database.migrate();
    await seedDemo(database.db);
    await database.close();
    const app = await start('app-server.ts', [], { DATABASE_URL: url }, profile);
    const uncached = await start(
      'app-server.ts',
      [],
      { DATABASE_URL: url, PIETURA_PAGE_CACHE_MB: '0' },
      profile,
    );
    // tsx compiles the copy's JSX only with a tsconfig that includes it.
    const other = COMPARE
      ? { APP_SRC: COMPARE, TSX_TSCONFIG_PATH: join(COMPARE, '../tsconfig.json') }
      : undefined;
    const appBefore = other && (await start('app-server.ts', [], { DATABASE_URL: url, ...other }));
    const uncachedBefore =
      other &&
      (await start('app-server.ts', [], { DATABASE_URL: url, PIETURA_PAGE_CACHE_MB: '0', ...other }));
    const queries = await searchQueries(url, QUERIES);
    const q = (prefix: string) => queries.map((text) => `${prefix}?q=${encodeURIComponent(text)}`);
    const search = (services: string, file: string): Row[] => [
      {
        name: `Search API, ${services}`,
        paths: q('/api/services'),
        file: `${file}.json`,
        connections: 20,
        uncached: true,
      },
      {
        name: `Search page, ${services}`,
        paths: q('/pakalpojumi'),
        file: `${file}.html`,
        connections: 20,
        uncached: true,
      },
    ];
    const rows: Row[] = [
      {
        name: 'Service page',
        paths: [await pickServicePage(app.base)],
        file: 'service.html',
        connections: 50,
      },
      { name: 'Catalogue API', paths: ['/api/services'], file: 'catalogue.json', connections: 50 },
      ...search('57 services', 'search'),
    ];
    const results: string[] = [];
    const measure = async (row: Row, number: number) => {
      if (ROWS && !ROWS.includes(number)) return;
      const server = row.uncached ? uncached : app;
      const typical =
        row.paths.length > 1
          ? await typicalAnswer(server.base, row.paths)
          : (await body(server.base + row.paths[0])).bytes;
      writeFileSync(join(files, row.file), typical);
      const bare = await start('static-server.ts', [files]);
      const barePaths = row.paths.map((p) => `/${row.file}${p.includes('?') ? p.slice(p.indexOf('?')) : ''}`);
      const [bareCpu] = await cpuPerRequest([bare], barePaths, row.connections);
      await stopServer(bare);
      const before = row.uncached ? uncachedBefore : appBefore;
      const [appCpu, beforeCpu] = await cpuPerRequest(
        before ? [server, before] : [server],
        row.paths,
        row.connections,
      );
      const us = (v: Cpu, width: number) =>
        `${v.cpu.toFixed(0).padStart(width)} µs (sys ${v.system.toFixed(0).padStart(3)})`;
      const was = beforeCpu === undefined ? '' : `  before ${us(beforeCpu, 5)}`;
      const ratio = (bareCpu!.cpu / appCpu!.cpu).toFixed(2);
      const line = `${String(number).padStart(2)} ${row.name.padEnd(30)} ${String(typical.length).padStart(6)} B  app ${us(appCpu!, 5)}${was}  bare ${us(bareCpu!, 3)}  bare/app ${ratio}`;
      console.log(line);
      results.push(line);
    };
    for (const [i, row] of rows.entries()) await measure(row, i + 1);
    if (LARGE && (!ROWS || ROWS.some((r) => r > 4))) {
      const grown = await growCatalogue(url, 5_000);
      for (const [i, row] of search(`${grown} services`, 'search-large').entries()) await measure(row, i + 5);
    }
    console.log(`\nCPU per request of the server process (median of ${ROUNDS} × ${REQUESTS} requests):`);
    for (const line of results) console.log(line);
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    for (const server of servers) await stopServer(server);
    rmSync(files, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

await main();

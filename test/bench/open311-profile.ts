// The app's CPU time per Open311 POST requests (open311-requests.ts: many different ones, in turn) (the bundled app in its own process, as open311.ts runs it),
// and optionally where it goes. CPU time per request hardly depends on what else runs on the machine, so it
// compares changes on a shared machine better than requests per second.
//   npx tsx test/bench/open311-profile.ts
//   O311_SECONDS (default 5) of POSTs per round from 10 connections, O311_ROUNDS (3) rounds, the median kept;
//   O311_PROFILE=DIR runs the app with --cpu-prof and prints the functions and packages that cost most;
//   O311_COMPARE=.before/src runs that copy of the sources too (see cpu.ts for making one), both through tsx,
//   in alternating rounds. Each round also runs the bare INSERT + COMMIT loop (10 clients, 3 s) of open311.ts.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/db/connection';
import { checkPosts, prepareOpen311Bench, rotating } from './open311-setup';
import { admin, bareInsert, databaseUrl, loops } from './postgres';
import { procCpuMs, type Server, serverCpu, startServer, stopServer } from './processes';

const SECONDS = Number(process.env.O311_SECONDS ?? 5);
const ROUNDS = Number(process.env.O311_ROUNDS ?? 3);
const PROFILE = process.env.O311_PROFILE && resolve(process.env.O311_PROFILE);
const COMPARE = process.env.O311_COMPARE;

/** CPU time (ms) so far of each PostgreSQL backend serving database `name` (Linux /proc; none elsewhere). */
async function backendsCpu(name: string): Promise<Map<number, number>> {
  const pids =
    (await admin(`SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = '${name}'`)) ?? '';
  return procCpuMs(pids.split(',').filter(Boolean));
}

/** The CPU time the backends present at both readings used between them. */
function backendsUsed(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, t] of after) if (before.has(pid)) ms += t - before.get(pid)!;
  return ms;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

/** Self time by function and by package (or source folder) of the profiles in `dir`. */
function summarise(dir: string): void {
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Node[] };
    for (const n of profile.nodes) {
      const { functionName, url, lineNumber } = n.callFrame;
      total += n.hitCount;
      const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules\/)?/, '')}:${lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + n.hitCount);
      const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
      const area = pkg ?? (url.startsWith('node:') ? url : url ? 'app' : functionName);
      byArea.set(area, (byArea.get(area) ?? 0) + n.hitCount);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  console.log(`by area:\n${top(byArea, 25)}\nby function (self):\n${top(byFunction, 50)}`);
}

const dbName = `pietura_o311_profile_${randomBytes(4).toString('hex')}`;
await admin(`CREATE DATABASE ${dbName}`);
const url = databaseUrl(dbName);
const apps: { label: string; server: Server }[] = [];
try {
  const database = await openDatabase({ url });
  const { posts } = await prepareOpen311Bench(database);
  const bare = await bareInsert(database.db, 'bench_open311_profile_baseline');
  // With O311_COMPARE both copies run through tsx (the bundle is built from src/ only), side by side.
  const sources = COMPARE ? ['src', COMPARE] : [undefined];
  for (const src of sources) {
    const server = await startServer(
      'app-server.ts',
      [],
      { DATABASE_URL: url, ...(src ? { APP_SRC: src } : {}) },
      PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
    );
    apps.push({ label: src ?? 'src (bundled)', server });
  }
  for (const { server } of apps) {
    await checkPosts(server.base, posts);
    await autocannon({ ...rotating(server.base, posts, 10), duration: SECONDS });
  }
  const results = new Map<string, { cpu: number[]; ratio: number[] }>();
  for (let round = 0; round < ROUNDS; round++) {
    // The bare loop of this round, then each copy of the app in turn, so that all meet the same load.
    const baseline = await loops(10, 3, bare);
    for (const { label, server } of apps) {
      const before = await serverCpu(server);
      const pgBefore = await backendsCpu(dbName);
      const loadBefore = process.cpuUsage();
      const started = performance.now();
      const r = await autocannon({ ...rotating(server.base, posts, 10), duration: SECONDS });
      const seconds = (performance.now() - started) / 1000;
      const load = process.cpuUsage(loadBefore);
      const pgAfter = await backendsCpu(dbName);
      const after = await serverCpu(server);
      if (r.non2xx > 0) throw new Error(`${r.non2xx} answers were not 2xx`);
      const n = r.requests.total;
      const cpu = (after.cpu - before.cpu) / 1000 / n;
      const rps = n / seconds;
      const seen = results.get(label) ?? { cpu: [], ratio: [] };
      seen.cpu.push(cpu);
      seen.ratio.push(rps / baseline);
      results.set(label, seen);
      console.log(
        `round ${round + 1} ${label}: app ${cpu.toFixed(3)} ms CPU per POST, PostgreSQL backends ${(backendsUsed(pgBefore, pgAfter) / n).toFixed(3)} ms, load generator ${((load.user + load.system) / 1000 / n).toFixed(3)} ms; ${rps.toFixed(0)}/s against bare ${baseline.toFixed(0)}/s: ${(rps / baseline).toFixed(2)}`,
      );
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [label, r] of results)
    console.log(
      `${label}: app CPU per POST ${median(r.cpu).toFixed(3)} ms, POST / bare ${median(r.ratio).toFixed(2)} (medians of ${ROUNDS}; load ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')})`,
    );
  await database.close();
} finally {
  for (const { server } of apps) await stopServer(server);
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
if (PROFILE) summarise(PROFILE);

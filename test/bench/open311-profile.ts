// The app's CPU time per Open311 POST requests.json (the bundled app in its own process, as open311.ts runs it),
// and optionally where it goes. CPU time per request hardly depends on what else runs on the machine, so it
// compares changes on a shared machine better than requests per second.
//   npx tsx test/bench/open311-profile.ts
//   O311_REQUESTS (default 3000) POSTs per round from 10 connections, O311_ROUNDS (3) rounds, the median kept;
//   O311_PROFILE=DIR runs the app with --cpu-prof and prints the functions and packages that cost most.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';
import { FORM, form, SERVICE, setForm, validRequest } from '../open311/helpers';
import { admin, databaseUrl } from './postgres';

/** CPU time (ms) of the PostgreSQL backends serving database `name` so far (Linux /proc; 0 elsewhere). */
async function backendsCpu(name: string): Promise<number> {
  const pids =
    (await admin(`SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = '${name}'`)) ?? '';
  let ticks = 0;
  for (const pid of pids.split(',').filter(Boolean)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

import { serverCpu, startServer, stopServer } from './processes';

const REQUESTS = Number(process.env.O311_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.O311_ROUNDS ?? 3);
const PROFILE = process.env.O311_PROFILE && resolve(process.env.O311_PROFILE);

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
let app: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  const database = await openDatabase({ url });
  await database.migrate();
  await seedDemo(database.db);
  await setForm(database.db, SERVICE, FORM);
  const key = await createApiKey(database.db, systemActor('bench'), {
    name: 'Bench',
    requestsPerMinute: 1_000_000,
  });
  if (!key.ok) throw new Error(key.problem);
  await database.close();
  app = await startServer(
    'app-server.ts',
    [],
    { DATABASE_URL: url },
    PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [],
  );
  const { 'attribute[power]': _power, ...request } = validRequest(key.key);
  const body = form({ ...request, 'attribute[electricity]': 'no' });
  const options = {
    url: `${app.base}/open311/v2/requests.json`,
    method: 'POST' as const,
    connections: 10,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  };
  await autocannon({ ...options, amount: 1000 });
  const perRequest: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = await serverCpu(app);
    const pgBefore = await backendsCpu(dbName);
    const loadBefore = process.cpuUsage();
    const r = await autocannon({ ...options, amount: REQUESTS });
    const load = process.cpuUsage(loadBefore);
    const pgAfter = await backendsCpu(dbName);
    const after = await serverCpu(app);
    if (r.non2xx > 0) throw new Error(`${r.non2xx} answers were not 2xx`);
    const n = r.requests.total;
    perRequest.push((after.cpu - before.cpu) / 1000 / n);
    console.log(
      `round ${round + 1}: app ${perRequest.at(-1)!.toFixed(3)} ms CPU per POST, PostgreSQL backends ${((pgAfter - pgBefore) / n).toFixed(3)} ms, load generator ${((load.user + load.system) / 1000 / n).toFixed(3)} ms; ${r.requests.average.toFixed(0)}/s`,
    );
  }
  const median = [...perRequest].sort((a, b) => a - b)[Math.floor(perRequest.length / 2)]!;
  console.log(`app CPU per POST requests.json: ${median.toFixed(3)} ms (median of ${ROUNDS})`);
} finally {
  await stopServer(app);
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
if (PROFILE) summarise(PROFILE);

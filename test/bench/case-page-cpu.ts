// CPU time per request of the case page and the worklist (issue 8), which other work on the machine disturbs far
// less than their latency: the app's process (process.cpuUsage, see cpu-report.ts) and its PostgreSQL backends
// (/proc, when the server runs on this machine) over an autocannon run of 10 connections, in a fresh database
// with the demo data and BENCH_CASES synthetic cases (default 100,000). Not part of `npm run bench`. The worklist
// is measured on its first page and on the 300 different requests of cases.ts (variedWorklist).
//   npx tsx test/bench/case-page-cpu.ts
// BENCH_DB=NAME measures in an existing database (left as it is) instead of a fresh one. BENCH_ONLY=worklist (or 'case page') measures one page; BENCH_CPU_PROF=DIR writes the app's V8 CPU profile
// (.cpuprofile, for cpu-report-like reading or Chrome's DevTools) into DIR when the app stops.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, query } from '../../src/db/connection';
import { listCases } from '../../src/modules/cases/service';
import { seedDemo } from '../../src/modules/demo/seed';
import { seedSyntheticCases } from '../../src/modules/demo/volume';
import { DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import type { Actor } from '../../src/platform/auth/actor';
import { signIn } from '../../src/platform/auth/service';
import { variedWorklist } from './cases';
import { admin, databaseUrl } from './postgres';
import { procCpuMs, serverCpu, serverMemory, startServer, stopServer } from './processes';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const SECONDS = 10;
const ONLY = process.env.BENCH_ONLY;
const PROFILE_DIR = process.env.BENCH_CPU_PROF;

/** CPU time used between two readings by the processes present in both; undefined if none was. */
function used(before: Map<number, number>, after: Map<number, number>): number | undefined {
  let total: number | undefined;
  for (const [pid, t] of after) {
    const t0 = before.get(pid);
    if (t0 !== undefined) total = (total ?? 0) + t - t0;
  }
  return total;
}

const name = process.env.BENCH_DB ?? `pietura_bench_cpu_${randomBytes(6).toString('hex')}`;
const url = databaseUrl(name);
if (!process.env.BENCH_DB) await admin(`CREATE DATABASE ${name}`);
const database = await openDatabase({ url });
let app: Awaited<ReturnType<typeof startServer>> | undefined;
try {
  if (!process.env.BENCH_DB) {
    await database.migrate();
    await seedDemo(database.db);
    console.log(`seeding ${CASES} cases …`);
    await seedSyntheticCases(database.db, CASES);
    await database.db.execute(sql`VACUUM ANALYZE`);
  }
  const [s] = await query<{ id: number; name: string; email: string; unit: string }>(
    database.db,
    sql`SELECT u.id, u.name, u.email, g.unit_code AS unit FROM staff_user u JOIN role_grant g ON g.user_id = u.id
        WHERE g.role = 'specialist' ORDER BY u.id LIMIT 1`,
  );
  const specialist: Actor = {
    kind: 'staff',
    id: s!.id,
    name: s!.name,
    grants: [{ role: 'specialist', unit: s!.unit, centre: null }],
  };
  const first = await listCases(database.db, specialist, {});
  const session = await signIn(database.db, {
    email: s!.email,
    password: DEMO_PASSWORD,
    ip: null,
    userAgent: 'bench',
  });
  if (!session.ok) throw new Error('the demo specialist cannot sign in');
  const cookie = `pietura_session=${session.token}`;
  app = await startServer(
    'app-server.ts',
    [],
    { DATABASE_URL: url },
    PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  );
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  const varied = (await variedWorklist(database.db, specialist, 300)).map((p) => p.path);
  for (const [what, paths] of [
    ['case page', [`/darbs/lietas/${first.rows[0]!.id}`]],
    ['worklist, first page', ['/darbs/lietas']],
    ['worklist, 300 different filters and pages', varied],
  ] as const) {
    if (ONLY && !what.startsWith(ONLY)) continue;
    const path = paths[0]!;
    let turn = 0;
    const target = {
      url: app.base + path,
      connections: 10,
      headers: { cookie },
      requests: [{ setupRequest: (req: object) => ({ ...req, path: paths[turn++ % paths.length] }) }],
    };
    await autocannon({ ...target, duration: 2 });
    const backends = (
      await query<{ pid: number }>(database.db, sql`SELECT pid FROM pg_stat_activity WHERE datname = ${name}`)
    ).map((r) => r.pid);
    const [app0, pg0] = [await serverCpu(app), procCpuMs(backends)];
    const r = await autocannon({ ...target, duration: SECONDS });
    const [app1, pg1] = [await serverCpu(app), procCpuMs(backends)];
    if (r.non2xx > 0) throw new Error(`${path}: ${r.non2xx} answers were not 2xx`);
    const per = (us: number) => `${(us / r.requests.total / 1000).toFixed(2)} ms`;
    const pgMs = used(pg0, pg1);
    const pg = pgMs === undefined ? undefined : pgMs * 1000;
    console.log(
      `${what}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms; CPU per request: app ${per(app1.cpu - app0.cpu)} (system ${per(app1.system - app0.system)}), PostgreSQL ${pg === undefined ? 'not visible' : per(pg)}`,
    );
  }
  const memory = await serverMemory(app);
  console.log(
    `app memory after the load: rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} of ${(memory.heapTotal / 2 ** 20).toFixed(0)} MB; load average ${loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  await stopServer(app);
  await database.close();
  if (!process.env.BENCH_DB) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

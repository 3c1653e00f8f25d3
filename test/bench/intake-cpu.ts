// CPU time per intake at 10 concurrent clients (issue 8, ADR 0013), which other work on the machine disturbs far
// less than the rate: the bench process (process.cpuUsage) and its PostgreSQL backends (/proc, when the server runs
// on this machine) over a loop of the bare INSERT + COMMIT and one of `registerApplication`, as test/bench/cases.ts
// runs them, with what the filing queue did (batches, their mean size, statements sent while one was under way).
// Not part of `npm run bench`.
//   npx tsx test/bench/intake-cpu.ts            (BENCH_INTAKE_SECONDS per loop, default 8; BENCH_INTAKE_CLIENTS, default 10;
//                                               BENCH_DATABASE_URL)
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { type Db, openDatabase, query } from '../../src/db/connection';
import { filingQueueStats } from '../../src/modules/cases/filing-queue';
import { registerApplication } from '../../src/modules/cases/service';
import { seedDemo } from '../../src/modules/demo/seed';
import { benchApplication, benchClerk } from './intake-input';
import { admin, bareInsert, databaseUrl, loops } from './postgres';
import { procCpuMs } from './processes';

const SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_INTAKE_CLIENTS ?? 10);

/** The backends of the bench's database, the pool's connection that asks included (it files too). */
async function backends(db: Db): Promise<number[]> {
  return (
    await query<{ pid: number }>(db, sql`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)
  ).map((r) => r.pid);
}

async function measure(db: Db, name: string, work: (worker: number, i: number) => Promise<void>) {
  const server0 = procCpuMs(await backends(db));
  const app0 = process.cpuUsage();
  const queue0 = filingQueueStats(db);
  const rate = await loops(CLIENTS, SECONDS, work);
  const app = process.cpuUsage(app0);
  // A backend opened during the loop counts whole; one closed during it is missed (the pool closes idle ones).
  let server = 0;
  for (const [pid, ms] of procCpuMs(await backends(db))) server += ms - (server0.get(pid) ?? 0);
  const queue = filingQueueStats(db);
  const n = rate * SECONDS;
  const batches = queue.batches - queue0.batches;
  console.log(
    `${name}: ${rate.toFixed(0)}/s; CPU per call: app ${((app.user + app.system) / 1000 / n).toFixed(3)} ms, ` +
      `PostgreSQL ${(server / n).toFixed(3)} ms` +
      (batches > 0
        ? `; ${batches} batches of ${((queue.batched - queue0.batched) / batches).toFixed(1)} on average, ` +
          `${queue.overlapped - queue0.overlapped} sent while another was under way, ${queue.alone - queue0.alone} alone, ` +
          `${queue.reserved - queue0.reserved} under numbers the queue reserved (${queue.counterMoved - queue0.counterMoved} found taken)`
        : ''),
  );
}

const dbName = `pietura_bench_intake_cpu_${randomBytes(6).toString('hex')}`;
await admin(`CREATE DATABASE ${dbName}`);
const database = await openDatabase({ url: databaseUrl(dbName) });
try {
  await database.migrate();
  const db = database.db;
  await seedDemo(db);
  const clerk = await benchClerk(db);
  const [version] = await query<{ id: number }>(
    db,
    sql`SELECT v.id FROM service_version v JOIN service s ON s.id = v.service_id JOIN organisation o ON o.id = s.owner_id
        JOIN role_grant g ON g.unit_code = o.code AND g.role = 'specialist'
        WHERE v.status = 'published' ORDER BY v.id LIMIT 1`,
  );
  const input = (k: string) => benchApplication(version!.id, k);
  const insert = await bareInsert(db);
  const intake = async (worker: number, i: number) => {
    const r = await registerApplication(db, clerk, input(`${worker}${i}`));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
  };
  // Warm at 10 clients: every connection prepares the statements of every batch size before the measurement.
  await loops(CLIENTS, 1, insert);
  await loops(CLIENTS, 1, intake);
  console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
  await measure(db, 'bare INSERT + COMMIT', insert);
  await measure(db, 'intake', intake);
  console.log(`load average ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await database.close();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}

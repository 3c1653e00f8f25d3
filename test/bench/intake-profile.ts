// Profiles one intake on PostgreSQL: statements per registerApplication, and time per intake, 1 client.
// npx tsx test/bench/intake-profile.ts   (creates and drops its own database)
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { benchApplication, benchClerk } from './intake-input';
import { admin, bareInsert, databaseUrl, loops } from './postgres';

// PROFILE_SRC=.before/src profiles another copy of the sources the same way, e.g. main:
//   mkdir .before && git archive main src | tar -x -C .before   (.before/ is not committed)
const SRC = new URL(`../../${process.env.PROFILE_SRC ?? 'src'}/`, import.meta.url);
const { openDatabase, query } = (await import(
  new URL('db/connection.ts', SRC).href
)) as typeof import('../../src/db/connection');
const { registerApplication } = (await import(
  new URL('modules/cases/service.ts', SRC).href
)) as typeof import('../../src/modules/cases/service');
const { seedDemo } = (await import(
  new URL('modules/demo/seed.ts', SRC).href
)) as typeof import('../../src/modules/demo/seed');

const statements: string[] = [];
const original = pg.Client.prototype.query;
// biome-ignore lint/suspicious/noExplicitAny: a counting wrapper around any call shape
(pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
  const label = String(text ?? '?')
    .replace(/\s+/g, ' ')
    .slice(0, 100);
  const t = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: forwarded as given
  const result = (original as any).apply(this, args);
  if (result && typeof result.then === 'function')
    result.then(
      () => statements.push(`${(performance.now() - t).toFixed(2).padStart(7)} ms  ${label}`),
      () => {},
    );
  return result;
};

const name = `pietura_profile_${randomBytes(4).toString('hex')}`;
await admin(`CREATE DATABASE ${name}`);
const database = await openDatabase({ url: databaseUrl(name) });
try {
  await database.migrate();
  await seedDemo(database.db);
  const clerk = await benchClerk(database.db, query);
  const [version] = await query<{ id: number }>(
    database.db,
    sql`SELECT id FROM service_version WHERE status = 'published' ORDER BY id LIMIT 1`,
  );
  const input = (k: string) => benchApplication(version!.id, k, 'profile');
  for (let i = 0; i < 200; i++) await registerApplication(database.db, clerk, input(`1${i}`));
  statements.length = 0;
  const r = await registerApplication(database.db, clerk, input('777'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  console.log(`${statements.length} statements per intake:`);
  for (const s of statements) console.log(`  ${s}`);
  const n = Number(process.env.PROFILE_INTAKES ?? 500);
  statements.length = 0;
  const cpu = process.cpuUsage();
  let t = performance.now();
  for (let i = 0; i < n; i++) await registerApplication(database.db, clerk, input(`2${i}`));
  const intakeMs = (performance.now() - t) / n;
  const used = process.cpuUsage(cpu);
  console.log(
    `intake: ${intakeMs.toFixed(2)} ms each, CPU in this process ${((used.user + used.system) / 1000 / n).toFixed(2)} ms each`,
  );
  const sums = new Map<string, number>();
  for (const line of statements) {
    const [ms, label] = [Number(line.slice(0, 7)), line.slice(12, 60)];
    sums.set(label, (sums.get(label) ?? 0) + ms);
  }
  for (const [label, total] of sums) console.log(`  ${(total / n).toFixed(2).padStart(6)} ms  ${label}`);
  const bare = await bareInsert(database.db);
  t = performance.now();
  for (let i = 0; i < n; i++) await bare();
  const bareMs = (performance.now() - t) / n;
  console.log(
    `bare INSERT + COMMIT: ${bareMs.toFixed(2)} ms each; 1 client ratio ${(bareMs / intakeMs).toFixed(2)}`,
  );
  // 10 clients, 5 s each, as the bench does.
  const tenClients = (work: (k: string) => Promise<unknown>) => loops(10, 5, (w, i) => work(`${3 + w}${i}`));
  const bare10 = await tenClients(bare);
  const intake10 = await tenClients((k) => registerApplication(database.db, clerk, input(k)));
  console.log(
    `10 clients: intake ${intake10.toFixed(0)}/s, bare ${bare10.toFixed(0)}/s, ratio ${(intake10 / bare10).toFixed(2)}`,
  );
} finally {
  await database.close();
  await admin(`DROP DATABASE ${name} WITH (FORCE)`);
}

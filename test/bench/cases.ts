import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, query } from '../../src/db/connection';
import {
  getCase,
  listCases,
  registerApplication,
  type WorklistFilter,
} from '../../src/modules/cases/service';
import { seedDemo } from '../../src/modules/demo/seed';
import { seedSyntheticCases } from '../../src/modules/demo/volume';
import { DEMO_PASSWORD } from '../../src/modules/staff/demo-accounts';
import type { Actor } from '../../src/platform/auth/actor';
import { signIn } from '../../src/platform/auth/service';
import { startFlags } from './fork-target';
import { benchApplication } from './intake-input';
import { admin, bareInsert, databaseUrl, loops } from './postgres';
import { type Server, serverMemory, startServer } from './processes';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
/** BENCH_INTAKE_ONLY=1: measure intake alone and replace only its rows in the report (no volume, no pages). */
const INTAKE_ONLY = process.env.BENCH_INTAKE_ONLY === '1';
const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 10);
const USERS = 10;
/**
 * Intake and the bare loop each at these numbers of clients. Intake's throughput — what the aim compares — is
 * its best rate of them against the bare loop's best: with few clients intake waits on its own commits (each
 * client's next application waits for the last one's statement) and shows latency, not what it can carry.
 */
const INTAKE_CLIENTS = [1, USERS, 20, 50] as const;
const MEASURE_SECONDS = 10;
/** Different worklist requests (filters × pages) measured beside the first page and page 21. */
const VARIED_PAGES = 300;
const AIM_INTAKE = 0.3;
const AIM_P95_MS = 20;
const AIM_RSS_MB = 200;
const here = dirname(fileURLToPath(import.meta.url));
const REPORT = join(here, '../../docs/benchmarks.md');
const START = '<!-- cases-bench:start -->';
const END = '<!-- cases-bench:end -->';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Latencies of `work` in `workers` concurrent loops for `seconds`: p50 and p95 in ms. */
async function latencies(
  workers: number,
  seconds: number,
  work: (worker: number, i: number) => Promise<void>,
) {
  const samples: number[] = [];
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; Date.now() < until; i++) {
        const t = performance.now();
        await work(worker, i);
        samples.push(performance.now() - t);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Rates per second at each number of clients of INTAKE_CLIENTS, in that order. */
interface IntakeRow {
  clients: number;
  baseline: number;
  intake: number;
}
type Intake = IntakeRow[];

async function measureIntake(database: Database, clerk: Actor, versionId: number): Promise<Intake> {
  const db = database.db;
  const input = (k: string) => benchApplication(versionId, k);
  const insert = await bareInsert(db);
  const intakeOnce = async (worker: number, i: number) => {
    const r = await registerApplication(db, clerk, input(`${worker}${i}`));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
  };
  await loops(1, 1, insert);
  await loops(1, 1, intakeOnce);
  const rows: Intake = [];
  for (const clients of INTAKE_CLIENTS) {
    const baseline = await loops(clients, INTAKE_SECONDS, insert);
    const intake = await loops(clients, INTAKE_SECONDS, intakeOnce);
    rows.push({ clients, baseline, intake });
  }
  return rows;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Http {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p97_5: number;
  p99: number;
  errors: number;
}

/** The pages `paths` over HTTP at USERS concurrent users, each request taking the next path in turn. */
async function http(base: string, name: string, paths: string[], cookie: string): Promise<Http> {
  const path = paths[0]!;
  const url = base + path;
  const first = await fetch(url, { headers: { cookie } });
  if (first.status !== 200) throw new Error(`${path} answers ${first.status}`);
  let turn = 0;
  const requests = [
    {
      method: 'GET' as const,
      setupRequest: (req: object) => ({ ...req, path: paths[turn++ % paths.length] }),
    },
  ];
  await autocannon({ url, connections: USERS, duration: 2, headers: { cookie }, requests });
  const { result: r, times } = await timedLoad({
    url,
    connections: USERS,
    duration: MEASURE_SECONDS,
    headers: { cookie },
    requests,
  });
  if (r.non2xx > 0) throw new Error(`${path}: ${r.non2xx} answers were not 2xx`);
  times.sort((a, b) => a - b);
  return {
    name,
    path,
    rps: r.requests.average,
    p50: r.latency.p50,
    // autocannon's summary has p90 and p97.5 but no p95: the aim's percentile comes from every answer's time.
    p95: Math.round(percentile(times, 95) * 10) / 10,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors,
  };
}

/** autocannon's run with the time of every answer (ms), as its 'response' event gives them. */
function timedLoad(opts: autocannon.Options): Promise<{ result: autocannon.Result; times: number[] }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(opts, (error, result) =>
      error ? reject(error) : resolve({ result, times }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime: number) => times.push(responseTime));
  });
}

async function explain(database: Database, actor: Actor): Promise<string> {
  const units = actor.grants.map((g) => g.unit).filter(Boolean) as string[];
  const rows = await query<{ 'QUERY PLAN': string }>(
    database.db,
    sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF)
        SELECT c.id FROM case_file c
        WHERE c.unit_code IN (${sql.join(
          units.map((u) => sql`${u}`),
          sql`, `,
        )})
          AND c.status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue')
        ORDER BY c.due_on, c.id LIMIT 26`,
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** A small seeded generator, so every run asks for the same mix. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

interface VariedPage {
  filter: WorklistFilter;
  after?: string;
  path: string;
}

/**
 * What a unit's staff ask for in a day: the list by status, service, assignee, overdue or due before a
 * day, and the first to the sixth page of each (the cursors followed through the service).
 */
export async function variedWorklist(db: Database['db'], actor: Actor, count: number): Promise<VariedPage[]> {
  const units = actor.grants.map((g) => g.unit).filter(Boolean) as string[];
  const inUnits = sql.join(
    units.map((u) => sql`${u}`),
    sql`, `,
  );
  const services = (
    await query<{ id: number }>(
      db,
      sql`SELECT s.id FROM service s JOIN organisation o ON o.id = s.owner_id WHERE o.code IN (${inUnits}) ORDER BY s.id`,
    )
  ).map((r) => r.id);
  const colleagues = (
    await query<{ id: number }>(
      db,
      sql`SELECT DISTINCT g.user_id AS id FROM role_grant g WHERE g.unit_code IN (${inUnits}) ORDER BY 1`,
    )
  ).map((r) => r.id);
  const random = seeded(20261130);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const statuses = [
    'open',
    'open',
    'open',
    'registered',
    'in_progress',
    'awaiting_applicant',
    'decided',
    'closed',
    'all',
  ] as const;
  const today = new Date();
  const pages: VariedPage[] = [];
  while (pages.length < count) {
    const filter: WorklistFilter = { status: pick(statuses) };
    const params = new URLSearchParams({ status: filter.status! });
    if (random() < 0.4 && services.length > 0) {
      filter.serviceId = pick(services);
      params.set('service', String(filter.serviceId));
    }
    const who = random();
    if (who < 0.2) filter.assignee = 'me';
    else if (who < 0.35) filter.assignee = 'none';
    else if (who < 0.5 && colleagues.length > 0) filter.assignee = pick(colleagues);
    if (filter.assignee !== undefined) params.set('assignee', String(filter.assignee));
    const due = random();
    if (due < 0.15) {
      filter.overdue = true;
      params.set('overdue', '1');
    } else if (due < 0.3) {
      const day = new Date(today.getTime() + Math.floor(random() * 120 - 60) * 86_400_000);
      filter.dueBefore = day.toISOString().slice(0, 10);
      params.set('dueBefore', `${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}.`);
    }
    let after: string | undefined;
    const depth = Math.floor(random() * 6);
    for (let page = 0; page <= depth && pages.length < count; page++) {
      const path = `/darbs/lietas?${params}${after ? `&pec=${after}` : ''}`;
      pages.push({ filter: { ...filter }, after, path });
      const list = await listCases(db, actor, filter, { after });
      if (!list.next) break;
      after = list.next;
    }
  }
  return pages;
}

export async function runCasesBench(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const dbName = `pietura_bench_cases_${randomBytes(6).toString('hex')}`;
  const dbUrl = databaseUrl(dbName);
  await admin(`CREATE DATABASE ${dbName}`);
  let app: Server | undefined;
  try {
    const database = await openDatabase({ url: dbUrl });
    await database.migrate();
    await seedDemo(database.db);
    const staff = await query<{
      id: number;
      name: string;
      email: string;
      role: string;
      unit: string | null;
      centre: string | null;
    }>(
      database.db,
      sql`SELECT u.id, u.name, u.email, g.role, g.unit_code AS unit, g.centre_code AS centre
          FROM staff_user u JOIN role_grant g ON g.user_id = u.id WHERE g.role IN ('clerk', 'specialist')`,
    );
    const as = (role: string): Actor => {
      const s = staff.find((x) => x.role === role)!;
      return {
        kind: 'staff',
        id: s.id,
        name: s.name,
        grants: [{ role: role as 'clerk', unit: s.unit, centre: s.centre }],
      };
    };
    const clerk = as('clerk');
    const specialist = as('specialist');
    const [version] = await query<{ id: number }>(
      database.db,
      sql`SELECT v.id FROM service_version v JOIN service s ON s.id = v.service_id JOIN organisation o ON o.id = s.owner_id
          WHERE v.status = 'published' AND o.code = ${specialist.grants[0]!.unit} ORDER BY v.id LIMIT 1`,
    );

    console.log('cases bench: intake throughput …');
    const intake = await measureIntake(database, clerk, version!.id);
    console.log(intake);
    if (INTAKE_ONLY) {
      await database.close();
      const postgres = (await admin('SHOW server_version')) ?? 'unknown';
      writeIntakeRows(
        intake,
        `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${postgres}, load average ${loadBefore.toFixed(1)} before the run and ${(loadavg()[0] ?? 0).toFixed(1)} after`,
      );
      return;
    }

    console.log(`cases bench: seeding ${CASES} synthetic cases …`);
    const seedStart = Date.now();
    await seedSyntheticCases(database.db, CASES, (done, total) => console.log(`  ${done} / ${total}`));
    const seedSeconds = (Date.now() - seedStart) / 1000;
    await database.db.execute(sql`VACUUM ANALYZE`);
    const [counts] = await query<{ cases: number; open: number; unitOpen: number }>(
      database.db,
      sql`SELECT count(*)::int AS cases,
            count(*) FILTER (WHERE status IN ('registered','in_progress','awaiting_applicant','decided','ready_for_issue'))::int AS open,
            count(*) FILTER (WHERE unit_code = ${specialist.grants[0]!.unit}
              AND status IN ('registered','in_progress','awaiting_applicant','decided','ready_for_issue'))::int AS "unitOpen"
          FROM case_file`,
    );

    // A page deep in the list: follow the keyset cursor 20 pages in.
    let deep: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await listCases(database.db, specialist, {}, { after: deep });
      if (!page.next) break;
      deep = page.next;
    }
    // Many different cases of the specialist's unit, as a day's work opens them (not one page a cache keeps warm).
    const units = specialist.grants.map((g) => g.unit).filter(Boolean) as string[];
    const caseIds = (
      await query<{ id: number }>(
        database.db,
        sql`SELECT id FROM case_file WHERE unit_code IN (${sql.join(
          units.map((u) => sql`${u}`),
          sql`, `,
        )}) ORDER BY random() LIMIT 2000`,
      )
    ).map((r) => r.id);

    const varied = await variedWorklist(database.db, specialist, VARIED_PAGES);
    console.log('cases bench: service calls at 10 concurrent users …');
    const service = {
      first: await latencies(USERS, MEASURE_SECONDS, async () => {
        await listCases(database.db, specialist, {});
      }),
      deep: await latencies(USERS, MEASURE_SECONDS, async () => {
        await listCases(database.db, specialist, {}, { after: deep });
      }),
      varied: await latencies(USERS, MEASURE_SECONDS, async (w, i) => {
        const page = varied[(w * 31 + i) % varied.length]!;
        await listCases(database.db, specialist, page.filter, { after: page.after });
      }),
      page: await latencies(USERS, MEASURE_SECONDS, async (w, i) => {
        const view = await getCase(database.db, specialist, caseIds[(w + i) % caseIds.length]!);
        if (!view) throw new Error('case not visible');
      }),
    };
    const plan = await explain(database, specialist);

    let httpResults: Http[] = [];
    let rss: { before: number; peak: number; memory: NodeJS.MemoryUsage } | undefined;
    let httpNote: string | undefined;
    app = await startServer('app-server.ts', [], { DATABASE_URL: dbUrl });
    const pid = app.child.pid!;
    const email = staff.find((s) => s.role === 'specialist')!.email;
    const session = await signIn(database.db, {
      email,
      password: DEMO_PASSWORD,
      ip: null,
      userAgent: 'bench',
    });
    if (!session.ok) throw new Error('the demo specialist cannot sign in');
    const cookie = `pietura_session=${session.token}`;
    const probe = await fetch(`${app.base}/darbs/lietas`, { headers: { cookie } });
    if (probe.status === 200) {
      const before = rssMb(pid);
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(pid));
      }, 200);
      try {
        httpResults = [
          await http(app.base, 'Worklist, first page', ['/darbs/lietas'], cookie),
          await http(app.base, 'Worklist, page 21 (keyset)', [`/darbs/lietas?pec=${deep ?? ''}`], cookie),
          await http(
            app.base,
            `Worklist, ${varied.length} different filters and pages`,
            varied.map((p) => p.path),
            cookie,
          ),
          await http(
            app.base,
            `Case page, ${caseIds.length} different cases`,
            caseIds.map((id) => `/darbs/lietas/${id}`),
            cookie,
          ),
        ];
      } finally {
        clearInterval(sampler);
      }
      rss = { before, peak, memory: await serverMemory(app) };
    } else {
      httpNote = `/darbs/lietas answered ${probe.status}: the case pages were not there, so only the service calls were measured`;
    }
    await database.close();

    const postgres = (await admin('SHOW server_version')) ?? 'unknown';
    writeSection({
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${postgres}, load average ${loadBefore.toFixed(1)} before the run`,
      intake,
      cases: counts!,
      seedSeconds,
      service,
      httpResults,
      httpNote,
      rss,
      plan,
    });
    console.log(`cases bench done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    if (app && app.child.exitCode === null) {
      const exited = new Promise((ok) => app!.child.once('exit', ok));
      app.child.kill('SIGTERM');
      await exited;
    }
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

const ms = (n: number) => n.toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const yes = (ok: boolean) => (ok ? 'yes' : 'NO');

function intakeTable(intake: Intake): string {
  const best = (key: 'baseline' | 'intake') =>
    intake.reduce((top, row) => (row[key] > top[key] ? row : top), intake[0]!);
  const [bestIntake, bestBaseline] = [best('intake'), best('baseline')];
  const throughput = bestIntake.intake / bestBaseline.baseline;
  const one = intake.find((r) => r.clients === 1);
  const clients = (n: number) => `${n} client${n === 1 ? '' : 's'}`;
  return [
    `| intake / bare INSERT + COMMIT | per second | ratio | aim ≥ ${AIM_INTAKE} met |`,
    '|---|---:|---:|---|',
    ...intake.map(
      (r) =>
        `| ${clients(r.clients)} each | ${r.intake.toFixed(0)} / ${r.baseline.toFixed(0)} | ${(r.intake / r.baseline).toFixed(2)} | — |`,
    ),
    `| **throughput**: the best rate of each (intake with ${clients(bestIntake.clients)}, the bare loop with ${clients(bestBaseline.clients)}) | ${bestIntake.intake.toFixed(0)} / ${bestBaseline.baseline.toFixed(0)} | ${throughput.toFixed(2)} | ${yes(throughput >= AIM_INTAKE)} |`,
    ...(one
      ? [
          `| one client's wait: ms an intake / ms a bare INSERT + COMMIT | ${ms(1000 / one.intake)} / ${ms(1000 / one.baseline)} | ${(one.intake / one.baseline).toFixed(2)} | — |`,
        ]
      : []),
  ].join('\n');
}

const INTAKE_RUN = /\n\nIntake measured alone \(`BENCH_INTAKE_ONLY=1[^\n]*/g;

/** Replaces the intake table of the cases section (and notes the run) without touching the rest. */
function writeIntakeRows(intake: Intake, machine: string): void {
  const text = readFileSync(REPORT, 'utf8');
  const at = text.search(/\| intake[^|\n]*\| per second \|/);
  if (at === -1)
    throw new Error('docs/benchmarks.md has no intake table to update: run the whole cases bench');
  const end = text.indexOf('\n\n', at);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const note = `\n\nIntake measured alone (\`BENCH_INTAKE_ONLY=1 npx tsx test/bench/cases.ts\`, ${INTAKE_SECONDS} s per row): ${date} UTC on ${machine}; the rest of this section is from the run above.`;
  const rest = text.slice(end).replace(INTAKE_RUN, '');
  writeFileSync(REPORT, `${text.slice(0, at)}${intakeTable(intake)}${note}${rest}`);
  console.log(`${intakeTable(intake)}${note}`);
}

function writeSection(r: {
  machine: string;
  intake: Intake;
  cases: { cases: number; open: number; unitOpen: number };
  seedSeconds: number;
  service: Record<'first' | 'deep' | 'varied' | 'page', { n: number; p50: number; p95: number }>;
  httpResults: Http[];
  httpNote?: string;
  rss?: { before: number; peak: number; memory: NodeJS.MemoryUsage };
  plan: string;
}): void {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    START,
    '## Cases (issue 8)',
    `\`npm run bench\` ends with test/bench/cases.ts (alone: \`npx tsx test/bench/cases.ts\`; \`BENCH_CASES\` sets the
volume; \`BENCH_INTAKE_ONLY=1\` measures intake alone and replaces only its rows). In a fresh database with the demo data it measures intake — validated, numbered, routed, audited, mail
queued, committed, through \`registerApplication\` — against a bare single-row \`INSERT\` + \`COMMIT\` loop on the same
server, with ${INTAKE_CLIENTS.join(', ')} clients each; intake's throughput is its best rate against the bare loop's best. Then it adds synthetic cases with \`seedSyntheticCases\` (bulk SQL),
runs \`VACUUM ANALYZE\`, and measures the demo specialist's worklist (first page, page 21 through the keyset
cursor, and ${VARIED_PAGES} different requests: filters by status, service, assignee, overdue and due date, each
from its first to at most its sixth page, taken in turn) and the case page at ${USERS} concurrent users: the service calls in the bench process, and the real pages over
HTTP from the app in its own process, whose RSS is sampled every 200 ms.`,
    `Latest run: ${date} UTC on ${r.machine}.`,
    intakeTable(r.intake),
    `Volume: ${r.cases.cases.toLocaleString('en')} cases (${r.cases.open.toLocaleString('en')} open; ${r.cases.unitOpen.toLocaleString('en')} open in the specialist's unit), the synthetic ones added in ${r.seedSeconds.toFixed(0)} s.`,
    [
      `| at ${USERS} concurrent users | calls | p50 ms | p95 ms | aim p95 ≤ ${AIM_P95_MS} ms met |`,
      '|---|---:|---:|---:|---|',
      `| service: worklist, first page | ${r.service.first.n} | ${ms(r.service.first.p50)} | ${ms(r.service.first.p95)} | ${yes(r.service.first.p95 <= AIM_P95_MS)} |`,
      `| service: worklist, page 21 | ${r.service.deep.n} | ${ms(r.service.deep.p50)} | ${ms(r.service.deep.p95)} | ${yes(r.service.deep.p95 <= AIM_P95_MS)} |`,
      `| service: worklist, ${VARIED_PAGES} different filters and pages | ${r.service.varied.n} | ${ms(r.service.varied.p50)} | ${ms(r.service.varied.p95)} | ${yes(r.service.varied.p95 <= AIM_P95_MS)} |`,
      `| service: case page (getCase, audited read) | ${r.service.page.n} | ${ms(r.service.page.p50)} | ${ms(r.service.page.p95)} | ${yes(r.service.page.p95 <= AIM_P95_MS)} |`,
      ...r.httpResults.map(
        (h) =>
          `| HTTP: ${h.name} (\`${h.path.length > 40 ? `${h.path.slice(0, 40)}…` : h.path}\`), ${h.rps.toFixed(0)} req/s, p99 ${h.p99} ms | — | ${h.p50} | ${h.p95} (p97.5 ${h.p97_5}) | ${yes(h.p95 <= AIM_P95_MS && h.errors === 0)} |`,
      ),
    ].join('\n'),
    r.httpNote ? `Not measured over HTTP: ${r.httpNote}.` : '',
    r.rss
      ? `App server RSS: ${r.rss.before.toFixed(0)} MB before the load, ${r.rss.peak.toFixed(0)} MB at most under it (aim ≤ ${AIM_RSS_MB} MB: ${yes(r.rss.peak <= AIM_RSS_MB)}); at the end of the load the JavaScript heap held ${mb(r.rss.memory.heapUsed)} of ${mb(r.rss.memory.heapTotal)} MB, external memory ${mb(r.rss.memory.external)} MB. The app runs with Node's flags of \`npm start\`: \`${startFlags().join(' ')}\`.`
      : '',
    "The worklist query (the specialist's open cases by due date, first page):",
    `\`\`\`\n${r.plan}\n\`\`\``,
    END,
  ].filter((l) => l !== '');
  const section = lines.join('\n\n');
  const text = readFileSync(REPORT, 'utf8');
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    at === -1
      ? `${text.trimEnd()}\n\n${section}\n`
      : `${text.slice(0, at)}${section}${text.slice(end + END.length)}`;
  writeFileSync(REPORT, next);
  console.log(section);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runCasesBench();

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/db/connection';
import { registerApplication } from '../../src/modules/cases/service';
import { getPublishedService } from '../../src/modules/catalogue/service';
import { apiKeyActor } from '../../src/platform/auth/api-keys';
import { SERVICE } from '../open311/helpers';
import { checkPosts, prepareOpen311Bench, rotating } from './open311-setup';
import { admin, bareInsert, databaseUrl, loops } from './postgres';
import { type Server, serverCpu, startServer, stopServer } from './processes';

const SECONDS = Number(process.env.BENCH_OPEN311_SECONDS ?? 10);
/**
 * POSTs, the bare loop and registerApplication each at these numbers of clients (connections). The POST's
 * throughput — what the aim compares — is its best rate of them against the bare loop's best (with 10 clients
 * intake waits on its own commits and shows latency, not what it can carry: see cases.ts).
 */
const CLIENTS = [10, 20, 50] as const;
const GET_CONNECTIONS = 50;
const AIM_POST = 0.3;
const AIM_GET = 0.5;
const here = dirname(fileURLToPath(import.meta.url));
const REPORT = join(here, '../../docs/benchmarks.md');
const START = '<!-- open311-bench:start -->';
const END = '<!-- open311-bench:end -->';

interface Load {
  /** The server's CPU time per request (user + system), when measured. */
  cpuMs?: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function cannon(opts: autocannon.Options, server?: Server): Promise<Load> {
  await autocannon({ ...opts, duration: 2 });
  const before = server && (await serverCpu(server));
  const r = await autocannon({ ...opts, duration: SECONDS });
  const after = server && (await serverCpu(server));
  return {
    cpuMs: before && after ? (after.cpu - before.cpu) / 1000 / Math.max(1, r.requests.total) : undefined,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg();
  const dbName = `pietura_bench_open311_${randomBytes(6).toString('hex')}`;
  const url = databaseUrl(dbName);
  const files = mkdtempSync(join(tmpdir(), 'pietura-open311-bench-'));
  let app: Server | undefined;
  let bare: Server | undefined;
  await admin(`CREATE DATABASE ${dbName}`);
  try {
    const database = await openDatabase({ url });
    const { keyId, posts, services: servicesPosted } = await prepareOpen311Bench(database);
    const version = (await getPublishedService(database.db, SERVICE))!.version.id;

    // 1. The bare INSERT + COMMIT loop and registerApplication in this process, CLIENTS loops each.
    const db = database.db;
    const insert = await bareInsert(db, 'bench_open311_baseline');
    const actor = apiKeyActor(keyId, 'Bench');
    const intake = async () => {
      const r = await registerApplication(db, actor, {
        serviceVersionId: version,
        applicant: { kind: 'contact_person', name: 'Bench Person', email: 'bench@example.lv' },
        channel: 'api',
        fields: { place: 'Tirgus', goods: 'Pārtika', electricity: 'Nē', summary: 'benchmark' },
        documents: [],
        delivery: { channel: 'email' },
        idempotencyKey: `bench-${randomBytes(8).toString('hex')}`,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
    };
    console.log('open311 bench: bare INSERT + COMMIT, registerApplication in process …');
    await loops(CLIENTS[0], 1, insert);
    await loops(CLIENTS[0], 1, intake);
    const baseline: number[] = [];
    const direct: number[] = [];
    for (const clients of CLIENTS) {
      baseline.push(await loops(clients, SECONDS, insert));
      direct.push(await loops(clients, SECONDS, intake));
    }
    await database.close();

    // 2. POST requests.json over HTTP, the app in its own process.
    app = await startServer('app-server.ts', [], { DATABASE_URL: url });
    console.log(`open311 bench: each of the ${posts.length} different POSTs once …`);
    await checkPosts(app.base, posts);
    console.log('open311 bench: POST requests …');
    const post: Load[] = [];
    for (const clients of CLIENTS) {
      const load = await cannon(rotating(app.base, posts, clients), app);
      if (load.non2xx > 0) throw new Error(`POST requests.json: ${load.non2xx} answers were not 2xx`);
      post.push(load);
    }

    // 3. GET services.json against a bare node:http server sending the same bytes.
    const services = await fetch(`${app.base}/open311/v2/services.json`);
    const bytes = Buffer.from(await services.arrayBuffer());
    const again = Buffer.from(await (await fetch(`${app.base}/open311/v2/services.json`)).arrayBuffer());
    if (!bytes.equals(again)) throw new Error('services.json changes between requests');
    writeFileSync(join(files, 'services.json'), bytes);
    bare = await startServer('open311-bare-server.ts', [
      join(files, 'services.json'),
      'application/json; charset=utf-8',
    ]);
    console.log('open311 bench: GET services.json, bare server then the app …');
    const bareGet = await cannon({ url: `${bare.base}/`, connections: GET_CONNECTIONS });
    const appGet = await cannon({
      url: `${app.base}/open311/v2/services.json`,
      connections: GET_CONNECTIONS,
    });
    if (appGet.non2xx > 0) throw new Error(`GET services.json: ${appGet.non2xx} answers were not 2xx`);

    const postgres = (await admin('SHOW server_version')) ?? 'unknown';
    write({
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, PostgreSQL ${postgres}`,
      loadBefore,
      loadAfter: loadavg(),
      baseline,
      direct,
      post,
      bareGet,
      appGet,
      bytes: bytes.length,
      posts: posts.length,
      servicesPosted,
    });
    console.log(`open311 bench done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await stopServer(app);
    await stopServer(bare);
    rmSync(files, { recursive: true, force: true });
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');

function write(r: {
  machine: string;
  loadBefore: number[];
  loadAfter: number[];
  baseline: number[];
  direct: number[];
  post: Load[];
  bareGet: Load;
  appGet: Load;
  bytes: number;
  posts: number;
  servicesPosted: number;
}) {
  const bestAt = (rates: number[]) => rates.indexOf(Math.max(...rates));
  const [postAt, baselineAt, directAt] = [
    bestAt(r.post.map((p) => p.rps)),
    bestAt(r.baseline),
    bestAt(r.direct),
  ];
  const bestBaseline = r.baseline[baselineAt]!;
  const post = r.post[postAt]!;
  const postRatio = post.rps / bestBaseline;
  const directRatio = r.direct[directAt]! / bestBaseline;
  const getRatio = r.appGet.rps / r.bareGet.rps;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const section = [
    START,
    '## Open311 (issue 9)',
    `\`npx tsx test/bench/open311.ts\` (not part of \`npm run bench\`): a fresh PostgreSQL database with the demo data
and a form on \`${SERVICE}\`. \`POST /open311/v2/requests\` (form-urlencoded, api key, checked by the form's
checker, a case through \`registerApplication\` on the API channel): ${r.posts.toLocaleString('en')} different requests
(test/bench/open311-requests.ts: the ${r.servicesPosted} services that take applications, each form's attributes answered
differently, different people and places, Latvian and English, four in five as JSON and one in five as XML), each
filed once and checked before the measurement, then sent in turn from ${CLIENTS.join(', ')} connections for ${SECONDS} s each against
a bare single-row \`INSERT\` + \`COMMIT\` loop with as many clients on the same server in the same run; and
\`registerApplication\` called in the bench process with as many loops, to show how much of the time is intake
itself. Throughput, which the aim compares, is the best rate of each over those numbers of clients. \`GET /open311/v2/services.json\` (${r.bytes.toLocaleString('en')} bytes) from ${GET_CONNECTIONS} connections
against a bare \`node:http\` server sending the same bytes from memory (test/bench/open311-bare-server.ts).`,
    `Latest run: ${date} UTC on ${r.machine}. Load average (1/5/15 min) before: ${load(r.loadBefore)}, after: ${load(r.loadAfter)} — the machine is shared, so the figures are a lower bound.`,
    [
      '| measured | per second | ratio | aim met |',
      '|---|---:|---:|---|',
      ...CLIENTS.map(
        (clients, i) =>
          `| ${clients} clients each: POST requests / registerApplication in process / bare INSERT + COMMIT | ${r.post[i]!.rps.toFixed(0)} / ${r.direct[i]!.toFixed(0)} / ${r.baseline[i]!.toFixed(0)} | ${(r.post[i]!.rps / r.baseline[i]!).toFixed(2)} / ${(r.direct[i]! / r.baseline[i]!).toFixed(2)} | — |`,
      ),
      `| **POST throughput**: the best rate of each (POSTs from ${CLIENTS[postAt]} connections, the bare loop with ${CLIENTS[baselineAt]} clients) | ${post.rps.toFixed(0)} / ${bestBaseline.toFixed(0)} | ${postRatio.toFixed(2)} | ${yes(postRatio >= AIM_POST)} (≥ ${AIM_POST}) |`,
      `| registerApplication in process, best rate (${CLIENTS[directAt]} loops) / the bare loop's best | ${r.direct[directAt]!.toFixed(0)} / ${bestBaseline.toFixed(0)} | ${directRatio.toFixed(2)} | — |`,
      `| GET services.json / bare node:http (${GET_CONNECTIONS} connections) | ${r.appGet.rps.toFixed(0)} / ${r.bareGet.rps.toFixed(0)} | ${getRatio.toFixed(2)} | ${yes(getRatio >= AIM_GET)} (≥ ${AIM_GET}) |`,
    ].join('\n'),
    `Latency: POST p50 ${r.post[0]!.p50} ms, p99 ${r.post[0]!.p99} ms from ${CLIENTS[0]} connections, p50 ${post.p50} ms, p99 ${post.p99} ms from ${CLIENTS[postAt]}; GET services.json p50 ${r.appGet.p50} ms, p99 ${r.appGet.p99} ms (bare server p50 ${r.bareGet.p50} ms, p99 ${r.bareGet.p99} ms). Errors: ${r.post.reduce((n, p) => n + p.errors, 0) + r.appGet.errors}.`,
    `Where the POST's time goes: intake alone (\`registerApplication\`: one statement from look-ups kept in memory, concurrent filings committed together, ADR 0011) reaches ${(100 * directRatio).toFixed(0)} % of the bare loop, the HTTP request ${(100 * postRatio).toFixed(0)} %. The request adds reading and checking the form, the key (from memory, checked by the filing statement: ADR 0014) and Fastify's own work, ${post.cpuMs?.toFixed(2) ?? '?'} ms of the app's CPU per POST in all (at ${CLIENTS[postAt]} connections) (\`process.cpuUsage\` of its process), on a machine whose two cores the app, PostgreSQL and the load generator share. Where that time goes: \`npx tsx test/bench/open311-profile.ts\` (below).`,
    END,
  ].join('\n\n');
  const text = readFileSync(REPORT, 'utf8');
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  writeFileSync(
    REPORT,
    at === -1
      ? `${text.trimEnd()}\n\n${section}\n`
      : `${text.slice(0, at)}${section}${text.slice(end + END.length)}`,
  );
  console.log(section);
}

await main();

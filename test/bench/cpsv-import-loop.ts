// npx tsx test/bench/cpsv-import-loop.ts (not part of `npm run bench`): whether a large CPSV-AP import through
// `POST /api/cpsv-ap` holds up the app's other requests (ADR 0020). A fresh PostgreSQL database with the demo
// data; the demo catalogue's export grown to BENCH_CPSV_COPIES copies of its services under new codes (default
// 20: 1,140 services, ~12 MB of JSON-LD); the app started as production runs it (bundled, fork-target.ts). While
// the import runs, a public page is asked for every 50 ms and the app measures its event loop's delay
// (monitorEventLoopDelay); both are also measured for a few seconds before, with nothing else running.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/connection';
import { type CpsvDocument, exportCatalogue } from '../../src/modules/catalogue/cpsv/export';
import { seedDemo } from '../../src/modules/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';
import { admin, databaseUrl } from './postgres';
import { type LoopDelay, type Server, serverLoopDelay, startServer, stopServer } from './processes';

const COPIES = Number(process.env.BENCH_CPSV_COPIES ?? 20);
const IDLE_SECONDS = Number(process.env.BENCH_CPSV_IDLE_SECONDS ?? 3);
const EVERY_MS = 50;
/** A public page (served from the page cache once asked for: what is measured is the wait, not the rendering). */
const PAGE = process.env.BENCH_CPSV_PAGE ?? '/';
const BASE = 'http://localhost:3000';

/**
 * The export with every service (and the nodes under its address: channels, costs, evidence, rules …) repeated
 * `copies` times in all, each copy under the code `<code>-k<n>`: a catalogue as valid as the demo's.
 */
export function growExport(document: CpsvDocument, copies: number, base = BASE): CpsvDocument {
  const prefix = `${base}/id/service/`;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const own = document['@graph'].filter((n) => String(n['@id'] ?? '').startsWith(prefix));
  const graph = [...document['@graph']];
  for (let k = 1; k < copies; k++) {
    for (const node of own) {
      const text = JSON.stringify(node).replace(
        new RegExp(`${escaped}([a-z0-9-]+)`, 'g'),
        `${prefix}$1-k${k}`,
      );
      const copy = JSON.parse(text) as (typeof own)[number];
      if (copy['@type'] === 'PublicService')
        copy['PublicService.identifier'] = `${copy['PublicService.identifier']}-k${k}`;
      graph.push(copy);
    }
  }
  return { ...document, '@graph': graph };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Gets {
  n: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
  /** The slowest GETs: when each was sent (ms after the first) and how long it took. */
  slowest: { at: number; ms: number }[];
}

/** GET PAGE every EVERY_MS ms (each on its own, not waiting for the one before) until `stop` resolves. */
async function getEvery(base: string, stop: Promise<unknown>): Promise<Gets> {
  const latencies: number[] = [];
  const timed: { at: number; ms: number }[] = [];
  const first = performance.now();
  const pending: Promise<void>[] = [];
  let failed = 0;
  let done = false;
  void stop.finally(() => {
    done = true;
  });
  const once = async () => {
    const start = performance.now();
    try {
      const response = await fetch(base + PAGE);
      await response.arrayBuffer();
      if (response.status !== 200) failed++;
    } catch {
      failed++;
    }
    latencies.push(performance.now() - start);
    timed.push({ at: start - first, ms: performance.now() - start });
  };
  while (!done) {
    pending.push(once());
    await Promise.race([new Promise((ok) => setTimeout(ok, EVERY_MS)), stop]);
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}

function rssMb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const row = (name: string, g: Gets, loop: LoopDelay) =>
  `| ${name} | ${g.n} | ${ms(g.p50)} | ${ms(g.p99)} | ${ms(g.max)} | ${ms(loop.p99)} | ${ms(loop.max)} |`;

async function main() {
  const loadBefore = loadavg();
  const dbName = `pietura_bench_cpsv_${randomBytes(6).toString('hex')}`;
  const url = databaseUrl(dbName);
  let app: Server | undefined;
  await admin(`CREATE DATABASE ${dbName}`);
  try {
    const database = await openDatabase({ url });
    await database.migrate();
    await seedDemo(database.db);
    const key = await createApiKey(database.db, systemActor('bench'), {
      name: 'Bench importer',
      requestsPerMinute: 1_000_000,
    });
    if (!key.ok) throw new Error(key.problem);
    const body = JSON.stringify(growExport(await exportCatalogue(database.db, BASE), COPIES));
    await database.close();
    const services = (body.match(/"PublicService\.identifier"/g) ?? []).length;
    console.log(
      `cpsv import bench: ${services} services, ${(body.length / 1024 / 1024).toFixed(1)} MB of JSON-LD`,
    );

    app = await startServer('app-server.ts', [], { DATABASE_URL: url });
    const first = await fetch(app.base + PAGE);
    if (first.status !== 200) throw new Error(`${PAGE} answers ${first.status}`);

    // Nothing else running: what a GET and the loop's delay are without an import.
    let stopLoop = await serverLoopDelay(app);
    const idle = await getEvery(app.base, new Promise((ok) => setTimeout(ok, IDLE_SECONDS * 1000)));
    const idleLoop = await stopLoop();

    stopLoop = await serverLoopDelay(app);
    let peakRss = rssMb(app.child.pid);
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(app?.child.pid));
    }, EVERY_MS);
    const started = performance.now();
    const imported = fetch(`${app.base}/api/cpsv-ap`, {
      method: 'POST',
      headers: { 'content-type': 'application/ld+json', 'x-api-key': key.key },
      body,
    }).then(async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> }));
    const during = await getEvery(app.base, imported);
    const result = await imported;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const importLoop = await stopLoop();
    // The catalogue changed: the first page after it is rendered from a new snapshot of the catalogue.
    const after: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await (await fetch(app.base + PAGE)).arrayBuffer();
      after.push(performance.now() - start);
    }
    if (result.status !== 200)
      throw new Error(`the import answered ${result.status}: ${JSON.stringify(result.json).slice(0, 500)}`);

    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;
    console.log(
      [
        `Import: ${result.status} in ${seconds.toFixed(1)} s, counts ${JSON.stringify(result.json.counts)}; peak RSS of the app's process ${peakRss.toFixed(0)} MB.`,
        `Machine: ${machine}; load average before ${loadBefore.map((x) => x.toFixed(1)).join(' / ')}, after ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' / ')}.`,
        '',
        `| GET ${PAGE} every ${EVERY_MS} ms | requests | p50 | p99 | max | loop delay p99 | loop delay max |`,
        '|---|---:|---:|---:|---:|---:|---:|',
        row(`idle, ${IDLE_SECONDS} s`, idle, idleLoop),
        row(
          `during the import (${services} services, ${(body.length / 1024 / 1024).toFixed(1)} MB)`,
          during,
          importLoop,
        ),
      ].join('\n'),
    );
    console.log(`GET ${PAGE} after the import, three times: ${after.map(ms).join(', ')}.`);
    console.log(
      `The slowest GETs during the import (sent at, took): ${during.slowest.map((g) => `${(g.at / 1000).toFixed(1)} s ${ms(g.ms)}`).join(', ')}.`,
    );
    if (idle.failed + during.failed > 0) console.log(`${idle.failed + during.failed} GETs failed`);
  } finally {
    await stopServer(app);
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

await main();

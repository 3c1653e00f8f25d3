// npm run bench:db-setup: how long one test file waits for its database, migrated and with the demo data,
// built from scratch (a test file run on its own) and copied from this run's template (npm test).
// Reports wall time and the CPU time of this process (less sensitive to a busy machine; PostgreSQL's own
// CPU is not in it). TEST_DATABASE_URL measures PostgreSQL; ROUNDS sets the repetitions (default 5).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/db/connection';
import { freshDatabase } from '../helpers/db';
import {
  buildPgliteTemplates,
  buildPostgresTemplates,
  dropPostgresTemplates,
  TEMPLATES_ENV,
} from '../helpers/db-templates';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const server = process.env.TEST_DATABASE_URL;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function measure(label: string, open: () => Promise<Database>): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const startedAt = performance.now();
    const startedCpu = process.cpuUsage();
    const database = await open();
    const used = process.cpuUsage(startedCpu);
    wall.push(performance.now() - startedAt);
    cpu.push((used.user + used.system) / 1000);
    await database.close();
  }
  const fmt = (v: number) => v.toFixed(0).padStart(6);
  console.log(`${label.padEnd(34)} median wall ${fmt(median(wall))} ms, cpu ${fmt(median(cpu))} ms`);
}

const where = server ? 'PostgreSQL' : 'PGlite';
// The first PGlite of a process also compiles its WebAssembly; every test file pays that either way.
await (await freshDatabase()).close();

await measure(`${where} migrated, from scratch`, () => freshDatabase());
await measure(`${where} demo, from scratch`, () => freshDatabase({ demo: true }));

const dir = mkdtempSync(join(tmpdir(), 'pietura-bench-templates-'));
const builtAt = performance.now();
const templates = server
  ? { postgres: await buildPostgresTemplates(server) }
  : { pglite: await buildPgliteTemplates(dir) };
console.log(`${where} templates built once per run in ${(performance.now() - builtAt).toFixed(0)} ms`);
process.env[TEMPLATES_ENV] = JSON.stringify(templates);
try {
  await measure(`${where} migrated, from template`, () => freshDatabase());
  await measure(`${where} demo, from template`, () => freshDatabase({ demo: true }));
} finally {
  if (templates.postgres) await dropPostgresTemplates(templates.postgres);
  rmSync(dir, { recursive: true, force: true });
}

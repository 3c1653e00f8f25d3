/**
 * A test process that runs many test files one after another (scripts/test.ts starts one per concurrent
 * slot), so that Node, tsx's compiled modules and PGlite's compiled WebAssembly are paid for once per
 * process instead of once per file. Each file becomes a suite named after it: its top-level tests and
 * hooks (before/after included) attach to that suite, so a failure is reported under the file's name and
 * fails the run. Each file still opens its own database from the run's template.
 *
 * The processes take files from one queue: a file is claimed by creating `claims/<index>` (exclusive
 * create, so exactly one process wins it). A process that finishes a long file early takes the next one,
 * so the slots stay busy until the queue is empty. A process whose memory has grown past MAX_RSS_BYTES
 * claims no more files and ends; one of the spare processes takes over.
 */
import { appendFileSync, closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from 'node:test';
import { pathToFileURL } from 'node:url';

export const QUEUE_ENV = 'PIETURA_TEST_QUEUE';
/** In the queue's folder: each file and the CPU seconds its process spent on it (child processes not included). */
export const CPU_FILE = 'cpu.tsv';

const MAX_RSS_BYTES = 2.5 * 1024 ** 3;

export interface Queue {
  /** A folder of this run alone, for the claims. */
  dir: string;
  /** Test files, in the order they should be taken (the most expensive first). */
  files: string[];
}

/**
 * Writes `count` entry files for `node --test` into the queue's folder, each a shared process that runs
 * runQueue(); with the environment variable of queueEnv() they share the queue.
 */
export function writeEntries(queue: Queue, count: number): string[] {
  const helper = JSON.stringify(import.meta.url);
  return Array.from({ length: count }, (_, i) => {
    const entry = join(queue.dir, `shared-${i + 1}.test.mjs`);
    writeFileSync(entry, `import { runQueue } from ${helper};\nawait runQueue();\n`);
    return entry;
  });
}

export function queueEnv(queue: Queue): NodeJS.ProcessEnv {
  return { [QUEUE_ENV]: JSON.stringify(queue) };
}

function claim(dir: string, index: number): boolean {
  try {
    closeSync(openSync(join(dir, String(index)), 'wx'));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

export async function runQueue(): Promise<void> {
  const value = process.env[QUEUE_ENV];
  if (!value) throw new Error(`${QUEUE_ENV} is not set: this file is started by scripts/test.ts`);
  const queue = JSON.parse(value) as Queue;
  const claims = join(queue.dir, 'claims');
  mkdirSync(claims, { recursive: true });
  for (const [index, file] of queue.files.entries()) {
    // A process that has grown large leaves the rest to a fresh one (scripts/test.ts starts spares):
    // whatever a file keeps after it ends stays in memory as long as its process.
    if (tooLarge()) return;
    if (!claim(claims, index)) continue;
    const before = process.cpuUsage();
    // Awaited: the next file is claimed only when this one has run, so the other process can take it first.
    await describe(file, async () => {
      await import(pathToFileURL(resolve(file)).href);
    });
    const { user, system } = process.cpuUsage(before);
    appendFileSync(join(queue.dir, CPU_FILE), `${file}\t${((user + system) / 1e6).toFixed(1)}\n`);
  }
}

/**
 * Whether this process holds more than MAX_RSS_BYTES once its garbage is collected. It collects
 * (--expose-gc) only when the resident size is over the limit already: a full collection of a
 * process that has run many files costs 0.1–0.2 s of CPU, too much to pay before every file.
 */
function tooLarge(): boolean {
  if (process.memoryUsage().rss <= MAX_RSS_BYTES) return false;
  (globalThis as { gc?: () => void }).gc?.();
  const rss = process.memoryUsage().rss;
  if (rss <= MAX_RSS_BYTES) return false;
  console.log(`# ${Math.round(rss / 2 ** 20)} MB in use: this process leaves the queue to a fresh one`);
  return true;
}

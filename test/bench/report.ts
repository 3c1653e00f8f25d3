import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  requestsPerSecond: number;
  /** Latency in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors). */
  errors: number;
}

export interface Pair {
  name: string;
  path: string;
  bytes: number;
  app: Measurement;
  staticCopy: Measurement;
}

// The aim from issue 2: at least half the static server's rate, and p99 within 25 ms.
const AIM_RATIO = 0.5;
const AIM_P99_MS = 25;
const HISTORY_MARK = '<!-- history: newest first, one row per run -->';
const REPORT = join(process.cwd(), 'docs/benchmarks.md');

const ratio = (p: Pair) => p.app.requestsPerSecond / p.staticCopy.requestsPerSecond;
const met = (p: Pair) => ratio(p) >= AIM_RATIO && p.app.p99 <= AIM_P99_MS && p.app.errors === 0;
const rate = (n: number) => Math.round(n).toLocaleString('en-GB');

function table(pairs: Pair[]): string {
  const rows = pairs.flatMap((p) => [
    `| ${p.name} (\`${p.path}\`, ${p.bytes} B) | app | ${rate(p.app.requestsPerSecond)} | ${p.app.p50} | ${p.app.p99} | ${p.app.errors} | ${ratio(p).toFixed(2)} | ${met(p) ? 'yes' : 'no'} |`,
    `| | static copy | ${rate(p.staticCopy.requestsPerSecond)} | ${p.staticCopy.p50} | ${p.staticCopy.p99} | ${p.staticCopy.errors} | | |`,
  ]);
  return [
    `| what | server | requests/s | p50 ms | p99 ms | errors | app/static | aim met (≥ ${AIM_RATIO}, p99 ≤ ${AIM_P99_MS} ms, no errors) |`,
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

export function printTable(pairs: Pair[]): void {
  console.log(`\n${table(pairs)}\n`);
  for (const p of pairs) {
    console.log(
      `${p.name}: ratio ${ratio(p).toFixed(2)}, p99 ${p.app.p99} ms — aim ${met(p) ? 'met' : 'NOT met'}`,
    );
  }
}

function previousHistory(): string[] {
  if (!existsSync(REPORT)) return [];
  const text = readFileSync(REPORT, 'utf8');
  const at = text.indexOf(HISTORY_MARK);
  if (at === -1) return [];
  return text
    .slice(at + HISTORY_MARK.length)
    .split('\n')
    .filter((line) => line.startsWith('| 2'));
}

/** Rewrites docs/benchmarks.md with this run, keeping one summary row per earlier run. */
export function writeReport(
  pairs: Pair[],
  run: { postgres: string; missing?: string; connections: number; seconds: number; loadBefore: number },
): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${run.postgres}, load average ${run.loadBefore.toFixed(1)} before the run`;
  const summary = pairs.map((p) => `${p.name} ${ratio(p).toFixed(2)} (p99 ${p.app.p99} ms)`).join('; ');
  const history = [`| ${date} UTC | ${machine} | ${summary} |`, ...previousHistory()];
  const blocks = [
    '# Benchmarks',
    `Performance is measured here, never by timed tests (DESIGN §6). Each figure is a ratio against a
baseline measured in the same run on the same machine, so runs on different machines compare.`,
    '## How it is measured',
    `\`npm run bench\` (test/bench/run.ts) creates a fresh PostgreSQL database \`pietura_bench_<random>\` on
\`postgres://postgres@127.0.0.1:5432\` (override with \`BENCH_DATABASE_URL\`), migrates it, loads the Ilūkste
demo data and starts the real app (buildApp, logger off) in a child process. It fetches each page once,
writes the bytes to files and serves them from a second child process, a plain Fastify with
@fastify/static: the baseline is the same bytes with no work behind them. autocannon, in the bench
process, sends ${run.connections} connections at each for ${run.seconds} s after a short warm-up. The database is
dropped at the end. The load generator shares the machine's cores with the servers, so absolute figures
are lower than on a separate client; the ratio is what to watch.`,
    `The aim (issue 2): the app answers at least ${AIM_RATIO} of the static rate, with p99 ≤ ${AIM_P99_MS} ms.`,
    '## Latest run',
    `${date} UTC on ${machine}.`,
    ...(run.missing ? [`Not measured: ${run.missing}.`] : []),
    table(pairs),
    '## History',
    [HISTORY_MARK, '| date | machine | app/static (p99) |', '|---|---|---|', ...history].join('\n'),
  ];
  const text = `${blocks.join('\n\n')}\n`;
  writeFileSync(REPORT, text);
  return REPORT;
}

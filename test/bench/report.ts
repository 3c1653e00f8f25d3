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
  connections: number;
  /** Issue 7: the share of the bare server's rate and the p99 the app must reach. */
  aim: { ratio: number; p99: number };
  app: Measurement;
  staticCopy: Measurement;
}

/** The server time of searchCodes over the benchmark's queries, measured in the bench process. */
export interface SearchCost {
  services: number;
  queries: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
}

const HISTORY_MARK = '<!-- history: newest first, one row per run -->';
const CASES_START = '<!-- cases-bench:start -->';
const CASES_END = '<!-- cases-bench:end -->';
const REPORT = join(process.cwd(), 'docs/benchmarks.md');

const ratio = (p: Pair) => p.app.requestsPerSecond / p.staticCopy.requestsPerSecond;
const met = (p: Pair) => ratio(p) >= p.aim.ratio && p.app.p99 <= p.aim.p99 && p.app.errors === 0;
const rate = (n: number) => Math.round(n).toLocaleString('en-GB');
const micro = (ms: number) => `${Math.round(ms * 1000)} µs`;

function table(pairs: Pair[]): string {
  const rows = pairs.flatMap((p) => [
    `| ${p.name} (\`${p.path}\`, ${p.bytes} B) | ${p.connections} | app | ${rate(p.app.requestsPerSecond)} | ${p.app.p50} | ${p.app.p99} | ${p.app.errors} | ${ratio(p).toFixed(2)} | ≥ ${p.aim.ratio}, p99 ≤ ${p.aim.p99} ms: ${met(p) ? 'yes' : 'NO'} |`,
    `| | | bare node:http | ${rate(p.staticCopy.requestsPerSecond)} | ${p.staticCopy.p50} | ${p.staticCopy.p99} | ${p.staticCopy.errors} | | |`,
  ]);
  return [
    '| what | connections | server | requests/s | p50 ms | p99 ms | errors | app/bare | aim met |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

function costTable(costs: SearchCost[]): string {
  return [
    '| services | queries | mean | p50 | p99 |',
    '|---:|---:|---:|---:|---:|',
    ...costs.map(
      (c) =>
        `| ${rate(c.services)} | ${rate(c.queries)} | ${micro(c.meanMs)} | ${micro(c.p50Ms)} | ${micro(c.p99Ms)} |`,
    ),
  ].join('\n');
}

export function printTable(pairs: Pair[], costs: SearchCost[]): void {
  console.log(`\n${table(pairs)}\n\n${costTable(costs)}\n`);
  for (const p of pairs) {
    console.log(
      `${p.name}: ratio ${ratio(p).toFixed(2)}, p99 ${p.app.p99} ms — aim ${met(p) ? 'met' : 'NOT met'}`,
    );
  }
}

function previous(): { history: string[]; cases: string; rest: string } {
  if (!existsSync(REPORT)) return { history: [], cases: '', rest: '' };
  const text = readFileSync(REPORT, 'utf8');
  const at = text.indexOf(HISTORY_MARK);
  const casesAt = text.indexOf(CASES_START);
  const casesEnd = text.indexOf(CASES_END);
  const history =
    at === -1
      ? []
      : text
          .slice(at + HISTORY_MARK.length, casesAt > at ? casesAt : undefined)
          .split('\n')
          .filter((line) => line.startsWith('| 2'));
  const found = casesAt !== -1 && casesEnd > casesAt;
  const cases = found ? text.slice(casesAt, casesEnd + CASES_END.length) : '';
  // The sections after the cases (Open311, CPU per request, …) belong to other benchmarks: kept as they are.
  const rest = found ? text.slice(casesEnd + CASES_END.length).trim() : '';
  return { history, cases, rest };
}

/** Rewrites docs/benchmarks.md with this run, keeping one summary row per earlier run and the cases section. */
export function writeReport(
  pairs: Pair[],
  costs: SearchCost[],
  run: { postgres: string; seconds: number; loadBefore: number; loadAfter: number },
): string {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, PostgreSQL ${run.postgres}, load average ${run.loadBefore.toFixed(1)} before the run and ${run.loadAfter.toFixed(1)} after`;
  const summary = pairs.map((p) => `${p.name} ${ratio(p).toFixed(2)} (p99 ${p.app.p99} ms)`).join('; ');
  const { history: earlier, cases, rest } = previous();
  const history = [`| ${date} UTC | ${machine} | ${summary} |`, ...earlier];
  const blocks = [
    '# Benchmarks',
    `Performance is measured here, never by timed tests (DESIGN §6). Each figure is a ratio against a
baseline measured in the same run on the same machine, so runs on different machines compare.`,
    '## How it is measured',
    `\`npm run bench\` (test/bench/run.ts; \`BENCH_SKIP_CASES=1\` leaves out the cases section below) creates a
fresh PostgreSQL database \`pietura_bench_<random>\` on \`postgres://postgres@127.0.0.1:5432\` (override with
\`BENCH_DATABASE_URL\`), migrates it, loads the Ilūkste demo data and starts the real app (buildApp, logger off)
twice in child processes: once as configured, once without the page cache (\`PIETURA_PAGE_CACHE_MB=0\`) for
the search measurements, since residents rarely type the same thing twice and a cache that held the 2,000
queries after the first pass would measure the cache, not the search. The baseline is a bare \`node:http\`
server in a third process sending the same bytes from memory (test/bench/static-server.ts): the physical
limit of the platform on this machine. For the search the app answers 2,000 distinct queries in turn
(test/bench/search-queries.ts: words of the catalogue, one or two; a third without diacritics, some with a
typo, some cut short) and the bare server sends the answer of median size among the first 51 ("a typical
answer") to the same URLs. Then the catalogue is grown to 5,000 services (test/bench/grow-catalogue.ts:
copies of the demo standards with made-up place names) and the search is measured again. autocannon, in
the bench process, sends the connections given for ${run.seconds} s after a 2 s warm-up, first to the bare
server, then to the app. The load generator shares the machine's cores with the servers, so absolute
figures are lower than on a separate client; the ratio, measured in the same run, is what to watch. The
database is dropped at the end.`,
    `The server time of one search (\`searchCodes\`, with the in-process index built) is measured in the bench
process over the same 2,000 queries, one after another.`,
    `Requests per second swing with whatever else runs on the machine. \`npx tsx test/bench/cpu.ts\` measures
instead the CPU time the app's process spends per request of each row above (\`process.cpuUsage()\` over a
few thousand requests of the same mix, the kernel's part shown apart), next to the bare server's for the
same bytes; with \`CPU_COMPARE\` it measures another copy of the sources beside the current one, in turns
(see "CPU per request" below).`,
    '## Latest run',
    `${date} UTC on ${machine}.`,
    table(pairs),
    costTable(costs),
    '## History',
    [HISTORY_MARK, '| date | machine | app/bare (p99) |', '|---|---|---|', ...history].join('\n'),
    ...(cases ? [cases] : []),
    ...(rest ? [rest] : []),
  ];
  writeFileSync(REPORT, `${blocks.join('\n\n')}\n`);
  return REPORT;
}

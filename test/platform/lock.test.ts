import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, query } from '../../src/db/connection';
import { bundlesFromEnv } from '../helpers/bundles';
import { unpackPgliteTemplate } from '../helpers/db-templates';

// The embedded database (PGlite) is one process's alone: these tests start the real program as child processes.
const embeddedOnly = process.env.TEST_DATABASE_URL ? 'runs on the embedded database only' : false;
const STARTUP_LIMIT_MS = 60_000;

const started: ChildProcess[] = [];
const tempDirs: string[] = [];
after(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) killTree(child);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pietura-lock-'));
  tempDirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

interface Running {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a command as its own process group, so that a wrapper (npm) and the server it runs stop together. */
function start(command: string, args: string[], dataDir: string, port: number): Running {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PIETURA_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal })),
  );
  return { child, port, output: () => output, exited };
}

/**
 * The server as production runs it: this run's bundle (test/helpers/bundles.ts), or without one the
 * sources through tsx. The next test starts it through `npm start` itself.
 */
function startServer(dataDir: string, port: number): Running {
  const bundle = bundlesFromEnv()?.server;
  return start(process.execPath, bundle ? [bundle] : ['--import', 'tsx', 'src/main.ts'], dataDir, port);
}

function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** Polls a page until check accepts it; fails if the process dies or the limit passes. */
async function waitFor(server: Running, path: string, check: (status: number, body: string) => boolean) {
  const started = Date.now();
  let dead = false;
  void server.exited.then(() => {
    dead = true;
  });
  while (Date.now() - started < STARTUP_LIMIT_MS) {
    if (dead) assert.fail(`the server exited before serving ${path}:\n${server.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}${path}`);
      const body = await res.text();
      if (check(res.status, body)) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  assert.fail(`no answer from ${path} within ${STARTUP_LIMIT_MS / 1000} s:\n${server.output()}`);
}

async function healthStatus(port: number): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
}

test('a second process on the same data folder is refused, the first keeps serving', {
  skip: embeddedOnly,
}, async (t) => {
  const dataDir = freshDataDir();
  // The data folder holds the demo data already (this run's template) where it can: the first start
  // of an empty folder, with its migrations and demo data, is the next test's.
  const unpacked = unpackPgliteTemplate('demo', dataDir);
  const first = startServer(dataDir, await freePort());
  const ms = await waitFor(first, '/healthz', (status) => status === 200);
  t.diagnostic(
    `first start ${unpacked ? 'on a copy of the demo template' : 'with demo data'} answered /healthz after ${ms} ms`,
  );

  const second = startServer(dataDir, await freePort());
  const { code } = await second.exited;
  assert.notEqual(code, 0, 'the second process exits with an error');
  assert.match(second.output(), /already in use/i);
  assert.ok(second.output().includes(dataDir), 'the message names the data folder');
  assert.equal(await healthStatus(first.port), 200, 'the first process still serves');

  killTree(first.child, 'SIGTERM');
  const stopped = await first.exited;
  assert.deepEqual(stopped, { code: 0, signal: null }, `graceful shutdown exits 0:\n${first.output()}`);

  const reopened = await openDatabase({ dataDir });
  try {
    const [row] = await query<{ n: number }>(reopened.db, sql`SELECT count(*)::int AS n FROM service`);
    assert.ok((row?.n ?? 0) > 0, 'the data folder opens again with the demo services in it');
  } finally {
    await reopened.close();
  }
});

test('npm start on an empty data folder serves the Latvian catalogue with the demo services', {
  skip: embeddedOnly,
}, async (t) => {
  const server = start('npm', ['start', '--silent'], freshDataDir(), await freePort());
  const ms = await waitFor(
    server,
    '/pakalpojumi',
    (status, body) => status === 200 && /href="\/pakalpojumi\/[^"]+"/.test(body),
  );
  t.diagnostic(`npm start served /pakalpojumi with the demo services after ${ms} ms (target 30000 ms)`);
  const page = await (await fetch(`http://127.0.0.1:${server.port}/pakalpojumi`)).text();
  assert.match(page, /<html lang="lv"/);
  killTree(server.child, 'SIGTERM');
  await server.exited;
});

// The bench's child processes: the app (app-server.ts) and the bare baseline (static-server.ts), each in its own
// process so that neither shares an event loop with the load generator; and the admin connection that creates
// and drops the bench database.
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement on the admin database; the first column of the first row, if any. */
export async function admin(statement: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const result = await client.query(statement);
    return result.rows[0] ? String(Object.values(result.rows[0])[0]) : undefined;
  } finally {
    await client.end();
  }
}

export interface Server {
  child: ChildProcess;
  base: string;
}

/** Forks test/bench/`file` under tsx and waits for the port it listens on; `execArgv` adds Node flags (--cpu-prof). */
export function startServer(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  execArgv: string[] = [],
): Promise<Server> {
  const child = fork(join(here, file), args, {
    execArgv: [...execArgv, '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${file} did not start within 300 s`)), 300_000);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      ok({ child, base: `http://127.0.0.1:${message.port}` });
    });
    child.once('exit', (code) => fail(new Error(`${file} exited with ${code} before listening`)));
  });
}

export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((ok) => server.child.once('exit', ok));
  server.child.kill('SIGTERM');
  await exited;
}

/** The CPU time (user + system, and system alone, µs) the server's process has used so far (see reportCpuOnRequest). */
export function serverCpu(server: Server): Promise<{ cpu: number; system: number }> {
  return new Promise((ok) => {
    const onMessage = (message: { cpu?: number; system?: number }) => {
      if (typeof message?.cpu !== 'number') return;
      server.child.off('message', onMessage);
      ok({ cpu: message.cpu, system: message.system ?? 0 });
    };
    server.child.on('message', onMessage);
    server.child.send('cpu');
  });
}

/** In a server process: answers the bench's 'cpu' message with this process's CPU time so far. */
export function reportCpuOnRequest(): void {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const used = process.cpuUsage();
    process.send?.({ cpu: used.user + used.system, system: used.system });
  });
}

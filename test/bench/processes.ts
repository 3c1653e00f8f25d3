// The bench's child processes: the app (app-server.ts) and the bare baseline (static-server.ts), each in its own
// process so that neither shares an event loop with the load generator; and the admin connection that creates
// and drops the bench database.
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { forkTarget } from './fork-target';

export { ADMIN_URL, admin } from './postgres';

export interface Server {
  child: ChildProcess;
  base: string;
}

/**
 * Forks test/bench/`file` (the app bundled as production runs it, see fork-target.ts; anything else under
 * tsx) and waits for the port it listens on; `execArgv` adds Node flags (--cpu-prof).
 */
export async function startServer(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  execArgv: string[] = [],
): Promise<Server> {
  const target = await forkTarget(file, env);
  const child = fork(target.path, args, {
    execArgv: [...execArgv, ...target.execArgv],
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

/** The server's process.memoryUsage() (see reportCpuOnRequest). */
export function serverMemory(server: Server): Promise<NodeJS.MemoryUsage> {
  return new Promise((ok) => {
    const onMessage = (message: { memory?: NodeJS.MemoryUsage }) => {
      if (!message?.memory) return;
      server.child.off('message', onMessage);
      ok(message.memory);
    };
    server.child.on('message', onMessage);
    server.child.send('memory');
  });
}

/** User + system CPU time (ms) so far of each process /proc shows (none for a server on another host). */
export function procCpuMs(pids: (number | string)[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      times.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      // gone, or not on this machine
    }
  }
  return times;
}

export interface LoopDelay {
  /** Milliseconds (monitorEventLoopDelay at a 10 ms resolution: a loop never blocked reads ~10 ms). */
  max: number;
  p99: number;
  mean: number;
  count: number;
}

/** Starts measuring the server's event loop delay (see reportCpuOnRequest); the returned function stops and reads it. */
export async function serverLoopDelay(server: Server): Promise<() => Promise<LoopDelay>> {
  const reply = <T>(pick: (message: Record<string, unknown>) => T | undefined) =>
    new Promise<T>((ok) => {
      const onMessage = (message: Record<string, unknown>) => {
        const value = message && typeof message === 'object' ? pick(message) : undefined;
        if (value === undefined) return;
        server.child.off('message', onMessage);
        ok(value);
      };
      server.child.on('message', onMessage);
    });
  const started = reply((m) => (m.loopStarted ? true : undefined));
  server.child.send('loop-start');
  await started;
  return async () => {
    const stopped = reply((m) => m.loopDelay as LoopDelay | undefined);
    server.child.send('loop-stop');
    return stopped;
  };
}

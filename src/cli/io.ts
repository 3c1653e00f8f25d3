import { Console } from 'node:console';

/**
 * Where a command reads, writes and finds its settings: the process's own streams and environment for
 * the `pietura` program, or others when a test runs a command inside its own process.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** console.log and console.error on these streams. */
  console: Console;
}

export function cliIo(streams: Omit<CliIo, 'console'>): CliIo {
  return { ...streams, console: new Console({ stdout: streams.stdout, stderr: streams.stderr }) };
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, console };
}

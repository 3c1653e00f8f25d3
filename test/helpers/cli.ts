/**
 * The `pietura` command in tests, on a store of its own (a PGlite folder, or a new database on the
 * PostgreSQL server of TEST_DATABASE_URL): run inside the test process (runCli with its own streams and
 * environment), or, with `{ spawn: true }`, as a program of its own in a child process: this run's
 * bundle of the command under npm test (test/helpers/bundles.ts), else bin/pietura.js. With
 * `{ spawn: 'npx' }` it is `npx pietura`, as an operator types it (bin/pietura.js, the sources through
 * tsx). A child process costs Node and PGlite's WebAssembly again (~1 s of CPU, ~1.8 s through tsx), so
 * each command family keeps a few real-process runs to prove the program itself, and the rest run
 * in-process.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import { bundlesFromEnv } from './bundles';
import { templatesFromEnv, unpackPgliteTemplate } from './db-templates';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/pietura.js');
export const serverUrl = process.env.TEST_DATABASE_URL;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A statement on the test server's maintenance database (CREATE/DROP DATABASE, roles). */
export async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Empty stores for one test file; `removeAll()` in its `after` hook drops them. */
export function cliStores(prefix: string) {
  const work = mkdtempSync(join(tmpdir(), `pietura-${prefix}-`));
  const databases: string[] = [];
  return {
    work,
    /**
     * A fresh place for a database: environment variables for the command. Empty, with `migrated`
     * already migrated, or with `demo` holding the demo data too (a copy of this run's template under
     * npm test; without one, the command migrates it on start, and `demo` runs `pietura seed --demo`).
     */
    async create(opts: { migrated?: boolean; demo?: boolean } = {}): Promise<NodeJS.ProcessEnv> {
      const contents = opts.demo ? 'demo' : opts.migrated ? 'migrated' : undefined;
      let env: NodeJS.ProcessEnv;
      let copied = false;
      if (!serverUrl) {
        const dir = mkdtempSync(join(work, 'data-'));
        if (contents) copied = unpackPgliteTemplate(contents, dir);
        env = { PIETURA_DATA_DIR: dir };
      } else {
        const templates = contents ? templatesFromEnv() : undefined;
        const template =
          contents && templates?.postgres?.server === serverUrl ? templates.postgres[contents] : undefined;
        const name = `pietura_${prefix.replaceAll('-', '_')}_${randomBytes(6).toString('hex')}`;
        await onServer(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        databases.push(name);
        copied = template !== undefined;
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        env = { DATABASE_URL: url.toString() };
      }
      if (opts.demo && !copied) {
        const seeded = await runPietura(env, ['seed', '--demo']);
        if (seeded.code !== 0) throw new Error(`pietura seed --demo failed: ${seeded.stderr}`);
      }
      return env;
    },
    async removeAll(): Promise<void> {
      for (const name of databases) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(work, { recursive: true, force: true });
    },
  };
}

export interface RunOptions {
  /** Standard input of the command (empty by default). */
  input?: string;
  /** More environment variables; the store's are set last. */
  env?: NodeJS.ProcessEnv;
  /**
   * Run the command as a child process instead of inside this one: `true` for this run's bundle of it
   * (bin/pietura.js without one), 'npx' for `npx pietura`.
   */
  spawn?: boolean | 'npx';
}

/** Runs `pietura ARGS` on `store` with `input` on its standard input. */
export function runPietura(
  store: NodeJS.ProcessEnv,
  args: string[],
  options: RunOptions = {},
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ...store };
  if (!store.DATABASE_URL) delete env.DATABASE_URL;
  return options.spawn
    ? spawnPietura(env, args, options.input, options.spawn === 'npx')
    : runInProcess(env, args, options.input);
}

function collector(): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function runInProcess(env: NodeJS.ProcessEnv, args: string[], input = ''): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const stdin = Readable.from(input ? [Buffer.from(input)] : []);
  const code = await runCli(args, cliIo({ stdin, stdout: stdout.stream, stderr: stderr.stream, env }));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * The real program. Like the test processes it runs with V8's --liftoff-only (the command's PGlite
 * compiles its WebAssembly in half the CPU time), and the bundle with source maps, so that a stack trace
 * names the sources as through tsx. `npx pietura` runs as typed, with Node's default flags.
 */
function spawnPietura(env: NodeJS.ProcessEnv, args: string[], input = '', npx = false): Promise<CliRun> {
  const bundle = bundlesFromEnv()?.cli;
  const [command, commandArgs] = npx
    ? ['npx', ['--no-install', 'pietura', ...args]]
    : [process.execPath, ['--liftoff-only', ...(bundle ? ['--enable-source-maps', bundle] : [BIN]), ...args]];
  return new Promise((resolve) => {
    const child = execFile(
      command,
      commandArgs,
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 1
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { CheckProgress, CheckRequest, CheckResult } from './check';

/**
 * The name of check-worker.ts bundled: scripts/build-server.ts writes it beside every bundle it builds (the
 * server's for `npm start`, the tests' and the benchmarks'), where a bundled check-thread.ts looks for it.
 */
export const CHECK_WORKER_BUNDLE = 'cpsv-check-worker.js';

/** What check-worker.ts posts for a request: its progress, then its result or the error it threw. */
export type ThreadMessage =
  | { id: number; progress: CheckProgress }
  | { id: number; result: CheckResult }
  | { id: number; error: { name: string; message: string; stack?: string } };

/** How long an idle thread is kept for the next import before it ends and its memory is returned. */
const IDLE_MS = 10_000;

export const OUT_OF_MEMORY =
  'The file is too large to be checked in the memory this server gives an import; nothing was imported.';

/** The worker's entry: the bundle beside this one, or from the sources the TypeScript entry with tsx's hooks. */
function workerUrl(): URL {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new URL(`./${CHECK_WORKER_BUNDLE}`, here);
  // Node 20 gives a worker none of the hooks the thread that starts it has (neither `--import tsx` nor tsx's
  // register() of bin/pietura.js), so the worker registers tsx itself before it imports its entry.
  const boot = [
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};`,
    'register();',
    `await import(${JSON.stringify(new URL('./check-worker.ts', here).href)});`,
  ].join('\n');
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

interface Call {
  onProgress: (p: CheckProgress) => void;
  resolve: (result: CheckResult) => void;
  reject: (err: Error) => void;
}

/**
 * The import's check (checkCatalogue) on a worker thread, so that the seconds of CPU a large file takes
 * to parse, validate against the shapes and map leave the app's event loop free (ADR 0020). The thread is
 * started for the first check and kept for the next while it is busy and for IDLE_MS after; an idle
 * thread never keeps the process alive. A thread that fails (an error it did not catch, or its heap
 * full) fails the checks it was given and is replaced by a new one for the next.
 */
export class CheckThread {
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private nextId = 1;
  private readonly calls = new Map<number, Call>();

  constructor(private readonly options: { idleMs?: number; resourceLimits?: ResourceLimits } = {}) {}

  check(request: CheckRequest, onProgress: (p: CheckProgress) => void = () => {}): Promise<CheckResult> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      try {
        const worker = this.start();
        clearTimeout(this.idle);
        worker.ref();
        this.calls.set(id, { onProgress, resolve, reject });
        worker.postMessage({ id, request });
      } catch (err) {
        this.calls.delete(id);
        this.rest();
        reject(err);
      }
    });
  }

  /** Ends the thread now (a check under way fails). */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.fail(worker, new Error("The import's check thread was stopped."));
    await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerUrl(), { resourceLimits: this.options.resourceLimits });
    worker.on('message', (message: ThreadMessage) => this.receive(message));
    worker.on('messageerror', (err) => this.fail(worker, err));
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`The import's check thread stopped (exit code ${code}).`)),
    );
    this.worker = worker;
    return worker;
  }

  private receive(message: ThreadMessage): void {
    const call = this.calls.get(message.id);
    if (!call) return;
    if ('progress' in message) {
      try {
        call.onProgress(message.progress);
        return;
      } catch (err) {
        this.calls.delete(message.id);
        call.reject(err as Error);
      }
    } else {
      this.calls.delete(message.id);
      if ('result' in message) call.resolve(message.result);
      else call.reject(Object.assign(new Error(message.error.message), message.error));
    }
    this.rest();
  }

  /** With nothing to do the thread does not keep the process alive, and it ends after IDLE_MS. */
  private rest(): void {
    if (this.calls.size > 0 || !this.worker) return;
    const worker = this.worker;
    worker.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.worker === worker && this.calls.size === 0) void this.stop();
    }, this.options.idleMs ?? IDLE_MS).unref();
  }

  /** The thread is done with: its checks fail (a heap that ran full refuses the file), the next starts another. */
  private fail(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    clearTimeout(this.idle);
    const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const call of this.calls.values()) {
      if (outOfMemory) call.resolve({ ok: false, problems: [{ message: OUT_OF_MEMORY }] });
      else call.reject(err);
    }
    this.calls.clear();
    void worker.terminate();
  }
}

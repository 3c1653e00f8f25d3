// The import's check on a thread of its own (ADR 0020): started by check-thread.ts, from the sources through
// tsx or as the bundle scripts/build-server.ts writes beside the server's and the command's.
import { parentPort } from 'node:worker_threads';
import { type CheckRequest, checkCatalogue } from './check';
import type { ThreadMessage } from './check-thread';

const port = parentPort;
if (!port) throw new Error('check-worker runs as a worker thread (check-thread.ts)');

port.on('message', async ({ id, request }: { id: number; request: CheckRequest }) => {
  const send = (message: ThreadMessage) => port.postMessage(message);
  try {
    const result = await checkCatalogue(request, (progress) => send({ id, progress }));
    send({ id, result });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});

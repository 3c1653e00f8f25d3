import { type AddressInfo, createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  private server: SMTPServer | undefined;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(private readonly opts: { rejectRecipient?: string } = {}) {}

  /** Listens on `port` (0: any free port) and returns it. */
  async start(port = 0): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (address.address === this.opts.rejectRecipient) {
          const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            this.waiters = this.waiters.filter((w) => {
              if (this.received.length < w.count) return true;
              w.resolve();
              return false;
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  /** Resolves once `count` messages in all have arrived. */
  waitFor(count: number): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A port nothing listens on (taken from a server that is closed again at once). */
export async function freePort(): Promise<number> {
  const probe = new TestSmtpServer();
  const port = await probe.start();
  await probe.stop();
  return port;
}

/**
 * A port that holds still and hangs up on every connection: a mail server that is down. Unlike a port
 * that was free a moment ago, no other process (another test file running alongside) can take it.
 */
export async function deadEnd(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

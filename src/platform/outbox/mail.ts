import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/connection';
import * as store from './store';

export interface RetryPolicy {
  /** Wait before the second attempt; it doubles with every attempt after that. */
  baseMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
  /** After this many attempts a message is given up (status failed). */
  maxAttempts: number;
}

/** 1 min, 2, 4 … up to 2 h between attempts; about a day of trying in all. */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 60_000, maxMs: 2 * 3_600_000, maxAttempts: 16 };

/** How long a worker holds a claimed message; far longer than nodemailer's own time-outs below. */
const CLAIM_MS = 10 * 60_000;
const ABANDONED =
  'The worker stopped while sending this message; it may have gone out, so it is not sent again automatically.';

export interface DeliveryOptions {
  from: string;
  now?: Date;
  batchSize?: number;
  retry?: RetryPolicy;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

const require = createRequire(import.meta.url);

function checkSmtpUrl(smtpUrl: string): void {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`PIETURA_SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}`);
  }
}

/**
 * An SMTP transport for a URL such as smtp://127.0.0.1:2525 or smtps://user:pass@mail.example.lv.
 * nodemailer (about 13 MB in memory) is loaded here, on first use, not when the app starts.
 */
export function smtpTransport(smtpUrl: string): Transporter {
  checkSmtpUrl(smtpUrl);
  const nodemailer = require('nodemailer') as typeof import('nodemailer');
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

export function backoffMs(attempts: number, retry: RetryPolicy): number {
  return Math.min(retry.baseMs * 2 ** Math.max(attempts - 1, 0), retry.maxMs);
}

/** A rejection the server will repeat (5xx: no such mailbox, refused content): trying again is useless. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The same Message-ID for every attempt of one event, so that mail systems can tell it is one message. */
function messageId(eventKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'pietura.invalid';
  return `<${createHash('sha256').update(eventKey).digest('hex').slice(0, 32)}@${domain}>`;
}

/**
 * One pass of the mail worker: claims the messages due, sends each once through `transport`, and
 * records the outcome. Messages a stopped worker left behind are marked failed, never sent again.
 */
export async function deliverDueMail(
  db: Db,
  transport: Pick<Transporter, 'sendMail'>,
  opts: DeliveryOptions,
): Promise<DeliveryResult> {
  const now = opts.now ?? new Date();
  const retry = opts.retry ?? DEFAULT_RETRY;
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  result.failed += await store.failAbandonedClaims(db, now, ABANDONED);
  const token = randomUUID();
  const claimed = await store.claimDue(db, {
    now,
    token,
    until: new Date(now.getTime() + CLAIM_MS),
    limit: opts.batchSize ?? 20,
  });
  for (const mail of claimed) {
    try {
      await transport.sendMail({
        from: opts.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.bodyText,
        html: mail.bodyHtml ?? undefined,
        messageId: messageId(mail.eventKey, opts.from),
      });
      await store.markSent(db, mail.id, token, new Date());
      result.sent++;
    } catch (error) {
      const giveUp = isPermanent(error) || mail.attempts >= retry.maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + backoffMs(mail.attempts, retry));
      await store.markAttemptFailed(db, mail.id, token, String((error as Error).message ?? error), retryAt);
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

export interface MailWorkerOptions {
  smtpUrl?: string;
  log?: FastifyBaseLogger;
  /** The sender, e.g. "Ilūkstes novada pašvaldība <pasts@ilukste.lv>". */
  from?: string;
  /** How often to look for due messages (default 5 s). */
  pollMs?: number;
  retry?: RetryPolicy;
}

export const DEFAULT_FROM = 'Pietura <pietura@localhost>';

/**
 * Sends the outbox in the background of the app process until stopped. Without an SMTP URL nothing
 * is sent: the messages wait in the outbox (and listOutbox shows them as not sent).
 */
export function startMailWorker(db: Db, opts: MailWorkerOptions): { stop(): Promise<void> } {
  if (!opts.smtpUrl) {
    opts.log?.warn('PIETURA_SMTP_URL is not set: e-mail waits in the outbox and is not sent');
    return { stop: async () => {} };
  }
  checkSmtpUrl(opts.smtpUrl);
  const smtpUrl = opts.smtpUrl;
  // Made when the first message is due: an idle app does not load nodemailer.
  let made: Transporter | undefined;
  const transport: Pick<Transporter, 'sendMail'> = {
    sendMail: (message) => {
      made ??= smtpTransport(smtpUrl);
      return made.sendMail(message);
    },
  };
  const pollMs = opts.pollMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const pass = async () => {
    try {
      // A full batch means there may be more: go on at once.
      for (;;) {
        const r = await deliverDueMail(db, transport, { from: opts.from ?? DEFAULT_FROM, retry: opts.retry });
        if (r.sent + r.retrying + r.failed > 0) opts.log?.info(r, 'outbox: mail delivered');
        if (stopped || r.sent + r.retrying < 20) break;
      }
    } catch (error) {
      opts.log?.error({ err: error }, 'outbox: delivery pass failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => {
        running = undefined;
        schedule();
      });
    }, pollMs);
    timer.unref();
  };
  running = pass().finally(() => {
    running = undefined;
    schedule();
  });

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      made?.close();
    },
  };
}

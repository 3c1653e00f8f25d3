import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Database, query } from '../../../src/db/connection';
import {
  deliverDueMail,
  enqueueMail,
  listOutbox,
  requeueMail,
  smtpTransport,
  startMailWorker,
} from '../../../src/platform/outbox';
import { freshDatabase } from '../../helpers/db';
import { deadEnd, freePort, TestSmtpServer } from './smtp';

let database: Database;
const db = () => database.db;
const FROM = 'Ilūkstes novada pašvaldība <pasts@ilukste.example>';
const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.now() + ms);

before(async () => {
  database = await freshDatabase();
});
after(() => database.close());
beforeEach(async () => {
  await db().execute(sql`DELETE FROM outbox_message`);
});

const mail = (eventKey: string, extra: Partial<Parameters<typeof enqueueMail>[1]> = {}) => ({
  to: 'janis.berzins@example.lv',
  subject: 'Jūsu iesniegums reģistrēts',
  text: 'Labdien!',
  eventKey,
  ...extra,
});

test('a message is queued only if the transaction commits, and once per event key', async () => {
  await assert.rejects(
    db().transaction(async (tx) => {
      await enqueueMail(tx, mail('case:1:registered'));
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  assert.equal((await listOutbox(db())).length, 0);

  await db().transaction((tx) => enqueueMail(tx, mail('case:1:registered', { caseId: 1 })));
  await db().transaction((tx) => enqueueMail(tx, mail('case:1:registered', { subject: 'Other' })));
  const listed = await listOutbox(db(), { caseId: 1 });
  assert.equal(listed.length, 1);
  assert.equal(listed[0]?.subject, 'Jūsu iesniegums reģistrēts');
  assert.equal(listed[0]?.sent, false);
  assert.equal(listed[0]?.status, 'pending');
  assert.deepEqual(await listOutbox(db(), { caseId: 2 }), []);
});

test('a malformed message is a programming error', async () => {
  await assert.rejects(enqueueMail(db(), mail('k1', { to: 'not an address' })));
  await assert.rejects(enqueueMail(db(), mail('k2', { subject: 'two\nlines' })));
  await assert.rejects(enqueueMail(db(), mail('')));
});

test('without an SMTP URL the worker sends nothing and the messages wait as not sent', async () => {
  await enqueueMail(db(), mail('case:2:registered'));
  const worker = startMailWorker(db(), {});
  await worker.stop();
  const [waiting] = await listOutbox(db());
  assert.equal(waiting?.sent, false);
  assert.equal(waiting?.attempts, 0);
});

test('one mail per event, with Latvian diacritics intact in subject and body', async () => {
  const smtp = new TestSmtpServer();
  const port = await smtp.start();
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
  try {
    const subject = 'Ģimenes valsts pabalsts: iesniegums ILN/2026/000123 reģistrēts';
    const body =
      'Labdien, Jāni Bērziņ!\nĶekavas, Ūdru, Žīguru, Čiekurkalna, Ņūtona, Āraišu, Ēveles, Īles ielās.';
    await enqueueMail(db(), mail('case:3:registered', { subject, text: body, html: `<p>${body}</p>` }));
    await enqueueMail(db(), mail('case:3:information-requested', { subject: 'Lūdzam papildu informāciju' }));
    await enqueueMail(db(), mail('case:3:registered', { subject: 'A second registration mail' }));

    const first = await deliverDueMail(db(), transport, { from: FROM });
    assert.deepEqual(first, { sent: 2, retrying: 0, failed: 0 });
    assert.deepEqual(await deliverDueMail(db(), transport, { from: FROM, now: later(HOUR) }), {
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    assert.equal(smtp.received.length, 2);
    const registered = smtp.received.find((m) => m.subject?.startsWith('Ģimenes'));
    assert.equal(registered?.subject, subject);
    assert.equal(registered?.text?.trim(), body);
    assert.match(String(registered?.html), /Ķekavas, Ūdru, Žīguru/);
    assert.equal(registered?.from?.value[0]?.name, 'Ilūkstes novada pašvaldība');
    assert.equal(
      registered?.to && 'text' in registered.to ? registered.to.text : '',
      'janis.berzins@example.lv',
    );

    const listed = await listOutbox(db());
    assert.ok(listed.every((m) => m.sent && m.sentAt instanceof Date && m.attempts === 1 && !m.lastError));
  } finally {
    transport.close();
    await smtp.stop();
  }
});

test('a message is retried with back-off after the SMTP server was down', async () => {
  const port = await freePort();
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
  const retry = { baseMs: 60_000, maxMs: HOUR, maxAttempts: 5 };
  const smtp = new TestSmtpServer();
  try {
    await enqueueMail(db(), mail('case:4:decided', { subject: 'Lēmums pieņemts' }));
    const start = new Date();
    assert.deepEqual(await deliverDueMail(db(), transport, { from: FROM, now: start, retry }), {
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    let [waiting] = await listOutbox(db());
    assert.equal(waiting?.status, 'pending');
    assert.equal(waiting?.attempts, 1);
    assert.ok(waiting?.lastError);
    assert.equal(waiting?.nextAttemptAt?.getTime(), start.getTime() + 60_000);

    // Not due yet: nothing is tried.
    const early = new Date(start.getTime() + 30_000);
    assert.equal((await deliverDueMail(db(), transport, { from: FROM, now: early, retry })).retrying, 0);
    // The second failure waits twice as long.
    const second = new Date(start.getTime() + 60_000);
    assert.equal((await deliverDueMail(db(), transport, { from: FROM, now: second, retry })).retrying, 1);
    [waiting] = await listOutbox(db());
    assert.equal(waiting?.nextAttemptAt?.getTime(), second.getTime() + 120_000);

    await smtp.start(port);
    const third = new Date(second.getTime() + 120_000);
    assert.equal((await deliverDueMail(db(), transport, { from: FROM, now: third, retry })).sent, 1);
    assert.equal(smtp.received.length, 1);
    assert.equal(smtp.received[0]?.subject, 'Lēmums pieņemts');
    [waiting] = await listOutbox(db());
    assert.equal(waiting?.sent, true);
    assert.equal(waiting?.attempts, 3);
    assert.equal(waiting?.lastError, null);
  } finally {
    transport.close();
    await smtp.stop();
  }
});

test('a message is given up after the last attempt, or at once when the server refuses it for good', async () => {
  const smtp = new TestSmtpServer({ rejectRecipient: 'nobody@example.lv' });
  const port = await smtp.start();
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
  const dead = await deadEnd();
  const down = smtpTransport(`smtp://127.0.0.1:${dead.port}`);
  const retry = { baseMs: 1_000, maxMs: 1_000, maxAttempts: 2 };
  try {
    await enqueueMail(db(), mail('case:5:registered', { to: 'nobody@example.lv' }));
    assert.deepEqual(await deliverDueMail(db(), transport, { from: FROM, retry }), {
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const [refused] = await listOutbox(db(), { status: 'failed' });
    assert.match(refused?.lastError ?? '', /550/);

    await enqueueMail(db(), mail('case:6:registered'));
    assert.equal((await deliverDueMail(db(), down, { from: FROM, retry })).retrying, 1);
    assert.equal((await deliverDueMail(db(), down, { from: FROM, retry, now: later(HOUR) })).failed, 1);
    assert.equal((await listOutbox(db(), { status: 'failed' })).length, 2);
    assert.equal(smtp.received.length, 0);

    // A person queues it again; it goes out once.
    const failed = (await listOutbox(db(), { status: 'failed' })).find(
      (m) => m.eventKey === 'case:6:registered',
    );
    assert.equal(await requeueMail(db(), failed!.id), true);
    assert.equal(await requeueMail(db(), failed!.id), false);
    assert.equal((await deliverDueMail(db(), transport, { from: FROM, retry, now: later(HOUR) })).sent, 1);
    assert.equal(smtp.received.length, 1);
  } finally {
    transport.close();
    down.close();
    await dead.close();
    await smtp.stop();
  }
});

test('a message a stopped worker was sending is not sent again but marked failed', async () => {
  const smtp = new TestSmtpServer();
  const transport = smtpTransport(`smtp://127.0.0.1:${await smtp.start()}`);
  try {
    await enqueueMail(db(), mail('case:7:registered'));
    await db().execute(
      sql`UPDATE outbox_message SET status = 'sending', attempts = 1, claim_token = 'gone',
          claimed_until = now() - interval '1 minute' WHERE event_key = 'case:7:registered'`,
    );
    assert.deepEqual(await deliverDueMail(db(), transport, { from: FROM }), {
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    const [abandoned] = await listOutbox(db());
    assert.equal(abandoned?.status, 'failed');
    assert.match(abandoned?.lastError ?? '', /may have gone out/);
    assert.equal(smtp.received.length, 0);
  } finally {
    transport.close();
    await smtp.stop();
  }
});

test('workers at once never send one message twice', async () => {
  const smtp = new TestSmtpServer();
  const port = await smtp.start();
  // Eight workers, as in eight app processes, each with its own SMTP connection, all starting together.
  const transports = Array.from({ length: 8 }, () => smtpTransport(`smtp://127.0.0.1:${port}`));
  try {
    const count = 60;
    for (let i = 0; i < count; i++) await enqueueMail(db(), mail(`bulk:${i}`, { subject: `Ziņa Nr. ${i}` }));
    const worker = async (transport: (typeof transports)[number]) => {
      let sent = 0;
      for (;;) {
        const r = await deliverDueMail(db(), transport, { from: FROM, batchSize: 2 });
        sent += r.sent;
        if (r.sent + r.retrying + r.failed === 0) return sent;
      }
    };
    const sent = await Promise.all(transports.map(worker));
    assert.equal(
      sent.reduce((a, b) => a + b, 0),
      count,
    );
    assert.equal(smtp.received.length, count);
    assert.equal(new Set(smtp.received.map((m) => m.subject)).size, count);
    const rows = await query<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM outbox_message WHERE status = 'sent' AND attempts = 1`,
    );
    assert.equal(rows[0]?.n, count);
  } finally {
    for (const t of transports) t.close();
    await smtp.stop();
  }
});

test('the worker of the app process sends what is queued and stops cleanly', async () => {
  const smtp = new TestSmtpServer();
  const port = await smtp.start();
  const worker = startMailWorker(db(), { smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, pollMs: 20 });
  try {
    await enqueueMail(db(), mail('case:8:ready', { subject: 'Rezultāts gatavs saņemšanai' }));
    await smtp.waitFor(1);
    assert.equal(smtp.received[0]?.subject, 'Rezultāts gatavs saņemšanai');
  } finally {
    await worker.stop();
    await smtp.stop();
  }
  assert.equal(smtp.received.length, 1);
});

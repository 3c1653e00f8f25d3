import pino from 'pino';
import { buildApp } from './app';
import { loadConfig } from './config';
import { DataDirLockedError, openDatabase } from './db/connection';
import { runRetention } from './modules/cases/service';
import { seedDemoCases } from './modules/demo/cases';
import { isEmpty, seedDemo } from './modules/demo/seed';
import { purgeExpiredDrafts } from './modules/eforms/service';
import { systemActor } from './platform/auth/actor';
import { loggableError } from './platform/errors';
import { startMailWorker } from './platform/outbox';

const config = loadConfig();
let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.PIETURA_DATA_DIR,
    migrationUrl: config.PIETURA_MIGRATION_DATABASE_URL,
  });
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
await database.migrate();

const embedded = database.kind === 'pglite';
if (
  config.PIETURA_DEMO === 'on' ||
  (config.PIETURA_DEMO === 'auto' && embedded && (await isEmpty(database.db)))
) {
  const counts = await seedDemo(database.db);
  const cases = await seedDemoCases(database.db);
  console.log(
    `Loaded the Ilūkste demo data: ${counts.services} services, ${counts.lifeSituations} life situations, ${counts.centres} centres, ${cases} cases.`,
  );
}

const app = await buildApp(
  { database, config },
  {
    // Every error the log keeps, without a failed query's parameters (they can hold personal data).
    logger: {
      level: config.LOG_LEVEL,
      serializers: { err: (e: unknown) => pino.stdSerializers.err(loggableError(e) as Error) },
    },
    disableRequestLogging: config.LOG_LEVEL !== 'debug',
    trustProxy: config.PIETURA_TRUST_PROXY,
  },
);

// The outbox's mail worker lives as long as the app: app.close() stops it before the database closes.
const mailWorker = startMailWorker(database.db, {
  smtpUrl: config.PIETURA_SMTP_URL,
  from: config.PIETURA_MAIL_FROM,
  log: app.log,
});
app.addHook('onClose', () => mailWorker.stop());
// Retention (R25) once a day, the first a minute after start; several processes may run it: it is idempotent.
const DAY_MS = 24 * 60 * 60 * 1000;
const retentionRun = async () => {
  try {
    const report = await runRetention(database.db, systemActor('daily retention'));
    if (report.cases > 0 || report.letters > 0)
      app.log.info(report, 'retention: personal data past retention removed');
    const drafts = await purgeExpiredDrafts(database.db, systemActor('daily retention'));
    if (drafts.drafts > 0)
      app.log.info(drafts, 'retention: online application drafts older than 30 days deleted');
  } catch (err) {
    app.log.error({ err }, 'retention run failed');
  }
};
const retentionFirst = setTimeout(() => void retentionRun(), 60_000);
const retentionDaily = setInterval(() => void retentionRun(), DAY_MS);
retentionFirst.unref();
retentionDaily.unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  clearTimeout(retentionFirst);
  clearInterval(retentionDaily);
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.PORT, host: config.HOST });

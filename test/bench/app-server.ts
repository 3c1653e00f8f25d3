// The real app on PostgreSQL (DATABASE_URL), in its own process so it does not share an event loop with the load.
// APP_SRC=.before/src runs another copy of the sources (cpu.ts compares two that way).
import type { AddressInfo } from 'node:net';
import { reportCpuOnRequest } from './processes';

const SRC = new URL(`../../${process.env.APP_SRC ?? 'src'}/`, import.meta.url);
const { buildApp } = (await import(new URL('app.ts', SRC).href)) as typeof import('../../src/app');
const { openDatabase } = (await import(
  new URL('db/connection.ts', SRC).href
)) as typeof import('../../src/db/connection');

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const database = await openDatabase({ url });
const app = await buildApp(
  {
    database,
    // PIETURA_PAGE_CACHE_MB=0: no page cache, every search is searched (what distinct queries cost).
    config: {
      PIETURA_PUBLIC_URL: 'http://127.0.0.1',
      PIETURA_PAGE_CACHE_MB: Number(process.env.PIETURA_PAGE_CACHE_MB ?? 32),
    },
  },
  { logger: false },
);
reportCpuOnRequest();
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as AddressInfo).port });

process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});

// The real app on PostgreSQL (DATABASE_URL), in its own process so it does not share an event loop with the load.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app';
import { openDatabase } from '../../src/db/connection';
import { reportCpuOnRequest } from './processes';

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

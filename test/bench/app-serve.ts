// The real app on PostgreSQL (DATABASE_URL), served in a process of its own so it does not share an event
// loop with the load: what app-server.ts (the sources through tsx) and app-server-bundled.ts (production's
// way, bundled) both run.
import type { AddressInfo } from 'node:net';
import type { buildApp as BuildApp } from '../../src/app';
import type { openDatabase as OpenDatabase } from '../../src/db/connection';
import { reportCpuOnRequest } from './cpu-report';

export async function serveApp(buildApp: typeof BuildApp, openDatabase: typeof OpenDatabase): Promise<void> {
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
}

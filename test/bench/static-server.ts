// The baseline: the same bytes the app answers with, served as static files by Fastify in its own process.
import type { AddressInfo } from 'node:net';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

const root = process.argv[2];
if (!root) throw new Error('usage: static-server.ts DIR');
const app = Fastify({ logger: false });
await app.register(fastifyStatic, { root });
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as AddressInfo).port });

process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});

// The baseline (DESIGN §6): a bare node:http server sending the same bytes from memory, the physical
// limit of the platform on this machine. Each file of DIR is served at /<name>, whatever the query string.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { reportCpuOnRequest } from './cpu-report';

const root = process.argv[2];
if (!root) throw new Error('usage: static-server.ts DIR');
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
};
const files = new Map(
  readdirSync(root).map((name) => [
    `/${name}`,
    {
      body: readFileSync(join(root, name)),
      type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    },
  ]),
);

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const i = url.indexOf('?');
  const file = files.get(i === -1 ? url : url.slice(0, i));
  if (!file) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length }).end(file.body);
});
reportCpuOnRequest();
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));

process.on('SIGTERM', () => server.close(() => process.exit(0)));

// The physical limit: a bare node:http server sending one answer's bytes from memory (argv: file, content type).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const [file, type] = process.argv.slice(2);
if (!file || !type) throw new Error('usage: open311-bare-server.ts FILE CONTENT-TYPE');
const bytes = readFileSync(file);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': type, 'content-length': bytes.length });
  res.end(bytes);
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

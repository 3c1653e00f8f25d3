import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

const PAGES: Record<number, { lv: string; en: string }> = {
  400: {
    lv: 'Pieprasījumu nevarēja nolasīt. Atveriet lapu vēlreiz.',
    en: 'The request could not be read. Open the page again.',
  },
  408: {
    lv: 'Pieprasījums netika saņemts laikā. Mēģiniet vēlreiz.',
    en: 'The request did not arrive in time. Try again.',
  },
  431: {
    lv: 'Pieprasījuma galvenes ir pārāk lielas. Izdzēsiet šīs vietnes sīkdatnes pārlūkā un mēģiniet vēlreiz.',
    en: 'The request’s headers are too large. Delete this site’s cookies in your browser and try again.',
  },
};

function page(status: number): string {
  const { lv, en } = PAGES[status]!;
  return (
    `<!DOCTYPE html><html lang="lv"><head><meta charset="utf-8"><title>${STATUS_CODES[status]}</title></head>` +
    `<body><main><h1>${lv}</h1><p lang="en">${en}</p></main></body></html>`
  );
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers too large, a request it cannot parse,
 * one that took too long) is answered with a short page in Latvian and English, not Fastify's JSON in English.
 * There is no request to read a language or a route from: the page says both, and nothing else.
 */
export function clientErrorPage(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  if (socket.writable) {
    const body = page(status);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/html; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

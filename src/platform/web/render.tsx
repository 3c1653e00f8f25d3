import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Pieces rendered once (renderOnce) are kept as bytes. While sendPage renders a page,
 * each piece is written into the page as a mark, and the page is sent as its own text (encoded per
 * request) with the pieces' bytes copied in at the marks: most of a search page is such pieces, and
 * encoding text with Latvian letters costs more than rendering it. A mark is a NUL, a random number
 * of this process, which no visitor can know, and the piece's number: a mark typed into a search
 * box is only text, and a page whose marks are not exactly its own is sent the plain way.
 */
const MARK_TEXT = `\u0000${randomBytes(12).toString('hex')}:`;
const MARK = Buffer.from(MARK_TEXT);
const DIGITS = 6;
const MARK_LENGTH = MARK.length + DIGITS;
const markOf = (n: number) => `${MARK_TEXT}${String(n).padStart(DIGITS, '0')}`;
const ZERO = '0'.charCodeAt(0);

/** The piece number after the mark at `at`, or -1. */
function markNumber(bytes: Buffer, at: number): number {
  let n = 0;
  for (let i = at + MARK.length; i < at + MARK_LENGTH; i++) {
    const digit = (bytes[i] ?? -1) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The pieces of the page sendPage is rendering (rendering is synchronous), else undefined. */
let collecting: Buffer[] | undefined;

/** Sends a server-rendered page. Preact escapes every text and attribute value. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}

/** The page's bytes, `<!DOCTYPE html>` first. */
export function renderPage(page: VNode): Buffer {
  const pieces: Buffer[] = [];
  collecting = pieces;
  let html: string;
  try {
    html = renderToString(page);
  } finally {
    collecting = undefined;
  }
  const encoded = Buffer.from(html);
  if (pieces.length === 0) return Buffer.concat([DOCTYPE, encoded]);
  const parts: Buffer[] = [DOCTYPE];
  let from = 0;
  for (const [n, piece] of pieces.entries()) {
    const at = encoded.indexOf(MARK, from);
    if (at < 0 || markNumber(encoded, at) !== n) return plain(page);
    parts.push(encoded.subarray(from, at), piece);
    from = at + MARK_LENGTH;
  }
  if (encoded.indexOf(MARK, from) >= 0) return plain(page);
  parts.push(encoded.subarray(from));
  return Buffer.concat(parts);
}

/** The page rendered with its pieces as text. */
function plain(page: VNode): Buffer {
  return Buffer.concat([DOCTYPE, Buffer.from(renderToString(page))]);
}

const DOCTYPE = Buffer.from('<!DOCTYPE html>');
const rendered = new WeakMap<object, Map<string, Buffer>>();

/**
 * The HTML of a piece of a page, rendered once for `owner` and `key` and then reused, to be put
 * into an element with `dangerouslySetInnerHTML` (escaped by Preact like any other part). For
 * pieces that depend only on data that never changes while `owner` lives (a standard of one
 * catalogue revision, its filter choices), and a key from a small set (the locale, a variant).
 */
export function renderOnce(owner: object, key: string, render: () => VNode): string {
  let byKey = rendered.get(owner);
  if (!byKey) {
    byKey = new Map();
    rendered.set(owner, byKey);
  }
  let piece = byKey.get(key);
  if (piece === undefined) {
    const outer = collecting;
    collecting = undefined;
    try {
      piece = Buffer.from(renderToString(render()));
    } finally {
      collecting = outer;
    }
    byKey.set(key, piece);
  }
  // Outside sendPage (a test rendering a view) the piece is text; kept only as bytes, half the memory.
  if (!collecting) return piece.toString();
  collecting.push(piece);
  return markOf(collecting.length - 1);
}

import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Sends a server-rendered page. Preact escapes every text and attribute value. */
export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  // Encoded here once; a string would be scanned again for its length and then encoded on writing.
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(Buffer.from(`<!DOCTYPE html>${renderToString(page)}`));
}

const rendered = new WeakMap<object, Map<string, string>>();

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
  let html = byKey.get(key);
  if (html === undefined) {
    html = renderToString(render());
    byKey.set(key, html);
  }
  return html;
}

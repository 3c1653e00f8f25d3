import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineMessages, type Locale } from '../i18n';

const msg = defineMessages({
  title: { lv: 'Nosūtītais ir pārāk liels', en: 'What you sent is too large' },
  body: {
    lv: 'Vienā reizē var nosūtīt ne vairāk kā {max} MB, tāpēc nekas netika saglabāts. Atgriezieties, saīsiniet garo tekstu vai pievienojiet failus pa vienam (lapā, kurā tos prasa).',
    en: 'You can send at most {max} MB at a time, so nothing was saved. Go back and shorten the long text, or attach the files one at a time (on the page that asks for them).',
  },
  back: { lv: 'Atgriezties lapā', en: 'Go back to the page' },
});

const MB = 1024 * 1024;

/** A body over the limit of its route: what the visitor reads, and the page to go back to when there is one. */
export interface TooLarge {
  title: string;
  explanation: string;
  back?: { href: string; text: string };
}

/**
 * The 413 page's words. The limit is the one the refusal names (`limitBytes`, the upload guard's) or the
 * route's body limit. The way back is the address that was posted to, when the same address is also a page
 * (a GET route: the journey's pages are) — a path of this site only: the Referer would be the natural
 * source, but the site sends `Referrer-Policy: no-referrer`, so browsers leave it out.
 */
export function tooLarge(
  app: FastifyInstance,
  request: FastifyRequest,
  error: Error,
  locale: Locale,
): TooLarge {
  const named = (error as Error & { limitBytes?: unknown }).limitBytes;
  const limit = typeof named === 'number' ? named : request.routeOptions.bodyLimit;
  const max = Math.max(1, Math.round((limit ?? MB) / MB));
  const path = samePagePath(app, request);
  return {
    title: msg(locale, 'title'),
    explanation: msg(locale, 'body', { max }),
    back: path ? { href: path, text: msg(locale, 'back') } : undefined,
  };
}

// A path of this site: one slash, then no slash or backslash (`//host` and `/\host` leave the site).
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const SITE_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]{0,2000}$/;

function samePagePath(app: FastifyInstance, request: FastifyRequest): string | undefined {
  const route = request.routeOptions.url;
  if (request.method !== 'POST' || !route || !app.hasRoute({ method: 'GET', url: route })) return undefined;
  return SITE_PATH.test(request.url) ? request.url : undefined;
}

import { createRequire } from 'node:module';
import type createDOMPurifyType from 'dompurify';

/** A coat of arms is a small drawing: anything larger is most likely not one (or embeds a photo). */
export const MAX_SVG_BYTES = 100 * 1024;

export type SvgResult = { ok: true; svg: string } | { ok: false; problem: 'empty' | 'too_large' | 'not_svg' };

const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;
const require = createRequire(import.meta.url);

type Sanitiser = { purify: ReturnType<typeof createDOMPurifyType>; window: Window & typeof globalThis };
let sanitiser: Sanitiser | undefined;

/** jsdom (about 70 MB in memory) is loaded with the first drawing checked, not when the app starts. */
function loadSanitiser(): Sanitiser {
  if (sanitiser) return sanitiser;
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  const createDOMPurify = require('dompurify') as typeof createDOMPurifyType;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // References may only point inside the drawing (href="#shape"): no other files, sites or data.
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue.trim();
    if ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) data.keepAttr = false;
    if (EXTERNAL_URL.test(value)) data.keepAttr = false;
  });
  sanitiser = { purify, window: window as unknown as Window & typeof globalThis };
  return sanitiser;
}

/**
 * Checks that an uploaded file is an SVG drawing and returns it without scripts, event handlers,
 * foreign objects, style sheets or references outside itself (DOMPurify's SVG profile, plus a hook
 * for references), serialised as a standalone SVG document.
 */
export function sanitiseSvg(input: Buffer | string): SvgResult {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (bytes === 0) return { ok: false, problem: 'empty' };
  if (bytes > MAX_SVG_BYTES) return { ok: false, problem: 'too_large' };
  const text = (typeof input === 'string' ? input : input.toString('utf8'))
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>[]*(\[[^\]]*\])?[^>]*>/i, '');
  if (!/<svg[\s>]/i.test(text)) return { ok: false, problem: 'not_svg' };
  const { purify, window } = loadSanitiser();
  const fragment = purify.sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['style', 'foreignObject', 'script', 'image', 'use', 'a', 'animate', 'set'],
    FORBID_ATTR: ['style'],
    RETURN_DOM_FRAGMENT: true,
  });
  // DOMPurify gives no fragment at all for some inputs it refuses whole.
  const svg = fragment?.querySelector('svg');
  if (!svg) return { ok: false, problem: 'not_svg' };
  if (!svg.getAttribute('viewBox') && !(svg.getAttribute('width') && svg.getAttribute('height')))
    return { ok: false, problem: 'not_svg' };
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const serialised = new window.XMLSerializer().serializeToString(svg);
  return { ok: true, svg: serialised };
}

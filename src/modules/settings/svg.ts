import { createRequire } from 'node:module';
import type createDOMPurifyType from 'dompurify';
import { xmlShape } from '../../platform/xml/shape';

/** A coat of arms is a small drawing: anything larger is most likely not one (or embeds a photo). */
export const MAX_SVG_BYTES = 100 * 1024;

export type SvgResult =
  | { ok: true; svg: string }
  | { ok: false; problem: 'empty' | 'too_large' | 'too_complex' | 'not_svg' };

const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;
const require = createRequire(import.meta.url);

/** The most a coat of arms needs: any more is no drawing, and would cost the sanitiser seconds. */
const MAX_SVG_DEPTH = 50;
const MAX_SVG_ELEMENTS = 5_000;

type Sanitiser = { purify: ReturnType<typeof createDOMPurifyType>; window: Window & typeof globalThis };

/**
 * A sanitiser in a window of its own, closed after the drawing is checked: a window kept for every
 * drawing kept every drawing's nodes too (about 27 MB for each of 100 KB). jsdom (about 70 MB in memory)
 * is loaded with the first drawing checked, not when the app starts.
 */
function openSanitiser(): Sanitiser {
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
  return { purify, window: window as unknown as Window & typeof globalThis };
}

/**
 * The text without what may come before its root element: a BOM, the XML declaration, comments and a
 * DOCTYPE (with its internal subset). Read with indexOf, not a regular expression, which backtracks for
 * seconds on a DOCTYPE that never ends. Undefined when one of them never ends.
 */
function withoutProlog(text: string): string | undefined {
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    let end: number;
    if (rest.startsWith('<?')) end = rest.indexOf('?>') + 2;
    else if (rest.startsWith('<!--')) end = rest.indexOf('-->') + 3;
    else if (/^<!DOCTYPE/i.test(rest)) {
      const close = rest.indexOf('>');
      const subset = rest.indexOf('[');
      end = subset >= 0 && subset < close ? rest.indexOf('>', rest.indexOf(']', subset)) + 1 : close + 1;
    } else return rest;
    if (end <= 1) return undefined;
    rest = rest.slice(end);
  }
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
  const text = withoutProlog(typeof input === 'string' ? input : input.toString('utf8'));
  if (text === undefined || !/<svg[\s>]/i.test(text)) return { ok: false, problem: 'not_svg' };
  const shape = xmlShape(text);
  if (shape.depth > MAX_SVG_DEPTH || shape.elements > MAX_SVG_ELEMENTS)
    return { ok: false, problem: 'too_complex' };
  const { purify, window } = openSanitiser();
  try {
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
    // The serialiser writes the namespace of an element in it; set as an attribute too, it came out twice.
    if (svg.namespaceURI !== 'http://www.w3.org/2000/svg')
      svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return { ok: true, svg: new window.XMLSerializer().serializeToString(svg) };
  } finally {
    window.close();
  }
}

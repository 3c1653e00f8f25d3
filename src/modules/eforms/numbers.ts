/**
 * Numbers as people and machines write them. A Latvian page takes "12,5" and "1 200" (a point also as the
 * decimal sign: "12.5"); an English page takes "12.5", "1,200" and "12,345.67" (a comma only between
 * groups of three, so "1,2" is no number there); a machine (Open311, stored answers) sends "12.5" alone.
 */
import type { Locale } from '../../platform/i18n';

/** The convention a number was typed in: the page's language, or the machine format. */
export type NumberStyle = Locale | 'machine';

const MACHINE = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const ENGLISH = /^[-+]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)$/;
const SPACES = /[\s\u00a0\u202f]/g;

/** The text in the machine format, or undefined when it is not a number in that style. */
function asMachine(text: string, style: NumberStyle): string | undefined {
  if (style === 'machine') return MACHINE.test(text) ? text : undefined;
  const t = text.replace(SPACES, '');
  if (style === 'lv') return t.replace(',', '.');
  return ENGLISH.test(t) ? t.replace(/,/g, '') : undefined;
}

/** The number a text says in a style; undefined when it is not one (or too large to be finite). */
export function readNumber(text: string, style: NumberStyle): number | undefined {
  const t = asMachine(text, style);
  if (t === undefined || !MACHINE.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A text an English page refused that reads as a number with a decimal comma ("1,2", "12,50"). */
export function isDecimalComma(text: string, style: NumberStyle): boolean {
  return style === 'en' && text.includes(',') && readNumber(text, 'lv') !== undefined;
}

/** A stored number ("1200.5") as a page of that language writes it, to fill an input in again or show it. */
export function numberAsTyped(stored: string, locale: Locale): string {
  return locale === 'lv' ? stored.replace('.', ',') : stored;
}

import { en } from './en';
import { lv, type MessageKey } from './lv';

export const LOCALES = ['lv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { lv, en };

/** Translates a key; {name} placeholders are filled from params. */
export function t(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  let text = catalogues[locale][key];
  if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** Picks the visitor's language from a bilingual value, falling back to Latvian. */
export function pick(value: { lv: string; en: string } | null | undefined, locale: Locale): string {
  if (!value) return '';
  return (locale === 'en' ? value.en : value.lv) || value.lv;
}

export function localeFromUrl(url: string): Locale {
  return url === '/en' || url.startsWith('/en/') || url.startsWith('/en?') ? 'en' : 'lv';
}

const dateFormat: Record<Locale, Intl.DateTimeFormat> = {
  lv: new Intl.DateTimeFormat('lv-LV', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Riga',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Riga',
  }),
};

/**
 * A date as people in Latvia write it, with the final dot of the ordinal year: 26.11.2026.
 * (Intl gives "26.11.2026" without it). English: 26 November 2026.
 */
export function formatDate(value: Date | string, locale: Locale): string {
  if (typeof value !== 'string') return format(value, locale);
  // A day written as text (a due date on every row of a worklist): formatted once per day and language.
  const key = `${locale}${value.slice(0, 10)}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    if (formattedDays.size >= 10_000) formattedDays.clear();
    text = format(new Date(`${value.slice(0, 10)}T12:00:00Z`), locale);
    formattedDays.set(key, text);
  }
  return text;
}

const formattedDays = new Map<string, string>();

function format(d: Date, locale: Locale): string {
  const text = dateFormat[locale].format(d);
  return locale === 'lv' && !text.endsWith('.') ? `${text}.` : text;
}

const money: Record<Locale, Intl.NumberFormat> = {
  lv: new Intl.NumberFormat('lv-LV', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

export function formatMoney(cents: number, locale: Locale): string {
  return money[locale].format(cents / 100);
}

/** A file's size as people read it: „120 KB”, „2,5 MB” (a decimal comma in Latvian). */
export function formatSize(bytes: number, locale: Locale): string {
  const mb = bytes / (1024 * 1024);
  const n = mb >= 1 ? mb.toFixed(1) : Math.max(1, Math.ceil(bytes / 1024)).toFixed(0);
  return `${locale === 'lv' ? n.replace('.', ',') : n} ${mb >= 1 ? 'MB' : 'KB'}`;
}

export const collator = new Intl.Collator('lv', { sensitivity: 'base' });

/** A module's own messages, each in both languages (the type makes English complete). */
export function defineMessages<K extends string>(messages: Record<K, { lv: string; en: string }>) {
  return (locale: Locale, key: K, params?: Record<string, string | number>): string => {
    let text = messages[key][locale];
    if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
}

import type { Bilingual, Channel, FeeKind, TimeUnit } from '../../../db/schema';
import { formatMoney, type Locale, pick } from '../../../platform/i18n';
import { capitalise, channelName, countText, msg } from '../messages';
import type { ServiceStandard } from '../service';

/** A centre as the catalogue pages name and link it. */
export interface CentreRef {
  code: string;
  name: Bilingual;
}

/**
 * The fee in a few words, as the version's fee kind says to read the amount: "14,00 €", "no 5,00 €",
 * "Atkarīga no gadījuma, piemēram, 50,00 €" (the fee note on the service page says on what).
 */
export function feeText(
  v: { feeCents: number; feeKind?: FeeKind | null; feeCurrency?: string | null },
  locale: Locale,
): string {
  const amount = moneyIn(v.feeCents, v.feeCurrency ?? 'EUR', locale);
  switch (v.feeKind) {
    case 'not_stated':
      return msg(locale, 'fee.notStated');
    case 'from':
      return v.feeCents === 0 ? msg(locale, 'fee.varies') : msg(locale, 'fee.from', { amount });
    case 'varies':
      return v.feeCents === 0 ? msg(locale, 'fee.varies') : msg(locale, 'fee.variesExample', { amount });
    default:
      return v.feeCents === 0 ? msg(locale, 'fee.free') : amount;
  }
}

/** An amount in euro as the site writes money; another currency as given, with its code ("120,00 NOK"). */
function moneyIn(cents: number, currency: string, locale: Locale): string {
  if (currency === 'EUR') return formatMoney(cents, locale);
  const number = new Intl.NumberFormat(locale === 'lv' ? 'lv-LV' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
  return `${number} ${currency}`;
}

/** How to apply, in a few words: "Klātienē pakalpojumu centrā, e-adresē, portālā latvija.lv". */
export function channelsText(channels: Channel[], locale: Locale): string {
  return capitalise(channels.map((c) => channelName(locale, c)).join(', '));
}

/** The host a link to another website goes to, to say so next to it ("likumi.lv"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "A, B un C" / "A, B and C". */
export function listText(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${msg(locale, 'and')} ${items[items.length - 1]}`;
}

export function timeText(amount: number, unit: TimeUnit, locale: Locale): string {
  return countText(locale, `time.${unit}`, amount);
}

/** A time limit after „within”: „10 darba dienu laikā” (the genitive Latvian wants there), „within 10 working days”. */
export function withinText(amount: number, unit: TimeUnit, locale: Locale): string {
  return countText(locale, `within.${unit}`, amount);
}

/** Where a resident can apply in person, in a few words. */
export function whereText(standard: ServiceStandard, centres: CentreRef[], locale: Locale): string {
  const v = standard.version;
  if (!v.applyChannels.includes('in_person')) return msg(locale, 'where.notAtCentres');
  if (v.centres.length === 0) return msg(locale, 'where.everyCentre');
  return availableCentres(standard, centres)
    .map((c) => pick(c.name, locale))
    .join(', ');
}

/** The centres a standard lists, in the centres' own order; unknown codes are dropped. */
export function availableCentres(standard: ServiceStandard, centres: CentreRef[]): CentreRef[] {
  const listed = new Set(standard.version.centres);
  return centres.filter((c) => listed.has(c.code));
}

/** Only web addresses become links: a stored "javascript:" URL must never reach an href. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}

/** The first sentence or so of a text, for result lists. */
export function shortText(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

import type { Bilingual, TimeUnit } from '../../../db/schema';
import { formatMoney, type Locale, pick } from '../../../platform/i18n';
import { countText, msg } from '../messages';
import type { ServiceStandard } from '../service';

/** A centre as the catalogue pages name and link it. */
export interface CentreRef {
  code: string;
  name: Bilingual;
}

export function feeText(cents: number, locale: Locale): string {
  return cents === 0 ? msg(locale, 'fee.free') : formatMoney(cents, locale);
}

export function timeText(amount: number, unit: TimeUnit, locale: Locale): string {
  return countText(locale, `time.${unit}`, amount);
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

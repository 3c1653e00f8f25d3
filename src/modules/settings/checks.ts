/** WCAG 2.1 relative luminance of an sRGB colour "#rrggbb". */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White text on the header's colour: WCAG AA for normal text. */
export const TEXT_CONTRAST = 4.5;
/** The accent stripe beside the header's colour: WCAG AA for graphical objects (1.4.11). */
export const GRAPHIC_CONTRAST = 3;

const IBAN_LENGTH: Record<string, number> = { LV: 21, LT: 20, EE: 20, DE: 22, FI: 18, SE: 24 };

/** "lv80 bank 0000 4351 9500 1" → "LV80BANK0000435195001"; spaces dropped, letters upper-cased. */
export function compactIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** An IBAN with a correct length for its country (where known) and check digits (ISO 13616, mod 97). */
export function isValidIban(value: string): boolean {
  const iban = compactIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const length = IBAN_LENGTH[iban.slice(0, 2)];
  if (length !== undefined && iban.length !== length) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** "LV80BANK0000435195001" → "LV80 BANK 0000 4351 9500 1", as printed on invoices. */
export function formatIban(iban: string): string {
  return compactIban(iban)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

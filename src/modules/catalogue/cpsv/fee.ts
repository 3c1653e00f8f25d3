import type { Bilingual, FeeKind, ImportedCost } from '../../../db/schema';
import { lastSegment } from './graph';
import { EU } from './vocabulary';

/** The fee fields of a standard as its imported costs give them. */
export interface Fee {
  cents: number;
  kind: FeeKind;
  /** ISO 4217 code. */
  currency: string;
}

/** An amount of money a cost states: a number from 0 to 10 million, else none ("not stated"). */
export function amountOf(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 10_000_000 ? value : undefined;
}

/**
 * The fee fields from every cost of a service: the lowest stated amount in its own currency, "from"
 * when there are several costs; no stated amount at all (or no cost) is "not stated", never free.
 */
export function feeOf(costs: ImportedCost[]): Fee {
  const stated = costs
    .map((c) => ({ c, value: amountOf(c.amount) }))
    .filter((s): s is { c: ImportedCost; value: number } => s.value !== undefined)
    .sort((a, b) => a.value - b.value);
  const first = stated[0];
  if (!first) return { cents: 0, kind: 'not_stated', currency: 'EUR' };
  return {
    cents: Math.round(first.value * 100),
    kind: costs.length > 1 ? 'from' : 'fixed',
    currency: currencyCode(first.c.currency ?? EU.euro),
  };
}

/** Whether a version's fee fields are still what its imported costs say (an editor has not changed them). */
export function feeAgrees(
  v: { feeCents: number; feeKind: FeeKind; feeCurrency: string },
  costs: ImportedCost[],
) {
  const fee = feeOf(costs);
  return (
    fee.kind === v.feeKind &&
    fee.currency === v.feeCurrency &&
    (fee.kind === 'not_stated' || fee.cents === v.feeCents)
  );
}

/** ISO 4217 code of an EU currency IRI (…/currency/NOK → NOK). */
export function currencyCode(iri: string): string {
  const code = lastSegment(iri).toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : 'EUR';
}

/** The EU authority table's IRI of an ISO 4217 code. */
export function currencyIri(code: string): string {
  return `${EU.currencyTable}${code}`;
}

/** Several texts (every cost's description, every requirement) as one, separated by blank lines. */
export function joined(values: (Bilingual | null | undefined)[]): Bilingual {
  const present = values.filter((v): v is Bilingual => !!v);
  const join = (l: 'lv' | 'en') =>
    present
      .map((v) => v[l].trim())
      .filter(Boolean)
      .join('\n\n');
  return { lv: join('lv'), en: join('en') };
}

import type { Bilingual } from '../../../db/schema';

/** One node of the exported JSON-LD graph. */
export type Node = { '@id': string } & Record<string, unknown>;
type LangValue = { '@value': string; '@language': string };

/** A node without the properties that have no value, so that the document holds no empty keys. */
export function node(iri: string, properties: Record<string, unknown>): Node {
  const out: Node = { '@id': iri };
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    out[key] = value;
  }
  return out;
}

export function ref(iri: string) {
  return { '@id': iri };
}

/** Both languages as language-tagged strings; an empty translation is left out. */
export function text(value: Bilingual | null | undefined): LangValue[] | undefined {
  if (!value) return undefined;
  const out: LangValue[] = [];
  if (value.lv.trim()) out.push({ '@value': value.lv, '@language': 'lv' });
  if (value.en.trim()) out.push({ '@value': value.en, '@language': 'en' });
  return out.length > 0 ? out : undefined;
}

/** A text whose language is not known (a label an imported file gave): BCP 47 "und", undetermined. */
export function undetermined(value: string | null | undefined): LangValue[] | undefined {
  return value?.trim() ? [{ '@value': value, '@language': 'und' }] : undefined;
}

export function isAbsoluteUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** An absolute IRI (http, urn …) that may stand as a node reference; a blank node label is not one. */
export function isIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value) && !value.startsWith('_:');
}

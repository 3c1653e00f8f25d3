import { readFileSync } from 'node:fs';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec';

/** Where the CPSV-AP 3.2.0 release publishes its JSON-LD context. */
export const CPSV_AP_CONTEXT_URL =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

const bundledContext: unknown = JSON.parse(
  readFileSync(new URL('./cpsv-ap.context.jsonld', import.meta.url), 'utf8'),
);

export class RemoteDocumentRefused extends Error {
  constructor(readonly url: string) {
    super(`The document refers to ${url}; only the CPSV-AP 3.2.0 context is known, nothing is fetched.`);
    this.name = 'RemoteDocumentRefused';
  }
}

/**
 * The only document loader Pietura gives jsonld: municipal servers often have no internet access,
 * and a catalogue must not make the server fetch addresses chosen by whoever wrote the file.
 */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url === CPSV_AP_CONTEXT_URL || url === CPSV_AP_CONTEXT_URL.replace('https://', 'http://')) {
    return { contextUrl: undefined, documentUrl: url, document: structuredClone(bundledContext) as JsonLd };
  }
  throw new RemoteDocumentRefused(url);
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { DatasetCore } from '@rdfjs/types';
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import SHACLValidator from 'rdf-validate-shacl';
import { documentLoader } from '../../src/modules/catalogue/cpsv/context';

/** The release as the project keeps it beside the repository (../shared/standards), when it is there. */
export const RELEASE_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/standards/cpsv-ap-3.2.0',
);
export const RELEASE_PRESENT = existsSync(resolve(RELEASE_DIR, 'cpsv-ap-SHACL.ttl'));
/** The copy bundled in the repository; a test checks it equals the release whenever the release is present. */
export const BUNDLED_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../src/modules/catalogue/cpsv',
);

export interface Violation {
  focusNode: string | undefined;
  path: string | undefined;
  component: string | undefined;
  severity: string | undefined;
  message: string;
}

async function dataset(text: string, mediaType: string): Promise<DatasetCore> {
  const stream = rdf.formats.parsers.import(mediaType, Readable.from([text]));
  if (!stream) throw new Error(`no parser for ${mediaType}`);
  const out = rdf.dataset();
  await out.import(stream as unknown as Parameters<typeof out.import>[0]);
  return out;
}

let shapes: Promise<DatasetCore> | undefined;

/**
 * Validates a JSON-LD document against the standard's SHACL shapes with the libraries directly
 * (jsonld → N-Quads → RDF dataset → rdf-validate-shacl), independently of the code under test.
 */
export async function validateAgainstStandard(document: unknown): Promise<Violation[]> {
  shapes ??= dataset(readFileSync(resolve(BUNDLED_DIR, 'cpsv-ap-SHACL.ttl'), 'utf8'), 'text/turtle');
  const nquads = (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    {
      documentLoader,
      format: 'application/n-quads',
    } as jsonld.Options.ToRdf,
  )) as string;
  const validator = new SHACLValidator(await shapes, { factory: rdf });
  const report = await validator.validate(await dataset(nquads, 'application/n-quads'));
  return report.results.map((r) => ({
    focusNode: r.focusNode?.value,
    path: r.path?.value,
    component: r.sourceConstraintComponent?.value,
    severity: r.severity?.value,
    message: r.message.map((m) => m.value).join('; '),
  }));
}

export const SH = 'http://www.w3.org/ns/shacl#';
export const DCT = 'http://purl.org/dc/terms/';
export const CV = 'http://data.europa.eu/m8g/';

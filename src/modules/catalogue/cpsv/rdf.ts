import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { DatasetCore, Quad } from '@rdfjs/types';
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import SHACLValidator from 'rdf-validate-shacl';
import { documentLoader } from './context';
import { NS } from './vocabulary';

/** One thing wrong with a document: where (focus node and property path) and what. */
export interface Problem {
  focusNode?: string;
  path?: string;
  message: string;
}

export function describeProblem(p: Problem): string {
  const where = [p.focusNode && `<${p.focusNode}>`, p.path && shorten(p.path)].filter(Boolean).join(' ');
  return where ? `${where}: ${p.message}` : p.message;
}

/**
 * JSON-LD to an RDF dataset. Safe mode makes jsonld fail instead of silently dropping what it cannot
 * map (an undefined term, a relative IRI), so nothing in a file is lost without a message.
 */
export async function toDataset(document: unknown): Promise<DatasetCore> {
  const nquads = (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    {
      documentLoader,
      format: 'application/n-quads',
      safe: true,
    } as jsonld.Options.ToRdf,
  )) as string;
  return parse(nquads, 'application/n-quads');
}

/** Canonical N-Quads (RDF Dataset Canonicalization): two documents describe the same graph iff these are equal. */
export async function canonicalNQuads(document: unknown): Promise<string> {
  return jsonld.canonize(
    document as jsonld.JsonLdDocument,
    {
      algorithm: 'URDNA2015',
      format: 'application/n-quads',
      documentLoader,
      safe: true,
    } as jsonld.Options.Normalize,
  );
}

let shapes: Promise<DatasetCore> | undefined;

function bundledShapes(): Promise<DatasetCore> {
  shapes ??= parse(readFileSync(new URL('./cpsv-ap-SHACL.ttl', import.meta.url), 'utf8'), 'text/turtle');
  return shapes;
}

/** Checks a dataset against the CPSV-AP 3.2.0 shapes (or others); one problem per SHACL result. */
export async function validateShacl(data: DatasetCore, shapesGraph?: DatasetCore): Promise<Problem[]> {
  const validator = new SHACLValidator(shapesGraph ?? (await bundledShapes()), { factory: rdf });
  const report = await validator.validate(data);
  return report.results.map((r) => ({
    focusNode: r.focusNode?.value,
    path: r.path?.value,
    message: [
      r.message.map((m) => m.value).join('; ') ||
        shorten(r.sourceConstraintComponent?.value ?? 'constraint violated'),
      r.value ? ` (value: ${r.value.value})` : '',
    ].join(''),
  }));
}

export async function parse(
  text: string,
  mediaType: 'text/turtle' | 'application/n-quads',
): Promise<DatasetCore> {
  const stream = rdf.formats.parsers.import(mediaType, Readable.from([text]));
  if (!stream) throw new Error(`No parser for ${mediaType}`);
  const dataset = rdf.dataset();
  await dataset.import(stream as unknown as Parameters<typeof dataset.import>[0]);
  return dataset;
}

export function quads(dataset: DatasetCore): Quad[] {
  return [...(dataset as unknown as Iterable<Quad>)];
}

const prefixes = Object.entries(NS);

function shorten(iri: string): string {
  for (const [prefix, ns] of prefixes) if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  return `<${iri}>`;
}

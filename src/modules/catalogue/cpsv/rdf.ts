import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import SHACLValidator from 'rdf-validate-shacl';
import { withoutControls } from '../../../platform/web/form-values';
import { xmlShape } from '../../../platform/xml/shape';
import { projectPath } from '../../../project-root';
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

/** A catalogue file larger than this is refused before it is parsed (the whole of latvija.lv is a few MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type RdfFormat = 'json-ld' | 'turtle' | 'rdf-xml';

export class UnreadableInput extends Error {}

/** The format of a file, from its name when it says, else from its first characters. */
export function formatOf(text: string, fileName = ''): RdfFormat {
  const name = fileName.toLowerCase();
  if (/\.(jsonld|json)$/.test(name)) return 'json-ld';
  if (/\.(ttl|n3|nt)$/.test(name)) return 'turtle';
  if (/\.(rdf|xml|owl)$/.test(name)) return 'rdf-xml';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json-ld';
  if (start.startsWith('<?xml') || /^<rdf:RDF\b/.test(start) || /^<!DOCTYPE/i.test(start)) return 'rdf-xml';
  return 'turtle';
}

/**
 * Any CPSV-AP file to RDF quads: JSON-LD (contexts resolved only from the bundled copies), Turtle or
 * RDF/XML. Throws UnreadableInput with a message that says what is wrong and where.
 */
export async function readRdf(text: string, format: RdfFormat, baseIri: string): Promise<DatasetCore> {
  if (Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) {
    throw new UnreadableInput(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  switch (format) {
    case 'json-ld': {
      let document: unknown;
      try {
        document = JSON.parse(body);
      } catch (err) {
        throw new UnreadableInput(`The file is not valid JSON: ${(err as Error).message}`);
      }
      try {
        return await toDataset(document);
      } catch (err) {
        throw new UnreadableInput(`The file is not usable JSON-LD: ${jsonLdMessage(err)}`);
      }
    }
    case 'turtle':
      try {
        return await parseStream(body, 'text/turtle', baseIri);
      } catch (err) {
        throw new UnreadableInput(`The file is not valid Turtle: ${(err as Error).message}`);
      }
    case 'rdf-xml':
      // No DTD at all: entity declarations are how an XML file expands to gigabytes ("billion laughs").
      if (/<!DOCTYPE|<!ENTITY/i.test(body)) {
        throw new UnreadableInput(
          'The RDF/XML file declares a DTD or entities (<!DOCTYPE, <!ENTITY), which are not accepted.',
        );
      }
      {
        // Read in one pass before the parser: nesting thousands deep costs it quadratic time, and the
        // streaming parser stops quietly where a cut file ends, so the root element must be closed.
        const shape = xmlShape(body);
        if (shape.depth > MAX_RDF_XML_DEPTH)
          throw new UnreadableInput(
            `The file is not usable RDF/XML: its elements are nested ${shape.depth} deep (at most ${MAX_RDF_XML_DEPTH}).`,
          );
        if (!shape.rootClosed)
          throw new UnreadableInput(
            'The file is not valid RDF/XML: it ends before its root element is closed (truncated?).',
          );
      }
      try {
        return await parseStream(body, 'application/rdf+xml', baseIri);
      } catch (err) {
        throw new UnreadableInput(`The file is not valid RDF/XML: ${(err as Error).message}`);
      }
  }
}

/** Far deeper than any catalogue's RDF/XML (a dozen levels), far below what makes parsing slow. */
const MAX_RDF_XML_DEPTH = 200;

async function parseStream(text: string, mediaType: string, baseIri: string): Promise<DatasetCore> {
  const stream = rdf.formats.parsers.import(mediaType, Readable.from([text]), { baseIRI: baseIri });
  if (!stream) throw new Error(`No parser for ${mediaType}`);
  const dataset = rdf.dataset();
  await dataset.import(stream as unknown as Parameters<typeof dataset.import>[0]);
  return dataset;
}

/** jsonld wraps a refused remote context in a loading error; its cause says what was refused. */
export function jsonLdMessage(err: unknown): string {
  const e = err as { message?: string; details?: { cause?: { message?: string }; url?: string } };
  const cause = e.details?.cause?.message;
  return cause ?? e.message ?? String(err);
}

let shapes: Promise<DatasetCore> | undefined;

function bundledShapes(): Promise<DatasetCore> {
  shapes ??= parse(
    readFileSync(projectPath('src/modules/catalogue/cpsv/cpsv-ap-SHACL.ttl'), 'utf8'),
    'text/turtle',
  );
  return shapes;
}

/**
 * EU authority tables whose concepts a file may use without describing them: the Publications
 * Office's tables (country, ATU, language, frequency, currency …), Europass (com-channel …),
 * EuroVoc and NUTS. docs/cpsv-ap.md, "SHACL and code lists".
 */
const CODE_LIST_PREFIXES = [
  'http://publications.europa.eu/resource/authority/',
  'https://publications.europa.eu/resource/authority/',
  'http://data.europa.eu/snb/',
  'http://eurovoc.europa.eu/',
  'http://data.europa.eu/nuts/',
];

export function isCodeListIri(iri: string): boolean {
  return CODE_LIST_PREFIXES.some((p) => iri.startsWith(p));
}

/**
 * The background graph the shapes are checked with: every code-list IRI that occurs as a value is
 * typed skos:Concept (and dct:Location or dct:LinguisticSystem where the property asks for one),
 * as the published code lists type them. It is used for validation only and never imported.
 */
export function codeListBackground(data: DatasetCore): Quad[] {
  const out: Quad[] = [];
  const typeOf = rdf.namedNode(`${NS.rdf}type`);
  const seen = new Set<string>();
  const add = (iri: string, type: string) => {
    if (seen.has(`${iri} ${type}`)) return;
    seen.add(`${iri} ${type}`);
    out.push(rdf.quad(rdf.namedNode(iri), typeOf, rdf.namedNode(type)) as Quad);
  };
  for (const q of data as unknown as Iterable<Quad>) {
    if (q.object.termType !== 'NamedNode' || !isCodeListIri(q.object.value)) continue;
    add(q.object.value, `${NS.skos}Concept`);
    if (q.predicate.value === `${NS.dct}spatial`) add(q.object.value, `${NS.dct}Location`);
    if (q.predicate.value === `${NS.dct}language`) add(q.object.value, `${NS.dct}LinguisticSystem`);
  }
  return out;
}

/** Checks a dataset against the CPSV-AP 3.2.0 shapes (or others); one problem per SHACL result. */
export async function validateShacl(data: DatasetCore, shapesGraph?: DatasetCore): Promise<Problem[]> {
  const validator = new SHACLValidator(shapesGraph ?? (await bundledShapes()), { factory: rdf });
  const withCodeLists = rdf.dataset([...(data as unknown as Iterable<Quad>), ...codeListBackground(data)]);
  const report = await validator.validate(withCodeLists);
  const shapesData = shapesGraph ?? (await bundledShapes());
  return report.results.map((r) => ({
    focusNode: r.focusNode?.value,
    path: r.path?.value,
    message: [
      r.message.map((m) => m.value).join('; ') || constraintMessage(shapesData, r),
      r.value ? ` (value: ${cutValue(r.value.value)})` : '',
    ].join(''),
  }));
}

/** A result without a message of its own, said with what the shape expects ("must be a skos:Concept"). */
function constraintMessage(
  shapesData: DatasetCore,
  r: { sourceConstraintComponent?: { value: string } | null; sourceShape?: Term | null },
): string {
  const component = r.sourceConstraintComponent?.value ?? '';
  if (component.endsWith('#ClassConstraintComponent') && r.sourceShape) {
    const classes = [
      ...shapesData.match(r.sourceShape as Quad['subject'], rdf.namedNode(`${NS.sh}class`), null),
    ].map((q) => shorten(q.object.value));
    if (classes.length > 0) return `The value must be a ${classes.join(' or ')} (typed so in the file).`;
  }
  return shorten(component || 'constraint violated');
}

function cutValue(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
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

/**
 * The quads to import: a literal's control characters (a NUL, written `\u0000` in JSON-LD or Turtle) left out,
 * as a form's are (readForm), since no text column holds them.
 */
export function importableQuads(dataset: DatasetCore): Quad[] {
  return quads(dataset).map((q) => {
    if (q.object.termType !== 'Literal') return q;
    const value = withoutControls(q.object.value);
    if (value === q.object.value) return q;
    const literal = rdf.literal(value, q.object.language || q.object.datatype);
    return rdf.quad(q.subject, q.predicate, literal, q.graph) as Quad;
  });
}

const prefixes = Object.entries(NS);

export function shorten(iri: string): string {
  for (const [prefix, ns] of prefixes) if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  return `<${iri}>`;
}

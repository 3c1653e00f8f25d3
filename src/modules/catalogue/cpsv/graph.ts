import type { Quad, Term } from '@rdfjs/types';
import type { Bilingual } from '../../../db/schema';
import { NS } from './vocabulary';

/** Read-only access to an RDF graph by subject and property, with the typed look-ups the reader needs. */
export class Graph {
  private readonly index = new Map<string, Map<string, Term[]>>();
  /** "subject predicate" pairs the reader has looked at: what is left is reported as not mapped. */
  private readonly used = new Set<string>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      const bySubject = this.index.get(key(q.subject)) ?? new Map<string, Term[]>();
      this.index.set(key(q.subject), bySubject);
      const values = bySubject.get(q.predicate.value) ?? [];
      values.push(q.object);
      bySubject.set(q.predicate.value, values);
    }
  }

  /** Subjects of a class, sorted so that the same file always gives the same order. */
  instancesOf(type: string): string[] {
    const out: string[] = [];
    for (const [subject, properties] of this.index) {
      if (properties.get(`${NS.rdf}type`)?.some((t) => t.value === type)) out.push(subject);
    }
    return out.sort();
  }

  isA(subject: string, type: string): boolean {
    return this.objects(subject, `${NS.rdf}type`).some((t) => t.value === type);
  }

  objects(subject: string, predicate: string): Term[] {
    this.used.add(`${subject} ${predicate}`);
    return this.index.get(subject)?.get(predicate) ?? [];
  }

  /** Every subject with a property in the graph. */
  subjects(): string[] {
    return [...this.index.keys()].sort();
  }

  /** The subject's triples the reader never looked at, as N-Triples lines (values cut at `max` characters). */
  unused(subject: string, max = 200): string[] {
    const out: string[] = [];
    for (const [predicate, values] of this.index.get(subject) ?? []) {
      if (this.used.has(`${subject} ${predicate}`) || predicate === `${NS.rdf}type`) continue;
      for (const v of values) out.push(`${nt(subject)} <${predicate}> ${cut(termNt(v), max)} .`);
    }
    return out.sort();
  }

  /**
   * Values of a Pietura extension property. Its namespace is the exporting installation's address
   * plus "/ns#", unknown to the reader, so the property is recognised by that ending and its name.
   */
  extension(subject: string, name: string): Term[] {
    const out: Term[] = [];
    for (const [predicate, values] of this.index.get(subject) ?? []) {
      if (predicate.endsWith(`/ns#${name}`)) {
        this.used.add(`${subject} ${predicate}`);
        out.push(...values);
      }
    }
    return out;
  }

  /** Node references (IRIs or blank nodes) among the values, sorted. */
  nodes(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((t) => t.termType === 'NamedNode' || t.termType === 'BlankNode')
      .map(key)
      .sort();
  }

  node(subject: string, predicate: string): string | undefined {
    return this.nodes(subject, predicate)[0];
  }

  literal(subject: string, predicate: string): string | undefined {
    return literals(this.objects(subject, predicate))[0];
  }

  /** Latvian and English text: Latvian from "@lv" (or an untagged string), English from "@en". */
  text(subject: string, predicate: string): Bilingual | undefined {
    return bilingual(this.objects(subject, predicate));
  }
}

function nt(subject: string): string {
  return subject.startsWith('_:') ? subject : `<${subject}>`;
}

function termNt(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType !== 'Literal') return t.value;
  const literal = JSON.stringify(t.value);
  if (t.language) return `${literal}@${t.language}`;
  return t.datatype && t.datatype.value !== `${NS.xsd}string` ? `${literal}^^<${t.datatype.value}>` : literal;
}

/** A long value cut to `max` characters, marked with an ellipsis. */
export function cut(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function key(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

export function literals(terms: Term[]): string[] {
  return terms
    .filter((t) => t.termType === 'Literal')
    .map((t) => t.value)
    .sort();
}

export function bilingual(terms: Term[]): Bilingual | undefined {
  const pickLanguage = (test: (language: string) => boolean) =>
    terms
      .filter((t) => t.termType === 'Literal' && test(t.language.toLowerCase()))
      .map((t) => t.value)
      .sort()[0];
  const lv = pickLanguage((l) => l === 'lv' || l.startsWith('lv-')) ?? pickLanguage((l) => l === '');
  const en = pickLanguage((l) => l === 'en' || l.startsWith('en-'));
  if (lv === undefined && en === undefined) return undefined;
  return { lv: lv ?? '', en: en ?? '' };
}

/** The last path segment of an IRI as a code: the fallback when a node carries no identifier. */
export function lastSegment(iri: string): string {
  return (
    iri
      .replace(/[/#]+$/, '')
      .split(/[/#]/)
      .pop() ?? ''
  );
}

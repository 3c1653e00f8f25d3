import { decodeCatalogue } from './decode';
import { Graph } from './graph';
import {
  formatOf,
  importableQuads,
  jsonLdMessage,
  type Problem,
  readRdf,
  toDataset,
  UnreadableInput,
  validateShacl,
} from './rdf';
import { type ChannelVocabulary, type ImportedCatalogue, readCatalogue, type Warning } from './read';

/** What the import's check says of a file: why it is refused, or the catalogue to write and its warnings. */
export type CheckResult =
  | { ok: false; problems: Problem[] }
  | { ok: true; catalogue: ImportedCatalogue; warnings: Warning[] };

/** The phases of the check, reported as the import's progress (ImportProgress). */
export type CheckProgress = { phase: 'read' | 'validate'; done: number; total: number };

export interface CheckRequest {
  /**
   * JSON-LD (a parsed JSON value or text), Turtle or RDF/XML text; or the file's bytes (a Buffer or Uint8Array),
   * decoded here in `charset` (decodeCatalogue: else the XML declaration's, else UTF-8).
   */
  input: unknown;
  charset?: string;
  /** The file's name, which says its format when its extension does (.jsonld, .ttl, .rdf). */
  fileName?: string;
  /** The channel vocabulary of the database the catalogue is imported into (store.selectChannelVocabulary). */
  vocabulary: ChannelVocabulary;
}

/**
 * Everything of an import that needs no database: the file read into RDF, checked against the CPSV-AP
 * shapes and mapped to what Pietura keeps. Pure CPU work, seconds for a large file: the import runs it
 * on a thread of its own (check-thread.ts, ADR 0020) so that the app's event loop keeps answering.
 */
export async function checkCatalogue(
  { input: given, charset, fileName, vocabulary }: CheckRequest,
  onProgress: (p: CheckProgress) => void = () => {},
): Promise<CheckResult> {
  onProgress({ phase: 'read', done: 0, total: 1 });
  let input = given;
  if (input instanceof Uint8Array) {
    // A Buffer posted to the thread arrives as a Uint8Array over the same bytes.
    const decoded = decodeCatalogue(Buffer.from(input.buffer, input.byteOffset, input.byteLength), charset);
    if (!decoded.ok) return { ok: false, problems: [{ message: decoded.message }] };
    input = decoded.text;
  }
  let dataset: Awaited<ReturnType<typeof toDataset>>;
  try {
    if (typeof input === 'string') {
      dataset = await readRdf(input, formatOf(input, fileName), `urn:pietura:import:${fileName ?? 'file'}#`);
    } else {
      try {
        dataset = await toDataset(input);
      } catch (err) {
        throw new UnreadableInput(`The file is not usable JSON-LD: ${jsonLdMessage(err)}`);
      }
    }
  } catch (err) {
    if (err instanceof UnreadableInput) return { ok: false, problems: [{ message: err.message }] };
    throw err;
  }
  onProgress({ phase: 'read', done: 1, total: 1 });

  onProgress({ phase: 'validate', done: 0, total: 1 });
  const shaclProblems = await validateShacl(dataset);
  const {
    catalogue,
    problems: readProblems,
    warnings,
  } = readCatalogue(new Graph(importableQuads(dataset)), vocabulary);
  const reported = new Set(shaclProblems.map((p) => `${p.focusNode} ${p.path}`));
  const problems = [
    ...shaclProblems,
    ...readProblems.filter((p) => !reported.has(`${p.focusNode} ${p.path}`)),
  ];
  onProgress({ phase: 'validate', done: 1, total: 1 });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalogue, warnings };
}

import { readFileSync } from 'node:fs';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec';
import { projectPath } from '../../../project-root';

/** Where the CPSV-AP 3.2.0 release publishes its JSON-LD context. */
export const CPSV_AP_CONTEXT_URL =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/** The CPSV-AP releases whose context Pietura bundles (README.md in this folder says where each comes from). */
export const BUNDLED_RELEASES = ['3.2.0', '3.1', '3.0', '2.2.1'] as const;
type Release = (typeof BUNDLED_RELEASES)[number];

const FILES: Record<Release, string> = {
  '3.2.0': './cpsv-ap.context.jsonld',
  '3.1': './cpsv-ap-3.1.context.jsonld',
  '3.0': './cpsv-ap-3.0.context.jsonld',
  '2.2.1': './cpsv-ap-2.2.1.context.jsonld',
};

const loaded = new Map<Release, unknown>();

function bundled(release: Release): unknown {
  let document = loaded.get(release);
  if (document === undefined) {
    document = JSON.parse(readFileSync(projectPath('src/modules/catalogue/cpsv', FILES[release]), 'utf8'));
    loaded.set(release, document);
  }
  return document;
}

/**
 * The release a context address names. SEMIC has published the contexts under several hosts (GitHub
 * Pages with and without "uri.semic.eu-generated", raw GitHub files), so the release is read from
 * the path: ".../CPSV-AP/[master/]releases/<release>/[context/]<name>.jsonld".
 */
export function releaseOf(url: string): Release | undefined {
  const m =
    /^https?:\/\/[^/]+\/(?:[^/]+\/)*CPSV-AP\/(?:(?:master|main)\/)?releases\/(\d+\.\d+(?:\.\d+)?)\/(?:context\/)?[^/]+\.jsonld$/i.exec(
      url,
    );
  if (!m) return undefined;
  const release = m[1]!;
  if (release === '3.2.0') return '3.2.0';
  if (release.startsWith('3.1')) return '3.1';
  if (release.startsWith('3.0')) return '3.0';
  if (release === '2.2.1' || release === '2.2') return '2.2.1';
  return undefined;
}

export class RemoteDocumentRefused extends Error {
  constructor(readonly url: string) {
    super(
      `The document refers to the context ${url}, which is not bundled; nothing is fetched from the network. ` +
        `Known: the CPSV-AP ${BUNDLED_RELEASES.join(', ')} contexts.`,
    );
    this.name = 'RemoteDocumentRefused';
  }
}

/**
 * The only document loader Pietura gives jsonld: municipal servers often have no internet access,
 * and a catalogue must not make the server fetch addresses chosen by whoever wrote the file.
 */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  const release = releaseOf(url);
  if (release) {
    return { contextUrl: undefined, documentUrl: url, document: structuredClone(bundled(release)) as JsonLd };
  }
  throw new RemoteDocumentRefused(url);
}

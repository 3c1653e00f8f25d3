import { createHash } from 'node:crypto';
import type { DocumentInput, Problem } from './types';

/** file-type (about 10 MB in memory) is loaded with the first file checked, not when the app starts. */
let fileTypeModule: Promise<typeof import('file-type')> | undefined;
function fileType(): Promise<typeof import('file-type')> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 10;

/** Scans, office documents and Latvian e-signed containers (.edoc). */
const ALLOWED = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.etsi.asic-e+zip',
]);
const ASIC_E = Buffer.from('mimetypeapplication/vnd.etsi.asic-e+zip');

export interface CheckedDocument {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/** The media type from the bytes, never from the name or what the browser said. */
export async function sniffMediaType(bytes: Buffer): Promise<string | undefined> {
  if (
    bytes.length > 68 &&
    bytes.readUInt32LE(0) === 0x04034b50 &&
    bytes.subarray(30, 30 + ASIC_E.length).equals(ASIC_E)
  )
    return 'application/vnd.etsi.asic-e+zip';
  return (await (await fileType()).fileTypeFromBuffer(bytes))?.mime;
}

export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'dokuments').slice(0, 200);
}

export async function checkDocuments(
  docs: DocumentInput[],
  field: string,
): Promise<{ checked: CheckedDocument[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const checked: CheckedDocument[] = [];
  if (docs.length > MAX_DOCUMENTS) problems.push({ field, code: 'too_many_files' });
  for (const [i, d] of docs.entries()) {
    const at = `${field}.${i}`;
    if (d.bytes.length === 0) {
      problems.push({ field: at, code: 'file_empty' });
      continue;
    }
    if (d.bytes.length > MAX_DOCUMENT_BYTES) {
      problems.push({ field: at, code: 'file_too_large' });
      continue;
    }
    const mediaType = await sniffMediaType(d.bytes);
    if (!mediaType || !ALLOWED.has(mediaType)) {
      problems.push({ field: at, code: 'file_type_not_allowed' });
      continue;
    }
    checked.push({
      filename: cleanFilename(d.filename),
      mediaType,
      size: d.bytes.length,
      sha256: createHash('sha256').update(d.bytes).digest('hex'),
      bytes: d.bytes,
    });
  }
  return { checked, problems };
}

import { createHash } from 'node:crypto';
import { checkName } from './names';

/** file-type (about 10 MB in memory) is loaded with the first file checked, not when the app starts. */
let fileTypeModule: Promise<typeof import('file-type')> | undefined;
function fileType(): Promise<typeof import('file-type')> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 10;

/** What a desk may receive: scans, office documents and Latvian e-signed containers (.edoc). */
export const ALLOWED_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.etsi.asic-e+zip',
] as const;
const ALLOWED = new Set<string>(ALLOWED_MEDIA_TYPES);

const ASIC_E = Buffer.from('mimetypeapplication/vnd.etsi.asic-e+zip');

export type FileProblem = 'file_empty' | 'file_too_large' | 'file_type_not_allowed' | 'file_name_mismatch';

export type FileRefused = {
  ok: false;
  problem: FileProblem;
  filename: string;
  /** file_name_mismatch: the type the name claims (PDF) and the one of the bytes. */
  named?: string;
  mediaType?: string;
};

export interface CheckedFile {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/** The media type from the bytes (never the name or what the browser said); undefined if unknown. */
export async function mediaTypeOf(bytes: Buffer): Promise<string | undefined> {
  // An ASiC-E container (.edoc) is a ZIP whose first entry, stored uncompressed, is its media type.
  if (
    bytes.length > 38 &&
    bytes.readUInt32LE(0) === 0x04034b50 &&
    bytes.subarray(30, 30 + ASIC_E.length).equals(ASIC_E)
  ) {
    return 'application/vnd.etsi.asic-e+zip';
  }
  return (await (await fileType()).fileTypeFromBuffer(bytes))?.mime;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A file name fit to store and show: no path, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(CONTROL, '').trim() ?? '';
  return (base || 'dokuments').slice(-200);
}

/**
 * A received file checked: its size, its type from the bytes (one the desk takes, and one of `allowed` when
 * the caller takes fewer), then its name against that type (`names.ts`).
 */
export async function checkFile(
  filename: string,
  bytes: Buffer,
  opts: { truncated?: boolean; allowed?: readonly string[] } = {},
): Promise<{ ok: true; file: CheckedFile } | FileRefused> {
  const name = cleanFilename(filename);
  if (opts.truncated || bytes.length > MAX_FILE_BYTES)
    return { ok: false, problem: 'file_too_large', filename: name };
  if (bytes.length === 0) return { ok: false, problem: 'file_empty', filename: name };
  const mediaType = await mediaTypeOf(bytes);
  if (!mediaType || !ALLOWED.has(mediaType) || (opts.allowed && !opts.allowed.includes(mediaType)))
    return { ok: false, problem: 'file_type_not_allowed', filename: name };
  const named = checkName(name, mediaType);
  if (!named.ok)
    return { ok: false, problem: 'file_name_mismatch', filename: name, named: named.named, mediaType };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, file: { filename: named.filename, mediaType, size: bytes.length, sha256, bytes } };
}

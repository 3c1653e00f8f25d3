import type { MultipartFile } from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { UnreadableBodyError } from '../errors';
import { type FormValues, readForm } from '../web/form-values';
import { MAX_FILE_BYTES, MAX_FILES } from './files';

/** A file part as the multipart hook keeps it: the bytes read up to the limit, and whether it was cut. */
export interface ReceivedPart {
  filename: string;
  bytes: Buffer;
  truncated: boolean;
}

/** Options for @fastify/multipart: parts land in request.body, files as ReceivedPart (never a 413 for size). */
export const MULTIPART_OPTIONS = {
  attachFieldsToBody: 'keyValues' as const,
  throwFileSizeLimit: false,
  limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES * 2, fields: 500, fieldSize: 100_000, parts: 600 },
  async onFile(part: MultipartFile & { value?: unknown }) {
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    const received: ReceivedPart = {
      filename: part.filename ?? '',
      bytes: Buffer.concat(chunks),
      truncated: part.file.truncated,
    };
    part.value = received;
  },
};

function isPart(value: unknown): value is ReceivedPart {
  return Boolean(
    value && typeof value === 'object' && 'bytes' in value && Buffer.isBuffer((value as ReceivedPart).bytes),
  );
}

/**
 * A form sent urlencoded or as multipart: its text fields as FormValues, and the files chosen in the
 * named file inputs (an input left empty sends a part without a name and nothing in it: skipped).
 */
export function readMultipartForm(body: unknown): { values: FormValues; files: Map<string, ReceivedPart[]> } {
  const values = readForm(body);
  const files = new Map<string, ReceivedPart[]>();
  if (body && typeof body === 'object') {
    for (const [key, raw] of Object.entries(body)) {
      const parts = [raw]
        .flat()
        .filter(isPart)
        .filter((p) => p.filename !== '' || p.bytes.length > 0);
      if (parts.length > 0) files.set(key, parts);
    }
  }
  return { values, files };
}

const bodyRead = new WeakSet<FastifyRequest>();

/**
 * Marks a request whose multipart body @fastify/multipart has read: register right after the plugin, so that
 * this hook runs after its body-reading one and before any other (auth, CSRF, the route's own).
 */
export function registerMultipartBodyRead(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.isMultipart()) bodyRead.add(request);
  });
}

/**
 * The error as the client's: an error without a status while a multipart body was being read (a body
 * without its boundary, cut off, with a malformed part header) is a body that cannot be read, 400 —
 * not a failure of the server. An error after the body was read stays what it is.
 */
export function asBodyError(error: FastifyError, request: FastifyRequest): FastifyError {
  if (error.statusCode || !request.isMultipart?.() || bodyRead.has(request)) return error;
  return new UnreadableBodyError(error) as unknown as FastifyError;
}

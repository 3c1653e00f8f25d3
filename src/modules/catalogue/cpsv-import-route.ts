import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireApiKey } from '../../platform/auth/api-keys';
import { charsetOf } from './cpsv/decode';
import { ImportInProgress, importCatalogue } from './cpsv/import';
import { describeProblem, MAX_IMPORT_BYTES } from './cpsv/rdf';

/** What a body's media type says of its format: the file name the importer reads the format from. */
const FORMATS: Record<string, string> = {
  'application/ld+json': 'upload.jsonld',
  'application/json': 'upload.jsonld',
  'text/turtle': 'upload.ttl',
  'application/rdf+xml': 'upload.rdf',
};

function refuse(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).send({ ok: false, problems: [{ message }] });
}

/**
 * `POST /api/cpsv-ap`: another system imports a CPSV-AP catalogue with an API key (issue 7 point 3),
 * the same import as `pietura import`, answered with its report; `?dryRun=true` writes nothing.
 * Registered in a scope of its own: its bodies are read as bytes, up to the importer's size limit, and
 * decoded in the character set the sender declared (decodeCatalogue).
 */
export function cpsvImportRoute(app: FastifyInstance, deps: AppDeps): void {
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      Object.keys(FORMATS),
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply) => {
      if (error.statusCode === 429)
        return refuse(reply, 429, 'Too many requests for this API key; try again in a minute.');
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return refuse(
          reply,
          413,
          `The catalogue is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.`,
        );
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return refuse(reply, 415, `Send the catalogue as ${Object.keys(FORMATS).join(', ')}.`);
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
        return refuse(reply, 400, 'The request could not be read; nothing was imported.');
      request.log.error({ err: error }, 'CPSV-AP import failed');
      return refuse(reply, 500, 'The import failed; nothing was imported.');
    });
    const keyGuard = requireApiKey(scope, deps.database.db, {
      refuse: (_request, reply, reason) =>
        refuse(
          reply,
          403,
          reason === 'missing'
            ? 'An API key is required (X-Api-Key header).'
            : 'This API key is not valid or was revoked.',
        ),
    });
    scope.post(
      '/api/cpsv-ap',
      {
        preHandler: keyGuard,
        schema: {
          tags: ['catalogue'],
          summary: 'Import a CPSV-AP catalogue (JSON-LD, Turtle or RDF/XML) with an API key',
          description:
            'The same import as `pietura import` (docs/cpsv-ap.md): a file that cannot be read or violates the ' +
            'CPSV-AP 3.2.0 SHACL shapes changes nothing (400); a service that lacks what Pietura needs becomes a ' +
            'draft with a to-do list. The answer is the import report. `?dryRun=true` checks and reports without ' +
            'writing. One import runs at a time: another sent meanwhile is refused (409) and changes nothing. ' +
            'The key goes in the `X-Api-Key` header; every change is in the audit trail under the key.',
          security: [{ apiKey: [] }, { bearer: [] }],
          querystring: {
            type: 'object',
            properties: { dryRun: { type: 'string', enum: ['true', 'false'] } },
          },
        },
      },
      async (request, reply) => {
        const actor = request.apiKey?.actor;
        if (!actor) return refuse(reply, 403, 'An API key is required (X-Api-Key header).');
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const dryRun = (request.query as { dryRun?: string }).dryRun === 'true';
        let result: Awaited<ReturnType<typeof importCatalogue>>;
        try {
          // The bytes are decoded on the import's thread with the rest of the check (ADR 0020).
          result = await importCatalogue(
            deps.database.db,
            Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
            undefined,
            actor,
            {
              fileName: FORMATS[type] ?? 'upload.jsonld',
              charset: charsetOf(request.headers['content-type']),
              dryRun,
            },
          );
        } catch (err) {
          // One import at a time (each can take gigabytes while it is checked): the sender tries again later.
          if (err instanceof ImportInProgress) return refuse(reply, 409, err.message);
          throw err;
        }
        if (!result.ok)
          return reply.code(400).send({
            ok: false,
            problems: result.problems.slice(0, 200).map((p) => ({ ...p, message: describeProblem(p) })),
          });
        return reply.send(result);
      },
    );
  });
}

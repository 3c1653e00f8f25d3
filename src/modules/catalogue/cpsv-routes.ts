import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps';
import { exportCatalogue } from './cpsv/export';

/** The catalogue for latvija.lv and other portals as EU CPSV-AP 3.2.0 (R4, R26). */
export function cpsvRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/cpsv-ap',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The published catalogue as CPSV-AP 3.2.0 JSON-LD',
        description:
          'Every published service standard with its organisations, categories and life events, ' +
          'as JSON-LD (application/ld+json) valid against the CPSV-AP 3.2.0 SHACL shapes. ' +
          'Properties CPSV-AP has no place for are in the installation namespace `/ns#`.',
      },
    },
    async (_request, reply) => {
      const document = await exportCatalogue(db, deps.config.PIETURA_PUBLIC_URL);
      return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(document));
    },
  );
}

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** OpenAPI 3.1 description of the JSON API at /api/openapi.json, browsable at /api/docs. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pietura API',
        description: 'Municipal one-stop-shop: service catalogue, CPSV-AP export and more.',
        version: '0.1.0',
      },
      tags: [
        {
          name: 'catalogue',
          description: 'The published service standards, their search, and the life situations (R1, R4–R6)',
        },
      ],
    },
    hideUntagged: true,
  });
  // No staticCSP: the page keeps the app's own strict policy (helmet). Swagger UI needs no inline
  // script and no other site (its validator badge is off by default). The base layout leaves out the
  // top bar, whose logo is the one thing that needs an inline <style>.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { layout: 'BaseLayout' },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

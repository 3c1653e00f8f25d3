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
        description:
          'Municipal one-stop-shop: service catalogue, CPSV-AP export, Open311 GeoReport v2 and more.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          // Keys come from `npx pietura apikey create --name NAME` or the administrator's page.
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description: 'An API key (also as the api_key field of an Open311 request)',
          },
          bearer: { type: 'http', scheme: 'bearer', description: 'The same API key as a bearer token' },
        },
      },
      tags: [
        {
          name: 'catalogue',
          description: 'The published service standards, their search, and the life situations (R1, R4–R6)',
        },
        {
          name: 'open311',
          description:
            'Open311 GeoReport v2 at /open311/v2/ (issue 9): services, their forms as attributes, filing a ' +
            'request with an API key, and the public status of requests; every endpoint in .json and .xml',
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

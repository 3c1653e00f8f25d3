import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/connection';
import { getMunicipality } from '../site/identity';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const govukDist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist/govuk');
const fontDir = join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
const hexColour = /^#[0-9a-fA-F]{3,8}$/;

/** Static assets: the compiled design system, its JavaScript, fonts, and the municipality's theme and arms. */
export async function registerAssets(app: FastifyInstance, db: Db): Promise<void> {
  const cacheControl = { maxAge: '1h' } as const;
  await app.register(fastifyStatic, {
    root: join(root, '.cache/assets'),
    prefix: '/assets/',
    decorateReply: true,
    allowedPath: (path) => path === '/pietura.css',
    ...cacheControl,
  });
  await app.register(fastifyStatic, {
    root: govukDist,
    prefix: '/assets/govuk/',
    decorateReply: false,
    allowedPath: (path) => path === '/govuk-frontend.min.js' || path.startsWith('/assets/images/'),
    ...cacheControl,
  });
  await app.register(fastifyStatic, {
    root: fontDir,
    prefix: '/assets/fonts/',
    decorateReply: false,
    allowedPath: (path) => /^\/source-sans-3-latin-ext-(400|700)-normal\.woff2$/.test(path),
    ...cacheControl,
  });
  await app.register(fastifyStatic, {
    root: join(root, 'src/platform/web/assets'),
    prefix: '/assets/js/',
    decorateReply: false,
    allowedPath: (path) => path.endsWith('.js'),
    ...cacheControl,
  });

  app.get('/assets/theme.css', async (_req, reply) => {
    const m = await getMunicipality(db);
    const primary = m && hexColour.test(m.primaryColour) ? m.primaryColour : '#7a1f2b';
    const accent = m && hexColour.test(m.accentColour) ? m.accentColour : '#f2c230';
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=60')
      .send(`:root{--pietura-primary:${primary};--pietura-accent:${accent}}`);
  });

  app.get('/assets/coat-of-arms.svg', async (_req, reply) => {
    const m = await getMunicipality(db);
    if (!m?.coatOfArmsSvg) return reply.code(404).type('text/plain').send('Not found');
    return reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=3600')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(m.coatOfArmsSvg);
  });
}

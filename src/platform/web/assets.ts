import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import { projectRoot } from '../../project-root';
import { getMunicipality } from '../site/identity';

const require = createRequire(import.meta.url);
const root = projectRoot;
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

  // The theme and the arms change when the administrator saves the settings: browsers revalidate them
  // on every page (a 304 while unchanged), so a new colour or coat of arms shows at once.
  app.get('/assets/theme.css', async (request, reply) => {
    const m = await getMunicipality(db);
    const primary = m && hexColour.test(m.primaryColour) ? m.primaryColour : '#7a1f2b';
    const accent = m && hexColour.test(m.accentColour) ? m.accentColour : '#f2c230';
    const css = `:root{--pietura-primary:${primary};--pietura-accent:${accent}}`;
    return sendRevalidated(request, reply, css, 'text/css; charset=utf-8');
  });

  app.get('/assets/coat-of-arms.svg', async (request, reply) => {
    const m = await getMunicipality(db);
    if (!m?.coatOfArmsSvg) return reply.code(404).type('text/plain').send('Not found');
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return sendRevalidated(request, reply, m.coatOfArmsSvg, 'image/svg+xml');
  });
}

function sendRevalidated(request: FastifyRequest, reply: FastifyReply, body: string, type: string) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  reply.header('cache-control', 'public, no-cache').header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type(type).send(body);
}

import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/connection';
import type { Locale } from '../i18n';
import { getMunicipality } from '../site/identity';
import type { SiteContext } from './layout';

const fallbackName = { lv: 'Pašvaldība', en: 'Municipality' };

/** Builds the context of a public page; alternateUrl is the same page in the other language. */
export async function siteContext(db: Db, locale: Locale, alternateUrl: string): Promise<SiteContext> {
  const m = await getMunicipality(db);
  return {
    locale,
    alternateUrl,
    municipality: {
      name: m?.name ?? fallbackName,
      address: m?.address ?? '',
      phone: m?.phone ?? null,
      email: m?.email ?? null,
      website: m?.website ?? null,
      hasCoatOfArms: Boolean(m?.coatOfArmsSvg),
    },
  };
}

/** Keeps the query string when switching language. */
export function withQuery(path: string, request: FastifyRequest): string {
  const i = request.url.indexOf('?');
  return i === -1 ? path : path + request.url.slice(i);
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { signedInActor } from '../../platform/auth/guard';
import { requestLocale } from '../../platform/http/route-path';
import { type Locale, pick } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import type { WorkflowError } from './errors';
import { type TextKey, text } from './messages';
import { standardsHref } from './paths';
import { serviceCodeParam } from './schema';
import { assertMay, getStandard, type StandardDetails } from './service';
import { RefusedPage } from './views/refused-page';

const DONE = [
  'submitted',
  'approved',
  'returned',
  'withdrawn',
  'created',
  'saved',
  'requested',
  'decided',
  'category',
] as const;

/** The success message named by ?done= after a POST-redirect-GET (unknown names show nothing). */
export function doneMessage(locale: Locale, done: unknown): string | undefined {
  if (done === 'saved') return text(locale, 'edit.saved');
  return typeof done === 'string' && (DONE as readonly string[]).includes(done)
    ? text(locale, `done.${done}` as TextKey)
    : undefined;
}

export type CodeParams = { Params: { code: string } };

/** The service code of the URL, or a 404 page. */
export function codeOf(request: FastifyRequest<CodeParams>): string | undefined {
  const parsed = serviceCodeParam.safeParse(request.params.code);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The standard of the URL's code, checked for what the page does (a ForbiddenError otherwise), or
 * undefined once the 404 page is sent.
 */
export async function standardOf(
  deps: AppDeps,
  request: FastifyRequest<CodeParams>,
  reply: FastifyReply,
  step: 'edit' | 'approve' | 'category',
): Promise<StandardDetails | undefined> {
  const { db } = deps.database;
  const code = codeOf(request);
  const standard = code && (await getStandard(db, signedInActor(request), code));
  if (!standard) {
    await sendNotFound(db, request, reply);
    return undefined;
  }
  assertMay(standard, step);
  return standard;
}

export async function sendRefused(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  error: WorkflowError,
  back: string,
): Promise<FastifyReply> {
  const locale = requestLocale(request);
  const site = await staffSiteContext(
    deps.database.db,
    request,
    standardsHref(locale === 'lv' ? 'en' : 'lv'),
  );
  return sendPage(reply, <RefusedPage site={site} error={error} back={back} />, 409);
}

export function nameOf(standard: StandardDetails, locale: Locale): string {
  const shown = standard.versions.find((v) => v.id === standard.inForceId) ?? standard.versions[0];
  return shown ? pick(shown.name, locale) : standard.service.code;
}

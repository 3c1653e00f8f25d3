import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import {
  assertMayManageApiKeys,
  createApiKey,
  getApiKey,
  listApiKeys,
  revokeApiKey,
} from '../../platform/auth/api-keys';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { type FormValues, readForm, type ShownErrors } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { ApiKeysPage, apiKeyRevokeHref, apiKeyText, RevokeApiKeyPage } from './views/api-keys-page';

type IdParams = { Params: { id: string } };

/** The administrator's page of API keys (issue 9 point 7): list, create (shown once), revoke after a confirmation. */
export function apiKeyRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = staffHref(locale, 'apiKeys');

    async function sendList(
      request: FastifyRequest,
      reply: FastifyReply,
      extra: {
        form?: { values: FormValues; errors: ShownErrors };
        created?: { name: string; key: string };
        done?: string;
      } = {},
    ) {
      const keys = await listApiKeys(db, signedInActor(request));
      const site = await staffSiteContext(db, request, staffHref(other, 'apiKeys'));
      const form = extra.form ?? { values: {}, errors: new Map() };
      return sendPage(
        reply,
        <ApiKeysPage site={site} keys={keys} form={form} created={extra.created} done={extra.done} />,
        form.errors.size > 0 ? 400 : 200,
      );
    }

    const keyId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined);

    app.get<{ Querystring: { done?: string } }>(base, guarded, async (request, reply) =>
      sendList(request, reply, {
        done: request.query.done === 'revoked' ? apiKeyText(locale, 'revokedDone') : undefined,
      }),
    );

    app.post(base, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      assertMayManageApiKeys(actor);
      const values = readForm(request.body);
      const name = typeof values.name === 'string' ? values.name : '';
      const result = await createApiKey(db, actor, { name });
      if (!result.ok)
        return sendList(request, reply, {
          form: { values, errors: new Map([['name', apiKeyText(locale, result.problem)]]) },
        });
      // The key is shown on this answer only; it is never stored and never in a URL.
      return sendList(request, reply, { created: { name: result.name, key: result.key } });
    });

    const revokePath = apiKeyRevokeHref(locale, 0).replace(/\/0\//, '/:id/');

    app.get<IdParams>(revokePath, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      assertMayManageApiKeys(actor);
      const id = keyId(request.params.id);
      const apiKey = id === undefined ? undefined : await getApiKey(db, actor, id);
      if (!apiKey || apiKey.revokedAt) return sendNotFound(db, request, reply);
      const site = await staffSiteContext(db, request, apiKeyRevokeHref(other, apiKey.id));
      return sendPage(reply, <RevokeApiKeyPage site={site} apiKey={apiKey} />);
    });

    app.post<IdParams>(revokePath, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      assertMayManageApiKeys(actor);
      const id = keyId(request.params.id);
      const outcome = id === undefined ? 'unknown' : await revokeApiKey(db, actor, id);
      if (outcome === 'unknown') return sendNotFound(db, request, reply);
      return reply.redirect(`${base}?done=revoked`, 303);
    });
  }
}

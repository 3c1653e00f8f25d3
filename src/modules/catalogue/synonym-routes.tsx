import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { rowIdSchema } from '../../db/row-id';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { LOCALES, type Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import { one, readForm } from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import * as synonyms from './synonym-service';
import { type SynonymFormError, type SynonymMessage, SynonymsPage, synonymText } from './views/synonyms-page';

/** The editors' page for the search's related terms, under the staff workspace. */
export const SYNONYM_PATHS: Record<Locale, string> = {
  lv: '/darbs/meklesanas-termini',
  en: '/en/work/search-terms',
};
const DELETE_SEGMENT: Record<Locale, string> = { lv: 'dzest', en: 'delete' };

export function synonymRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const base = SYNONYM_PATHS[locale];
    const deleteAction = (id: number) => `${base}/${id}/${DELETE_SEGMENT[locale]}`;

    async function render(
      request: FastifyRequest,
      reply: FastifyReply,
      values: { term: string; related: string },
      errors: SynonymFormError[],
    ) {
      const list = await synonyms.listSynonyms(db, signedInActor(request));
      const site = await staffSiteContext(db, request, SYNONYM_PATHS[other]);
      return sendPage(
        reply,
        <SynonymsPage
          site={site}
          action={base}
          deleteAction={deleteAction}
          synonyms={list}
          values={values}
          errors={errors}
        />,
        errors.length > 0 ? 400 : 200,
      );
    }

    app.get(base, guarded, (request, reply) => render(request, reply, { term: '', related: '' }, []));

    app.post(base, guarded, async (request, reply) => {
      const actor = signedInActor(request);
      synonyms.assertMay(actor);
      // readForm: without the control characters no text column holds (a NUL is no part of a term).
      const form = readForm(request.body);
      const values = { term: one(form, 'term'), related: one(form, 'related') };
      const parsed = synonyms.synonymInputSchema.safeParse(values);
      if (!parsed.success) {
        const errors = parsed.error.issues.map((issue) => ({
          field: issue.path[0] as SynonymFormError['field'],
          text: synonymText(locale, issue.message as SynonymMessage),
        }));
        return render(request, reply, values, errors);
      }
      const outcome = await synonyms.addSynonym(db, actor, parsed.data);
      if (outcome === 'duplicate') {
        const text = synonymText(locale, 'term.duplicate', { term: parsed.data.term });
        return render(request, reply, values, [{ field: 'term', text }]);
      }
      return reply.redirect(base, 303);
    });

    app.post<{ Params: { id: string } }>(
      `${base}/:id/${DELETE_SEGMENT[locale]}`,
      guarded,
      async (request, reply) => {
        const actor = signedInActor(request);
        const id = rowIdSchema.safeParse(request.params.id);
        synonyms.assertMay(actor);
        const deleted = id.success && (await synonyms.deleteSynonym(db, actor, id.data));
        if (!deleted) return sendNotFound(db, request, reply);
        return reply.redirect(base, 303);
      },
    );
  }
}

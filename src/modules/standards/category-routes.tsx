import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import type { Locale } from '../../platform/i18n';
import { sendNotFound } from '../../platform/web/error-pages';
import {
  type FieldError,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  showErrors,
} from '../../platform/web/form-values';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { FieldValidationError } from './errors';
import { fieldErrorMessage } from './messages';
import { categoryHref, SEGMENTS, standardHref } from './paths';
import { type CodeParams, nameOf, standardOf } from './route-helpers';
import { categorySchema } from './schema';
import * as standards from './service';
import { CategoryPage } from './views/category-page';

/**
 * The category of a service (…/standarti/{code}/kategorija): those who write its standards and the
 * administrator file it under another one, which settles an imported draft's "category" to-do item.
 */
export function categoryRoutes(app: FastifyInstance, deps: AppDeps, locale: Locale): void {
  const { db } = deps.database;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const guarded = { preHandler: requireStaff };
  const path = `${staffHref(locale, 'standards')}/:code/${SEGMENTS.category[locale]}`;

  const sendForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    standard: standards.StandardDetails,
    values: FormValues,
    errors: FieldError[],
  ) => {
    const code = standard.service.code;
    const categories = await standards.categoryChoices(db, signedInActor(request));
    const site = await staffSiteContext(db, request, categoryHref(other, code));
    return sendPage(
      reply,
      <CategoryPage
        site={site}
        code={code}
        name={nameOf(standard, locale)}
        current={standard.category}
        unsorted={standard.service.categoryCode === standards.UNSORTED_CATEGORY_CODE}
        categories={categories}
        values={values}
        errors={showErrors(errors, (key, field) => fieldErrorMessage(locale, key, field))}
      />,
      errors.length > 0 ? 400 : 200,
    );
  };

  app.get<CodeParams>(path, guarded, async (request, reply) => {
    const standard = await standardOf(deps, request, reply, 'category');
    if (!standard) return reply;
    const current = standard.service.categoryCode;
    const values: FormValues = current === standards.UNSORTED_CATEGORY_CODE ? {} : { category: current };
    return sendForm(request, reply, standard, values, []);
  });

  app.post<CodeParams>(path, guarded, async (request, reply) => {
    const actor = signedInActor(request);
    const standard = await standardOf(deps, request, reply, 'category');
    if (!standard) return reply;
    const code = standard.service.code;
    const values = readForm(request.body);
    const parsed = categorySchema.safeParse({ category: one(values, 'category') });
    if (!parsed.success) return sendForm(request, reply, standard, values, fieldErrors(parsed.error));
    try {
      const changed = await standards.changeCategory(db, actor, code, parsed.data.category);
      if (!changed) return sendNotFound(db, request, reply);
    } catch (error) {
      if (error instanceof FieldValidationError)
        return sendForm(request, reply, standard, values, error.errors);
      throw error;
    }
    return reply.redirect(standardHref(locale, code, 'done=category'), 303);
  });
}

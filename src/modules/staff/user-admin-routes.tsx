import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { staffHref } from '../../platform/auth/paths';
import { LOCALES, type Locale } from '../../platform/i18n';
import type { FormError } from '../../platform/web/components/form';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { staffText } from './messages';
import { userActionHref, userHref } from './paths';
import { newUserFormErrors, toFormErrors } from './routes';
import { editGrantsSchema, fieldErrors, grantsOfForm, userIdSchema } from './schema';
import * as staff from './service';
import { DeactivateUserPage } from './views/deactivate-user-page';
import { EditUserPage, roleValuesOf } from './views/edit-user-page';
import type { RoleValues } from './views/role-fields';

type IdParams = { Params: { id: string }; Querystring: Record<string, unknown> };

function typedRoles(body: unknown): RoleValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : '');
  const roles = Array.isArray(b.roles) ? b.roles.map(str) : typeof b.roles === 'string' ? [b.roles] : [];
  return {
    roles,
    headUnit: str(b.headUnit),
    specialistUnit: str(b.specialistUnit),
    clerkCentre: str(b.clerkCentre),
  };
}

function editErrors(locale: Locale, problems: staff.EditGrantsProblem[]): FormError[] {
  const own = problems.some((p) => p.problem === 'own_admin');
  const widen = problems.some((p) => p.problem === 'own_widen');
  const rest = problems.filter(
    (p): p is staff.NewUserProblem => p.problem !== 'own_admin' && p.problem !== 'own_widen',
  );
  const errors = newUserFormErrors(locale, rest);
  if (own && !errors.some((e) => e.field === 'roles'))
    errors.unshift({ field: 'roles', text: staffText(locale, 'error.ownAdmin') });
  if (widen && !errors.some((e) => e.field === 'roles'))
    errors.unshift({ field: 'roles', text: staffText(locale, 'error.ownWiden') });
  return errors;
}

/** The administrator's pages for one account: roles and scopes, deactivation with a confirmation, reactivation. */
export function userAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const idOf = (request: FastifyRequest<IdParams>) => {
      const parsed = userIdSchema.safeParse(request.params.id);
      return parsed.success ? parsed.data : undefined;
    };

    const renderEdit = async (
      request: FastifyRequest<IdParams>,
      reply: FastifyReply,
      user: staff.UserForAdmin,
      form?: { values: RoleValues; errors: FormError[] },
    ) => {
      const actor = signedInActor(request);
      const scopes = await staff.userFormOptions(db, actor);
      const site = await staffSiteContext(db, request, userHref(other, user.id));
      return sendPage(
        reply,
        <EditUserPage
          site={site}
          user={user}
          values={form?.values ?? roleValuesOf(user)}
          errors={form?.errors ?? []}
          scopes={scopes}
          saved={!form && request.query.saved === '1'}
        />,
        form && form.errors.length > 0 ? 400 : 200,
      );
    };

    app.get<IdParams>(userHref(locale, ':id'), guarded, async (request, reply) => {
      const id = idOf(request);
      const user = id && (await staff.getUserForAdmin(db, signedInActor(request), id));
      if (!user) return sendNotFound(db, request, reply);
      return renderEdit(request, reply, user);
    });

    app.post<IdParams>(userHref(locale, ':id'), guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const id = idOf(request);
      const user = id && (await staff.getUserForAdmin(db, actor, id));
      if (!user) return sendNotFound(db, request, reply);
      const values = typedRoles(request.body);
      const parsed = editGrantsSchema.safeParse(request.body ?? {});
      if (!parsed.success)
        return renderEdit(request, reply, user, {
          values,
          errors: toFormErrors(locale, fieldErrors(parsed.error)),
        });
      const result = await staff.updateUserGrants(db, actor, user.id, grantsOfForm(parsed.data));
      if (result === 'not_found') return sendNotFound(db, request, reply);
      if (!result.ok)
        return renderEdit(request, reply, user, { values, errors: editErrors(locale, result.problems) });
      return reply.redirect(`${userHref(locale, user.id)}?saved=1`, 303);
    });

    app.get<IdParams>(userActionHref(locale, ':id', 'deactivate'), guarded, async (request, reply) => {
      const id = idOf(request);
      const user = id && (await staff.getUserForAdmin(db, signedInActor(request), id));
      if (!user) return sendNotFound(db, request, reply);
      const actor = signedInActor(request);
      if (!user.active || (actor.kind === 'staff' && actor.id === user.id))
        return reply.redirect(userHref(locale, user.id), 303);
      const site = await staffSiteContext(db, request, userActionHref(other, user.id, 'deactivate'));
      return sendPage(reply, <DeactivateUserPage site={site} user={user} />);
    });

    app.post<IdParams>(userActionHref(locale, ':id', 'reactivate'), guarded, async (request, reply) => {
      const id = idOf(request);
      const outcome = id ? await staff.reactivateUser(db, signedInActor(request), id) : 'not_found';
      if (outcome === 'not_found') return sendNotFound(db, request, reply);
      return reply.redirect(`${staffHref(locale, 'users')}?notice=reactivated`, 303);
    });
  }
}

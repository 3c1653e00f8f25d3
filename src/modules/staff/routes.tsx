import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import type { RoleGrant } from '../../platform/auth/actor';
import { authCookies } from '../../platform/auth/cookies';
import { requireStaff, signedInActor } from '../../platform/auth/guard';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password';
import { safeNext, staffHref } from '../../platform/auth/paths';
import * as auth from '../../platform/auth/service';
import { LOCALES, type Locale } from '../../platform/i18n';
import type { FormError } from '../../platform/web/components/form';
import { sendNotFound } from '../../platform/web/error-pages';
import { sendPage } from '../../platform/web/render';
import { staffSiteContext } from '../../platform/web/staff-layout';
import { staffText } from './messages';
import { newUserHref, userActionHref } from './paths';
import { changePasswordSchema, fieldErrors, newUserSchema, signInSchema, userIdSchema } from './schema';
import * as staff from './service';
import { DashboardPage } from './views/dashboard-page';
import { EMPTY_NEW_USER, NewUserPage, type NewUserValues } from './views/new-user-page';
import { PasswordPage } from './views/password-page';
import { SignInPage } from './views/sign-in-page';
import { type UsersNotice, UsersPage } from './views/users-page';

const noticeSchema = z.object({
  notice: z.enum(['created', 'deactivated', 'revoked', 'self']).optional().catch(undefined),
  count: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});

function toFormErrors(locale: Locale, errors: Record<string, Parameters<typeof staffText>[1]>): FormError[] {
  const params = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  return Object.entries(errors).map(([field, key]) => ({ field, text: staffText(locale, key, params) }));
}

/** Maps what the service found wrong with a new user to the form's fields. */
function newUserFormErrors(locale: Locale, problems: staff.NewUserProblem[]): FormError[] {
  const byField: Record<string, Parameters<typeof staffText>[1]> = {};
  const scopeField = (g: RoleGrant) =>
    g.role === 'head' ? 'headUnit' : g.role === 'specialist' ? 'specialistUnit' : 'clerkCentre';
  for (const p of problems) {
    if (p.problem === 'email_taken') byField.email ??= 'error.emailTaken';
    else if (p.problem === 'email_invalid') byField.email ??= 'error.emailInvalid';
    else if (p.problem === 'name_invalid') byField.name ??= 'error.nameInvalid';
    else if (p.problem === 'password_short') byField.password ??= 'error.passwordShort';
    else if (p.problem === 'password_long') byField.password ??= 'error.passwordLong';
    else if (p.problem === 'no_role' || p.problem === 'role_unknown') byField.roles ??= 'error.roleRequired';
    else if (p.problem === 'centre_unknown') byField.clerkCentre ??= 'error.centreUnknown';
    else if ('grant' in p)
      byField[scopeField(p.grant)] ??= p.grant.role === 'clerk' ? 'error.centreUnknown' : 'error.unitUnknown';
  }
  return toFormErrors(locale, byField);
}

function formValues(body: unknown): NewUserValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 500) : '');
  const roles = Array.isArray(b.roles) ? b.roles.map(str) : typeof b.roles === 'string' ? [b.roles] : [];
  return {
    email: str(b.email),
    name: str(b.name),
    roles,
    headUnit: str(b.headUnit),
    specialistUnit: str(b.specialistUnit),
    clerkCentre: str(b.clerkCentre),
  };
}

/** The staff workspace shell: sign-in and sign-out, password, dashboard, and the users page. */
export function staffRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const cookies = authCookies(deps.config);
  const guarded = { preHandler: requireStaff };

  for (const locale of LOCALES) {
    const other: Locale = locale === 'lv' ? 'en' : 'lv';
    const site = (request: FastifyRequest, alternateUrl: string) =>
      staffSiteContext(db, request, alternateUrl);

    const renderSignIn = async (
      request: FastifyRequest,
      reply: FastifyReply,
      opts: { email: string; next?: string; errors: FormError[]; signedOut?: boolean },
      status = 200,
    ) =>
      sendPage(
        reply,
        <SignInPage
          site={await site(request, staffHref(other, 'signIn'))}
          email={opts.email}
          next={safeNext(opts.next)}
          errors={opts.errors}
          signedOut={Boolean(opts.signedOut)}
        />,
        status,
      );

    app.get<{ Querystring: Record<string, unknown> }>(
      staffHref(locale, 'signIn'),
      { config: { allowAnonymous: true } },
      async (request, reply) => {
        const next = safeNext(request.query.next);
        if (request.actor) return reply.redirect(next ?? staffHref(locale, 'dashboard'), 303);
        return renderSignIn(request, reply, {
          email: '',
          next,
          errors: [],
          signedOut: request.query.signedOut === '1',
        });
      },
    );

    app.post(
      staffHref(locale, 'signIn'),
      { config: { allowAnonymous: true, rateLimit: { ...auth.SIGN_IN_RATE_LIMIT } } },
      async (request, reply) => {
        const parsed = signInSchema.safeParse(request.body ?? {});
        const typed = formValues(request.body).email;
        const next = formNext(request.body);
        if (!parsed.success) {
          return renderSignIn(
            request,
            reply,
            { email: typed, next, errors: toFormErrors(locale, fieldErrors(parsed.error)) },
            400,
          );
        }
        const result = await auth.signIn(db, {
          email: parsed.data.email,
          password: parsed.data.password,
          ip: request.ip ?? null,
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (!result.ok) {
          const text = staffText(locale, 'signIn.failed', { minutes: auth.LOCKOUT_MINUTES });
          return renderSignIn(
            request,
            reply,
            { email: typed, next, errors: [{ field: 'email', text }] },
            400,
          );
        }
        reply.setCookie(cookies.session, result.token, {
          ...cookies.options,
          maxAge: auth.SESSION_ABSOLUTE_HOURS * 60 * 60,
        });
        return reply.redirect(safeNext(next) ?? staffHref(locale, 'dashboard'), 303);
      },
    );

    app.post(staffHref(locale, 'signOut'), guarded, async (request, reply) => {
      if (request.staffSession) await auth.signOut(db, request.staffSession);
      reply.clearCookie(cookies.session, cookies.options);
      return reply.redirect(`${staffHref(locale, 'signIn')}?signedOut=1`, 303);
    });

    app.get(staffHref(locale, 'dashboard'), guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const scopes = await staff.scopeOptions(db);
      return sendPage(
        reply,
        <DashboardPage
          site={await site(request, staffHref(other, 'dashboard'))}
          actor={actor}
          scopes={scopes}
        />,
      );
    });

    app.get<{ Querystring: Record<string, unknown> }>(
      staffHref(locale, 'password'),
      guarded,
      async (request, reply) => {
        const changed = request.query.changed === '1';
        return sendPage(
          reply,
          <PasswordPage
            site={await site(request, staffHref(other, 'password'))}
            errors={[]}
            changed={changed}
          />,
        );
      },
    );

    app.post(staffHref(locale, 'password'), guarded, async (request, reply) => {
      const session = request.staffSession!;
      const parsed = changePasswordSchema.safeParse(request.body ?? {});
      let errors: FormError[] = [];
      if (!parsed.success) errors = toFormErrors(locale, fieldErrors(parsed.error));
      else {
        const result = await auth.changePassword(db, session, {
          current: parsed.data.current,
          next: parsed.data.next,
        });
        if (result.ok) return reply.redirect(`${staffHref(locale, 'password')}?changed=1`, 303);
        errors = toFormErrors(locale, { current: 'error.currentWrong' });
      }
      return sendPage(
        reply,
        <PasswordPage
          site={await site(request, staffHref(other, 'password'))}
          errors={errors}
          changed={false}
        />,
        400,
      );
    });

    app.get<{ Querystring: Record<string, unknown> }>(
      staffHref(locale, 'users'),
      guarded,
      async (request, reply) => {
        const users = await staff.listUsers(db, signedInActor(request));
        const scopes = await staff.scopeOptions(db);
        const q = noticeSchema.parse(request.query ?? {});
        const notice: UsersNotice | undefined =
          q.notice === 'revoked'
            ? { kind: 'revoked', count: q.count ?? 0 }
            : q.notice
              ? { kind: q.notice }
              : undefined;
        return sendPage(
          reply,
          <UsersPage
            site={await site(request, staffHref(other, 'users'))}
            users={users}
            scopes={scopes}
            notice={notice}
          />,
        );
      },
    );

    const renderNewUser = async (
      request: FastifyRequest,
      reply: FastifyReply,
      values: NewUserValues,
      errors: FormError[],
    ) => {
      const scopes = await staff.userFormOptions(db, signedInActor(request));
      return sendPage(
        reply,
        <NewUserPage
          site={await site(request, newUserHref(other))}
          values={values}
          errors={errors}
          scopes={scopes}
        />,
        errors.length > 0 ? 400 : 200,
      );
    };

    app.get(newUserHref(locale), guarded, (request, reply) =>
      renderNewUser(request, reply, EMPTY_NEW_USER, []),
    );

    app.post(newUserHref(locale), guarded, async (request, reply) => {
      const actor = signedInActor(request);
      const values = formValues(request.body);
      const parsed = newUserSchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        await staff.userFormOptions(db, actor); // refuses a non-administrator before showing field errors
        return renderNewUser(request, reply, values, toFormErrors(locale, fieldErrors(parsed.error)));
      }
      const f = parsed.data;
      const grants: RoleGrant[] = [
        ...f.roles.map((role) => ({ role })),
        ...(f.headUnit ? [{ role: 'head' as const, unit: f.headUnit }] : []),
        ...(f.specialistUnit ? [{ role: 'specialist' as const, unit: f.specialistUnit }] : []),
        ...(f.clerkCentre ? [{ role: 'clerk' as const, centre: f.clerkCentre }] : []),
      ];
      const result = await staff.createUser(db, actor, {
        email: f.email,
        name: f.name,
        password: f.password,
        grants,
      });
      if (!result.ok)
        return renderNewUser(request, reply, values, newUserFormErrors(locale, result.problems));
      return reply.redirect(`${staffHref(locale, 'users')}?notice=created`, 303);
    });

    app.post<{ Params: { id: string } }>(
      userActionHref(locale, ':id', 'deactivate'),
      guarded,
      async (request, reply) => {
        const id = userIdSchema.safeParse(request.params.id);
        const outcome = id.success
          ? await staff.deactivateUser(db, signedInActor(request), id.data)
          : 'not_found';
        if (outcome === 'not_found') return sendNotFound(db, request, reply);
        const notice = outcome === 'self' ? 'self' : 'deactivated';
        return reply.redirect(`${staffHref(locale, 'users')}?notice=${notice}`, 303);
      },
    );

    app.post<{ Params: { id: string } }>(
      userActionHref(locale, ':id', 'endSessions'),
      guarded,
      async (request, reply) => {
        const id = userIdSchema.safeParse(request.params.id);
        const count = id.success
          ? await staff.revokeUserSessions(db, signedInActor(request), id.data)
          : undefined;
        if (count === undefined) return sendNotFound(db, request, reply);
        return reply.redirect(`${staffHref(locale, 'users')}?notice=revoked&count=${count}`, 303);
      },
    );
  }
}

function formNext(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const next = (body as Record<string, unknown>).next;
  return safeNext(next);
}

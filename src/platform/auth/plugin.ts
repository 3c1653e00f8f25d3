import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import type { AppDeps } from '../../deps';
import { CsrfError } from '../errors';
import { routePath } from '../http/route-path';
import type { Actor } from './actor';
import { authCookies } from './cookies';
import { submittedCsrfToken } from './csrf';
import { requireStaff } from './guard';
import { isStaffPath } from './paths';
import {
  PASSWORD_CHANGE_RATE_LIMIT,
  resolveSession,
  SIGN_IN_RATE_LIMIT,
  type StaffSession,
  sameSecret,
} from './service';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member of staff (set on staff pages only), or null. */
    actor: Actor | null;
    staffSession: StaffSession | null;
    /** The token forms on this page must carry (csrfField puts it in). */
    csrfToken: string | null;
  }
  interface FastifyInstance {
    /** Every staff route (method and URL pattern), for the authorisation test to check its table against. */
    staffRouteList: StaffRouteEntry[];
    /** onRequest hook of both sign-in forms: one budget per client address for the two of them. */
    signInRateLimit: preHandlerAsyncHookHandler;
    /** onRequest hook of both password forms: one budget per session. */
    passwordChangeRateLimit: preHandlerAsyncHookHandler;
  }
  interface FastifyContextConfig {
    /** A staff page open to visitors who are not signed in (the sign-in page). */
    allowAnonymous?: boolean;
  }
}

export interface StaffRouteEntry {
  method: string;
  url: string;
  allowAnonymous: boolean;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN_CSRF_MAX_AGE = 2 * 60 * 60;

/**
 * Staff authentication for the whole app: cookies, the session of each staff-page request
 * (request.actor), the CSRF check of every state-changing staff request, and login rate limits.
 * Register it before the routes.
 */
export async function registerAuth(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const cookies = authCookies(deps.config);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // One limiter (one counter store) shared by the routes of both languages, not one per route.
  app.decorate('signInRateLimit', app.rateLimit({ ...SIGN_IN_RATE_LIMIT }));
  app.decorate(
    'passwordChangeRateLimit',
    app.rateLimit({
      ...PASSWORD_CHANGE_RATE_LIMIT,
      keyGenerator: (request) => request.staffSession?.idHash ?? request.ip,
    }),
  );

  app.decorateRequest('actor', null);
  app.decorateRequest('staffSession', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('apiKey', null); // set by requireApiKey (api-keys.ts) on API routes

  const staffRouteList: StaffRouteEntry[] = [];
  app.decorate('staffRouteList', staffRouteList);
  app.addHook('onRoute', (route) => {
    assertGuarded(route);
    if (!isStaffPath(route.url)) return;
    for (const method of [route.method].flat()) {
      staffRouteList.push({ method, url: route.url, allowAnonymous: Boolean(route.config?.allowAnonymous) });
    }
  });

  // Public requests (most of them) pass with no session look-up and no promise.
  const attachStaff = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    const token = request.cookies[cookies.session];
    if (token) {
      const session = await resolveSession(db, token);
      if (session) {
        request.staffSession = session;
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
        return;
      }
      reply.clearCookie(cookies.session, cookies.options);
    }
    let signInToken = request.cookies[cookies.signInCsrf];
    if (!signInToken || !/^[A-Za-z0-9_-]{43}$/.test(signInToken)) {
      signInToken = randomBytes(32).toString('base64url');
      reply.setCookie(cookies.signInCsrf, signInToken, { ...cookies.options, maxAge: SIGN_IN_CSRF_MAX_AGE });
    }
    request.csrfToken = signInToken;
  };
  app.addHook('onRequest', (request, reply, done) => {
    if (!isStaffPath(routePath(request))) done();
    else attachStaff(request, reply).then(() => done(), done);
  });

  // preHandler runs after the body is parsed, so the form's token can be read.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!STATE_CHANGING.has(request.method) || !isStaffPath(routePath(request))) return done();
    const sent = submittedCsrfToken(request);
    const expected = [request.staffSession?.csrfToken];
    if (request.routeOptions.config.allowAnonymous) expected.push(request.cookies[cookies.signInCsrf]);
    // requireStaff sends the visitor to sign in; nothing changes
    else if (!request.staffSession) return done();
    if (!sent || !expected.some((token) => token && sameSecret(sent, token))) return done(new CsrfError());
    done();
  });
}

/** Fails at start-up if a staff route forgot requireStaff: no staff page can be open by mistake. */
function assertGuarded(route: RouteOptions): void {
  if (!isStaffPath(route.url) || route.config?.allowAnonymous) return;
  const preHandlers = [route.preHandler ?? []].flat();
  if (!preHandlers.includes(requireStaff)) {
    throw new Error(`Staff route ${String(route.method)} ${route.url} must have preHandler requireStaff`);
  }
}

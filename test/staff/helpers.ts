import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/connection';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoStaff } from '../../src/modules/staff/demo-accounts';
import type { Role } from '../../src/platform/auth/actor';

export { DEMO_PASSWORD };

/** The demo account of a role (created by the demo data; ensureDemoStaff makes sure). */
export function demoEmail(role: Role): string {
  const account = DEMO_ACCOUNTS.find((a) => a.email.startsWith(`${role}@`));
  assert.ok(account, `no demo account for ${role}`);
  return account.email;
}

export async function ensureDemoStaff(db: Db): Promise<void> {
  await seedDemoStaff(db);
}

let ipCounter = 0;
/** A different client address for each sign-in, so that the per-IP rate limit stays out of the way. */
export function freshIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export function csrfFrom(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, 'the page has no CSRF field');
  return token;
}

/** The name=value pairs a response sets, for sending back as a Cookie header. */
export function cookiesFrom(setCookie: string | string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of [setCookie ?? []].flat()) {
    const [pair] = line.split(';');
    const i = pair!.indexOf('=');
    out[pair!.slice(0, i)] = pair!.slice(i + 1);
  }
  return out;
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

export interface Browser {
  /** The session token in the cookie. */
  token: string;
  cookie: string;
  csrf: string;
}

/** Opens the sign-in page and submits it, as a browser would; fails the test if sign-in does not work. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Browser> {
  const ip = freshIp();
  const page = await app.inject({ url: '/darbs/ieiet', headers: { 'x-forwarded-for': ip } });
  const jar = cookiesFrom(page.headers['set-cookie']);
  const res = await app.inject({
    method: 'POST',
    url: '/darbs/ieiet',
    headers: { cookie: cookieHeader(jar), 'x-forwarded-for': ip },
    payload: { _csrf: csrfFrom(page.body), email, password },
  });
  assert.equal(res.statusCode, 303, `sign-in of ${email} failed: ${res.statusCode}`);
  const token = cookiesFrom(res.headers['set-cookie']).pietura_session;
  assert.ok(token, 'no session cookie');
  const cookie = `pietura_session=${token}`;
  const dashboard = await app.inject({ url: '/darbs', headers: { cookie } });
  assert.equal(dashboard.statusCode, 200);
  return { token, cookie, csrf: csrfFrom(dashboard.body) };
}

export const ALL_ROLES: Role[] = ['admin', 'manager', 'editor', 'head', 'specialist', 'clerk'];

/** A urlencoded form body, as a browser sends it (repeated names for several values). */
export function formBody(fields: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value ?? []].flat()) params.append(name, v);
  }
  return params.toString();
}

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' } as const;

/** Submits a form as the signed-in browser, with its CSRF token unless the fields say otherwise. */
export function postForm(
  app: FastifyInstance,
  browser: Browser,
  url: string,
  fields: Record<string, string | string[] | undefined> = {},
) {
  return app.inject({
    method: 'POST',
    url,
    headers: { ...FORM, cookie: browser.cookie },
    payload: formBody({ _csrf: browser.csrf, ...fields }),
  });
}

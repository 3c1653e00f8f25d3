import type { CookieSerializeOptions } from '@fastify/cookie';
import type { Config } from '../../config';

export interface AuthCookies {
  /** The session token (HttpOnly). */
  session: string;
  /** The CSRF token of the sign-in form, before there is a session (double-submit cookie). */
  signInCsrf: string;
  options: CookieSerializeOptions;
}

/**
 * Cookie names and flags. Behind https the names carry the __Host- prefix, which browsers accept only
 * with Secure, Path=/ and no Domain: no other site or subdomain can plant or read them.
 */
export function authCookies(config: Pick<Config, 'PIETURA_PUBLIC_URL'>): AuthCookies {
  const secure = config.PIETURA_PUBLIC_URL.startsWith('https:');
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}pietura_session`,
    signInCsrf: `${prefix}pietura_signin_csrf`,
    options: { path: '/', httpOnly: true, sameSite: 'lax', secure },
  };
}

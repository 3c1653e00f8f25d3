// The Open311 benchmarks' database (open311.ts, open311-profile.ts): the demo data, the test form on one more
// service, an API key without a practical rate limit, and the POSTs: many different requests for every service
// that takes applications (open311-requests.ts). `rotating` sends them in turn from autocannon's connections.
import type autocannon from 'autocannon';
import type { Database } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';
import { FORM, form, SERVICE, setForm, validRequest } from '../open311/helpers';
import { type Open311Post, variedOpen311Requests } from './open311-requests';

/** Different POSTs the benchmarks send, in turn. */
const POSTS = 2000;

export async function prepareOpen311Bench(
  database: Database,
): Promise<{ keyId: number; key: string; body: string; posts: Open311Post[]; services: number }> {
  await database.migrate();
  await seedDemo(database.db);
  await setForm(database.db, SERVICE, FORM);
  const key = await createApiKey(database.db, systemActor('bench'), {
    name: 'Bench',
    requestsPerMinute: 1_000_000,
  });
  if (!key.ok) throw new Error(key.problem);
  const { 'attribute[power]': _power, ...request } = validRequest(key.key);
  const { posts, services } = await variedOpen311Requests(database.db, key.key, POSTS);
  return {
    keyId: key.id,
    key: key.key,
    body: form({ ...request, 'attribute[electricity]': 'no' }),
    posts,
    services,
  };
}

/** Files every one of `posts` once (four at a time), so that a request the app refuses stops the bench before it measures. */
export async function checkPosts(base: string, posts: Open311Post[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < posts.length) {
      const p = posts[next++]!;
      const res = await fetch(`${base}${p.path}`, { method: 'POST', headers: p.headers, body: p.body });
      if (res.status !== 201)
        throw new Error(`POST ${p.path} answers ${res.status}: ${await res.text()}\n${p.body}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** autocannon's options sending `posts` in turn, each connection the next one not yet sent. */
export function rotating(base: string, posts: Open311Post[], connections: number): autocannon.Options {
  let next = 0;
  return {
    url: base,
    connections,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const p = posts[next++ % posts.length]!;
          return { ...req, method: 'POST', path: p.path, headers: p.headers, body: p.body };
        },
      },
    ],
  };
}

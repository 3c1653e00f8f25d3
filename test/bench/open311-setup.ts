// The Open311 benchmarks' database (open311.ts, open311-profile.ts): the demo data, the test form on the
// benchmarked service, an API key without a practical rate limit, and the body of a valid POST.
import type { Database } from '../../src/db/connection';
import { seedDemo } from '../../src/modules/demo/seed';
import { systemActor } from '../../src/platform/auth/actor';
import { createApiKey } from '../../src/platform/auth/api-keys';
import { FORM, form, SERVICE, setForm, validRequest } from '../open311/helpers';

export async function prepareOpen311Bench(database: Database): Promise<{ keyId: number; body: string }> {
  await database.migrate();
  await seedDemo(database.db);
  await setForm(database.db, SERVICE, FORM);
  const key = await createApiKey(database.db, systemActor('bench'), {
    name: 'Bench',
    requestsPerMinute: 1_000_000,
  });
  if (!key.ok) throw new Error(key.problem);
  const { 'attribute[power]': _power, ...request } = validRequest(key.key);
  return { keyId: key.id, body: form({ ...request, 'attribute[electricity]': 'no' }) };
}

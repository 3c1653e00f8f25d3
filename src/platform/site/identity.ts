import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { municipality } from '../../db/schema';

export type MunicipalityIdentity = typeof municipality.$inferSelect;

const TTL_MS = 10_000;
const cache = new WeakMap<Db, { at: number; value: MunicipalityIdentity | null }>();

/** The municipality running this installation; read often, so kept for a few seconds per process. */
export async function getMunicipality(db: Db): Promise<MunicipalityIdentity | null> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const [row] = await db.select().from(municipality).where(eq(municipality.id, 1));
  const value = row ?? null;
  cache.set(db, { at: Date.now(), value });
  return value;
}

export function forgetMunicipality(db: Db): void {
  cache.delete(db);
}

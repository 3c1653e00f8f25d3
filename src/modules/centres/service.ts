import type { Db } from '../../db/connection';
import * as store from './store';

export type { CentreRow } from './store';

export async function listCentres(db: Db): Promise<store.CentreRow[]> {
  return store.selectCentres(db);
}

export async function getCentre(db: Db, code: string) {
  const c = await store.selectCentre(db, code);
  if (!c) return undefined;
  const [hours, exceptions] = await Promise.all([store.selectHours(db, [c.id]), store.selectExceptions(db, [c.id])]);
  return { centre: c, hours, exceptions };
}

import { sql } from 'drizzle-orm';
import { type Database, type Db, query } from '../../src/db/connection';
import type { ApplicationInput } from '../../src/modules/cases/service';
import { seedDemo } from '../../src/modules/demo/seed';
import type { Actor, RoleGrant } from '../../src/platform/auth/actor';
import { freshDatabase } from '../helpers/db';

/** A one-page PDF: enough for the type check from the bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export interface World {
  database: Database;
  db: Db;
  clerk: Actor;
  otherClerk: Actor;
  specialist: Actor;
  head: Actor;
  manager: Actor;
  admin: Actor;
  editor: Actor;
  /** A specialist of another unit. */
  stranger: Actor;
  /** A published service of the specialist's unit, its version in force, and one done on the spot. */
  versionId: number;
  serviceId: number;
  onTheSpotVersionId: number;
}

async function staffActor(db: Db, email: string, grants: RoleGrant[]): Promise<Actor> {
  const [row] = await query<{ id: number; name: string }>(
    db,
    sql`SELECT id, name FROM staff_user WHERE email = ${email}`,
  );
  if (row) return { kind: 'staff', id: row.id, name: row.name, grants };
  const [created] = await query<{ id: number }>(
    db,
    sql`INSERT INTO staff_user (email, name, password_hash) VALUES (${email}, ${email}, 'x') RETURNING id`,
  );
  for (const g of grants)
    await db.execute(
      sql`INSERT INTO role_grant (user_id, role, unit_code, centre_code) VALUES (${created!.id}, ${g.role}, ${g.unit ?? null}, ${g.centre ?? null})`,
    );
  return { kind: 'staff', id: created!.id, name: email, grants };
}

export async function world(): Promise<World> {
  const database = await freshDatabase();
  const db = database.db;
  await seedDemo(db);
  const unit = 'socialais-dienests';
  const [svc] = await query<{ serviceId: number; versionId: number }>(
    db,
    sql`SELECT s.id AS "serviceId", v.id AS "versionId" FROM service s JOIN organisation o ON o.id = s.owner_id
        JOIN service_version v ON v.service_id = s.id AND v.status = 'published'
        WHERE o.code = ${unit} AND NOT v.on_the_spot AND v.processing_time_unit = 'working_days'
        ORDER BY s.id LIMIT 1`,
  );
  const [spot] = await query<{ versionId: number }>(
    db,
    sql`SELECT v.id AS "versionId" FROM service_version v WHERE v.status = 'published' AND v.on_the_spot ORDER BY v.id LIMIT 1`,
  );
  return {
    database,
    db,
    clerk: await staffActor(db, 'clerk@ilukste.example', [{ role: 'clerk', centre: 'ilukste' }]),
    otherClerk: await staffActor(db, 'clerk2@subate.example', [{ role: 'clerk', centre: 'subate' }]),
    specialist: await staffActor(db, 'specialist@ilukste.example', [{ role: 'specialist', unit }]),
    head: await staffActor(db, 'head@ilukste.example', [{ role: 'head', unit }]),
    manager: await staffActor(db, 'manager@ilukste.example', [{ role: 'manager' }]),
    admin: await staffActor(db, 'admin@ilukste.example', [{ role: 'admin' }]),
    editor: await staffActor(db, 'editor@ilukste.example', [{ role: 'editor' }]),
    stranger: await staffActor(db, 'builder@ilukste.example', [{ role: 'specialist', unit: 'buvvalde' }]),
    versionId: svc!.versionId,
    serviceId: svc!.serviceId,
    onTheSpotVersionId: spot!.versionId,
  };
}

let keys = 0;
export function application(w: World, overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  keys++;
  return {
    serviceVersionId: w.versionId,
    applicant: {
      kind: 'person',
      personalCode: '32000000000',
      name: 'Jānis Bērziņš',
      email: 'janis@example.lv',
      preferredLanguage: 'lv',
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: { note: 'Lūdzu piešķirt pabalstu' },
    documents: [{ filename: 'iesniegums.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'subate' },
    idempotencyKey: `key-${process.pid}-${keys}-${Math.random()}`,
    ...overrides,
  };
}

// What the intake benchmarks file (cases.ts, intake-cpu.ts, intake-profile.ts): a postal application with
// one scanned PDF, its applicant's personal code made from `k` so that every call is a new person.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, query } from '../../src/db/connection';
import type { ApplicationInput } from '../../src/modules/cases/service';
import type { Actor } from '../../src/platform/auth/actor';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export function benchApplication(versionId: number, k: string, keyPrefix = 'bench'): ApplicationInput {
  return {
    serviceVersionId: versionId,
    applicant: {
      kind: 'person',
      personalCode: `32${k.padStart(9, '0').slice(-9)}`,
      name: 'Bench Person',
      email: 'bench@example.lv',
    },
    channel: 'post',
    centreCode: 'ilukste',
    fields: { note: 'benchmark' },
    documents: [{ filename: 'scan.pdf', bytes: PDF }],
    delivery: { channel: 'centre', centreCode: 'subate' },
    idempotencyKey: `${keyPrefix}-${k}-${randomBytes(4).toString('hex')}`,
  };
}

/**
 * The demo's first clerk, who files the benchmarks' applications. `read` is the query function of the sources
 * measured (intake-profile.ts may load another copy of them).
 */
export async function benchClerk(db: Db, read: typeof query = query): Promise<Actor> {
  const [row] = await read<{ id: number; name: string; centre: string | null }>(
    db,
    sql`SELECT u.id, u.name, g.centre_code AS centre FROM staff_user u JOIN role_grant g ON g.user_id = u.id
        WHERE g.role = 'clerk' ORDER BY u.id LIMIT 1`,
  );
  if (!row) throw new Error('The demo data has no clerk');
  return {
    kind: 'staff',
    id: row.id,
    name: row.name,
    grants: [{ role: 'clerk', unit: null, centre: row.centre }],
  };
}

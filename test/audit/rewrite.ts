import { sql } from 'drizzle-orm';
import { type Db, query } from '../../src/db/connection';
import { rowHash } from '../../src/platform/audit/chain';
import { rowHashSql, selectAuditPage } from '../../src/platform/audit/store';

/**
 * What an attacker with the database's superuser would do to hide an edit: change one row, then
 * re-hash it and every row after it and move the chain head, so that `audit verify` passes again.
 */
export async function editAndRehash(db: Db, id: string, after: unknown): Promise<void> {
  const rows = await selectAuditPage(db, '0', 1_000_000);
  const start = rows.findIndex((r) => r.id === id);
  if (start === -1) throw new Error(`no audit row ${id}`);
  await db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER ALL`);
  try {
    let prevHash = start === 0 ? rows[0]!.prevHash : rows[start - 1]!.hash;
    for (const row of rows.slice(start)) {
      const fields = { ...row, after: row.id === id ? after : row.after, prevHash };
      // Rows of hash_version 2 are hashed by the database: the attacker has it hash the edited row.
      const hash = row.hashVersion === 2 ? sql`${rowHashSql('audit_log')}` : sql`${rowHash(fields)}`;
      await db.execute(sql`UPDATE audit_log SET after = ${JSON.stringify(fields.after)}::jsonb,
          prev_hash = ${prevHash} WHERE id = ${row.id}::bigint`);
      const [rehashed] = await query<{ hash: string }>(
        db,
        sql`UPDATE audit_log SET hash = ${hash} WHERE id = ${row.id}::bigint RETURNING hash`,
      );
      prevHash = rehashed!.hash;
    }
    await db.execute(sql`UPDATE audit_chain_head SET last_hash = ${prevHash} WHERE id = 1`);
  } finally {
    await db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER ALL`);
  }
}

import { type SQL, sql } from 'drizzle-orm';
import { WRITES_NO_CATALOGUE } from '../../db/catalogue-revision';
import { type Db, preparedQuery } from '../../db/connection';
import type { Actor } from '../auth/actor';
import { appendInGroup, type PlainAuditRow } from './batch';
import { asStoredJson, GENESIS_HASH, rowHash } from './chain';
import * as store from './store';

/** An open transaction: audit rows are written in the same transaction as the change they record. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AuditEntry {
  /** Who did it; null for someone not signed in (e.g. a failed sign-in). */
  actor: Actor | null;
  /** What happened, as `area.verb`: `staff.user_created`, `standard.approved`… */
  action: string;
  /** The kind of record changed (a table name) and its id. */
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** When, who and what of an audit row: the part every way of appending one writes alike. */
function whoAndWhat(entry: Pick<AuditEntry, 'actor' | 'action' | 'entity'>) {
  return {
    at: new Date().toISOString(),
    actorKind: entry.actor?.kind ?? 'anonymous',
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor?.name ?? null,
    action: entry.action,
    entity: entry.entity,
  };
}

function rowValues(entry: AuditEntry, expressions: AuditExpressions): store.AuditRowValues {
  const json = (v: unknown) => {
    const stored = asStoredJson(v);
    return sql`${stored === null ? null : JSON.stringify(stored)}`;
  };
  return {
    ...whoAndWhat(entry),
    entityId:
      expressions.entityIdSql ??
      sql`${entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId)}`,
    before: json(entry.before),
    after: expressions.afterSql ?? json(entry.after),
  };
}

/**
 * WITH clauses (without the WITH) that append the audit row of `entry`, for a caller that makes its own
 * writes in the same statement: one round trip for the change and its audit row. `after` is a condition
 * evaluated before the chain head is locked, so that a lock the caller's clauses take (the registry
 * counter) comes first, in the order every writer takes them; `afterSql` gives the row's `after` as an
 * expression over the caller's clauses (e.g. the registration number the statement takes), and `entityIdSql`
 * the id of a row the statement writes. The clause
 * `audit_head` returns the new row's id.
 */
export function auditCtes(entry: AuditEntry, opts: AuditExpressions & { after?: SQL } = {}): SQL {
  return store.appendCtes(rowValues(entry, opts), opts.after);
}

/**
 * An audit row as JSON, for a statement that appends rows from a JSON parameter (auditColumnsOfJson,
 * chainedAuditCtes): before and after as they will be stored.
 */
export function auditJson(entry: AuditEntry): PlainAuditRow {
  return {
    ...whoAndWhat(entry),
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    before: asStoredJson(entry.before),
    after: asStoredJson(entry.after),
  };
}

/**
 * For a statement that appends audit rows from a JSON parameter together with its own writes: the audit
 * columns read from JSON (auditJson's), and the clauses that chain those rows after the head the caller's
 * `audit_lock` gives (see the store).
 */
export const auditColumnsOfJson = store.auditColumnsOfJson;
export const chainedAuditCtes = store.chainedAuditCtes;

/** Values of the audit row given as expressions over the caller's clauses. */
export interface AuditExpressions {
  afterSql?: SQL;
  entityIdSql?: SQL;
}

/**
 * Appends one row to the hash chain, inside the caller's transaction: if that transaction rolls back,
 * the audit row goes with it. Locking the chain head serialises concurrent writers, so ids and links
 * follow the order in which rows join the chain. One statement: the database hashes the row (ADR 0009).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<string> {
  return appendRow(tx, entry);
}

async function appendRow(db: Db, entry: AuditEntry): Promise<string> {
  const [row] = await preparedQuery<{ id: string }>(
    db,
    sql`${sql.raw(WRITES_NO_CATALOGUE)} WITH ${auditCtes(entry)} SELECT id::text AS id FROM audit_head`,
  );
  if (!row) throw new Error('audit_chain_head is missing: run the migrations');
  return row.id;
}

/**
 * One audit row committed on its own before the promise resolves: for a read, which changes nothing the
 * row would have to be atomic with. Rows asked for at the same moment share a statement (ADR 0012).
 */
export async function recordAuditAlone(db: Db, entry: AuditEntry): Promise<string> {
  return appendInGroup(db, auditJson(entry));
}

export type AuditProblemKind = 'edited' | 'inserted' | 'deleted';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The id of the first row found edited, inserted or deleted. */
  id: string;
  detail: string;
}

export type AuditVerification =
  | { ok: true; count: number; lastHash: string; lastId: string }
  | { ok: false; count: number; problem: AuditProblem };

interface Link {
  id: string | null;
  hash: string;
}

const PAGE = 1000;

/**
 * Walks the whole chain in id order and reports the first row that breaks it. It reads one snapshot
 * (repeatable read), so rows appended meanwhile neither disturb nor join the check.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  return db.transaction(
    async (tx) => {
      const head = await store.readChainHead(tx);
      if (!head)
        return {
          ok: false,
          count: 0,
          problem: { kind: 'deleted', id: '0', detail: 'audit_chain_head is missing' },
        };
      let prev: Link = { id: null, hash: GENESIS_HASH };
      let count = 0;
      let afterId = '0';
      for (;;) {
        const page = await store.selectAuditPage(tx, afterId, PAGE);
        for (const row of page) {
          const problem = await checkRow(tx, row, prev, head);
          if (problem) return { ok: false, count, problem };
          prev = { id: row.id, hash: row.hash };
          count++;
        }
        if (page.length < PAGE) break;
        afterId = page[page.length - 1]!.id;
      }
      const problem = checkEnd(prev, head);
      return problem
        ? { ok: false, count, problem }
        : { ok: true, count, lastHash: prev.hash, lastId: prev.id ?? '0' };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function checkRow(
  db: Db,
  row: store.StoredAuditRow,
  prev: Link,
  head: store.ChainHead,
): Promise<AuditProblem | null> {
  if (BigInt(row.id) > BigInt(head.lastId)) {
    return {
      kind: 'inserted',
      id: row.id,
      detail: `row ${row.id} lies beyond the end of the chain (row ${head.lastId})`,
    };
  }
  const intact = (row.hashVersion === 2 ? row.computedHash : rowHash(row)) === row.hash;
  const linked = row.prevId === prev.id && row.prevHash === prev.hash;
  if (intact && linked) return null;
  const prevName = prev.id ?? 'the start';

  // If a later row follows the previous one directly, this row was never part of the chain.
  const follower = await store.selectFollower(db, prev.id, row.id);
  if (follower) {
    return {
      kind: 'inserted',
      id: row.id,
      detail: `row ${row.id} is not part of the chain: row ${follower} follows ${prevName} directly`,
    };
  }
  if (!intact) {
    return { kind: 'edited', id: row.id, detail: `row ${row.id} no longer matches its hash: it was changed` };
  }
  if (row.prevId === prev.id && prev.id !== null) {
    return {
      kind: 'edited',
      id: prev.id,
      detail: `row ${prev.id} was changed and re-hashed: row ${row.id} recorded a different hash for it`,
    };
  }
  if (row.prevId === null || (prev.id !== null && BigInt(row.prevId) < BigInt(prev.id))) {
    const first = (await store.selectFirstAfter(db, row.prevId ?? '0')) ?? row.id;
    return {
      kind: 'inserted',
      id: first,
      detail: `row ${first} and any after it before row ${row.id} were added: row ${row.id} follows ${row.prevId ?? 'the start'}`,
    };
  }
  return {
    kind: 'deleted',
    id: row.prevId,
    detail: `row ${row.prevId} is missing: row ${row.id} follows it, the last intact row before it is ${prevName}`,
  };
}

function checkEnd(last: Link, head: store.ChainHead): AuditProblem | null {
  const lastId = last.id ?? '0';
  if (head.lastId === lastId && head.lastHash === last.hash) return null;
  if (head.lastId !== lastId) {
    return {
      kind: 'deleted',
      id: head.lastId,
      detail: `the chain ends at row ${head.lastId}, which is missing (the last row present is ${last.id ?? 'none'})`,
    };
  }
  return { kind: 'edited', id: lastId, detail: `row ${lastId} was changed and re-hashed` };
}

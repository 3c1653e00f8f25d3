import { createHash } from 'node:crypto';

/** prev_hash of the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers, as they are stored and read back. */
export interface ChainedFields {
  id: string;
  /** ISO 8601 in UTC with milliseconds, the precision the row is written with. */
  at: string;
  actorKind: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevId: string | null;
  prevHash: string;
}

/** A value as jsonb gives it back: what JSON keeps (no undefined, dates as strings), or null. */
export function asStoredJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) ?? null;
}

/** JSON with object keys sorted at every level, so that jsonb's own key order does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

export function rowHash(row: ChainedFields): string {
  const fields = [
    row.id,
    row.at,
    row.actorKind,
    row.actorId,
    row.actorName,
    row.action,
    row.entity,
    row.entityId,
    asStoredJson(row.before),
    asStoredJson(row.after),
    row.prevId,
    row.prevHash,
  ];
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

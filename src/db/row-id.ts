import { z } from 'zod';

/** The largest id of a table's `serial`/`integer` key: a larger number from a form or an address is no row. */
export const MAX_ROW_ID = 2_147_483_647;

/** Whether `value` can be a row's id (a positive PostgreSQL integer): what to check before a look-up. */
export function isRowId(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0 && (value as number) <= MAX_ROW_ID;
}

/** A row id as a form or a query string gives it. */
export const rowIdSchema = z.coerce.number().int().min(1).max(MAX_ROW_ID);

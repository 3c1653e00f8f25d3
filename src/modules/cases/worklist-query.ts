import { z } from 'zod';
import { rowIdSchema } from '../../db/row-id';
import { CASE_CHANNELS, CASE_STATUSES } from '../../db/schema';
import type { FormValues } from '../../platform/web/form-values';
import { parseDate } from './intake-form';
import type { WorklistFilter } from './types';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Worklist filters from the query string; anything not understood is left out (never an error page). */
const querySchema = z.object({
  status: optional(z.enum([...CASE_STATUSES, 'open', 'closed', 'all'])),
  service: optional(rowIdSchema),
  channel: optional(z.enum(CASE_CHANNELS)),
  centre: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  unit: optional(z.string().regex(/^[a-z0-9-]{1,100}$/)),
  assignee: optional(z.union([z.enum(['me', 'none']), rowIdSchema])),
  dueBefore: optional(z.string().max(20)),
  overdue: optional(z.literal('1')),
  nr: optional(z.string().trim().toUpperCase().max(40)),
  pec: optional(z.string().regex(/^[A-Za-z0-9_.:=,~-]{1,200}$/)),
});

export function worklistQuery(raw: unknown): {
  filter: WorklistFilter;
  after?: string;
  /** A registration number typed at the desk: open that case. */
  number?: string;
  kept: FormValues;
} {
  const q = querySchema.parse(raw && typeof raw === 'object' ? raw : {});
  const dueBefore = q.dueBefore ? parseDate(q.dueBefore) : undefined;
  const filter: WorklistFilter = {
    status: q.status,
    serviceId: q.service,
    channel: q.channel,
    centre: q.centre,
    unit: q.unit,
    assignee: q.assignee,
    dueBefore,
    overdue: q.overdue === '1' || undefined,
  };
  const kept: FormValues = {};
  for (const [k, v] of Object.entries(q))
    if (v !== undefined && k !== 'pec' && k !== 'nr') kept[k] = String(v);
  return { filter, after: q.pec, number: q.nr || undefined, kept };
}

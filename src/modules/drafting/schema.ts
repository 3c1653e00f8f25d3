import { z } from 'zod';
import type { Bilingual } from '../../db/schema';
import { PLAN_ITEM_KINDS, type PlanItemKind } from '../../db/schema';
import { dateParts, datePartsOf, optionalBilingual } from '../../platform/web/form-schema';
import { type FormValues, one } from '../../platform/web/form-values';

const code = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

export interface PlanItemInput {
  unit: string;
  service: string | null;
  newTitle: Bilingual | null;
  kind: PlanItemKind;
  deadline: string;
  responsible: number | null;
  note: string | null;
}

/** A plan item names an existing service, or the title of a standard still to be written (checked on its own). */
const target = z
  .object({
    service: z.union([z.literal(''), code]).transform((s) => s || null),
    newTitle: optionalBilingual,
  })
  .superRefine((v, ctx) => {
    if (!v.service && !v.newTitle) ctx.addIssue({ code: 'custom', path: ['service'], message: 'target' });
    if (v.service && v.newTitle) ctx.addIssue({ code: 'custom', path: ['service'], message: 'targetBoth' });
  });

export const planItemSchema = z
  .object({
    unit: code.or(z.literal('')).refine((s) => s !== '', 'unitRequired'),
    target,
    kind: z.enum(PLAN_ITEM_KINDS, { error: 'kind' }),
    deadline: dateParts,
    responsible: z
      .string()
      .trim()
      .regex(/^(\d{1,9})?$/, 'responsible')
      .transform((s) => (s ? Number(s) : null)),
    note: z
      .string()
      .trim()
      .max(2000, 'tooLong')
      .transform((s) => s || null),
  })
  .transform(
    ({ target: t, ...rest }): PlanItemInput => ({ ...rest, service: t.service, newTitle: t.newTitle }),
  );

export function planItemCandidate(values: FormValues) {
  return {
    unit: one(values, 'unit'),
    target: {
      service: one(values, 'service'),
      newTitle: { lv: one(values, 'newTitle-lv'), en: one(values, 'newTitle-en') },
    },
    kind: one(values, 'kind'),
    deadline: datePartsOf(values, 'deadline'),
    responsible: one(values, 'responsible'),
    note: one(values, 'note'),
  };
}

export const planFieldId = (path: string) =>
  path === 'deadline' ? 'deadline-day' : path.replace(/^target-/, '');

export const planItemIdSchema = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

export const planQuerySchema = z.object({
  unit: code.optional().catch(undefined),
  done: z.string().max(30).optional().catch(undefined),
});

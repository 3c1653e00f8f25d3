import { z } from 'zod';
import { CHANNELS } from '../../db/schema';

const code = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** An optional code filter: anything that is not a valid code is treated as "no filter", never an error. */
const optionalCode = z.preprocess(
  (v) => (typeof v === 'string' && v !== '' ? v : undefined),
  code.optional().catch(undefined),
);
const flag = z.preprocess((v) => v === '1' || v === 'true' || v === 'on' || v === true, z.boolean());

/** Catalogue filters shared by the public page and GET /api/services. Bad values are ignored, not 500s. */
export const catalogueFilterSchema = z.object({
  q: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string()
      .max(10_000)
      .optional()
      .catch(undefined)
      .transform((s) => (s ? s.trim().slice(0, 200) : undefined)),
  ),
  category: optionalCode,
  unit: optionalCode,
  centre: optionalCode,
  channel: z.preprocess((v) => (v === '' ? undefined : v), z.enum(CHANNELS).optional().catch(undefined)),
  eservice: flag.optional().catch(false),
  onTheSpot: flag.optional().catch(false),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1),
});

export type CatalogueFilter = z.infer<typeof catalogueFilterSchema>;

export const serviceCodeSchema = code;

/** GET /api/services: the catalogue filters plus paging. Unlike the HTML form, bad paging is a 400. */
export const catalogueApiQuerySchema = catalogueFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export type CatalogueApiQuery = z.infer<typeof catalogueApiQuerySchema>;

import { z } from 'zod';

/** A centre code in a URL; anything else is simply not found. */
export const centreCodeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/** A place name typed in the centre search; anything odd (an array, control characters) counts as none. */
export const placeQuerySchema = z
  .unknown()
  .transform((v) => (typeof v === 'string' ? v : ''))
  .transform((s) =>
    s
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .slice(0, 100),
  )
  .catch('');

import { z } from 'zod';

/** A centre code in a URL; anything else is simply not found. */
export const centreCodeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

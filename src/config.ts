import { z } from 'zod';

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    /** PostgreSQL connection of the role that owns the tables and runs migrations (see docs/operations.md). */
    PIETURA_MIGRATION_DATABASE_URL: z.string().url().optional(),
    PIETURA_DATA_DIR: z.string().default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PIETURA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
    PIETURA_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    /** Memory for the public page cache of each process, in megabytes (see web/page-cache.ts). */
    PIETURA_PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
    /** e.g. smtp://127.0.0.1:2525 or smtps://user:password@mail.example.lv; unset: e-mail waits in the outbox. */
    PIETURA_SMTP_URL: z
      .string()
      .url()
      .refine((u) => /^smtps?:\/\//.test(u), 'must start with smtp:// or smtps://')
      .optional(),
    /** The sender of e-mail to residents, e.g. "Ilūkstes novada pašvaldība <pasts@ilukste.lv>". */
    PIETURA_MAIL_FROM: z.string().min(3).default('Pietura <pietura@localhost>'),
    /** Trust X-Forwarded-For only behind a proxy that overwrites it (rate limits are per client address). */
    PIETURA_TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .refine((c) => !c.PIETURA_MIGRATION_DATABASE_URL || c.DATABASE_URL, {
    path: ['PIETURA_MIGRATION_DATABASE_URL'],
    message: 'is for PostgreSQL: set DATABASE_URL (the app role) too',
  });

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

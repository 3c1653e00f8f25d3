import type { Db } from '../../src/db/connection';

/**
 * The statements `db` sends while `work` runs, through drizzle's logger (the same on PGlite and
 * PostgreSQL; transaction control is left out: PGlite sends it without the logger).
 */
export async function statementsOf(db: Db, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const session = (db as unknown as { session: { logger: unknown; options: { logger?: unknown } } }).session;
  const before = { logger: session.logger, option: session.options.logger };
  const logger = {
    logQuery(text: string) {
      if (!/^\s*(begin|commit|rollback)\b/i.test(text)) seen.push(text.replace(/\s+/g, ' ').trim());
    },
  };
  session.logger = logger;
  session.options.logger = logger;
  try {
    await work();
  } finally {
    session.logger = before.logger;
    session.options.logger = before.option;
  }
  return seen;
}

export const listStatements = (statements: string[]) =>
  statements.map((s) => `  ${s.slice(0, 100)}`).join('\n');

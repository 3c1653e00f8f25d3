import type { Command } from 'commander';
import { withDatabase } from '../database';

export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the database migrations that have not been applied yet')
    .action(async () => {
      const kind = await withDatabase(async (database) => database.kind);
      console.log(`The ${kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.`);
    });
}

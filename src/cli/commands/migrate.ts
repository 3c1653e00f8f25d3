import type { Command } from 'commander';
import { withDatabase } from '../database';
import type { CliIo } from '../io';

export function addMigrateCommand(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('apply the database migrations that have not been applied yet')
    .action(async () => {
      const kind = await withDatabase(io, async (database) => database.kind);
      io.console.log(`The ${kind === 'pglite' ? 'embedded' : 'PostgreSQL'} database is up to date.`);
    });
}

import type { Command } from 'commander';
import { withDatabase } from '../database';
import { CliError } from '../errors';

export function addSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('load data into an empty database')
    .option('--demo', 'the demo data of the Ilūkste municipality')
    .action(async (options: { demo?: boolean }) => {
      if (!options.demo) throw new CliError('Say what to load: pietura seed --demo');
      // Loaded only here: the demo data is large and no other command needs it.
      const { isEmpty, seedDemo } = await import('../../modules/demo/seed');
      const counts = await withDatabase(async ({ db }) => {
        if (!(await isEmpty(db)))
          throw new CliError('The database already holds data; the demo data was not loaded.');
        return seedDemo(db);
      });
      console.log(
        `Loaded the Ilūkste demo data: ${counts.services} services, ${counts.lifeSituations} life situations, ${counts.centres} centres.`,
      );
    });
}

import type { Command } from 'commander';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';

export function addSeedCommand(program: Command, io: CliIo): void {
  program
    .command('seed')
    .description('load data: the demo municipality, or synthetic cases for benchmarks')
    .option('--demo', 'the demo data of the Ilūkste municipality, with a few dozen cases')
    .option('--cases <n>', 'add N synthetic cases spread over three years (bulk; after --demo)')
    .action(async (options: { demo?: boolean; cases?: string }) => {
      if (!options.demo && options.cases === undefined)
        throw new CliError('Say what to load: pietura seed --demo, or pietura seed --cases N');
      const cases = options.cases === undefined ? undefined : Number(options.cases);
      if (cases !== undefined && (!Number.isInteger(cases) || cases < 1 || cases > 10_000_000))
        throw new CliError('--cases needs a whole number from 1 to 10000000');
      // Loaded only here: the demo data is large and no other command needs it.
      const { isEmpty, seedDemo } = await import('../../modules/demo/seed');
      const { seedDemoCases } = await import('../../modules/demo/cases');
      const { seedSyntheticCases } = await import('../../modules/demo/volume');
      await withDatabase(io, async ({ db }) => {
        if (options.demo) {
          if (!(await isEmpty(db)))
            throw new CliError('The database already holds data; the demo data was not loaded.');
          const counts = await seedDemo(db);
          const demoCases = await seedDemoCases(db);
          io.console.log(
            `Loaded the Ilūkste demo data: ${counts.services} services, ${counts.lifeSituations} life situations, ${counts.centres} centres, ${demoCases} cases.`,
          );
        }
        if (cases !== undefined) {
          const started = Date.now();
          await seedSyntheticCases(db, cases, (done, total) => {
            if (io.stdout.isTTY) io.stdout.write(`\r${done} / ${total} cases`);
          });
          if (io.stdout.isTTY) io.stdout.write('\n');
          io.console.log(
            `Added ${cases} synthetic cases in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
          );
        }
      });
    });
}

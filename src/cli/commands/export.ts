import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportCatalogue } from '../../modules/catalogue/cpsv/export';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';

export function addExportCommand(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('write the published catalogue as CPSV-AP 3.2.0 JSON-LD')
    .option('-o, --output <file>', 'write to this file instead of the standard output')
    .action(async (options: { output?: string }) => {
      const document = await withDatabase(io, ({ db }, config) =>
        exportCatalogue(db, config.PIETURA_PUBLIC_URL),
      );
      const json = `${JSON.stringify(document, null, 2)}\n`;
      if (!options.output) {
        io.stdout.write(json);
        return;
      }
      try {
        await writeFile(options.output, json, 'utf8');
      } catch (err) {
        throw new CliError(`Cannot write ${options.output}: ${(err as Error).message}`);
      }
      io.console.error(`Wrote ${document['@graph'].length} descriptions to ${options.output}.`);
    });
}

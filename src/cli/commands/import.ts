import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importCatalogue } from '../../modules/catalogue/cpsv/import';
import { describeProblem } from '../../modules/catalogue/cpsv/rdf';
import { systemActor } from '../../platform/auth/actor';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import { progressReporter } from '../progress';

export function addImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a catalogue in CPSV-AP 3.2.0 JSON-LD; a file with any problem changes nothing')
    .argument('<file>', 'the JSON-LD file')
    .action(async (file: string) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
      }
      const progress = progressReporter(process.stderr);
      const result = await withDatabase(({ db }) =>
        importCatalogue(db, text, progress.update, systemActor('pietura import')),
      ).finally(progress.stop);
      if (!result.ok) {
        for (const problem of result.problems) console.error(describeProblem(problem));
        const n = result.problems.length;
        throw new CliError(`${n} ${n === 1 ? 'problem' : 'problems'} in ${file}; nothing was imported.`);
      }
      const c = result.counts;
      console.log(
        `Imported ${count(c.services, 'service')} (${c.unchanged} unchanged), ${count(c.organisations, 'organisation')}, ` +
          `${count(c.categories, 'category', 'categories')} and ${count(c.lifeSituations, 'life situation')}.`,
      );
    });
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

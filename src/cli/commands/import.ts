import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { decodeCatalogue } from '../../modules/catalogue/cpsv/decode';
import { type ImportReport, importCatalogue } from '../../modules/catalogue/cpsv/import';
import { describeProblem, MAX_IMPORT_BYTES } from '../../modules/catalogue/cpsv/rdf';
import { systemActor } from '../../platform/auth/actor';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { progressReporter } from '../progress';

export function addImportCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .description(
      'import a CPSV-AP catalogue (JSON-LD, Turtle or RDF/XML); a file with an error changes nothing, ' +
        'a service that lacks what Pietura needs becomes a draft with a to-do list',
    )
    .argument('<file>', 'the catalogue file')
    .option('--dry-run', 'check and report without writing anything')
    .option('--charset <name>', 'the character set of a file not in UTF-8, e.g. windows-1257')
    .action(async (file: string, options: { dryRun?: boolean; charset?: string }) => {
      let text: string;
      try {
        // Refused by its size before a byte is parsed.
        const { size } = await stat(file);
        if (size > MAX_IMPORT_BYTES) {
          throw new CliError(
            `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB a catalogue may have; nothing was imported.`,
          );
        }
        const decoded = decodeCatalogue(await readFile(file), options.charset);
        if (!decoded.ok) throw new CliError(`${file}: ${decoded.message}`);
        text = decoded.text;
      } catch (err) {
        if (err instanceof CliError) throw err;
        throw new CliError(`Cannot read ${file}: ${(err as Error).message}`);
      }
      const progress = progressReporter(io.stderr);
      const result = await withDatabase(io, ({ db }) =>
        importCatalogue(db, text, progress.update, systemActor('pietura import'), {
          fileName: file,
          dryRun: options.dryRun === true,
        }),
      ).finally(progress.stop);
      if (!result.ok) {
        for (const problem of result.problems.slice(0, 50))
          io.console.error(cutLine(describeProblem(problem)));
        if (result.problems.length > 50) io.console.error(`… and ${result.problems.length - 50} more.`);
        const n = result.problems.length;
        throw new CliError(`${n} ${n === 1 ? 'problem' : 'problems'} in ${file}; nothing was imported.`);
      }
      for (const line of reportLines(result, file)) io.console.log(line);
    });
}

/** The import report as lines: counts, each service's outcome and to-do, warnings grouped with counts. */
export function reportLines(report: ImportReport, file: string): string[] {
  const c = report.counts;
  const lines = [
    `${report.dryRun ? 'Dry run, nothing written: would import' : 'Imported'} ${count(c.services, 'service')} from ${file}: ` +
      `${c.services - c.drafts - c.unchanged} published, ${c.drafts} as drafts with a to-do list, ${c.unchanged} unchanged; ` +
      `${count(c.organisations, 'organisation')}, ${count(c.categories, 'category', 'categories')}, ${count(c.lifeSituations, 'life situation')}.`,
  ];
  for (const s of report.services) {
    lines.push(cutLine(`  ${s.code}: ${s.outcome}${s.sourceIri ? ` (${s.sourceIri})` : ''}`));
    for (const t of s.todo) lines.push(cutLine(`    to do: ${t.en}`));
  }
  const groups = new Map<string, typeof report.warnings>();
  for (const w of report.warnings) groups.set(w.group, [...(groups.get(w.group) ?? []), w]);
  if (groups.size > 0) lines.push(`${count(report.warnings.length, 'warning')}:`);
  for (const [group, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`  ${list.length} × ${group}`);
    for (const w of list.slice(0, 3))
      lines.push(cutLine(`    ${w.focusNode ? `<${w.focusNode}> ` : ''}${w.message}`));
    if (list.length > 3) lines.push(`    … and ${list.length - 3} more`);
  }
  return lines;
}

function cutLine(line: string, max = 200): string {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

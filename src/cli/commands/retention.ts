import type { Command } from 'commander';
import { systemActor } from '../../platform/auth/actor';
import { withDatabase } from '../database';
import type { CliIo } from '../io';

export function addRetentionCommand(program: Command, io: CliIo): void {
  const retention = program
    .command('retention')
    .description('keeping and removing the personal data of cases (R25)');
  retention
    .command('run')
    .description(
      'remove the personal data and documents of cases past their retention time (the registry entry, events and statistics stay) and the online application drafts older than 30 days',
    )
    .option('--dry-run', 'only count what would be removed')
    .action(async (options: { dryRun?: boolean }) => {
      const { runRetention } = await import('../../modules/cases/service');
      const { purgeExpiredDrafts } = await import('../../modules/eforms/service');
      const actor = systemActor('pietura retention run');
      const dryRun = options.dryRun ?? false;
      const [report, drafts] = await withDatabase(io, async ({ db }) => [
        await runRetention(db, actor, { dryRun }),
        await purgeExpiredDrafts(db, actor, { dryRun }),
      ]);
      const verb = report.dryRun ? 'Would remove' : 'Removed';
      io.console.log(
        `${verb} the personal data of ${report.cases} cases (${report.documents} documents, ${report.parties} parties) of ${report.letters} letters of no case and of ${report.consultations} consultations past retention on ${report.today}.`,
      );
      io.console.log(`${verb} ${drafts.drafts} online application drafts not saved for 30 days.`);
    });
}

import type { Command } from 'commander';
import { systemActor } from '../../platform/auth/actor';
import { withDatabase } from '../database';

export function addRetentionCommand(program: Command): void {
  const retention = program
    .command('retention')
    .description('keeping and removing the personal data of cases (R25)');
  retention
    .command('run')
    .description(
      'remove the personal data and documents of cases past their retention time; the registry entry, events and statistics stay',
    )
    .option('--dry-run', 'only count what would be removed')
    .action(async (options: { dryRun?: boolean }) => {
      const { runRetention } = await import('../../modules/cases/service');
      const report = await withDatabase(({ db }) =>
        runRetention(db, systemActor('pietura retention run'), { dryRun: options.dryRun ?? false }),
      );
      const verb = report.dryRun ? 'Would remove' : 'Removed';
      console.log(
        `${verb} the personal data of ${report.cases} cases (${report.documents} documents, ${report.parties} parties) past retention on ${report.today}.`,
      );
    });
}

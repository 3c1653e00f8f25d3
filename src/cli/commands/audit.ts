import type { Command } from 'commander';
import { verifyAuditChain } from '../../platform/audit/service';
import { withDatabase } from '../database';
import { CliError } from '../errors';

export function addAuditCommand(program: Command): void {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description(
      'check the hash chain of the audit trail; exits non-zero at the first edited, inserted or deleted row',
    )
    .action(async () => {
      const result = await withDatabase(({ db }) => verifyAuditChain(db));
      if (!result.ok) {
        const { kind, id, detail } = result.problem;
        throw new CliError(
          `The audit trail is broken: row ${id} was ${kind} (${detail}). ${result.count} rows before it are intact.`,
        );
      }
      console.log(`The audit trail is intact: ${result.count} rows, last hash ${result.lastHash}.`);
    });
}

import { Command } from 'commander';
import { addApiKeyCommand } from './commands/apikey';
import { addAuditCommand } from './commands/audit';
import { addExportCommand } from './commands/export';
import { addImportCommand } from './commands/import';
import { addMigrateCommand } from './commands/migrate';
import { addRetentionCommand } from './commands/retention';
import { addSeedCommand } from './commands/seed';
import { addSetupCommand } from './commands/setup';
import { addUserCommand } from './commands/user';
import { CliError } from './errors';

/** `pietura COMMAND`: each command lives in ./commands/<name>.ts and is added here with one line. */
const program = new Command('pietura')
  .description('Pietura, the one-stop shop for municipal services: administration commands.')
  .showHelpAfterError();

addMigrateCommand(program);
addSeedCommand(program);
addSetupCommand(program);
addImportCommand(program);
addExportCommand(program);
addUserCommand(program);
addAuditCommand(program);
addRetentionCommand(program);
addApiKeyCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CliError) {
    console.error(err.message);
    process.exitCode = err.exitCode;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
}

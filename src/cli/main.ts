import { Command } from 'commander';
import { CliError } from './errors';

/** `pietura COMMAND`: each command lives in ./commands/<name>.ts and is added to COMMANDS with one line. */
const program = new Command('pietura')
  .description('Pietura, the one-stop shop for municipal services: administration commands.')
  .showHelpAfterError();

type AddCommand = (program: Command) => void;

/**
 * The commands, loaded only when asked for: a command's module brings the services it needs (the CPSV-AP
 * import alone loads an RDF stack), and `pietura audit verify` should not pay for all of them.
 */
const COMMANDS: Record<string, () => Promise<AddCommand>> = {
  migrate: async () => (await import('./commands/migrate')).addMigrateCommand,
  seed: async () => (await import('./commands/seed')).addSeedCommand,
  setup: async () => (await import('./commands/setup')).addSetupCommand,
  import: async () => (await import('./commands/import')).addImportCommand,
  export: async () => (await import('./commands/export')).addExportCommand,
  user: async () => (await import('./commands/user')).addUserCommand,
  audit: async () => (await import('./commands/audit')).addAuditCommand,
  retention: async () => (await import('./commands/retention')).addRetentionCommand,
  apikey: async () => (await import('./commands/apikey')).addApiKeyCommand,
};

const asked = process.argv[2];
const wanted = asked && Object.hasOwn(COMMANDS, asked) ? [COMMANDS[asked]!] : Object.values(COMMANDS);
for (const load of wanted) (await load())(program);

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

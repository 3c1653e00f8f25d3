import { Command, CommanderError } from 'commander';
import { CliError } from './errors';
import { type CliIo, processIo } from './io';

type AddCommand = (program: Command, io: CliIo) => void;

/**
 * The commands, loaded only when asked for: a command's module brings the services it needs (the CPSV-AP
 * import alone loads an RDF stack), and `pietura audit verify` should not pay for all of them.
 * Each command lives in ./commands/<name>.ts and is added here with one line.
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

/** `pietura ARGS…` (the arguments after the program's name); resolves to the exit code. */
export async function runCli(args: string[], io: CliIo = processIo()): Promise<number> {
  const program = new Command('pietura')
    .description('Pietura, the one-stop shop for municipal services: administration commands.')
    .showHelpAfterError()
    // Commander's own errors (an unknown option, --help) come back as an exit code instead of ending the process.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  const asked = args[0];
  const wanted = asked && Object.hasOwn(COMMANDS, asked) ? [COMMANDS[asked]!] : Object.values(COMMANDS);
  for (const load of wanted) (await load())(program, io);

  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      io.console.error(err.message);
      return err.exitCode;
    }
    io.console.error(err);
    return 1;
  }
}

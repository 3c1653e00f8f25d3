import { runCli } from './run';

/** `pietura COMMAND`: the commands are in ./run.ts. */
process.exitCode = await runCli(process.argv.slice(2));

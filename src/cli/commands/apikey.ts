import type { Command } from 'commander';
import { systemActor } from '../../platform/auth/actor';
import {
  createApiKey,
  DEFAULT_REQUESTS_PER_MINUTE,
  listApiKeys,
  revokeApiKey,
} from '../../platform/auth/api-keys';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';

const PROBLEMS = {
  name_required: 'give the key a name (--name), e.g. the system that will use it',
  name_too_long: 'the name must be at most 100 characters',
  limit_invalid: 'the rate limit must be a whole number from 1 to 1000000',
} as const;

function day(d: Date | null): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 16) : '—';
}

export function addApiKeyCommand(program: Command, io: CliIo): void {
  const apikey = program.command('apikey').description('API keys of other systems (Open311, CPSV-AP import)');
  apikey
    .command('create')
    .description('create a key and print it once; only its hash is stored')
    .requiredOption('--name <name>', 'who or what uses the key, e.g. "Mobile app"')
    .option('--rate-limit <n>', `requests per minute (default ${DEFAULT_REQUESTS_PER_MINUTE})`)
    .action(async (options: { name: string; rateLimit?: string }) => {
      const limit = options.rateLimit === undefined ? undefined : Number(options.rateLimit);
      const result = await withDatabase(io, ({ db }) =>
        createApiKey(db, systemActor('command line'), { name: options.name, requestsPerMinute: limit }),
      );
      if (!result.ok) throw new CliError(`The key was not created: ${PROBLEMS[result.problem]}.`);
      io.console.error(`Created API key ${result.id} "${result.name}". Keep it now: it is not shown again.`);
      io.console.log(result.key);
    });
  apikey
    .command('list')
    .description('list the keys: id, prefix, name, created, last used, revoked')
    .action(async () => {
      const keys = await withDatabase(io, ({ db }) => listApiKeys(db, systemActor('command line')));
      if (keys.length === 0) {
        io.console.log('No API keys.');
        return;
      }
      io.console.log(['id', 'prefix', 'created', 'last used', 'revoked', 'per minute', 'name'].join('\t'));
      for (const k of keys)
        io.console.log(
          [
            k.id,
            `${k.prefix}…`,
            day(k.createdAt),
            day(k.lastUsedAt),
            day(k.revokedAt),
            k.requestsPerMinute,
            k.name,
          ].join('\t'),
        );
    });
  apikey
    .command('revoke')
    .description('revoke a key at once: its next request is refused')
    .argument('<id>', 'the id from `pietura apikey list`')
    .action(async (id: string) => {
      const n = Number(id);
      if (!/^\d{1,9}$/.test(id)) throw new CliError(`"${id}" is not a key id; see pietura apikey list.`);
      const outcome = await withDatabase(io, ({ db }) => revokeApiKey(db, systemActor('command line'), n));
      if (outcome === 'unknown') throw new CliError(`There is no API key with the id ${id}.`);
      if (outcome === 'already') io.console.log(`API key ${id} was already revoked.`);
      else io.console.log(`Revoked API key ${id}.`);
    });
}

import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Command } from 'commander';
import { createUser, type NewUserProblem } from '../../modules/staff/service';
import { isRole, ROLE_SCOPE, ROLES, type RoleGrant, systemActor } from '../../platform/auth/actor';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';

interface CreateOptions {
  email: string;
  name: string;
  role: string;
  unit?: string;
  centre?: string;
}

/** The password from standard input: its first line when piped, or typed without echo at a terminal. */
export async function readPassword(io: CliIo): Promise<string> {
  if (io.stdin.isTTY) {
    const muted = new Writable({ write: (_chunk, _enc, done) => done() });
    io.stderr.write(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `);
    const rl = createInterface({ input: io.stdin, output: muted, terminal: true });
    const line = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    io.stderr.write('\n');
    return line;
  }
  let text = '';
  for await (const chunk of io.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

function scopeProblem(grant: RoleGrant): NewUserProblem | undefined {
  const scope = ROLE_SCOPE[grant.role];
  if ((grant.unit && scope !== 'unit') || (grant.centre && scope !== 'centre')) {
    return { problem: 'scope_not_allowed', grant };
  }
  if (scope === 'unit' && !grant.unit) return { problem: 'scope_missing', grant };
  if (scope === 'centre' && !grant.centre) return { problem: 'scope_missing', grant };
  return undefined;
}

function explain(p: NewUserProblem): string {
  switch (p.problem) {
    case 'email_taken':
      return 'a user with this e-mail already exists';
    case 'email_invalid':
      return 'the e-mail address is not valid';
    case 'name_invalid':
      return 'the name must be 1 to 200 characters';
    case 'password_short':
      return `the password must be at least ${PASSWORD_MIN_LENGTH} characters`;
    case 'password_long':
      return `the password must be at most ${PASSWORD_MAX_LENGTH} characters`;
    case 'no_role':
    case 'role_unknown':
      return `choose a role: ${ROLES.join(', ')}`;
    case 'scope_missing':
      return ROLE_SCOPE[p.grant.role] === 'centre'
        ? `the ${p.grant.role} role needs --centre CODE`
        : `the ${p.grant.role} role needs --unit CODE`;
    case 'scope_not_allowed':
      return ROLE_SCOPE[p.grant.role]
        ? `the ${p.grant.role} role takes only --${ROLE_SCOPE[p.grant.role]}`
        : `the ${p.grant.role} role takes neither --unit nor --centre`;
    case 'unit_unknown':
      return `there is no unit with the code "${p.grant.unit}"`;
    case 'centre_unknown':
      return `there is no centre with the code "${p.grant.centre}"`;
  }
}

export function addUserCommand(program: Command, io: CliIo): void {
  const user = program.command('user').description('staff accounts');
  user
    .command('create')
    .description(
      'create a staff account; the password is read from standard input, e.g. ' +
        'printf \'%s\\n\' "$PASSWORD" | pietura user create --email … --name … --role admin',
    )
    .requiredOption('--email <email>', 'e-mail address, used to sign in')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .option('--unit <code>', 'organisation code (head, specialist)')
    .option('--centre <code>', 'centre code (clerk)')
    .action(async (options: CreateOptions) => {
      if (!isRole(options.role))
        throw new CliError(`Unknown role "${options.role}"; choose one of: ${ROLES.join(', ')}`);
      const grant: RoleGrant = {
        role: options.role,
        unit: options.unit ?? null,
        centre: options.centre ?? null,
      };
      // What can be checked without the database is checked first, so mistakes are told at once.
      const shape = scopeProblem(grant);
      if (shape) throw new CliError(`The user was not created: ${explain(shape)}.`);
      const password = await readPassword(io);
      if (password.length < PASSWORD_MIN_LENGTH) {
        throw new CliError(`The user was not created: ${explain({ problem: 'password_short' })}.`);
      }
      const result = await withDatabase(io, ({ db }) =>
        createUser(db, systemActor('command line'), {
          email: options.email,
          name: options.name,
          password,
          grants: [grant],
        }),
      );
      if (!result.ok) {
        throw new CliError(`The user was not created: ${result.problems.map(explain).join('; ')}.`);
      }
      io.console.log(
        `Created user ${options.email.trim().toLowerCase()} (id ${result.id}) with the role ${options.role}.`,
      );
    });
}

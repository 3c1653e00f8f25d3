import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { settingsError } from '../../modules/settings/messages';
import { settingsCandidate, settingsSchema } from '../../modules/settings/schema';
import { MUNICIPALITY_CODE, type SettingsProblem, setUpMunicipality } from '../../modules/settings/service';
import { createUser } from '../../modules/staff/service';
import { systemActor } from '../../platform/auth/actor';
import { PASSWORD_MIN_LENGTH } from '../../platform/auth/password';
import { fieldErrors } from '../../platform/web/form-values';
import { withDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { readPassword } from './user';

interface SetupOptions {
  code?: string;
  nameLv?: string;
  nameEn?: string;
  shortNameLv?: string;
  shortNameEn?: string;
  registrationNumber?: string;
  address?: string;
  phone?: string;
  email?: string;
  eAddress?: string;
  website?: string;
  prefix?: string;
  primaryColour: string;
  accentColour: string;
  bankAccount?: string;
  bankName?: string;
  arms?: string;
  adminEmail?: string;
  adminName?: string;
}

/** What setup needs, with the question asked at a terminal when the flag is missing. */
const REQUIRED: { key: keyof SetupOptions; flag: string; question: string }[] = [
  { key: 'nameLv', flag: '--name-lv', question: 'Name of the municipality in Latvian' },
  { key: 'nameEn', flag: '--name-en', question: 'Name in English' },
  { key: 'address', flag: '--address', question: 'Legal address' },
  {
    key: 'prefix',
    flag: '--prefix',
    question: 'Registry prefix of registration numbers (2–6 capital letters)',
  },
];
const OPTIONAL: { key: keyof SetupOptions; question: string }[] = [
  { key: 'phone', question: 'Phone (optional)' },
  { key: 'email', question: 'E-mail (optional)' },
  { key: 'website', question: 'Website (optional)' },
  { key: 'arms', question: 'Coat of arms SVG file (optional)' },
  { key: 'bankAccount', question: 'Bank account IBAN (optional)' },
  { key: 'adminEmail', question: 'E-mail of the first administrator (optional)' },
];

/** "Augšdaugavas novada pašvaldība" → "augsdaugavas-novada-pasvaldiba". */
export function codeFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

async function askMissing(options: SetupOptions, io: CliIo): Promise<void> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    for (const { key, question } of REQUIRED) {
      while (!options[key])
        (options as unknown as Record<string, string>)[key] = (await rl.question(`${question}: `)).trim();
    }
    for (const { key, question } of OPTIONAL) {
      if (options[key] !== undefined) continue;
      const answer = (await rl.question(`${question}: `)).trim();
      if (answer) (options as unknown as Record<string, string>)[key] = answer;
    }
    if (options.adminEmail && !options.adminName)
      options.adminName = (await rl.question('Full name of the first administrator: ')).trim();
  } finally {
    rl.close();
  }
}

function explain(p: SettingsProblem): string {
  if (p.field === 'code') return '--code: use lower-case letters, digits and hyphens (2–60)';
  if (p.problem === 'contrast') return settingsError('en', `contrast.${p.field}`, p.field, p.ratio);
  return `--arms: ${settingsError('en', `arms.${p.problem}`, 'arms')}`;
}

const FLAG_OF: Record<string, string> = {
  'name-lv': '--name-lv',
  'name-en': '--name-en',
  'shortName-lv': '--short-name-lv',
  'shortName-en': '--short-name-en',
  registryPrefix: '--prefix',
};

export function addSetupCommand(program: Command, io: CliIo): void {
  program
    .command('setup')
    .description(
      'set up a fresh installation for a municipality, without demo data; asks at a terminal for what ' +
        'the flags do not give, e.g. pietura setup --name-lv "Augšdaugavas novada pašvaldība" ' +
        '--name-en "Augšdaugava Municipality" --address "…" --prefix AUG --arms arms.svg',
    )
    .option('--code <code>', 'identifier of the municipality (default: from the Latvian name)')
    .option('--name-lv <name>', 'full name in Latvian')
    .option('--name-en <name>', 'full name in English')
    .option('--short-name-lv <name>', 'short name in Latvian (default: the full name)')
    .option('--short-name-en <name>', 'short name in English (default: the full name)')
    .option('--registration-number <digits>', 'registration number (11 digits)')
    .option('--address <address>', 'legal address')
    .option('--phone <phone>', 'phone')
    .option('--email <email>', 'e-mail')
    .option('--e-address <address>', 'official e-address')
    .option('--website <url>', 'website')
    .option('--prefix <letters>', 'registry prefix of registration numbers, e.g. ILN')
    .option('--primary-colour <hex>', 'main colour, white text on it', '#1d4f91')
    .option('--accent-colour <hex>', 'accent colour beside the main one', '#f2c230')
    .option('--bank-account <iban>', 'IBAN for invoices')
    .option('--bank-name <name>', 'the bank')
    .option('--arms <file>', 'coat of arms, an SVG file')
    .option('--admin-email <email>', 'also create the first administrator (password from standard input)')
    .option('--admin-name <name>', 'full name of the first administrator')
    .action(async (options: SetupOptions) => {
      if (io.stdin.isTTY) await askMissing(options, io);
      const missing = REQUIRED.filter((r) => !options[r.key]).map((r) => r.flag);
      if (missing.length > 0) throw new CliError(`Setup needs ${missing.join(', ')}.`);
      const candidate = settingsCandidate({
        'name-lv': options.nameLv ?? '',
        'name-en': options.nameEn ?? '',
        'shortName-lv': options.shortNameLv ?? options.nameLv ?? '',
        'shortName-en': options.shortNameEn ?? options.nameEn ?? '',
        registrationNumber: options.registrationNumber ?? '',
        address: options.address ?? '',
        phone: options.phone ?? '',
        email: options.email ?? '',
        eAddress: options.eAddress ?? '',
        website: options.website ?? '',
        registryPrefix: options.prefix ?? '',
        primaryColour: options.primaryColour,
        accentColour: options.accentColour,
        bankAccount: options.bankAccount ?? '',
        bankName: options.bankName ?? '',
      });
      const parsed = settingsSchema.safeParse(candidate);
      if (!parsed.success) {
        const lines = fieldErrors(parsed.error).map(
          (e) =>
            `${FLAG_OF[e.field] ?? `--${e.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}: ${settingsError('en', e.key, e.field)}`,
        );
        throw new CliError(`Nothing was set up:\n  ${lines.join('\n  ')}`);
      }
      let arms: Buffer | undefined;
      if (options.arms) {
        try {
          arms = readFileSync(options.arms);
        } catch {
          throw new CliError(`Nothing was set up: cannot read the coat of arms file ${options.arms}.`);
        }
      }
      const code = options.code ?? codeFromName(options.nameLv ?? '');
      if (!MUNICIPALITY_CODE.test(code))
        throw new CliError('Nothing was set up: --code must be lower-case letters, digits and hyphens.');
      if (options.adminEmail && !options.adminName)
        throw new CliError('Nothing was set up: --admin-email needs --admin-name.');
      const password = options.adminEmail ? await readPassword(io) : undefined;
      if (password !== undefined && password.length < PASSWORD_MIN_LENGTH)
        throw new CliError(
          `Nothing was set up: the password must be at least ${PASSWORD_MIN_LENGTH} characters.`,
        );

      const outcome = await withDatabase(io, async ({ db }) => {
        const actor = systemActor('pietura setup');
        const result = await setUpMunicipality(db, actor, { ...parsed.data, code }, arms);
        if (result === 'already_set_up')
          throw new CliError(
            'This installation already has a municipality; change it at /darbs/iestatijumi.',
          );
        if (!result.ok)
          throw new CliError(`Nothing was set up:\n  ${result.problems.map(explain).join('\n  ')}`);
        if (!options.adminEmail || password === undefined) return { admin: undefined };
        const created = await createUser(db, actor, {
          email: options.adminEmail,
          name: options.adminName ?? '',
          password,
          grants: [{ role: 'admin' }],
        });
        if (!created.ok)
          throw new CliError(
            `The municipality was set up, but the administrator was not created (${created.problems.map((p) => p.problem).join(', ')}); use pietura user create.`,
          );
        return { admin: options.adminEmail };
      });
      io.console.log(
        `Set up ${parsed.data.name.lv} (${code}), registry prefix ${parsed.data.registryPrefix}${
          outcome.admin ? `, administrator ${outcome.admin}` : ''
        }.`,
      );
    });
}

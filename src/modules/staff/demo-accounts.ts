import type { Db } from '../../db/connection';
import type { RoleGrant } from '../../platform/auth/actor';
import { systemActor } from '../../platform/auth/actor';
import { hashPassword } from '../../platform/auth/password';
import { createUser, scopeOptions } from './service';

/** The password of every demo account: it is public (README.md), so demo data only. */
export const DEMO_PASSWORD = 'Ilukste-demo-2026';
/** The unit of the demo head and specialist, and the centre of the demo clerk. */
export const DEMO_UNIT = 'socialais-dienests';
export const DEMO_CENTRE = 'ilukste';

interface DemoAccount {
  email: string;
  name: string;
  grant: (scope: { unit: string; centre: string }) => RoleGrant;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@ilukste.example', name: 'Anna Ozola', grant: () => ({ role: 'admin' }) },
  { email: 'manager@ilukste.example', name: 'Mārtiņš Kalniņš', grant: () => ({ role: 'manager' }) },
  { email: 'editor@ilukste.example', name: 'Elīna Liepa', grant: () => ({ role: 'editor' }) },
  { email: 'head@ilukste.example', name: 'Hugo Zariņš', grant: (s) => ({ role: 'head', unit: s.unit }) },
  {
    email: 'specialist@ilukste.example',
    name: 'Sandra Krūmiņa',
    grant: (s) => ({ role: 'specialist', unit: s.unit }),
  },
  {
    email: 'clerk@ilukste.example',
    name: 'Kristaps Egle',
    grant: (s) => ({ role: 'clerk', centre: s.centre }),
  },
];

/**
 * One account per role with a known password, for demonstrations. Called only while the demo data is
 * loaded (after the organisations and centres), never on a real installation. Accounts that exist already
 * are left alone, so calling it twice is harmless. Returns how many accounts it created.
 */
export async function seedDemoStaff(db: Db): Promise<number> {
  const { units, centres } = await scopeOptions(db);
  const unit = units.some((u) => u.code === DEMO_UNIT)
    ? DEMO_UNIT
    : units.find((u) => u.code !== 'ilukste')?.code;
  const centre = centres.some((c) => c.code === DEMO_CENTRE) ? DEMO_CENTRE : centres[0]?.code;
  if (!unit || !centre) throw new Error('Load the organisations and centres before the demo staff accounts');
  const actor = systemActor('demo data');
  const known = { passwordHash: await hashPassword(DEMO_PASSWORD) };
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const result = await createUser(
      db,
      actor,
      {
        email: account.email,
        name: account.name,
        password: DEMO_PASSWORD,
        grants: [account.grant({ unit, centre })],
      },
      known,
    );
    if (result.ok) created++;
    else if (!result.problems.every((p) => p.problem === 'email_taken')) {
      throw new Error(`Demo account ${account.email} not created: ${JSON.stringify(result.problems)}`);
    }
  }
  return created;
}

// What the Open311 benchmarks POST (open311.ts, open311-profile.ts): many different service requests, as the
// clients of a municipality send them — every service of the catalogue that takes applications, each form's
// attributes answered differently (optional ones sometimes left out, conditions followed), different people,
// addresses and descriptions, in Latvian and English, as JSON and as XML. Deterministic for a seed, so that
// two copies of the app compared in one run get the same requests.
import type { Db } from '../../src/db/connection';
import { listServices, NO_FILTER } from '../../src/modules/catalogue/service';
import { type Answers, visibleFields } from '../../src/modules/eforms/answers';
import {
  allFields,
  type FormDefinition,
  type FormField,
  parseFormDefinition,
} from '../../src/modules/eforms/definition';
import { addDays, todayInRiga } from '../../src/platform/calendar/days';

export interface Open311Post {
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface Target {
  code: string;
  def: FormDefinition | undefined;
}

const FIRST = [
  'Jānis',
  'Anna',
  'Pēteris',
  'Līga',
  'Andris',
  'Ilze',
  'Mārtiņš',
  'Inese',
  'Oļegs',
  'Žanna',
  'Tom',
  'Marta',
];
const LAST = [
  'Bērziņš',
  'Kalniņa',
  'Ozols',
  'Liepiņa',
  'Krūmiņš',
  'Vītola',
  'Petrovs',
  'Jansone',
  'Smith',
  'Zariņš',
];
const STREETS = [
  'Brīvības iela',
  'Raiņa iela',
  'Tirgus laukums',
  'Dzirnavu iela',
  'Skolas iela',
  'Parka iela',
];
const TOWNS = ['Ilūkste', 'Subate', 'Bebrene', 'Dviete', 'Eglaine', 'Pilskalne', 'Šēdere'];
const SAYS = {
  lv: [
    'Lūdzu izskatīt manu pieteikumu.',
    'Gribu pieteikties, kā norādīts.',
    'Pie mājas ir bedre, kas traucē braukt.',
    'Nepieciešama atļauja sestdienas tirgum.',
    'Paldies par palīdzību!',
  ],
  en: [
    'Please consider my application.',
    'I would like to apply as stated.',
    'There is a pothole in front of the house.',
    'I need a permit for the Saturday market.',
    'Thank you for your help.',
  ],
};

/** Account numbers that pass the IBAN check, written as people write them. */
const IBANS = [
  'LV80BANK0000435195001',
  'LV80 BANK 0000 4351 9500 1',
  'lv62 haba 0551 2345 6789 0',
  'LV34UNLA0055000452186',
];

/** A small seeded generator (mulberry32): the same seed gives the same requests. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

/** A valid answer to a field as an Open311 client writes it (canonical dates, numbers with a point, keys). */
function answer(r: Random, field: FormField, today: string): string | string[] {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      const text =
        field.type === 'address' ? `${r.pick(STREETS)} ${r.int(1, 120)}, ${r.pick(TOWNS)}` : r.pick(SAYS.lv);
      return text.slice(0, field.maxLength ?? text.length);
    }
    case 'number': {
      const min = Math.ceil(field.min ?? 0);
      const max = Math.floor(field.max ?? min + 500);
      const n = r.int(min, max);
      return !field.integer && n + 0.5 <= (field.max ?? Number.POSITIVE_INFINITY) && r.chance(0.5)
        ? String(n + 0.5)
        : String(n);
    }
    case 'date':
      return field.dateRule === 'future'
        ? addDays(today, r.int(0, 300))
        : field.dateRule === 'past'
          ? addDays(today, -r.int(0, 20_000))
          : addDays(today, r.int(-3000, 300));
    case 'choice':
      return r.pick(field.options!).key;
    case 'choices': {
      const keys = field.options!.map((o) => o.key).filter(() => r.chance(0.5));
      return keys.length > 0 ? keys : [field.options![0]!.key];
    }
    case 'yesno':
      return r.chance(0.5) ? 'yes' : 'no';
    case 'iban':
      return r.pick(IBANS);
    case 'personal_code':
      // The new format (32…) has no check digit.
      return `32${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
    case 'file':
      throw new Error('Open311 sends no files');
  }
}

/** Answers to the fields a client is asked, optional ones sometimes left out; undefined if a file is required. */
function attributes(r: Random, def: FormDefinition, today: string): Answers | undefined {
  const given: Answers = {};
  for (const field of allFields(def)) {
    if (!visibleFields(def, given).some((f) => f.code === field.code)) continue;
    if (field.type === 'file') {
      if (field.required) return undefined;
      continue;
    }
    if (!field.required && r.chance(0.4)) continue;
    given[field.code] = answer(r, field, today);
  }
  return given;
}

/** The services an API client may file for, with their forms. */
async function targets(db: Db): Promise<Target[]> {
  const today = todayInRiga();
  const probe = random(1);
  return (await listServices(db, NO_FILTER, 'lv'))
    .filter((s) => s.version.applyChannels.length > 0)
    .map((s) => {
      const parsed = s.version.formDefinition ? parseFormDefinition(s.version.formDefinition) : undefined;
      return { code: s.code, def: parsed?.ok ? parsed.definition : undefined };
    })
    .filter((t) => !t.def || attributes(probe, t.def, today) !== undefined);
}

/**
 * `count` different valid POSTs of service requests under `apiKey`, spread over every service an API client
 * may file for. Each service's share follows its form: one with a form is asked for three times as often.
 */
export async function variedOpen311Requests(
  db: Db,
  apiKey: string,
  count: number,
  seed = 311,
): Promise<{ posts: Open311Post[]; services: number }> {
  const all = await targets(db);
  if (all.length === 0) throw new Error('No service takes applications');
  const weighted = all.flatMap((t) => (t.def ? [t, t, t] : [t]));
  const r = random(seed);
  const today = todayInRiga();
  const posts: Open311Post[] = [];
  for (let i = 0; i < count; i++) {
    const t = weighted[i % weighted.length]!;
    const locale = r.chance(0.8) ? 'lv' : 'en';
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const p = new URLSearchParams({ api_key: apiKey, service_code: t.code, first_name: first });
    if (r.chance(0.8)) p.append('last_name', last);
    const mail = `${first}.${last}.${i}`
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9.]/g, '')
      .toLowerCase();
    if (r.chance(0.85)) p.append('email', `${mail}@example.lv`);
    if (!p.has('email') || r.chance(0.3))
      p.append('phone', `+371 2${String(r.int(0, 9_999_999)).padStart(7, '0')}`);
    if (r.chance(0.7)) p.append('description', r.pick(SAYS[locale]));
    if (r.chance(0.6)) {
      p.append('lat', (55.9 + r.next() * 0.2).toFixed(5));
      p.append('long', (26.1 + r.next() * 0.4).toFixed(5));
    }
    if (r.chance(0.5)) p.append('address_string', `${r.pick(STREETS)} ${r.int(1, 120)}, ${r.pick(TOWNS)}`);
    let given: Answers | undefined = {};
    // A condition may show a required file field: those answers cannot go through Open311, others can.
    for (let tries = 0; t.def && tries < 50; tries++) {
      given = attributes(r, t.def, today);
      if (given) break;
    }
    if (!given) throw new Error(`No answers to ${t.code} without a file`);
    for (const [code, v] of Object.entries(given)) {
      if (Array.isArray(v)) for (const x of v) p.append(`attribute[${code}][]`, x);
      else p.append(`attribute[${code}]`, v);
    }
    posts.push({
      path: `/open311/v2/requests.${r.chance(0.8) ? 'json' : 'xml'}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': locale },
      body: p.toString(),
    });
  }
  return { posts, services: all.length };
}

import type { Bilingual, CentreExceptionSeed, CentreSeed, HoursSeed } from './types';

type Weekday = HoursSeed['weekday'];
type Span = readonly [opens: string, closes: string];

const ALL_WEEKS = [1, 2, 3, 4, 5];

interface WeekPlan {
  /** Weekdays with regular hours, each with the morning and afternoon span (lunch break between). */
  days: Partial<Record<Weekday, readonly Span[]>>;
  /** Evening sessions: the afternoon span of that weekday runs to 19:00 on these weeks of the month. */
  evenings: { weekday: Weekday; weeks: number[]; closes: string }[];
}

/**
 * Expands a weekly plan into rows. On an evening weekday the last span is split into two rows that
 * never apply on the same date: weeks `weeks` close late, the remaining weeks close at the usual hour.
 */
function expand(plan: WeekPlan): HoursSeed[] {
  const rows: HoursSeed[] = [];
  for (const [key, spans] of Object.entries(plan.days)) {
    const weekday = Number(key) as Weekday;
    if (!spans) continue;
    const evening = plan.evenings.find((e) => e.weekday === weekday);
    spans.forEach(([opens, closes], i) => {
      const isLast = i === spans.length - 1;
      if (evening && isLast) {
        const other = ALL_WEEKS.filter((w) => !evening.weeks.includes(w));
        rows.push({ weekday, opens, closes, weeksOfMonth: other });
        rows.push({ weekday, opens, closes: evening.closes, weeksOfMonth: [...evening.weeks] });
      } else {
        rows.push({ weekday, opens, closes });
      }
    });
  }
  return rows;
}

const WORKDAY_A: readonly Span[] = [
  ['08:00', '12:00'],
  ['12:30', '17:00'],
];
const WORKDAY_B: readonly Span[] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];

interface Holiday {
  day: string;
  weekday: Weekday;
  note: Bilingual;
}

/** Public holidays of late 2026 and 2027 that fall on working days (centres are closed). */
const HOLIDAYS: Holiday[] = [
  {
    day: '2026-11-18',
    weekday: 3,
    note: {
      lv: 'Latvijas Republikas proklamēšanas diena — valsts svētki, pakalpojumu centrs slēgts.',
      en: 'Proclamation Day of the Republic of Latvia — public holiday, the centre is closed.',
    },
  },
  {
    day: '2026-12-24',
    weekday: 4,
    note: {
      lv: 'Ziemassvētku vakars — pakalpojumu centrs slēgts.',
      en: 'Christmas Eve — the centre is closed.',
    },
  },
  {
    day: '2026-12-25',
    weekday: 5,
    note: { lv: 'Ziemassvētki — pakalpojumu centrs slēgts.', en: 'Christmas Day — the centre is closed.' },
  },
  {
    day: '2026-12-31',
    weekday: 4,
    note: { lv: 'Vecgada vakars — pakalpojumu centrs slēgts.', en: "New Year's Eve — the centre is closed." },
  },
  {
    day: '2027-01-01',
    weekday: 5,
    note: { lv: 'Jaunais gads — pakalpojumu centrs slēgts.', en: "New Year's Day — the centre is closed." },
  },
  {
    day: '2027-03-26',
    weekday: 5,
    note: { lv: 'Lielā Piektdiena — pakalpojumu centrs slēgts.', en: 'Good Friday — the centre is closed.' },
  },
  {
    day: '2027-03-29',
    weekday: 1,
    note: {
      lv: 'Otrās Lieldienas — pakalpojumu centrs slēgts.',
      en: 'Easter Monday — the centre is closed.',
    },
  },
  {
    day: '2027-05-04',
    weekday: 2,
    note: {
      lv: 'Latvijas Republikas Neatkarības atjaunošanas diena — valsts svētki, pakalpojumu centrs slēgts.',
      en: 'Restoration of Independence Day — public holiday, the centre is closed.',
    },
  },
  {
    day: '2027-06-23',
    weekday: 3,
    note: { lv: 'Līgo diena — pakalpojumu centrs slēgts.', en: 'Midsummer Eve — the centre is closed.' },
  },
  {
    day: '2027-06-24',
    weekday: 4,
    note: { lv: 'Jāņi — pakalpojumu centrs slēgts.', en: 'Midsummer Day — the centre is closed.' },
  },
];

/** Closure rows for the holidays that fall on a day the centre is normally open. */
function holidayClosures(hours: HoursSeed[]): CentreExceptionSeed[] {
  const openDays = new Set(hours.map((h) => h.weekday));
  return HOLIDAYS.filter((h) => openDays.has(h.weekday)).map((h) => ({
    day: h.day,
    closed: true,
    note: h.note,
  }));
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A holiday that falls on an evening session would leave the month with one evening (R14), so the
 * session moves to the same weekday of the following week (or the week before, at the end of a month).
 */
function replacementEvenings(plan: WeekPlan, closures: CentreExceptionSeed[]): CentreExceptionSeed[] {
  const taken = new Set(closures.map((c) => c.day));
  return HOLIDAYS.flatMap((h) => {
    const evening = plan.evenings.find((e) => e.weekday === h.weekday);
    const week = Math.ceil(Number(h.day.slice(8, 10)) / 7);
    const spans = plan.days[h.weekday];
    if (!evening?.weeks.includes(week) || !spans || !taken.has(h.day)) return [];
    const next = addDays(h.day, 7);
    const day = next.slice(0, 7) === h.day.slice(0, 7) ? next : addDays(h.day, -7);
    if (taken.has(day)) return [];
    return [
      {
        day,
        closed: false,
        opens: spans[0]![0],
        closes: evening.closes,
        note: {
          lv: `Vakara pieņemšana pārcelta no ${h.day.slice(8, 10)}.${h.day.slice(5, 7)}. (svētku diena); bez pusdienu pārtraukuma.`,
          en: `Evening session moved from ${h.day.slice(8, 10)}.${h.day.slice(5, 7)}. (public holiday); no lunch break.`,
        },
      },
    ];
  });
}

function centre(
  seed: Omit<CentreSeed, 'hours' | 'exceptions'>,
  plan: WeekPlan,
  extra: CentreExceptionSeed[] = [],
): CentreSeed {
  const hours = expand(plan);
  const closures = holidayClosures(hours);
  const exceptions = [...closures, ...replacementEvenings(plan, closures), ...extra].sort((a, b) =>
    a.day.localeCompare(b.day),
  );
  return { ...seed, hours, exceptions };
}

function parish(lvGenitive: string, en: string): CentreSeed['name'] {
  return { lv: `${lvGenitive} pagasta pārvalde`, en: `${en} parish administration` };
}

export const CENTRES: CentreSeed[] = [
  centre(
    {
      code: 'ilukste',
      name: { lv: 'Ilūkstes pakalpojumu centrs', en: 'Ilūkste service centre' },
      isMain: true,
      address: 'Brīvības iela 7, Ilūkste, Ilūkstes novads, LV-5447',
      postalCode: 'LV-5447',
      phone: '+371 65462300',
      email: 'pakalpojumi@ilukste.lv',
      latitude: '55.97862',
      longitude: '26.29641',
      sort: 1,
    },
    {
      days: {
        1: WORKDAY_A,
        2: WORKDAY_A,
        3: WORKDAY_A,
        4: WORKDAY_A,
        5: [
          ['08:00', '12:00'],
          ['12:30', '15:30'],
        ],
        6: [['09:00', '13:00']],
      },
      evenings: [
        { weekday: 1, weeks: [1, 3], closes: '19:00' },
        { weekday: 4, weeks: [2, 4], closes: '19:00' },
      ],
    },
    [
      {
        day: '2026-10-15',
        closed: false,
        opens: '08:00',
        closes: '20:00',
        note: {
          lv: 'Atvērto durvju diena: nodaļu speciālisti konsultē klātienē līdz plkst. 20.00.',
          en: 'Open day: specialists of the departments give advice in person until 8 p.m.',
        },
      },
      {
        day: '2026-11-17',
        closed: false,
        opens: '08:00',
        closes: '16:00',
        note: {
          lv: 'Pirmssvētku diena: darba laiks saīsināts par vienu stundu, bez pusdienu pārtraukuma.',
          en: 'Day before a public holiday: opening hours shortened by one hour, no lunch break.',
        },
      },
    ],
  ),
  centre(
    {
      code: 'subate',
      name: { lv: 'Subates pakalpojumu centrs', en: 'Subate service centre' },
      isMain: false,
      address: 'Rīgas iela 6, Subate, Ilūkstes novads, LV-5471',
      postalCode: 'LV-5471',
      phone: '+371 65471300',
      email: 'subate@ilukste.lv',
      latitude: '56.00497',
      longitude: '25.90712',
      sort: 2,
    },
    {
      days: {
        1: WORKDAY_A,
        2: WORKDAY_A,
        3: WORKDAY_A,
        4: WORKDAY_A,
        5: [
          ['08:00', '12:00'],
          ['12:30', '15:00'],
        ],
      },
      evenings: [{ weekday: 2, weeks: [1, 3], closes: '19:00' }],
    },
    [
      {
        day: '2026-12-17',
        closed: false,
        opens: '08:00',
        closes: '19:00',
        note: {
          lv: 'Papildu vakara pieņemšana pirms gada beigām (nekustamā īpašuma nodokļa samaksa, izziņas), bez pusdienu pārtraukuma.',
          en: 'Extra evening session before the end of the year (real estate tax payments, certificates), no lunch break.',
        },
      },
    ],
  ),
  centre(
    {
      code: 'bebrene',
      name: parish('Bebrenes', 'Bebrene'),
      isMain: false,
      address: 'Skolas iela 2, Bebrene, Bebrenes pagasts, Ilūkstes novads, LV-5448',
      postalCode: 'LV-5448',
      phone: '+371 65464210',
      email: 'bebrene@ilukste.lv',
      latitude: '56.06561',
      longitude: '26.13772',
      sort: 3,
    },
    {
      days: {
        1: WORKDAY_B,
        2: WORKDAY_B,
        3: WORKDAY_B,
        4: WORKDAY_B,
        5: [
          ['08:00', '12:00'],
          ['13:00', '15:00'],
        ],
      },
      evenings: [{ weekday: 1, weeks: [1, 3], closes: '19:00' }],
    },
  ),
  centre(
    {
      code: 'dviete',
      name: parish('Dvietes', 'Dviete'),
      isMain: false,
      address: '„Pagastmāja”, Dviete, Dvietes pagasts, Ilūkstes novads, LV-5476',
      postalCode: 'LV-5476',
      phone: '+371 65464520',
      email: 'dviete@ilukste.lv',
      latitude: '56.04832',
      longitude: '26.39674',
      sort: 4,
    },
    {
      days: {
        1: WORKDAY_B,
        2: WORKDAY_B,
        3: WORKDAY_B,
        4: WORKDAY_B,
        5: [
          ['08:00', '12:00'],
          ['13:00', '15:00'],
        ],
      },
      evenings: [{ weekday: 2, weeks: [2, 4], closes: '19:00' }],
    },
  ),
  centre(
    {
      code: 'eglaine',
      name: parish('Eglaines', 'Eglaine'),
      isMain: false,
      address: 'Skolas iela 8, Eglaine, Eglaines pagasts, Ilūkstes novads, LV-5450',
      postalCode: 'LV-5450',
      phone: '+371 65463340',
      email: 'eglaine@ilukste.lv',
      latitude: '55.94118',
      longitude: '26.42835',
      sort: 5,
    },
    {
      days: {
        1: WORKDAY_B,
        2: WORKDAY_B,
        3: WORKDAY_B,
        4: WORKDAY_B,
        5: [
          ['08:00', '12:00'],
          ['13:00', '15:00'],
        ],
      },
      evenings: [{ weekday: 3, weeks: [1, 3], closes: '19:00' }],
    },
    [
      {
        day: '2027-02-10',
        closed: true,
        note: {
          lv: 'Slēgts telpu remonta dēļ. Iedzīvotājus pieņem Ilūkstes pakalpojumu centrā, Brīvības ielā 7.',
          en: 'Closed for repairs. Residents are served at the Ilūkste service centre, Brīvības iela 7.',
        },
      },
    ],
  ),
  centre(
    {
      code: 'pilskalne',
      name: parish('Pilskalnes', 'Pilskalne'),
      isMain: false,
      address: '„Pilskalnes pagastmāja”, Pilskalne, Pilskalnes pagasts, Ilūkstes novads, LV-5441',
      postalCode: 'LV-5441',
      phone: '+371 65463120',
      email: 'pilskalne@ilukste.lv',
      latitude: '55.90431',
      longitude: '26.21083',
      sort: 6,
    },
    {
      days: {
        1: WORKDAY_B,
        2: WORKDAY_B,
        3: WORKDAY_B,
        4: WORKDAY_B,
        5: [['08:00', '13:00']],
      },
      evenings: [{ weekday: 4, weeks: [2, 4], closes: '19:00' }],
    },
  ),
  centre(
    {
      code: 'prode',
      name: parish('Prodes', 'Prode'),
      isMain: false,
      address: '„Prodes pagastmāja”, Prode, Prodes pagasts, Ilūkstes novads, LV-5449',
      postalCode: 'LV-5449',
      phone: '+371 65462840',
      email: 'prode@ilukste.lv',
      latitude: '56.00412',
      longitude: '26.24403',
      sort: 7,
    },
    {
      days: { 1: WORKDAY_B, 2: WORKDAY_B, 3: WORKDAY_B, 4: WORKDAY_B },
      evenings: [{ weekday: 1, weeks: [2, 4], closes: '19:00' }],
    },
  ),
  centre(
    {
      code: 'sedere',
      name: parish('Šēderes', 'Šēdere'),
      isMain: false,
      address: '„Pagastmāja”, Šēdere, Šēderes pagasts, Ilūkstes novads, LV-5474',
      postalCode: 'LV-5474',
      phone: '+371 65463610',
      email: 'sedere@ilukste.lv',
      latitude: '55.89352',
      longitude: '26.56381',
      sort: 8,
    },
    {
      days: {
        1: WORKDAY_B,
        2: WORKDAY_B,
        3: WORKDAY_B,
        4: WORKDAY_B,
        5: [['08:00', '12:00']],
      },
      evenings: [{ weekday: 3, weeks: [2, 4], closes: '19:00' }],
    },
  ),
];

/**
 * The towns, parishes and largest villages each centre serves, so that a resident finds their centre
 * by the place they live in (villages from the parish pages of the municipality's website).
 */
export const CENTRE_PLACES: Record<string, string[]> = {
  ilukste: ['Ilūkste', 'Ilūkstes pilsēta'],
  subate: ['Subate', 'Subates pilsēta'],
  bebrene: ['Bebrene', 'Bebrenes pagasts'],
  dviete: ['Dviete', 'Dvietes pagasts'],
  eglaine: ['Eglaine', 'Eglaines pagasts', 'Annmuiža', 'Baltmuiža', 'Laši', 'Vitkuški'],
  pilskalne: ['Pilskalne', 'Pilskalnes pagasts', 'Doļnaja', 'Baltiņi', 'Kazimirišķi', 'Kūliņi'],
  prode: ['Prode', 'Prodes pagasts', 'Kazimirvāle', 'Lavide', 'Vārnišķi'],
  sedere: ['Šēdere', 'Šēderes pagasts', 'Pašuliene', 'Rauda', 'Sīļi', 'Šarlote'],
};

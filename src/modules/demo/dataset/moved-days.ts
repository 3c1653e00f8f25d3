/**
 * DEMO DATA: the working days the Cabinet moved, as the demo municipality follows them. A real
 * municipality enters its own at /darbs/kalendars (the Cabinet's order only recommends them to
 * municipalities). 2026 is from the Cabinet order „Par darba dienu pārcelšanu 2026. gadā” (adopted
 * 10 June 2025). 2025 and 2027 are not listed: their orders could not be checked when this was written;
 * add them from the order before relying on the demo for those years.
 */
export const MOVED_DAYS: { day: string; working: boolean; reason: string }[] = [
  {
    day: '2026-01-02',
    working: false,
    reason:
      'MK rīkojums „Par darba dienu pārcelšanu 2026. gadā”: piektdiena, 2. janvāris, pārcelta uz sestdienu, 17. janvāri',
  },
  {
    day: '2026-01-17',
    working: true,
    reason: 'MK rīkojums „Par darba dienu pārcelšanu 2026. gadā”: atstrādā 2. janvāra darba dienu',
  },
  {
    day: '2026-06-22',
    working: false,
    reason:
      'MK rīkojums „Par darba dienu pārcelšanu 2026. gadā”: pirmdiena, 22. jūnijs, pārcelta uz sestdienu, 27. jūniju',
  },
  {
    day: '2026-06-27',
    working: true,
    reason: 'MK rīkojums „Par darba dienu pārcelšanu 2026. gadā”: atstrādā 22. jūnija darba dienu',
  },
];

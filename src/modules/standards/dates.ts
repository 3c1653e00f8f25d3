/** Calendar days in Europe/Riga written as "YYYY-MM-DD"; "today" is always a parameter in the domain. */
export type Day = string;

const rigaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInRiga(now: Date = new Date()): Day {
  return rigaDay.format(now);
}

export function addDays(day: Day, days: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar day from its parts, or undefined (31.02. is not a day). */
export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, date));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

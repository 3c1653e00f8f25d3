/** Open311 date-times: ISO 8601 with the offset of Riga (EET/EEST), as the spec asks for a time zone. */

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Riga',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

export function isoDateTime(at: Date): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

/** A deadline day as the end of that day in Riga. */
export function expectedDateTime(day: string): string {
  // Noon UTC of that day is the same day in Riga, and carries that day's offset.
  const offset = isoDateTime(new Date(`${day}T12:00:00Z`)).slice(19);
  return `${day}T23:59:59${offset}`;
}

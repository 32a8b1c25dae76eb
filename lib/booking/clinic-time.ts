/**
 * Wall-clock time in the clinic's zone and UTC instants, with Intl alone (no date library: these
 * four conversions are all the booking code needs). Pure.
 *
 * Local → UTC uses the zone's offset at the guessed instant and checks it once more, which settles
 * both DST edges: a time that does not exist (the spring gap, e.g. 01:30 on the last Sunday of
 * March in London) moves forward by the gap, as calendars do; a time that happens twice (the
 * autumn overlap) takes its first occurrence.
 */
export type LocalDateTime = { date: string; time: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The zone's offset from UTC at an instant, in minutes (London: 0 in winter, 60 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = partsIn(instant, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The local date (YYYY-MM-DD) and time (HH:MM) of an instant in a zone. */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const p = partsIn(instant, timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The instant a local date and time names in a zone; null if either is not a real date or time. */
export function fromLocal(local: LocalDateTime, timeZone: string): Date | null {
  const d = DATE.exec(local.date);
  const t = TIME.exec(local.time);
  if (!d || !t) return null;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const wall = Date.UTC(y, m - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day) return null;
  // The offset an hour either side of the wall time: equal except near a change.
  const before = offsetMinutes(new Date(wall - 3_600_000 * 3), timeZone);
  const after = offsetMinutes(new Date(wall + 3_600_000 * 3), timeZone);
  if (before === after) return new Date(wall - before * 60_000);
  // Near a change: the first reading that maps back to the same wall time is the earlier occurrence.
  for (const offset of [before, after]) {
    const candidate = new Date(wall - offset * 60_000);
    const back = toLocal(candidate, timeZone);
    if (back.date === local.date && back.time === local.time) return candidate;
  }
  // In the spring gap: the wall time read with the offset before the change lands after it.
  return new Date(wall - before * 60_000);
}

/** A local date moved by whole days (calendar days, whatever the clock does). */
export function addDays(date: string, days: number): string {
  const d = DATE.exec(date);
  if (!d) throw new Error(`Not a date: ${date}`);
  const t = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return t.toISOString().slice(0, 10);
}

/** "Tuesday 30 March 2027 at 10:00", as the patient reads it in the clinic's zone. */
export function describeLocal(instant: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(instant);
  return `${day} at ${toLocal(instant, timeZone).time}`;
}

function partsIn(instant: Date, timeZone: string) {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

const pad = (n: number) => String(n).padStart(2, '0');

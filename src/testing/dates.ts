/** Calendar arithmetic on epoch days (UTC), kept cheap for 100,000 people. */

const DAY_MS = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** `YYYY-MM-DD` of an epoch day, by arithmetic (civil-from-days), without allocating a Date. */
export function isoDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${PAD2[m]}-${PAD2[d]}`;
}

/** `YYYY-MM-DD` of an epoch-ms instant, in UTC. */
export function isoDayOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a calendar date falls in (roughly) European summer time: April to October. */
export function isSummer(iso: string): boolean {
  const month = Number(iso.slice(5, 7));
  return month >= 4 && month <= 10;
}

// Deadlines of GDPR Art. 12(3): one month from receipt, extendable once by two further months.
// A period in months ends on the same day of the month, or on the month's last day when that
// day does not exist (31 January + 1 month = 28/29 February) — Regulation 1182/71 Art. 3.

export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export const dueDate = (received: string) => addMonths(received, 1);
export const extendedDueDate = (received: string) => addMonths(received, 3);

/** Monday–Sunday week of `today` (Helsinki dates): the last day of "this week". */
export function endOfWeek(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + (7 - day));
  return d.toISOString().slice(0, 10);
}

// Calendar dates travel through this module as 'YYYY-MM-DD' strings: they sort and compare as text,
// and carry no time zone, so a delivery on 31 August is 31 August whatever the PC's clock says.

/** True for an existing calendar date written 'YYYY-MM-DD' (rejects 2023-02-29, 2024-13-01 …). */
export function isIsoCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Gregorian calendar; computed by hand because Date treats years 0–99 as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Working days (Mon–Fri) that have fully passed between a backup's date and today, both Helsinki
// calendar dates: a Friday backup is not "late" on Monday, it is on Tuesday.
export function fullWorkingDaysBetween(fromDate: string, today: string): number {
  let count = 0;
  const d = new Date(`${fromDate}T12:00:00Z`);
  const end = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  while (d < end) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) count++;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return count;
}

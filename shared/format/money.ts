// Money is integer cents everywhere; this is the only place it becomes text: '1 234,50 €'.
const NBSP = '\u00a0';

export function formatMoney(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`money must be integer cents, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${sign}${euros},${rest}${NBSP}€`;
}

// Value formats the Finvoice 3.0 schema prescribes: amounts with a decimal comma and no
// thousands separator ('-1234,50'), percentages '25,5', dates CCYYMMDD, quantities '1,5'.
// Text fields have fixed maximum lengths; longer text is split over the repeats the schema
// allows rather than cut silently.

/** Cents -> '1234,50' / '-12,00' (the schema's amount and epiAmount patterns). */
export function amount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** '1234,50' -> 123450: for tests that read a message back. */
export function parseAmount(text: string): number {
  const m = /^(-?)(\d+),(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`Not a Finvoice amount: "${text}"`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

/** Basis points -> '25,5' / '0' / '13,5'. */
export function percent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(Math.abs(bp % 100)).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole},${frac}` : String(whole);
}

/** Thousandths -> '1,5' / '-2'. */
export function quantity(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 1000)}${frac ? `,${frac}` : ''}`;
}

/** 'YYYY-MM-DD' -> the schema's date element: { '#text': 'YYYYMMDD', '@_Format': 'CCYYMMDD' }. */
export function date(iso: string): { '#text': string; '@_Format': 'CCYYMMDD' } {
  return { '#text': iso.replace(/-/g, ''), '@_Format': 'CCYYMMDD' };
}

/** An amount element in euros. */
export function eur(cents: number): { '#text': string; '@_AmountCurrencyIdentifier': 'EUR' } {
  return { '#text': amount(cents), '@_AmountCurrencyIdentifier': 'EUR' };
}

/** Text split into pieces of at most `max` characters (at spaces where possible), at most `count` pieces. */
export function chunks(text: string, max: number, count = Infinity): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest !== '' && out.length < count) {
    if (rest.length <= max) {
      out.push(rest);
      break;
    }
    const cut = rest.lastIndexOf(' ', max);
    const at = cut > max / 2 ? cut : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return out;
}

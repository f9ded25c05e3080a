// Phone numbers are kept in E.164 (+358501234567); counter staff type them any way they like.
/** Returns the E.164 form, or null when it cannot be a phone number. Finnish national numbers
 * (leading 0) get +358; an international prefix 00 becomes +. */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d][\d\s\-().\/]*$/.test(trimmed)) return null;
  let digits = trimmed.replace(/[\s\-().\/]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = `358${digits.slice(1)}`;
  else return null;
  if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
  return `+${digits}`;
}

// The e-invoice address (verkkolaskuosoite) of an organisation and its operator (välittäjä).
// In Finland the address is usually the OVT identifier: '0037' (the ISO 6523 code of the Finnish
// OVT scheme), the eight Y-tunnus digits without the hyphen, and up to five characters the
// organisation chooses for a unit. Some receive e-invoices at an IBAN instead (the bank as
// operator). The operator ID is what the operator publishes: a bank's BIC (NDEAFIHH) or the
// operator's own OVT (003721291126). A format check catches typing mistakes only; whether the
// address is in use is for the operator's register to answer.
import { businessIdCheckDigit } from './businessId';
import { isValidIban, normalizeIban } from './iban';

/** ISO 6523 ICD of the Finnish OVT code: the SchemeID of an OVT address in Finvoice. */
export const OVT_SCHEME_ID = '0037';

export type EinvoiceAddressKind = 'ovt' | 'iban';

/** Spaces removed and letters upper-cased: the form stored and written in the message. */
export function normalizeEinvoiceId(v: string): string {
  return v.replace(/\s+/g, '').toUpperCase();
}

/** '0037' + 8 Y-tunnus digits whose check digit holds + 0–5 letters or digits. */
export function isValidOvt(v: string): boolean {
  const m = /^0037(\d{7})(\d)[A-Z0-9]{0,5}$/.exec(normalizeEinvoiceId(v));
  return m !== null && businessIdCheckDigit(m[1]!) === Number(m[2]);
}

/** The shop's own OVT from its Y-tunnus '1234567-8' -> '003712345678' ('' when it has none). */
export function ovtFromBusinessId(businessId: string): string {
  const m = /^(\d{7})-(\d)$/.exec(businessId.trim());
  return m ? `${OVT_SCHEME_ID}${m[1]}${m[2]}` : '';
}

/** Which kind of address this is, or null when it is neither a valid OVT nor a valid IBAN. */
export function einvoiceAddressKind(v: string): EinvoiceAddressKind | null {
  const n = normalizeEinvoiceId(v);
  if (/^\d/.test(n)) return isValidOvt(n) ? 'ovt' : null;
  return isValidIban(normalizeIban(n)) ? 'iban' : null;
}

/** A BIC (8 or 11 characters) as banks use it for Finvoice, or an operator's own OVT. */
export function isValidOperatorId(v: string): boolean {
  const n = normalizeEinvoiceId(v);
  if (/^\d/.test(n)) return isValidOvt(n);
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(n);
}

// Finnish bank barcode (pankkiviivakoodi) and its text form, the virtual barcode (virtuaaliviivakoodi),
// as specified in Finanssiala's "Pankkiviivakoodi-opas" (Bank Bar Code Guide) version 5.3. A payer
// pastes the 54 digits into the online bank, or scans the printed bars, and the bank fills in the
// account, amount, reference and due date, so every digit has to be right.
//
// Layout, 54 digits, left to right:
//   version 4 (national reference):  4 | IBAN 16 | euros 6 | cents 2 | reserve '000'   | reference 20 | YYMMDD
//   version 5 (RF reference):        5 | IBAN 16 | euros 6 | cents 2 | RF check 2     | reference 21 | YYMMDD
// "IBAN 16" is the Finnish IBAN without 'FI' (its two check digits + 14 account digits). References are
// zero-padded on the left. A due date or amount of all zeros means "none": the payer fills it in.

import { isValidIban, normalizeIban } from './iban';
import { isIsoCalendarDate } from './isoDate';
import { normalizeReferenceNumber } from './referenceNumber';
import { isValidRfReference, normalizeRfReference } from './rfReference';

export const VIRTUAL_BARCODE_LENGTH = 54;
/** 999 999,99 €: six euro digits and two cent digits. */
export const VIRTUAL_BARCODE_MAX_CENTS = 99_999_999;

export interface VirtualBarcodeInput {
  /** Finnish IBAN, spaces allowed. Bank barcodes exist only for accounts in Finland. */
  iban: string;
  /** Amount to pay in cents, 0–99 999 999. 0 leaves the amount for the payer to enter. */
  cents: number;
  /** A Finnish reference number (gives version 4) or a numeric RF reference (gives version 5). */
  reference: string;
  /** Due date 'YYYY-MM-DD' in 2000–2099, or '' for none. */
  dueDate: string;
}

export interface VirtualBarcodeFields {
  version: 4 | 5;
  /** Electronic form, 'FI7944052020036082'. */
  iban: string;
  cents: number;
  /** National reference without leading zeros, or the RF reference in electronic form ('RF09868516259619897'). */
  reference: string;
  /** 'YYYY-MM-DD', or '' when the barcode carries no due date. */
  dueDate: string;
}

const NATIONAL_REFERENCE_FIELD_DIGITS = 20;
const RF_REFERENCE_FIELD_DIGITS = 21;
const NO_DUE_DATE = '000000';
const VERSION_4_RESERVE = '000';

function ibanField(iban: string): string {
  const compact = normalizeIban(iban);
  if (!compact.startsWith('FI')) {
    throw new Error(`A Finnish bank barcode can only carry a Finnish (FI) IBAN, got "${iban}"`);
  }
  if (!isValidIban(compact)) throw new Error(`Not a valid IBAN: "${iban}"`);
  return compact.slice(2);
}

function amountField(cents: number): string {
  // The guide's amount field has room for 999 999,99 €. Rather than silently printing a barcode that
  // asks for a different sum, anything outside that range (or a refund) is refused: the caller prints
  // the invoice without a barcode instead.
  if (!Number.isSafeInteger(cents) || cents < 0 || cents > VIRTUAL_BARCODE_MAX_CENTS) {
    throw new Error(
      `A bank barcode holds an amount of 0,00–999 999,99 € in whole cents, got ${cents} cents; ` +
        'print this invoice without a barcode',
    );
  }
  const euros = Math.floor(cents / 100);
  return `${String(euros).padStart(6, '0')}${String(cents % 100).padStart(2, '0')}`;
}

function dueDateField(dueDate: string): string {
  if (dueDate === '') return NO_DUE_DATE;
  // Two year digits: the field cannot tell 2010 from 2110, and the guide's own examples run to 2099.
  if (!isIsoCalendarDate(dueDate) || !dueDate.startsWith('20')) {
    throw new Error(`Bank barcode due date must be a date 'YYYY-MM-DD' in 2000–2099 or '', got "${dueDate}"`);
  }
  return `${dueDate.slice(2, 4)}${dueDate.slice(5, 7)}${dueDate.slice(8, 10)}`;
}

/** Version 5 field: the two RF check digits, then the reference body zero-padded to 21 digits. */
function rfReferenceField(reference: string): string {
  const compact = normalizeRfReference(reference);
  if (!isValidRfReference(compact)) throw new Error(`Not a valid RF creditor reference: "${reference}"`);
  const body = compact.slice(4);
  if (!/^\d+$/.test(body)) {
    throw new Error(`Only an all-digit RF reference fits in a bank barcode, got "${reference}"`);
  }
  return `${compact.slice(2, 4)}${body.padStart(RF_REFERENCE_FIELD_DIGITS, '0')}`;
}

function nationalReferenceField(reference: string): string {
  const national = normalizeReferenceNumber(reference);
  if (national === null) throw new Error(`Not a valid Finnish reference number: "${reference}"`);
  return national.padStart(NATIONAL_REFERENCE_FIELD_DIGITS, '0');
}

function isRfReferenceText(reference: string): boolean {
  return /^RF/.test(normalizeRfReference(reference));
}

/** The 54-digit virtual barcode. Throws an Error naming the field when an input cannot be encoded. */
export function virtualBarcode(input: VirtualBarcodeInput): string {
  const iban = ibanField(input.iban);
  const amount = amountField(input.cents);
  const due = dueDateField(input.dueDate);
  if (isRfReferenceText(input.reference)) {
    return `5${iban}${amount}${rfReferenceField(input.reference)}${due}`;
  }
  return `4${iban}${amount}${VERSION_4_RESERVE}${nationalReferenceField(input.reference)}${due}`;
}

/**
 * The fields of a virtual barcode (spaces allowed, e.g. when copied from a PDF). Checks everything a
 * bank would: length, version, IBAN check, reserve field, reference check and a real due date.
 * Throws an Error saying what is wrong otherwise.
 */
export function parseVirtualBarcode(code: string): VirtualBarcodeFields {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== VIRTUAL_BARCODE_LENGTH) {
    throw new Error(`A virtual barcode is ${VIRTUAL_BARCODE_LENGTH} digits, got "${code}"`);
  }
  const version = digits[0];
  if (version !== '4' && version !== '5') {
    throw new Error(`Only bank barcode versions 4 and 5 are in use, got version ${version}`);
  }
  const iban = `FI${digits.slice(1, 17)}`;
  if (!isValidIban(iban)) throw new Error(`The account in the barcode fails the IBAN check: ${iban}`);
  const cents = Number(digits.slice(17, 23)) * 100 + Number(digits.slice(23, 25));

  let reference: string;
  if (version === '4') {
    if (digits.slice(25, 28) !== VERSION_4_RESERVE) {
      throw new Error(`The reserve field of a version 4 barcode must be 000, got ${digits.slice(25, 28)}`);
    }
    const national = normalizeReferenceNumber(digits.slice(28, 48));
    if (national === null) throw new Error(`The reference in the barcode is not valid: ${digits.slice(28, 48)}`);
    reference = national;
  } else {
    // Strip the padding but keep one digit: RF bodies '0' and '00' are the same number to mod 97.
    const body = digits.slice(27, 48).replace(/^0+(?=\d)/, '');
    reference = `RF${digits.slice(25, 27)}${body}`;
    if (!isValidRfReference(reference)) throw new Error(`The RF reference in the barcode is not valid: ${reference}`);
  }

  const yymmdd = digits.slice(48, 54);
  let dueDate = '';
  if (yymmdd !== NO_DUE_DATE) {
    dueDate = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
    if (!isIsoCalendarDate(dueDate)) throw new Error(`The due date in the barcode is not a date: ${yymmdd}`);
  }

  return { version: version === '4' ? 4 : 5, iban, cents, reference, dueDate };
}

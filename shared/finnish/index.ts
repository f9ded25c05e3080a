export { isValidBusinessId, normalizeBusinessId, businessIdCheckDigit } from './businessId';
export { normalizePhone } from './phone';
export {
  referenceNumber,
  isValidReferenceNumber,
  normalizeReferenceNumber,
  formatReferenceNumber,
  referenceCheckDigit,
} from './referenceNumber';
export { rfReference, isValidRfReference, normalizeRfReference, formatRfReference } from './rfReference';
export { isValidIban, normalizeIban, formatIban, ibanToDigits, IBAN_LENGTHS } from './iban';
export {
  virtualBarcode,
  parseVirtualBarcode,
  VIRTUAL_BARCODE_LENGTH,
  VIRTUAL_BARCODE_MAX_CENTS,
  type VirtualBarcodeInput,
  type VirtualBarcodeFields,
} from './virtualBarcode';
export { code128C, code128CheckValue, code128SymbolModules, CODE128_START_C, CODE128_STOP } from './code128';
export {
  VAT_CATEGORIES,
  VAT_RATE_TABLE,
  VAT_EXEMPTION_REASONS,
  vatRateOn,
  vatBreakdown,
  vatForNet,
  type VatCategoryId,
  type VatCategory,
  type VatRateRow,
  type VatLine,
  type VatRow,
  type VatBreakdown,
} from './vatRates';

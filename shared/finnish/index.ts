export { isValidBusinessId, normalizeBusinessId, businessIdCheckDigit } from './businessId';
export { normalizePhone } from './phone';

// Errors the core raises on purpose. The dispatcher turns them into the error envelope,
// translating `key` into the caller's language; anything else becomes INTERNAL.
import type { ErrorCode } from '../../shared/api/envelope';
import type { ErrorKey } from '../../shared/i18n/errors.fi';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: ErrorKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${key}`);
  }
}

export const fail = (code: ErrorCode, key: ErrorKey, params?: Record<string, string | number>, details?: Record<string, unknown>) =>
  new AppError(code, key, params, details);

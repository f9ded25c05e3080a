// The answer every API call gets, whether it crossed Electron IPC or the harness's HTTP.
export const ERROR_CODES = [
  'VALIDATION',
  'AUTH_REQUIRED',
  'PASSWORD_CHANGE_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'BLOCKED',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** Already translated into the caller's language. */
  message: string;
  /** For VALIDATION: field path ("manager.password") -> translated message. */
  details?: { fields?: Record<string, string>; [key: string]: unknown };
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

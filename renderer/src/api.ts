// The renderer's typed client over window.register: method names, params and results come from
// the shared contract, so a typo or a wrong field is a type error here, not a runtime surprise.
import type { ApiError, MethodName, Params, Result } from '../../shared/api';
import type { RegisterBridge } from '../../shared/api/bridge';

declare global {
  interface Window {
    register: RegisterBridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
  get code() {
    return this.error.code;
  }
  get fields(): Record<string, string> {
    return (this.error.details?.fields as Record<string, string> | undefined) ?? {};
  }
}

/** Told about every failed call, before the caller sees the error: the app uses it to show the
 * lock screen when any call answers LOCKED, or the login screen when the session is gone. */
type FailureListener = (method: MethodName, error: ApiCallError) => void;
const failureListeners = new Set<FailureListener>();

export function onCallFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => {
    failureListeners.delete(listener);
  };
}

export async function call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
  const envelope = await window.register.call(method, params);
  if (!envelope.ok) {
    const error = new ApiCallError(envelope.error);
    failureListeners.forEach((l) => l(method, error));
    throw error;
  }
  return envelope.value as Result<M>;
}

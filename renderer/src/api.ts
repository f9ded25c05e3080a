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

export async function call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
  const envelope = await window.register.call(method, params);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as Result<M>;
}

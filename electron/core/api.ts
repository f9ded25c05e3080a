// The dispatcher: method name -> zod-validated handler, access check per call, error envelope.
// Nothing from the caller is trusted: the input is parsed here and the role is checked here.
import type { z } from 'zod';
import { contract, isMethodName, type Envelope, type MethodName } from '../../shared/api';
import type { Language } from '../../shared/api/fields';
import { MIN_PASSWORD_LENGTH } from '../../shared/api/fields';
import { translator } from '../../shared/i18n/translate';
import { AppError, fail } from './errors';
import type { CoreState, Handler, HandlerContext, HandlerMap } from './context';
import { lockIfIdle } from './auth/sessions';
import type { PreparedPassword } from './auth/passwordCheck';
import { logSlowCall, logUnexpected, SLOW_CALL_MS } from './support/events';

/** Calls a screen makes on a timer (status bars, counters): they do not count as the user being
 * active, or an unattended screen would never lock. */
const PASSIVE = new Set(['session.current', 'backup.status', 'privacy.requests.summary']);

/**
 * Long calls whose heavy part runs on the database worker: they start after the calls before them,
 * but the calls after them do not wait — the counter can go on serving customers while the register
 * is backed up or a backup file is checked. Their handlers touch the live database only in short
 * synchronous steps (no half-done state is visible between awaits), and take a lock of their own
 * (backup/handlers.ts) so that two of them, or a restore, never overlap.
 */
export const BACKGROUND = new Set(['backup.create', 'backup.verify']);

export class HandlerRegistry {
  private readonly handlers = new Map<string, Handler<MethodName>>();

  add(map: HandlerMap): this {
    for (const [name, handler] of Object.entries(map)) {
      if (!isMethodName(name)) throw new Error(`handler for a method the contract does not declare: ${name}`);
      if (this.handlers.has(name)) throw new Error(`handler registered twice: ${name}`);
      this.handlers.set(name, handler as Handler<MethodName>);
    }
    return this;
  }

  /** Every declared method must have a handler; checked once at start-up. */
  assertComplete(): void {
    const missing = Object.keys(contract).filter((m) => !this.handlers.has(m));
    if (missing.length) throw new Error(`methods without a handler: ${missing.join(', ')}`);
  }

  get(name: MethodName): Handler<MethodName> | undefined {
    return this.handlers.get(name);
  }
}

/** zod issue -> translated message. Our schemas carry i18n keys ("errors.x") as messages. */
function issueMessage(issue: z.core.$ZodIssue, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (issue.message.startsWith('errors.')) return t(issue.message, { min: MIN_PASSWORD_LENGTH });
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return t('errors.required');
  return t('errors.invalid');
}

function checkAccess(ctx: HandlerContext, access: 'public' | 'user' | 'manager'): void {
  if (access === 'public') return;
  const s = ctx.session;
  if (!s) throw fail('AUTH_REQUIRED', 'authRequired');
  if (lockIfIdle(ctx.state, s)) throw fail('LOCKED', 'screenLocked');
  if (s.mustChangePassword) throw fail('PASSWORD_CHANGE_REQUIRED', 'passwordChangeRequired');
  if (access === 'manager' && s.role !== 'manager') throw fail('FORBIDDEN', 'forbidden');
}

export async function dispatch(
  state: CoreState,
  registry: HandlerRegistry,
  call: { clientId: string; lang: Language; method: string; params: unknown; prepared?: PreparedPassword },
): Promise<Envelope<unknown>> {
  const lang: Language = call.lang === 'en' ? 'en' : 'fi';
  const t = translator(lang);
  const started = performance.now();
  try {
    if (!isMethodName(call.method)) throw fail('UNKNOWN_METHOD', 'unknownMethod', {}, { method: String(call.method).slice(0, 100) });
    const def = contract[call.method];
    const handler = registry.get(call.method);
    if (!handler) throw fail('UNKNOWN_METHOD', 'unknownMethod');

    const session = state.sessions.get(call.clientId) ?? null;
    const ctx: HandlerContext = { state, clientId: call.clientId, lang, session, ...(call.prepared ? { prepared: call.prepared } : {}) };
    checkAccess(ctx, def.access);

    const parsed = (def.input as z.ZodType).safeParse(call.params ?? {});
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.') || '_';
        fields[path] ??= issueMessage(issue, t);
      }
      const first = Object.entries(fields)[0];
      return { ok: false, error: { code: 'VALIDATION', message: first ? `${t('errors.validation')} ${first[0]}: ${first[1]}` : t('errors.validation'), details: { fields } } };
    }
    state.faults?.beforeHandler?.(call.method, parsed.data);
    const value = await handler(parsed.data as never, ctx);
    if (session && state.sessions.get(call.clientId) === session && !session.locked && !PASSIVE.has(call.method)) session.lastActivity = state.now().getTime();
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppError) {
      const details = err.details?.fields
        ? { ...err.details, fields: Object.fromEntries(Object.entries(err.details.fields as Record<string, string>).map(([k, v]) => [k, t(`errors.${v}`, err.params)])) }
        : err.details;
      if (err.code === 'INTERNAL') {
        // Our own "something broke" (a damaged file, a failed write): its key and code go to the
        // support log under a reference the user can quote, its parameters do not.
        const reference = logUnexpected(state.supportLog, 'call', err, { method: call.method });
        return { ok: false, error: { code: err.code, message: `${t(`errors.${err.key}`, err.params)} ${t('support.reference', { reference })}`, details: { ...details, reference } } };
      }
      return { ok: false, error: { code: err.code, message: t(`errors.${err.key}`, err.params), ...(details ? { details } : {}) } };
    }
    // Unexpected: into the support log under a reference number the user can quote — the error's
    // class, code and stack frames only, never its message or the call's parameters (they may
    // hold personal data; support/scrub.ts).
    const reference = logUnexpected(state.supportLog, 'call', err, { method: isMethodName(call.method) ? call.method : 'unknown' });
    console.error(`[core] ${isMethodName(call.method) ? call.method : 'unknown method'} failed, reference ${reference}`);
    return { ok: false, error: { code: 'INTERNAL', message: t('support.internal', { reference }), details: { reference } } };
  } finally {
    const ms = performance.now() - started;
    if (ms > (state.slowCallMs ?? SLOW_CALL_MS) && isMethodName(call.method)) logSlowCall(state.supportLog, call.method, ms);
  }
}

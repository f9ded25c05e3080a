// The core: everything the app does, in plain Node, behind one call() — Electron's main process
// and the browser harness are only transports in front of it.
import type { RegisterEvent } from '../../shared/api/bridge';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../shared/api/settings';
import type { Language, Role } from '../../shared/api/fields';
import type { Envelope } from '../../shared/api';
import { BACKGROUND, dispatch, HandlerRegistry } from './api';
import type { CoreState } from './context';
import { Register } from './store/register';
import { defaultRule } from './backup/staffFolders';
import { lockIfIdle } from './auth/sessions';
import { PASSWORD_METHODS, preparePassword, type PreparedPassword } from './auth/passwordCheck';
import { keepRequestJournal } from './journal/keepJournal';
import { setupHandlers } from './setup/handlers';
import { sessionHandlers } from './auth/sessionHandlers';
import { userHandlers } from './auth/userHandlers';
import { settingsHandlers } from './settings/handlers';
import { auditHandlers } from './audit/handlers';
import { preferenceHandlers } from './settings/preferenceHandlers';
import { customerHandlers } from './customers/handlers';
import { organizationHandlers } from './organizations/handlers';
import { backupHandlers } from './backup/handlers';
import { disclosureHandlers } from './disclosures/handlers';
import { legalHandlers } from './legal/handlers';
import { orderHandlers } from './orders/handlers';
import { invoiceHandlers } from './invoices/handlers';
import { finvoiceHandlers } from './finvoice/handlers';
import { requestHandlers } from './privacy/requestHandlers';
import { logHandlers } from './privacy/logHandlers';
import { marketingHandlers } from './marketing/handlers';
import { rectificationHandlers } from './privacy/rectificationHandlers';
import { erasureHandlers } from './privacy/erasureHandlers';
import { accessHandlers } from './privacy/accessHandlers';
import { retentionHandlers } from './privacy/retentionHandlers';
import { recipientHandlers } from './privacy/recipientHandlers';
import { paymentsImportHandlers } from './payments/handlers';
import { productHandlers } from './products/handlers';
import { supportHandlers } from './support/handlers';
import { SupportLog } from './support/supportLog';
import { logLifecycle, logUnexpected, type ErrorOrigin } from './support/events';
import { join } from 'node:path';
import { onWorkerError } from './backup/runInWorker';
import { backupRunning } from './backup/handlers';
import { homeHandlers } from './home/handlers';
import { reportHandlers } from './reports/handlers';

export interface CoreOptions {
  dataDir: string;
  now?: () => Date;
  faults?: CoreState['faults'];
  /** Folders standing for removable media where staff may back up (tests and the harness: a
   * temporary folder); the OS's mount points when not given. Ignored on Windows (drive letters). */
  removableRoots?: string[];
  /** The app's version, for the support log's start line. */
  appVersion?: string;
  /** Calls slower than this (ms) are logged; support/events.ts SLOW_CALL_MS when not given. */
  slowCallMs?: number;
}

export interface Core {
  call(clientId: string, lang: Language, method: string, params: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (clientId: string, event: RegisterEvent) => void): () => void;
  /** Locks idle sessions now (the main process calls this on a timer so an idle screen locks
   * even when the renderer says nothing). */
  sweepIdle(): void;
  /** An error no call caught (main process, core, worker): logged under a new reference number,
   * which is returned for the calm message the user sees. */
  reportUnexpected(origin: ErrorOrigin, err: unknown): string;
  /** The role of a client's session, null when none or locked (the application menu follows it). */
  sessionRole(clientId: string): Role | null;
  /** A backup, verify or restore is being written (quitting asks first). */
  backupRunning(): boolean;
  close(): void;
}

export function createRegistry(): HandlerRegistry {
  const registry = new HandlerRegistry()
    .add(setupHandlers)
    .add(sessionHandlers)
    .add(userHandlers)
    .add(settingsHandlers)
    .add(auditHandlers)
    .add(preferenceHandlers)
    .add(customerHandlers)
    .add(organizationHandlers)
    .add(backupHandlers)
    .add(disclosureHandlers)
    .add(legalHandlers)
    .add(orderHandlers)
    .add(invoiceHandlers)
    .add(finvoiceHandlers)
    .add(requestHandlers)
    .add(logHandlers)
    .add(marketingHandlers)
    .add(rectificationHandlers)
    .add(erasureHandlers)
    .add(accessHandlers)
    .add(retentionHandlers)
    .add(recipientHandlers)
    .add(paymentsImportHandlers)
    .add(productHandlers)
    .add(supportHandlers)
    .add(homeHandlers)
    .add(reportHandlers);
  registry.assertComplete();
  return registry;
}

/** Opens the data folder (taking its lock; throws AppError CONFLICT if it is open elsewhere). */
export function createCore(options: CoreOptions): Core {
  const listeners = new Set<(clientId: string, event: RegisterEvent) => void>();
  const state: CoreState = {
    register: new Register(options.dataDir),
    sessions: new Map(),
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    staffFolders: defaultRule(options.removableRoots),
    now: options.now ?? (() => new Date()),
    ...(options.faults ? { faults: options.faults } : {}),
    emit: (clientId, event) => listeners.forEach((l) => l(clientId, event)),
    // The register's constructor above took the folder's lock, so the folder exists and is ours.
    supportLog: new SupportLog(join(options.dataDir, 'logs')),
    ...(options.slowCallMs !== undefined ? { slowCallMs: options.slowCallMs } : {}),
  };
  logLifecycle(state.supportLog, 'app.start', { ...(options.appVersion ? { version: options.appVersion } : {}) });
  // The database worker's own crashes (the call waiting on it is logged as well, by the dispatcher).
  onWorkerError((err) => logUnexpected(state.supportLog, 'worker', err));
  const registry = createRegistry();
  // Calls are serialised: one write at a time, and no call sees another's half-done state.
  let queue: Promise<unknown> = Promise.resolve();

  const enqueue = (clientId: string, lang: Language, method: string, params: unknown, prepared?: PreparedPassword) => {
    const run = queue.then(async () => {
      try {
        return await dispatch(state, registry, { clientId, lang, method, params, ...(prepared ? { prepared } : {}) });
      } finally {
        // Whatever the call added to the signed-request log goes to its twin file beside the
        // register before the next call starts (journal/keepJournal.ts).
        keepRequestJournal(state);
      }
    });
    if (!BACKGROUND.has(method)) queue = run.catch(() => undefined);
    return run;
  };

  return {
    call(clientId, lang, method, params) {
      if (!PASSWORD_METHODS.has(method)) return enqueue(clientId, lang, method, params);
      // A password's back-off and key derivation happen before the call joins the queue, so a
      // login being slowed down never holds up another window's calls (auth/passwordCheck.ts).
      return preparePassword(state, clientId, method, params).then((prepared) =>
        enqueue(clientId, lang, method, params, prepared).finally(() => prepared?.release()),
      );
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sweepIdle() {
      for (const s of state.sessions.values()) lockIfIdle(state, s);
    },
    reportUnexpected(origin, err) {
      return logUnexpected(state.supportLog, origin, err);
    },
    sessionRole(clientId) {
      const s = state.sessions.get(clientId);
      return s && !s.locked ? s.role : null;
    },
    backupRunning() {
      return backupRunning(state);
    },
    close() {
      logLifecycle(state.supportLog, 'app.stop', { ...(options.appVersion ? { version: options.appVersion } : {}) });
      state.register.close();
    },
  };
}

export { AppError } from './errors';

// The keyring file beside the database: one wrapped copy of the data key per user (key slot)
// plus the recovery slot, and the failed-login counters (the database cannot be opened before a
// login succeeds, so they cannot live there). Nothing personal is stored here: a user slot is
// found by a hash of the username, never the username itself.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomicFile';
import { isWrappedKey, unwrapKey, wrapKey, type WrappedKey } from './keyWrap';

export const KEYRING_FORMAT = 'asiakasrekisteri-keyring';

export type Slot =
  | { id: string; kind: 'user'; lookup: string; userId: number; createdAt: string; wrapped: WrappedKey }
  | { id: string; kind: 'recovery'; createdAt: string; wrapped: WrappedKey };

export interface LockoutState {
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
}

/** Events that happened while the database was closed (failed logins); written to the audit log
 * at the next successful login. */
export interface PendingAuditEvent {
  at: string;
  action: string;
  lookup: string;
  userId: number | null;
}

export interface KeyringData {
  format: typeof KEYRING_FORMAT;
  version: 1;
  registerId: string;
  createdAt: string;
  slots: Slot[];
  lockouts: Record<string, LockoutState>;
  pendingAudit: PendingAuditEvent[];
}

export class KeyringError extends Error {}

function isSlot(s: unknown): s is Slot {
  const slot = s as Partial<Record<keyof Slot | 'lookup' | 'userId', unknown>> | null;
  if (typeof slot !== 'object' || slot === null || typeof slot.id !== 'string' || !isWrappedKey(slot.wrapped)) return false;
  if (slot.kind === 'recovery') return true;
  return slot.kind === 'user' && typeof slot.lookup === 'string' && Number.isSafeInteger(slot.userId);
}

/** The slot lookup for a username: a hash, so the keyring file names nobody. */
export function usernameLookup(username: string): string {
  return createHash('sha256').update(`asiakasrekisteri:user:${username.trim().toLowerCase()}`).digest('hex');
}

function slotAad(registerId: string, slotId: string): string {
  return `${KEYRING_FORMAT}:${registerId}:${slotId}`;
}

export class Keyring {
  private constructor(
    readonly path: string,
    private data: KeyringData,
    /** A keyring being built by setup stays in memory until commit(): its file appearing is
     * what marks the register as complete. */
    private persisted: boolean,
  ) {}

  static create(path: string): Keyring {
    if (existsSync(path)) throw new KeyringError('keyring exists');
    return new Keyring(path, {
      format: KEYRING_FORMAT,
      version: 1,
      registerId: randomUUID(),
      createdAt: new Date().toISOString(),
      slots: [],
      lockouts: {},
      pendingAudit: [],
    }, false);
  }

  static load(path: string): Keyring {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new KeyringError('keyring unreadable');
    }
    return Keyring.parse(text, path);
  }

  /** A keyring from its file's text (e.g. the copy inside a backup); `path` is where it would be saved. */
  static parse(text: string, path: string): Keyring {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new KeyringError('keyring unreadable');
    }
    const d = parsed as Partial<KeyringData>;
    if (!d || d.format !== KEYRING_FORMAT || d.version !== 1 || !Array.isArray(d.slots) || typeof d.registerId !== 'string') {
      throw new KeyringError('keyring unreadable');
    }
    // Every slot of the shape this app writes, with a key-derivation cost it allows (see keyWrap).
    if (!d.slots.every(isSlot)) throw new KeyringError('keyring unreadable');
    return new Keyring(path, { lockouts: {}, pendingAudit: [], ...d } as KeyringData, true);
  }

  get registerId(): string {
    return this.data.registerId;
  }

  commit(): void {
    this.persisted = true;
    this.save();
  }

  save(): void {
    if (!this.persisted) return;
    writeFileAtomic(this.path, `${JSON.stringify(this.data, null, 1)}\n`);
  }

  userSlot(lookup: string): Extract<Slot, { kind: 'user' }> | undefined {
    return this.data.slots.find((s): s is Extract<Slot, { kind: 'user' }> => s.kind === 'user' && s.lookup === lookup);
  }

  async unlockUser(lookup: string, password: string): Promise<{ key: Buffer; userId: number } | null> {
    const slot = this.userSlot(lookup);
    if (!slot) return null;
    const key = await unwrapKey(slot.wrapped, password, slotAad(this.registerId, slot.id));
    return key ? { key, userId: slot.userId } : null;
  }

  async unlockRecovery(code: string): Promise<Buffer | null> {
    const slot = this.data.slots.find((s) => s.kind === 'recovery');
    return slot ? unwrapKey(slot.wrapped, code, slotAad(this.registerId, slot.id)) : null;
  }

  /**
   * Sets a user's slot, LUKS-style: the new slot is written and proven to unwrap before the old
   * one goes, and the file is replaced atomically — a crash leaves the old or the new password working.
   */
  async setUserSlot(userId: number, username: string, password: string, dataKey: Buffer): Promise<void> {
    const lookup = usernameLookup(username);
    const id = randomUUID();
    const wrapped = await wrapKey(dataKey, password, slotAad(this.registerId, id));
    const check = await unwrapKey(wrapped, password, slotAad(this.registerId, id));
    if (!check || !check.equals(dataKey)) throw new KeyringError('new key slot does not unwrap');
    const fresh: Slot = { id, kind: 'user', lookup, userId, createdAt: new Date().toISOString(), wrapped };
    this.data.slots = [...this.data.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)), fresh];
    this.save();
  }

  async setRecoverySlot(code: string, dataKey: Buffer): Promise<void> {
    const id = randomUUID();
    const wrapped = await wrapKey(dataKey, code, slotAad(this.registerId, id));
    this.data.slots = [
      ...this.data.slots.filter((s) => s.kind !== 'recovery'),
      { id, kind: 'recovery', createdAt: new Date().toISOString(), wrapped },
    ];
    this.save();
  }

  removeUserSlot(userId: number): void {
    this.data.slots = this.data.slots.filter((s) => !(s.kind === 'user' && s.userId === userId));
    this.save();
  }

  lockout(lookup: string): LockoutState | undefined {
    return this.data.lockouts[lookup];
  }

  setLockout(lookup: string, state: LockoutState | undefined): void {
    if (state) this.data.lockouts[lookup] = state;
    else delete this.data.lockouts[lookup];
    this.save();
  }

  addPendingAudit(event: PendingAuditEvent): void {
    // Bounded: someone hammering the login screen must not grow the file without limit.
    this.data.pendingAudit = [...this.data.pendingAudit, event].slice(-1000);
    this.save();
  }

  takePendingAudit(): PendingAuditEvent[] {
    const events = this.data.pendingAudit;
    if (events.length === 0) return [];
    this.data.pendingAudit = [];
    this.save();
    return events;
  }
}

// setup.*: first start. Creates the data key, the encrypted database (with the invoicing bank
// details when the wizard was given them), the first manager's key slot and the recovery slot; the keyring file is written last, so a register is either fully
// created or not there at all.
import { randomBytes } from 'node:crypto';
import type { HandlerMap } from '../context';
import { fail } from '../errors';
import { appendAudit } from '../audit/auditLog';
import { recoveryCodeSheet } from '../documents/recoveryCodeSheet';
import { insertUser } from '../auth/usersRepo';
import { saveInvoicingSettings } from '../invoices/invoicingSettings';
import { DEFAULT_INVOICING_SETTINGS } from '../../../shared/api/invoices';
import { writeSetting } from '../settings/settingsRepo';
import { openDatabase } from '../store/database';
import { Keyring } from '../store/keyring';
import { newRecoveryCode } from '../store/recoveryCode';
import { recover } from './recover';

export const setupHandlers: HandlerMap = {
  'setup.recover': recover,

  'setup.status': (_p, { state }) => ({ state: state.register.exists() ? 'ready' : 'new' }),

  'setup.createRegister': async ({ controller, manager, language, invoicing }, { state }) => {
    const register = state.register;
    if (register.exists()) throw fail('CONFLICT', 'registerExists');
    register.moveAsideOrphanDatabase();

    const dataKey = randomBytes(32);
    const recoveryCode = newRecoveryCode();
    const createdAt = state.now().toISOString();
    const keyring = Keyring.create(register.paths.keyring);
    const db = openDatabase(register.paths.database, dataKey, { create: true });
    try {
      let managerId = 0;
      db.transaction(() => {
        writeSetting(db, 'controller', controller);
        writeSetting(db, 'registerId', keyring.registerId);
        writeSetting(db, 'language', language);
        if (invoicing) saveInvoicingSettings(db, { ...DEFAULT_INVOICING_SETTINGS, ...invoicing });
        managerId = insertUser(db, { ...manager, role: 'manager', mustChangePassword: false, createdBy: null, at: createdAt });
        appendAudit(db, { at: createdAt, action: 'register.create', userId: managerId, username: manager.username, details: { registerId: keyring.registerId } });
        appendAudit(db, { at: createdAt, action: 'user.create', userId: managerId, username: manager.username, details: { targetUserId: managerId, role: 'manager', commitmentDate: manager.commitmentDate } });
      })();
      await keyring.setUserSlot(managerId, manager.username, manager.password, dataKey);
      await keyring.setRecoverySlot(recoveryCode, dataKey);
      db.pragma('wal_checkpoint(TRUNCATE)');
      keyring.commit();
    } finally {
      db.close();
      dataKey.fill(0);
    }
    const recoveryPdf = recoveryCodeSheet({ code: recoveryCode, controllerName: controller.name, registerId: keyring.registerId, createdAt, lang: language });
    return { recoveryCode, recoveryPdf };
  },
};

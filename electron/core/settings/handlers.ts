import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { recordAudit } from '../audit/record';
import { loadSettings, writeSetting } from './settingsRepo';

export const settingsHandlers: HandlerMap = {
  'settings.get': (_p, { state }) => loadSettings(state.register.db()),
  'settings.update': (patch, ctx) => {
    const db = ctx.state.register.db();
    const s = sessionOf(ctx);
    const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
    db.transaction(() => {
      for (const key of changed) writeSetting(db, key, patch[key as keyof typeof patch]);
      recordAudit(ctx.state, { action: 'settings.update', userId: s.userId, username: s.username, details: { keys: changed } });
    })();
    if (patch.idleLockMinutes !== undefined) ctx.state.idleLockMinutes = patch.idleLockMinutes;
    return loadSettings(db);
  },
};

// preferences.*: per-user UI preferences (column layouts and the like), in the encrypted database.
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';

export const preferenceHandlers: HandlerMap = {
  'preferences.get': ({ key }, ctx) => {
    const row = ctx.state.register.db().prepare('SELECT value FROM user_preferences WHERE user_id = ? AND key = ?').get(sessionOf(ctx).userId, key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  },
  'preferences.set': ({ key, value }, ctx) => {
    ctx.state.register
      .db()
      .prepare('INSERT INTO user_preferences (user_id, key, value) VALUES (?, ?, ?) ON CONFLICT(user_id, key) DO UPDATE SET value = excluded.value')
      .run(sessionOf(ctx).userId, key, JSON.stringify(value));
    return {};
  },
};

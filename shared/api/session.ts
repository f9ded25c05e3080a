import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: f.Role;
}

export interface SessionInfo {
  user: SessionUser;
  mustChangePassword: boolean;
  /** Idle minutes before the screen locks (a setting). */
  idleLockMinutes: number;
}

export interface CurrentSession {
  session: SessionInfo | null;
  /** True when a user is logged in but the screen is locked: only that user's password, or
   * another user's login, opens it. */
  locked: boolean;
}

export const loginInput = z.object({ username: f.username, password: f.givenPassword });
export const changePasswordInput = z
  .object({ currentPassword: f.givenPassword, newPassword: f.password })
  .refine((v) => v.currentPassword !== v.newPassword, { message: 'errors.passwordSame', path: ['newPassword'] });
export const unlockInput = z.object({ password: f.givenPassword });

export const sessionContract = {
  'session.login': method<SessionInfo>()(loginInput, 'public'),
  'session.logout': method<Record<string, never>>()(z.object({}), 'public'),
  'session.current': method<CurrentSession>()(z.object({}), 'public'),
  'session.changePassword': method<SessionInfo>()(changePasswordInput, 'public'),
  'session.lock': method<Record<string, never>>()(z.object({}), 'public'),
  'session.unlock': method<SessionInfo>()(unlockInput, 'public'),
  /** Heartbeat from the renderer while the user is active (typing counts, not only calls). */
  'session.touch': method<Record<string, never>>()(z.object({}), 'public'),
};

import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  role: f.Role;
  active: boolean;
  commitmentDate: string;
  mustChangePassword: boolean;
  /** ISO instant until which failed logins keep the account locked, if it is locked now. */
  lockedUntil: string | null;
  createdAt: string;
  lastLoginAt: string | null;
}

export const createUserInput = z.object({
  fullName: f.requiredText(),
  username: f.username,
  role: f.role,
  /** A temporary password: the user must change it at first login. */
  password: f.password,
  commitmentDate: f.pastDate,
});

export const resetPasswordInput = z.object({ userId: f.id, temporaryPassword: f.password });

export const usersContract = {
  'users.list': method<UserRow[]>()(z.object({}), 'manager'),
  'users.create': method<UserRow>()(createUserInput, 'manager'),
  'users.deactivate': method<UserRow>()(z.object({ userId: f.id }), 'manager'),
  'users.resetPassword': method<UserRow>()(resetPasswordInput, 'manager'),
};

// The users table. Full names live only here, inside the encrypted database.
import type { Role } from '../../../shared/api/fields';
import type { UserRow } from '../../../shared/api/users';
import type { Db } from '../store/database';

interface Raw {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  active: number;
  commitment_date: string;
  must_change_password: number;
  created_at: string;
  last_login_at: string | null;
}

export type StoredUser = Omit<UserRow, 'lockedUntil'>;

function toUser(r: Raw): StoredUser {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    active: r.active === 1,
    commitmentDate: r.commitment_date,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  };
}

export function getUser(db: Db, id: number): StoredUser | undefined {
  const r = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Raw | undefined;
  return r && toUser(r);
}

export function getUserByUsername(db: Db, username: string): StoredUser | undefined {
  // Case-insensitive, as the key slot's lookup (shared/api/fields username).
  const r = db.prepare('SELECT * FROM users WHERE username = ? COLLATE NOCASE').get(username) as Raw | undefined;
  return r && toUser(r);
}

export function listUsers(db: Db): StoredUser[] {
  return (db.prepare('SELECT * FROM users ORDER BY active DESC, full_name COLLATE NOCASE').all() as Raw[]).map(toUser);
}

export function insertUser(
  db: Db,
  u: { username: string; fullName: string; role: Role; commitmentDate: string; mustChangePassword: boolean; createdBy: number | null; at: string },
): number {
  const info = db
    .prepare(
      `INSERT INTO users (username, full_name, role, commitment_date, must_change_password, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(u.username, u.fullName, u.role, u.commitmentDate, u.mustChangePassword ? 1 : 0, u.at, u.createdBy);
  return Number(info.lastInsertRowid);
}

export function deleteUser(db: Db, id: number): void {
  db.prepare('DELETE FROM users WHERE id = ?').run(id);
}

export function setMustChangePassword(db: Db, id: number, value: boolean): void {
  db.prepare('UPDATE users SET must_change_password = ? WHERE id = ?').run(value ? 1 : 0, id);
}

export function deactivateUser(db: Db, id: number, at: string): void {
  db.prepare('UPDATE users SET active = 0, deactivated_at = ? WHERE id = ?').run(at, id);
}

export function markLogin(db: Db, id: number, at: string): void {
  db.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(at, id);
}

export function countActiveManagers(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM users WHERE active = 1 AND role = 'manager'`).get() as { n: number }).n;
}

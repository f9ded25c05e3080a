import { z } from 'zod';
import { method } from './define';

export interface AuditRow {
  id: number;
  at: string;
  /** Who acted (null for events before anyone logged in, e.g. a failed login). */
  userId: number | null;
  username: string | null;
  action: string;
  details: Record<string, unknown>;
  hash: string;
}

export type AuditVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; brokenAtId: number; reason: 'hash' | 'link' | 'gap' };

export const auditListInput = z.object({
  limit: z.number().int().min(1).max(500).default(100),
  beforeId: z.number().int().positive().optional(),
});

export const auditContract = {
  'audit.list': method<AuditRow[]>()(auditListInput, 'manager'),
  'audit.verify': method<AuditVerification>()(z.object({}), 'manager'),
};

import { z } from 'zod';
import { method } from './define';
import * as f from './fields';

/** A person due for purging: 10 years after the end of the customer relationship. */
export interface RetentionDue {
  customerId: number;
  customerNumber: number;
  name: string;
  /** The recorded end, or the last order + the inactivity period. */
  relationshipEnd: string;
  dueSince: string;
  /** Invoices still inside the Accounting Act retention (purging would refuse). */
  blockedUntil: string | null;
  /** An unanswered privacy request holds the purge (the evidence must exist when it is answered). */
  heldByRequest: string | null;
}

export const retentionContract = {
  'privacy.retention.review': method<{ inactiveMonths: number; due: RetentionDue[]; invoiceBuyersDue: number }>()(z.object({ limit: z.number().int().min(1).max(10_000).default(500) }), 'manager'),
  'privacy.retention.purge': method<{ purgeNumber: string; purged: number; invoiceBuyersCleared: number }>()(
    z.object({ customerIds: z.array(f.id).max(10_000).default([]) }),
    'manager',
  ),
  'privacy.retention.endRelationship': method<Record<string, never>>()(z.object({ customerId: f.id, endDate: f.pastDate }), 'manager'),
  'privacy.retention.settings': method<{ inactiveMonths: number }>()(z.object({ inactiveMonths: z.number().int().min(1).max(240).optional() }), 'manager'),
};

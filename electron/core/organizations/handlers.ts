// organizations.*: organisations, their business IDs and their contact persons.
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import * as repo from './organizationsRepo';

function mustGet(db: Db, id: number) {
  const o = repo.loadOrganization(db, id);
  if (!o) throw fail('NOT_FOUND', 'organizationNotFound');
  return o;
}

function assertBusinessIdFree(db: Db, businessId: string, exceptId?: number) {
  if (!businessId) return;
  const owner = repo.businessIdOwner(db, businessId);
  if (owner !== undefined && owner !== exceptId) throw fail('CONFLICT', 'businessIdTaken', {}, { fields: { businessId: 'businessIdTaken' }, organizationId: owner });
}

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

export const organizationHandlers: HandlerMap = {
  'organizations.list': ({ query, limit }, { state }) => repo.listOrganizations(state.register.db(), query, limit),

  'organizations.get': ({ id }, { state }) => mustGet(state.register.db(), id),

  'organizations.create': (o, ctx) => {
    const db = ctx.state.register.db();
    assertBusinessIdFree(db, o.businessId);
    const id = db.transaction(() => {
      const newId = repo.insertOrganization(db, o, ctx.state.now().toISOString());
      audit(ctx, 'organization.create', { organizationId: newId });
      return newId;
    })();
    return mustGet(db, id);
  },

  'organizations.update': ({ id, organization }, ctx) => {
    const db = ctx.state.register.db();
    mustGet(db, id);
    assertBusinessIdFree(db, organization.businessId, id);
    db.transaction(() => {
      repo.updateOrganization(db, id, organization, ctx.state.now().toISOString());
      audit(ctx, 'organization.update', { organizationId: id });
    })();
    return mustGet(db, id);
  },

  'organizations.addContact': ({ id, customerId, startDate, endDate }, ctx) => {
    const db = ctx.state.register.db();
    mustGet(db, id);
    if (!db.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) throw fail('NOT_FOUND', 'customerNotFound');
    db.transaction(() => {
      db.prepare('INSERT INTO organization_contacts (organization_id, customer_id, start_date, end_date) VALUES (?, ?, ?, ?)').run(id, customerId, startDate, endDate || null);
      audit(ctx, 'organization.addContact', { organizationId: id, customerId });
    })();
    return mustGet(db, id);
  },

  'organizations.endContact': ({ id, contactId, endDate }, ctx) => {
    const db = ctx.state.register.db();
    const contact = db.prepare('SELECT start_date FROM organization_contacts WHERE id = ? AND organization_id = ?').get(contactId, id) as { start_date: string } | undefined;
    if (!contact) throw fail('NOT_FOUND', 'contactNotFound');
    if (endDate < contact.start_date) throw fail('VALIDATION', 'endBeforeStart', {}, { fields: { endDate: 'endBeforeStart' } });
    db.transaction(() => {
      db.prepare('UPDATE organization_contacts SET end_date = ? WHERE id = ?').run(endDate, contactId);
      audit(ctx, 'organization.endContact', { organizationId: id, contactId });
    })();
    return mustGet(db, id);
  },
};

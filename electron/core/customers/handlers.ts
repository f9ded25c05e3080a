// customers.*: the register itself. Staff may do everything but merge and restrict; a
// restricted customer's data changes only by a manager. Views and changes are audited by id and
// field name — never the personal values.
import { translator } from '../../../shared/i18n/translate';
import type { HandlerContext, HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../store/database';
import * as repo from './customersRepo';
import { findDuplicates } from './duplicates';
import { mergeCustomers } from './merge';
import { readImport } from './importList';
import { searchCustomers } from './search';
import { ensureOrganizationByName } from '../organizations/organizationsRepo';
import { erasedMatches, recordReturn } from '../ledger/comeback';
import { formatDate, helsinkiDate } from '../../../shared/format/dates';
import { checkLiftNotice, recordLiftNotice } from '../privacy/restrictionLift';

function mustGet(db: Db, id: number) {
  const c = repo.loadCustomer(db, id);
  if (!c) throw fail('NOT_FOUND', 'customerNotFound');
  return c;
}

function assertMayChange(ctx: HandlerContext, db: Db, id: number) {
  const row = repo.getRow(db, id);
  if (!row || row.erased_at) throw fail('NOT_FOUND', 'customerNotFound');
  if (row.restriction_date && sessionOf(ctx).role !== 'manager') throw fail('FORBIDDEN', 'restrictedManagerOnly');
}

function assertOrganization(db: Db, id: number | null) {
  if (id !== null && !db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(id)) {
    throw fail('VALIDATION', 'organizationNotFound', {}, { fields: { 'customer.organizationId': 'organizationNotFound' } });
  }
}

function audit(ctx: HandlerContext, action: string, details: Record<string, unknown>) {
  const s = sessionOf(ctx);
  recordAudit(ctx.state, { action, userId: s.userId, username: s.username, details });
}

export const customerHandlers: HandlerMap = {
  'customers.search': ({ query, limit }, { state }) => searchCustomers(state.register.db(), query, limit),

  'customers.list': ({ sort, descending, offset, limit }, { state }) => repo.listCustomers(state.register.db(), sort, descending, offset, limit),

  'customers.get': ({ id }, ctx) => {
    const c = mustGet(ctx.state.register.db(), id);
    audit(ctx, 'customer.view', { customerId: id });
    return c;
  },

  'customers.history': ({ id }, ctx) => {
    const db = ctx.state.register.db();
    mustGet(db, id);
    return repo.history(db, id);
  },

  // While a new customer is typed: the same warning of an erased person's return that saving gives.
  'customers.findDuplicates': (probe, { state }) => {
    const db = state.register.db();
    const erasedBefore = erasedMatches(db, state.register.dataKey(), probe).map(({ number, at, matchedOn }) => ({ number, at, matchedOn }));
    return { duplicates: findDuplicates(db, probe), erasedBefore };
  },

  'customers.create': ({ customer, sources, prohibitions, confirmNotDuplicate, confirmErasedReturn }, ctx) => {
    const db = ctx.state.register.db();
    assertOrganization(db, customer.organizationId);
    const erased = erasedMatches(db, ctx.state.register.dataKey(), customer);
    if (erased.length > 0 && !confirmErasedReturn) {
      const e = erased[0]!;
      throw fail('CONFLICT', 'erasedBefore', { date: formatDate(helsinkiDate(new Date(e.at))), number: e.number }, { erased });
    }
    const duplicates = findDuplicates(db, customer);
    if (duplicates.length > 0 && !confirmNotDuplicate) throw fail('CONFLICT', 'possibleDuplicate', {}, { duplicates });
    const at = ctx.state.now().toISOString();
    const id = db.transaction(() => {
      const newId = repo.insertCustomer(db, customer, prohibitions, sessionOf(ctx).userId, at);
      for (const s of sources) repo.addSource(db, newId, s);
      audit(ctx, 'customer.create', { customerId: newId, confirmedNotDuplicateOf: duplicates.map((d) => d.id), ...(erased.length ? { returnAfterErasure: erased.map((e) => e.number) } : {}) });
      if (erased.length) recordReturn(db, erased, newId, sessionOf(ctx).userId, ctx.state.now().toISOString(), 'create');
      return newId;
    })();
    return mustGet(db, id);
  },

  'customers.update': ({ id, customer, reason }, ctx) => {
    const db = ctx.state.register.db();
    assertMayChange(ctx, db, id);
    assertOrganization(db, customer.organizationId);
    db.transaction(() => {
      const changed = repo.updateFields(db, id, customer, sessionOf(ctx).userId, ctx.state.now().toISOString(), reason);
      if (changed.length) audit(ctx, 'customer.update', { customerId: id, fields: changed });
    })();
    return mustGet(db, id);
  },

  'customers.setProhibitions': ({ id, prohibitions, reason }, ctx) => {
    const db = ctx.state.register.db();
    mustGet(db, id); // a prohibition only narrows processing: allowed even on a restricted customer
    db.transaction(() => {
      const changed = repo.setProhibitions(db, id, prohibitions, sessionOf(ctx).userId, ctx.state.now().toISOString(), reason);
      if (changed.length) audit(ctx, 'customer.prohibitions', { customerId: id, fields: changed });
    })();
    return mustGet(db, id);
  },

  'customers.addSource': ({ id, source }, ctx) => {
    const db = ctx.state.register.db();
    assertMayChange(ctx, db, id);
    db.transaction(() => {
      repo.addSource(db, id, source);
      audit(ctx, 'customer.addSource', { customerId: id, source: source.source });
    })();
    return mustGet(db, id);
  },

  'customers.setRestriction': ({ id, restricted, reason, notice }, ctx) => {
    const db = ctx.state.register.db();
    const before = mustGet(db, id);
    // Lifting: only once the person has been told beforehand (GDPR Art. 18(3)).
    const lift = !restricted && before.restriction ? checkLiftNotice(before.restriction.date, notice, helsinkiDate(ctx.state.now())) : null;
    const at = ctx.state.now().toISOString();
    db.transaction(() => {
      // The notice first: it is linked to the request that set the restriction, read before lifting.
      if (lift) recordLiftNotice(db, { customerId: id, notice: lift, userId: sessionOf(ctx).userId, at });
      repo.setRestriction(db, id, restricted, reason, sessionOf(ctx).userId, at);
      audit(ctx, restricted ? 'customer.restrict' : 'customer.unrestrict', { customerId: id, ...(lift ? { noticeDate: lift.date, noticeMethod: lift.method } : {}) });
    })();
    return mustGet(db, id);
  },

  'customers.merge': ({ survivorId, mergedId }, ctx) => {
    const db = ctx.state.register.db();
    const survivor = mustGet(db, survivorId);
    const merged = mustGet(db, mergedId);
    db.transaction(() => {
      mergeCustomers(db, survivorId, mergedId, sessionOf(ctx).userId, ctx.state.now().toISOString());
      audit(ctx, 'customer.merge', { survivorId, survivorNumber: survivor.customerNumber, mergedId, mergedNumber: merged.customerNumber });
    })();
    return mustGet(db, survivorId);
  },

  'customers.importPreview': ({ fileBase64, source, sourceDate }, ctx) =>
    readImport(ctx.state.register.db(), Buffer.from(fileBase64, 'base64'), { source, date: sourceDate }, translator(ctx.lang), ctx.state.register.dataKey()).preview,

  'customers.importCommit': ({ fileBase64, source, sourceDate, includeDuplicates, skipInvalid }, ctx) => {
    const db = ctx.state.register.db();
    const { rows, preview } = readImport(db, Buffer.from(fileBase64, 'base64'), { source, date: sourceDate }, translator(ctx.lang), ctx.state.register.dataKey());
    if (preview.errorCount > 0 && !skipInvalid) {
      const first = preview.rows.find((r) => r.errors.length > 0)!;
      throw fail('VALIDATION', 'csvHasErrors', { count: preview.errorCount }, { firstErrorLine: first.line, errors: first.errors });
    }
    const me = sessionOf(ctx).userId;
    const at = ctx.state.now().toISOString();
    let imported = 0;
    db.transaction(() => {
      for (const row of rows) {
        if (!row.fields || row.errors.length > 0) continue;
        if (row.duplicates.length > 0 && !includeDuplicates) continue;
        const organizationId = row.values.organization ? ensureOrganizationByName(db, row.values.organization, row.businessId, at) : null;
        const id = repo.insertCustomer(db, { ...row.fields, organizationId }, { directAdvertising: false, distanceSelling: false, directMarketing: false, marketResearch: false, publication: false, disclosure: false }, me, at);
        const erasedRow = erasedMatches(db, ctx.state.register.dataKey(), row.fields);
        if (erasedRow.length) recordReturn(db, erasedRow, id, me, at, 'import');
        repo.addSource(db, id, { source, date: sourceDate, note: '' });
        imported++;
      }
      audit(ctx, 'customer.import', { imported, skipped: rows.length - imported, encoding: preview.encoding });
    })();
    return { imported, skipped: rows.length - imported };
  },
};

// privacy.disclosures.*: the register of disclosures (who received what, when, why).
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { fail } from '../errors';
import { recordAudit } from '../audit/record';
import { getDisclosure, listDisclosures, recordDisclosure } from './disclosuresRepo';
import { recipientDirectory, recipientKey, saveRecipientAddress } from './recipientAddresses';

export const disclosureHandlers: HandlerMap = {
  'privacy.disclosures.list': (q, { state }) => listDisclosures(state.register.db(), q),
  'privacy.disclosures.create': (input, ctx) => {
    const db = ctx.state.register.db();
    const missing = input.customerIds.filter((id) => !db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id));
    if (missing.length) throw fail('NOT_FOUND', 'customerNotFound', {}, { fields: { customerIds: 'customerNotFound' }, missing });
    const me = sessionOf(ctx);
    const id = db.transaction(() => {
      const newId = recordDisclosure(db, input, me.userId, ctx.state.now().toISOString());
      recordAudit(ctx.state, { action: 'disclosure.record', userId: me.userId, username: me.username, details: { disclosureId: newId, kind: input.recipientKind, customers: input.customerIds.length } });
      return newId;
    })();
    return getDisclosure(db, id)!;
  },
  'privacy.recipients.directory': (_q, { state }) => recipientDirectory(state.register.db()),
  'privacy.recipients.saveAddress': ({ recipient, address }, ctx) => {
    const db = ctx.state.register.db();
    const me = sessionOf(ctx);
    db.transaction(() => {
      saveRecipientAddress(db, recipient, address, me.userId, ctx.state.now().toISOString());
      recordAudit(ctx.state, { action: 'disclosure.recipientAddress', userId: me.userId, username: me.username, details: { recipient } });
    })();
    return recipientDirectory(db).find((e) => recipientKey(e.recipient) === recipientKey(recipient))!;
  },
};

// home.*: the day's duties for whoever logged in (staff: the counter's part; the manager: all).
import type { HandlerMap } from '../context';
import { sessionOf } from '../context';
import { backupStatus } from '../backup/handlers';
import { today } from '../invoices/calendar';
import { invoicingSettingsView } from '../invoices/invoicingSettings';
import { collectDuties } from './duties';

export const homeHandlers: HandlerMap = {
  'home.duties': (_p, ctx) => {
    const db = ctx.state.register.db();
    const day = today(ctx.state);
    const invoicing = invoicingSettingsView(db, day);
    return collectDuties(db, {
      today: day,
      role: sessionOf(ctx).role,
      backup: backupStatus(ctx.state),
      invoicing: { ready: invoicing.ready, referenceRateMissing: invoicing.referenceRateMissing },
    });
  },
};

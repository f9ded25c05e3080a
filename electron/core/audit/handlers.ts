import type { HandlerMap } from '../context';
import { listAudit, verifyAudit } from './auditLog';

export const auditHandlers: HandlerMap = {
  'audit.list': ({ limit, beforeId }, { state }) => listAudit(state.register.db(), limit, beforeId),
  'audit.verify': (_p, { state }) => verifyAudit(state.register.db()),
};

// Lifting a restriction of processing (GDPR Art. 18(3)): the person must have been told before
// it is lifted. The lift is refused unless the manager records when and how they were told; that
// record goes to the customer's field history (erased with the person), the privacy log and the
// audit log (ids, a date and a method only).
import { helsinkiDate } from '../../../shared/format/dates';
import type { LiftNoticeMethod } from '../../../shared/api/recipients';
import { fail } from '../errors';
import type { Db } from '../store/database';
import { appendEvent } from './privacyLog';
import { contextRequestId } from './recipients';

export interface LiftNotice {
  date: string;
  method: LiftNoticeMethod;
}

/** The notice must exist and fall between the start of the restriction and today. */
export function checkLiftNotice(restrictionDate: string, notice: LiftNotice | undefined, today: string): LiftNotice {
  if (!notice) throw fail('CONFLICT', 'liftNoticeRequired', {}, { fields: { 'notice.date': 'liftNoticeRequired' } });
  if (notice.date < restrictionDate || notice.date > today) throw fail('VALIDATION', 'liftNoticeDate', {}, { fields: { 'notice.date': 'liftNoticeDate' } });
  return notice;
}

export function recordLiftNotice(db: Db, o: { customerId: number; notice: LiftNotice; userId: number; at: string }): void {
  db.prepare('INSERT INTO field_history (customer_id, field, old_value, new_value, at, user_id, reason) VALUES (?, ?, NULL, ?, ?, ?, ?)').run(
    o.customerId,
    'restrictionNotice',
    `${o.notice.date} ${o.notice.method}`,
    o.at,
    o.userId,
    'GDPR 18(3)',
  );
  appendEvent(db, {
    at: o.at,
    requestId: contextRequestId(db, o.customerId, 'restriction'),
    event: 'restriction-lifted',
    userId: o.userId,
    details: { customerId: o.customerId, noticeDate: o.notice.date, noticeMethod: o.notice.method, liftedOn: helsinkiDate(new Date(o.at)) },
  });
}

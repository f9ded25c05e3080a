// Small helpers shared by the order and invoice screens: euros typed the Finnish way, VAT rates,
// status badges and a PDF kept in memory for a download link.
import type { TFunction } from 'i18next';
import type { InvoiceStatus } from '../../../../shared/api/invoices';
import type { OrderStatus } from '../../../../shared/api/orders';
import { helsinkiDate } from '../../../../shared/format/dates';

/** '12,50', '12.5', '1 234,50 €', '12' -> cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const s = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** '1,5' -> 1.5; null when not a number. */
export function parseDecimal(text: string): number | null {
  const s = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (s === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Cents as an editable text: 1250 -> '12,50'. */
export const centsToInput = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

/** 2550 -> '25,5 %'. */
export const formatRate = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

/** 1.5 -> '1,5'. */
export const formatQuantity = (q: number) => String(q).replace('.', ',');

export const today = () => helsinkiDate();

/** Adds days to 'YYYY-MM-DD'. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const INVOICE_TONE: Record<InvoiceStatus, string> = {
  draft: 'badge--muted',
  issued: 'badge--info',
  partiallyPaid: 'badge--warn',
  overdue: 'badge--danger',
  reminded: 'badge--danger',
  inCollection: 'badge--danger',
  paid: 'badge--ok',
  credited: 'badge--off',
  creditNote: 'badge--off',
};

export function InvoiceStatusBadge({ status, t }: { status: InvoiceStatus; t: TFunction }) {
  return (
    <span className={`badge ${INVOICE_TONE[status]}`} data-testid="invoice-status">
      {t(`invoices.status.${status}`)}
    </span>
  );
}

const ORDER_TONE: Record<OrderStatus, string> = { open: 'badge--info', paid: 'badge--ok', invoiced: 'badge--muted', cancelled: 'badge--off' };

export function OrderStatusBadge({ status, t }: { status: OrderStatus; t: TFunction }) {
  return (
    <span className={`badge ${ORDER_TONE[status]}`} data-testid="order-status">
      {t(`orders.status.${status}`)}
    </span>
  );
}

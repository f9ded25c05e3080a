// Pieces the invoice, receipt, reminder and credit note share: number formats, the lines table
// (every item AVL 209 e § asks of a line: nature, quantity, unit price without VAT, discount,
// rate), the VAT summary per rate (taxable amount, rate, tax) and the totals.
import type { BuyerSnapshot, SellerSnapshot } from '../../../shared/api/invoices';
import type { PricedLine, Totals } from '../../../shared/api/orders';
import { VAT_EXEMPTION_REASONS } from '../../../shared/finnish/vatRates';
import { formatMoney } from '../../../shared/format/money';
import { formatIban } from '../../../shared/finnish/iban';
import type { LetterSender } from './letterLayout';
import { LEFT, RIGHT, tableRow, type Column, type Letter } from './letterLayout';
import { FONT } from './pdf';
import type { Language } from '../../../shared/api/fields';
import { postalLines } from '../../../shared/format/postalAddress';

/** '1 234,50' (no-break space between thousands; no currency sign: columns say EUR). */
export const money = (cents: number) => formatMoney(cents).replace(/\u00a0€$/, '');
/** 2550 -> '25,5'; 1000 -> '10'. */
export const rate = (bp: number) => (bp % 100 === 0 ? String(bp / 100) : String(bp / 100).replace('.', ','));
/** 1500 thousandths -> '1,5'. */
export const quantity = (milli: number) => String(milli / 1000).replace('.', ',');
/** A percentage like 12.5 -> '12,5'. */
export const percent = (p: number) => String(p).replace('.', ',');

export function senderOf(s: SellerSnapshot): LetterSender {
  return { ...s, iban: s.iban ? formatIban(s.iban) : '' };
}

/** The buyer's envelope-window lines (town and a foreign country as shared/format/postalAddress says). */
export function addressLines(b: BuyerSnapshot, lang: Language): string[] {
  return [b.name, b.attention, ...postalLines(b, lang)].filter((l) => l !== '');
}

const COLS: Column[] = [
  { x: LEFT, width: 71 },
  { x: 103, align: 'right' },
  { x: 105 },
  { x: 136, align: 'right' },
  { x: 150, align: 'right' },
  { x: 163, align: 'right' },
  { x: RIGHT, align: 'right' },
];

/** The lines table; a 0 % line is marked with an asterisk that the exemption note explains. */
export function linesTable(letter: Letter, lines: readonly PricedLine[]): void {
  const k = (key: string) => letter.t(`documents.invoicing.invoice.${key}`);
  const header = () => {
    tableRow(letter, COLS, [k('description'), k('quantity'), k('unit'), k('unitPrice'), k('discount'), k('vat'), k('lineNet')], { header: true, size: 7.5 });
    letter.doc.setDrawColor(0).setLineWidth(0.3).line(LEFT, letter.y - 2.6, RIGHT, letter.y - 2.6);
    letter.y += 1.2;
  };
  header();
  for (const l of lines) {
    const before = letter.doc.getNumberOfPages();
    const mark = l.vatRateBp === 0 ? ` ${k('exemptionMark')}` : '';
    const cells = [l.description, quantity(l.quantityMilli), l.unit, money(l.unitPriceCents), l.discountBp ? percent(l.discountPercent) : '', `${rate(l.vatRateBp)}${mark}`, money(l.netCents)];
    // Measure first so a row that moves to a new page gets the header again.
    const height = (letter.doc.setFontSize(8.5).splitTextToSize(l.description, 71) as string[]).length * 3.7 + 1.2;
    if (letter.ensureSpace(height + 6) || letter.doc.getNumberOfPages() !== before) header();
    tableRow(letter, COLS, cells);
  }
  letter.doc.setDrawColor(0).setLineWidth(0.3).line(LEFT, letter.y - 2.4, RIGHT, letter.y - 2.4);
  letter.y += 2;
}

/**
 * The VAT summary on the right (one row per rate: taxable amount, rate, tax, with tax) and the
 * totals under it; on the left, the reasons for 0 % lines. Returns nothing; advances y.
 */
export function vatSummary(letter: Letter, totals: Totals, lines: readonly PricedLine[], o: { totalLabel: string; extraRows?: [string, string][] }): void {
  const k = (key: string) => letter.t(`documents.invoicing.invoice.${key}`);
  const { doc } = letter;
  const rows = totals.vatRows.length;
  const reasons = [...new Set(lines.filter((l) => l.vatRateBp === 0 && l.exemptionReason).map((l) => l.exemptionReason!))];
  letter.ensureSpace(12 + rows * 4.2 + 18 + (o.extraRows?.length ?? 0) * 4.6);
  const top = letter.y;
  const cols: Column[] = [
    { x: 118, align: 'right' },
    { x: 142, align: 'right' },
    { x: 163, align: 'right' },
    { x: RIGHT, align: 'right' },
  ];
  doc.setFont(FONT, 'bold').setFontSize(7.5).setTextColor(70).text(k('vatSummary'), 100, letter.y);
  letter.y += 4;
  tableRow(letter, cols, [k('vatRate'), k('vatNet'), k('vatTax'), k('vatGross')], { header: true, size: 7.5 });
  doc.setLineWidth(0.2).line(100, letter.y - 2.6, RIGHT, letter.y - 2.6);
  letter.y += 0.6;
  for (const r of totals.vatRows) tableRow(letter, cols, [`${rate(r.rateBp)} %`, money(r.netCents), money(r.vatCents), money(r.grossCents)]);
  letter.y += 2;
  const total = (label: string, value: string, bold = false) => {
    doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(bold ? 11 : 9);
    doc.text(label, 100, letter.y);
    doc.text(value, RIGHT, letter.y, { align: 'right' });
    letter.y += bold ? 6 : 4.6;
  };
  total(k('totalNet'), money(totals.netCents));
  total(k('totalVat'), money(totals.vatCents));
  for (const [label, value] of o.extraRows ?? []) total(label, value);
  doc.setLineWidth(0.4).line(100, letter.y - 3.2, RIGHT, letter.y - 3.2);
  letter.y += 1.6;
  total(o.totalLabel, money(totals.grossCents), true);
  const bottom = letter.y;

  // Left column: why 0 % lines carry no VAT.
  if (reasons.length) {
    let y = top;
    doc.setFont(FONT, 'bold').setFontSize(7.5).setTextColor(70).text(`${k('exemptionMark')} ${k('exemptionTitle')}`, LEFT, y);
    doc.setTextColor(0).setFont(FONT, 'normal').setFontSize(8);
    y += 4;
    for (const id of reasons) {
      const r = VAT_EXEMPTION_REASONS.find((x) => x.id === id);
      const textLine = r ? letter.t('documents.invoicing.invoice.exemption', { reason: letter.lang === 'fi' ? r.fi : r.en, provision: r.provision }) : id;
      for (const line of doc.splitTextToSize(textLine, 74) as string[]) {
        doc.text(line, LEFT, y);
        y += 3.6;
      }
    }
    letter.y = Math.max(bottom, y);
  }
}

/** Reasons whose invoice must show the buyer's VAT number (AVL 209 e §: intra-Community supply, reverse charge). */
const BUYER_VAT_REASONS = new Set(['intraEuGoods', 'reverseChargeConstruction', 'reverseChargeEuService']);

/** The "Buyer's VAT ID" meta row when a line needs it and the buyer has one (the seller's is in the footer). */
export function buyerVatRow(buyer: BuyerSnapshot, lines: readonly { exemptionReason: string | null }[], label: string): [string, string][] {
  const needed = lines.some((l) => l.exemptionReason !== null && BUYER_VAT_REASONS.has(l.exemptionReason));
  return needed && buyer.vatNumber ? [[label, buyer.vatNumber]] : [];
}

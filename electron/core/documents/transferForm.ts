// The bank transfer form (tilisiirtolomake / girering) at the foot of an invoice or reminder, in
// the shape of Finanssiala's standard form: the receiver's IBAN and BIC, the receiver, the payer,
// the reference, the due date and the amount in their fixed places with the bilingual (Finnish /
// Swedish) field labels the standard prescribes, and below it the bank barcode — Code 128 set C
// of the 54-digit virtual barcode — drawn bar by bar with its digits in plain text.
import type { jsPDF } from 'jspdf';
import { code128C } from '../../../shared/finnish/code128';
import { FONT } from './pdf';

/** Height the form needs at the bottom of the page, mm (form, barcode and its digits). */
export const TRANSFER_FORM_HEIGHT = 104;

/** Module (narrowest bar) width and bar height, mm: 0,3 mm modules give a 99,6 mm symbol. */
export const BARCODE_MODULE_MM = 0.3;
export const BARCODE_HEIGHT_MM = 13;

export interface TransferForm {
  iban: string;
  bic: string;
  receiver: string[];
  payer: string[];
  /** Printed form: '10003 1' or 'RF..'. */
  reference: string;
  /** 'd.m.yyyy' */
  dueDate: string;
  /** '1 234,56' */
  amount: string;
  /** Free lines in the form's information area (invoice number, how to pay). */
  info: string[];
  /** The 54 digits; null prints the form without a barcode (and `noBarcodeNote` instead). */
  virtualBarcode: string | null;
  barcodeLabel: string;
  noBarcodeNote?: string;
}

export interface DrawnBarcode {
  digits: string;
  /** '1' bar, '0' space, one per module — exactly what was drawn, for the tests. */
  modules: string;
  x: number;
  y: number;
  moduleWidth: number;
  height: number;
}

const X0 = 10;
const X1 = 30; // right edge of the label column
const XM = 111.4; // divider between the receiver half and the payment half
const XE = 200;

/** Draws the form so that it ends TRANSFER_FORM_HEIGHT mm above the page's bottom edge + that height. */
export function drawTransferForm(doc: jsPDF, top: number, f: TransferForm): DrawnBarcode | null {
  const y0 = top + 4;
  const rows = { account: y0, receiver: y0 + 16, payer: y0 + 30, signature: y0 + 52, fromAccount: y0 + 62, end: y0 + 71 };

  // Cut line with the form's own margin above it.
  doc.setDrawColor(120).setLineWidth(0.2).setLineDashPattern([1.5, 1.2], 0).line(0, top, 210, top).setLineDashPattern([], 0);
  doc.setDrawColor(0);

  // Frame and dividers (heavy lines as on the printed form).
  doc.setLineWidth(0.5);
  doc.line(X0, rows.account, XE, rows.account);
  doc.line(X0, rows.end, XE, rows.end);
  doc.line(XM, rows.account, XM, rows.end);
  doc.line(X1, rows.account, X1, rows.end);
  doc.line(X0, rows.receiver, XM, rows.receiver);
  doc.line(X0, rows.payer, XM, rows.payer);
  doc.line(X0, rows.signature, XE, rows.signature);
  doc.line(X0, rows.fromAccount, XE, rows.fromAccount);
  doc.setLineWidth(0.2);
  doc.line(XM + 19, rows.signature, XM + 19, rows.end);
  doc.line(XM + 53, rows.fromAccount, XM + 53, rows.end);
  doc.line(XM + 63, rows.fromAccount, XM + 63, rows.end);
  doc.line(XM, rows.account + 8, XE, rows.account + 8);

  const label = (lines: string[], x: number, y: number) => {
    doc.setFont(FONT, 'normal').setFontSize(6.3).setTextColor(40);
    lines.forEach((l, i) => doc.text(l, x, y + 2.8 + i * 2.6));
    doc.setTextColor(0);
  };
  label(['Saajan', 'tilinumero', 'Mottagarens', 'kontonummer'], X0 + 1, rows.account);
  label(['Saaja', 'Mottagare'], X0 + 1, rows.receiver);
  label(['Maksajan', 'nimi ja', 'osoite', 'Betalarens', 'namn och', 'adress'], X0 + 1, rows.payer);
  label(['Allekirjoitus', 'Underskrift'], X0 + 1, rows.signature);
  label(['Tililtä nro', 'Från konto nr'], X0 + 1, rows.fromAccount);
  label(['Viitenro', 'Ref.nr'], XM + 1, rows.signature);
  label(['Eräpäivä', 'Förfallodag'], XM + 1, rows.fromAccount);
  label(['Euro'], XM + 54, rows.fromAccount);
  label(['IBAN'], X1 + 1.5, rows.account);
  label(['BIC'], XM + 1.5, rows.account);

  doc.setFont(FONT, 'bold').setFontSize(10.5);
  doc.text(f.iban, X1 + 2, rows.account + 10);
  doc.text(f.bic, XM + 2, rows.account + 6.8);
  doc.setFont(FONT, 'normal').setFontSize(9);
  f.receiver.slice(0, 3).forEach((l, i) => doc.text(l, X1 + 2, rows.receiver + 4.2 + i * 3.8));
  f.payer.slice(0, 5).forEach((l, i) => doc.text(l, X1 + 2, rows.payer + 4.6 + i * 3.9));
  doc.setDrawColor(120).setLineWidth(0.2).line(X1 + 2, rows.signature + 7.5, XM - 4, rows.signature + 7.5).setDrawColor(0);

  doc.setFontSize(8.3);
  f.info.slice(0, 8).forEach((l, i) => doc.text(doc.splitTextToSize(l, XE - XM - 4)[0] as string, XM + 2, rows.account + 12.5 + i * 3.7));

  doc.setFont(FONT, 'bold').setFontSize(11);
  doc.text(f.reference, XM + 21, rows.signature + 6.3);
  doc.text(f.dueDate, XM + 21, rows.fromAccount + 6);
  doc.text(f.amount, XE - 2, rows.fromAccount + 6, { align: 'right' });
  doc.setFont(FONT, 'normal');

  const barTop = rows.end + 5;
  if (!f.virtualBarcode) {
    if (f.noBarcodeNote) doc.setFontSize(8).text(f.noBarcodeNote, X0 + 10, barTop + 6);
    return null;
  }
  const { modules } = code128C(f.virtualBarcode);
  // Quiet zone of ten modules (and more) before the first bar: the symbol starts 10 mm in.
  const x = X0 + 10;
  drawModules(doc, modules, x, barTop, BARCODE_MODULE_MM, BARCODE_HEIGHT_MM);
  doc.setFont(FONT, 'normal').setFontSize(7).setTextColor(60).text(f.barcodeLabel, x, barTop + BARCODE_HEIGHT_MM + 3.6);
  doc.setFont(FONT, 'normal').setFontSize(8).setTextColor(0).text(f.virtualBarcode, x, barTop + BARCODE_HEIGHT_MM + 7.4);
  return { digits: f.virtualBarcode, modules, x, y: barTop, moduleWidth: BARCODE_MODULE_MM, height: BARCODE_HEIGHT_MM };
}

/** Each run of bar modules becomes one filled rectangle. */
export function drawModules(doc: jsPDF, modules: string, x: number, y: number, moduleWidth: number, height: number): void {
  doc.setFillColor(0, 0, 0);
  let i = 0;
  while (i < modules.length) {
    if (modules[i] === '1') {
      let j = i;
      while (j < modules.length && modules[j] === '1') j++;
      doc.rect(x + i * moduleWidth, y, (j - i) * moduleWidth, height, 'F');
      i = j;
    } else i++;
  }
}

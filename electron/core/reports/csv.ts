// A report as CSV for Excel: semicolons, a BOM, the same header/rows/totals as the PDF, every
// text cell defused (the accounting export's rule, so a customer named "=…" is not a formula).
import { text } from '../invoices/accountingExport';
import type { ReportTable } from './tables';

export function tableCsv(t: ReportTable): string {
  const line = (cells: string[]) => cells.map((c) => text(c.replace(/\u00a0/g, ''))).join(';');
  return `\ufeff${[line(t.columns.map((c) => c.label)), ...t.rows.map(line), line(t.totals)].join('\r\n')}\r\n`;
}

// The signed-request log for an auditor or the authority: the same rows as a PDF (A4 landscape,
// the chain head hash on every page) and as CSV. Requesters appear as initials unless the
// manager chooses full names.
import type { RequestSummary, RequestType } from '../../../shared/api/privacy';
import type { Language } from '../../../shared/api/fields';
import { formatDate, formatInstant, helsinkiDate } from '../../../shared/format/dates';
import { translator } from '../../../shared/i18n/translate';
import type { Db } from '../store/database';
import { FONT, toBase64 } from '../documents/pdf';
import { newDocument } from '../documents/pdf';
import { chainHead, verifyLog } from './privacyLog';
import { listRequests } from './requestsRepo';
import { REDACTED } from '../../../shared/privacy/redacted';
import { outcomeText } from '../../../shared/privacy/outcomes';
import { languageName } from '../../../shared/format/postalAddress';

export interface LogFilter {
  from?: string | undefined;
  to?: string | undefined;
  types?: RequestType[] | undefined;
  status?: string | undefined;
  names: 'initials' | 'full';
  language: Language;
}

export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => `${[...w][0]!.toUpperCase()}.`)
    .join(' ');
}

function rows(db: Db, f: LogFilter, today: string) {
  return listRequests(db, 'all', today, today, 1_000_000).filter(
    (r) =>
      (!f.from || r.receivedDate >= f.from) &&
      (!f.to || r.receivedDate <= f.to) &&
      (!f.types?.length || r.types.some((t) => f.types!.includes(t))) &&
      (!f.status || r.status === f.status),
  );
}

function closedAt(db: Db, id: number): string | null {
  const r = db.prepare(`SELECT at FROM privacy_log WHERE request_id = ? AND status IN ('completed', 'partly_completed', 'refused') ORDER BY id DESC LIMIT 1`).get(id) as { at: string } | undefined;
  return r?.at ?? null;
}

/** The documents issued on a request (PRODUCT.md: the log names them), each with its verification code. */
function documentsIssued(db: Db, id: number, t: (k: string) => string): string {
  const docs = db.prepare('SELECT kind, verification_code AS code, issued_at AS at FROM privacy_documents WHERE request_id = ? ORDER BY id').all(id) as { kind: string; code: string; at: string }[];
  return docs.map((d) => `${t(`privacyPanel.documentKinds.${d.kind.replace(/-/g, '_')}`)} ${d.code} (${formatDate(helsinkiDate(new Date(d.at)))})`).join('; ');
}

function cells(db: Db, r: RequestSummary, f: LogFilter, t: (k: string) => string): string[] {
  const closed = closedAt(db, r.id);
  return [
    r.number,
    formatDate(r.receivedDate),
    r.types.map((x) => t(`privacy.type.${x}`)).join(', '),
    r.requesterName === REDACTED ? t('privacy.erasedRequester') : f.names === 'full' ? r.requesterName : initials(r.requesterName),
    t(`privacy.channel.${r.channel}`),
    languageName(r.language, f.language),
    r.signed ? t('privacy.log.yes') : t('privacy.log.no'),
    `${t(`privacy.identity.${r.identityMethod}`)}${r.identityDocument ? `: ${t(`privacyPanel.signed.documents.${r.identityDocument}`)}` : ''}${r.identityCheckedByName ? ` (${initials(r.identityCheckedByName)})` : ''}`,
    formatDate(r.effectiveDueDate) + (r.extension ? ' *' : ''),
    // With several rights asked for, the outcome of each below the whole's status.
    [t(`privacy.status.${r.status}`), ...(r.types.length > 1 ? r.outcomes.map((o) => outcomeText(t, o)) : [])].join('\n'),
    closed ? formatDate(helsinkiDate(new Date(closed))) : '',
    documentsIssued(db, r.id, t),
  ];
}

const COLUMNS = ['number', 'received', 'types', 'requester', 'channel', 'language', 'signed', 'identity', 'due', 'status', 'closed', 'documents'];
// mm, landscape A4 minus margins; the documents issued take a line of their own under the row.
const WIDTHS = [22, 20, 30, 28, 24, 20, 14, 30, 20, 34, 20]; // each wide enough for its header in both languages
const TABLE_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);

export function logPdf(db: Db, f: LogFilter, now: Date, today: string) {
  const t = translator(f.language);
  const list = rows(db, f, today);
  const head = chainHead(db);
  const verification = verifyLog(db);
  const doc = newDocument({ title: t('privacy.log.title') });
  doc.deletePage(1);
  const left = 12;
  let y = 0;
  const newPage = () => {
    doc.addPage('a4', 'landscape');
    y = 16;
    doc.setFont(FONT, 'bold').setFontSize(14).text(t('privacy.log.title'), left, y);
    doc.setFont(FONT, 'normal').setFontSize(8.5);
    const period = `${t('privacy.log.period')}: ${f.from ? formatDate(f.from) : '…'} – ${f.to ? formatDate(f.to) : '…'}`;
    doc.text(`${period}    ${t('privacy.log.printed')}: ${formatInstant(now.toISOString(), f.language)}`, left, y + 6);
    doc.text(`${t('privacy.log.chainHead')}: ${head}`, left, y + 11);
    y += 19;
    doc.setFont(FONT, 'bold');
    let x = left;
    const headers = WIDTHS.map((w, i) => doc.splitTextToSize(t(`privacy.log.columns.${COLUMNS[i]}`), w - 2) as string[]);
    headers.forEach((lines, i) => {
      doc.text(lines, x, y);
      x += WIDTHS[i]!;
    });
    // A header that still wraps (a longer translation) pushes the rule down instead of into the rows.
    y += (Math.max(...headers.map((h) => h.length)) - 1) * 3.8;
    doc.setLineWidth(0.2).line(left, y + 1.5, left + TABLE_WIDTH, y + 1.5);
    y += 6;
    doc.setFont(FONT, 'normal');
  };
  newPage();
  if (list.length === 0) doc.text(t('privacy.log.empty'), left, y);
  for (const r of list) {
    const all = cells(db, r, f, t);
    const documents = all.pop()!;
    const wrapped = all.map((c, i) => doc.splitTextToSize(c, WIDTHS[i]! - 2) as string[]);
    const docLines = documents ? (doc.splitTextToSize(`${t('privacy.log.columns.documents')}: ${documents}`, TABLE_WIDTH - 24) as string[]) : [];
    const height = Math.max(...wrapped.map((w) => w.length)) * 3.8 + docLines.length * 3.6 + 1.5;
    if (y + height > 190) newPage();
    let x = left;
    wrapped.forEach((lines, i) => {
      doc.text(lines, x, y);
      x += WIDTHS[i]!;
    });
    if (docLines.length > 0) {
      doc.setTextColor(70).text(docLines, left + WIDTHS[0]!, y + Math.max(...wrapped.map((w) => w.length)) * 3.8);
      doc.setTextColor(0);
    }
    y += height;
  }
  y = Math.min(y + 4, 192);
  doc.setFont(FONT, 'bold').text(verification.ok ? t('privacy.log.chainOk').replace('{{count}}', String(verification.count)) : t('privacy.log.chainBroken').replace('{{id}}', String(verification.brokenAtId)), left, y);
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setFont(FONT, 'normal').setFontSize(8);
    doc.text(t('privacy.log.page').replace('{{page}}', String(p)).replace('{{pages}}', String(pages)), 285, 203, { align: 'right' });
  }
  return { filename: `${t('documents.files.privacyLog')}-${today}.pdf`, base64: toBase64(doc) };
}

const csvCell = (v: string) => (/[";\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);

export function logCsv(db: Db, f: LogFilter, today: string) {
  const t = translator(f.language);
  const lines = [COLUMNS.map((c) => t(`privacy.log.columns.${c}`)), ...rows(db, f, today).map((r) => cells(db, r, f, t))].map((row) => row.map(csvCell).join(';'));
  lines.push(`# ${t('privacy.log.chainHead')}: ${chainHead(db)}`);
  // UTF-8 with BOM: Excel opens it with the right letters.
  return { filename: `${t('documents.files.privacyLog')}-${today}.csv`, base64: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]).toString('base64') };
}

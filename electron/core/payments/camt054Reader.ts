// Reads an ISO 20022 camt.054 (Bank-to-Customer Debit/Credit Notification) file — the way Finnish
// banks deliver incoming reference payments (viitesiirrot) — into plain transaction rows. Parsed
// with fast-xml-parser (a maintained XML parser), never with regular expressions. Written for
// camt.054.001.02 (the version the Finnish banks' guide uses); the few element paths that moved in
// later versions (TxDtls/Amt, Dbtr/Pty/Nm, Sts/Cd) are read too, so a bank moving to a newer
// version does not break the import.
//
// Nothing here decides what a row means for the register (that is matching.ts); this only says
// what the bank wrote, or refuses the file with a reason code the user is told in their language.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Larger than any shop's daily or monthly file (5 000 entries are ~8 MB); checked before parsing. */
export const MAX_CAMT_BYTES = 20 * 1024 * 1024;

const CAMT054_NS = 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.';

/** Why a file cannot be read; errors.<code> tells the user. */
export type CamtProblem = 'paymentsFileTooLarge' | 'paymentsFileEmpty' | 'paymentsFileNotXml' | 'paymentsFileDamaged' | 'paymentsFileNotCamt054';

export class CamtFileError extends Error {
  constructor(readonly problem: CamtProblem) {
    super(problem);
  }
}

/** One transaction as the bank wrote it (one per TxDtls of a batch entry, else one per entry). */
export interface CamtTransaction {
  /** 1-based position of the entry in the file, and of the transaction within it. */
  entryNumber: number;
  txNumber: number;
  /** The shop's account the notification is about (IBAN without spaces; '' if not given). */
  account: string;
  /** The bank's archive reference of the entry (AcctSvcrRef, else NtryRef); '' if neither. */
  entryRef: string;
  /** The transaction inside a batch entry: its AcctSvcrRef, else '#n'; '' when the entry has one. */
  txRef: string;
  credit: boolean;
  reversal: boolean;
  /** The entry's status (BOOK, PDNG, INFO). */
  status: string;
  /** The amount as written ('123.45') and its currency. */
  amountText: string;
  currency: string;
  bookingDate: string;
  /** The creditor reference (RmtInf/Strd/CdtrRefInf/Ref) as written; '' if none. */
  reference: string;
  /** The payer's name (personal data: shown in the preview, never stored). */
  payerName: string;
  /** Free-text message (RmtInf/Ustrd), for the preview only. */
  message: string;
}

export interface CamtFile {
  messageId: string;
  createdAt: string;
  transactions: CamtTransaction[];
}

// Elements that may repeat: always read as lists, so one occurrence looks like many.
const LISTS = new Set(['Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'Strd', 'Ustrd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Values stay text: '007' is a reference, not the number 7.
  parseTagValue: false,
  parseAttributeValue: false,
  // Namespace prefixes (ns2:Ntry) dropped from element names; xmlns attributes are kept so the
  // message's namespace can still be checked.
  transformTagName: (name: string) => name.slice(name.indexOf(':') + 1),
  isArray: (name: string) => LISTS.has(name),
  // Entities are decoded only in the few texts that may hold them (names, messages): decoding
  // them everywhere costs a third of the parse on a file of thousands of entries.
  processEntities: false,
  htmlEntities: false,
});

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references ('&#228;' -> 'ä'). */
function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

type Node = Record<string, unknown>;

function obj(v: unknown): Node | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined;
}

function list(v: unknown): Node[] {
  return Array.isArray(v) ? v.map(obj).filter((n): n is Node => n !== undefined) : [];
}

/** The element at a path of names (first of a list), or undefined. */
function at(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const name of path) {
    const o = obj(cur);
    if (!o) return undefined;
    cur = o[name];
    if (Array.isArray(cur)) cur = cur[0];
  }
  return cur;
}

/** The text of an element (a plain value, or '#text' when it has attributes). */
function text(node: unknown, ...path: string[]): string {
  const v = at(node, ...path);
  if (typeof v === 'string') return unescapeXml(v).trim();
  const o = obj(v);
  return o && typeof o['#text'] === 'string' ? unescapeXml(o['#text']).trim() : '';
}

function attr(node: unknown, name: string, ...path: string[]): string {
  const o = obj(at(node, ...path));
  const v = o?.[`@_${name}`];
  return typeof v === 'string' ? v.trim() : '';
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CamtFileError('paymentsFileNotXml');
  }
}

/** The root's namespace is a camt.054 one (any version; the structure read here is shared). */
function isCamt054Root(doc: Node): boolean {
  return Object.entries(doc).some(([k, v]) => k.startsWith('@_xmlns') && typeof v === 'string' && v.startsWith(CAMT054_NS));
}

export function readCamt054(bytes: Buffer): CamtFile {
  if (bytes.length > MAX_CAMT_BYTES) throw new CamtFileError('paymentsFileTooLarge');
  if (bytes.length === 0) throw new CamtFileError('paymentsFileEmpty');
  // A byte-order mark is allowed before the declaration.
  const xml = decode(bytes).replace(/^\uFEFF/, '');
  if (!xml.trimStart().startsWith('<')) throw new CamtFileError('paymentsFileNotXml');
  // A bank's message never has a DTD; refusing it keeps entity tricks out of the parser.
  if (xml.includes('<!DOCTYPE')) throw new CamtFileError('paymentsFileNotCamt054');
  // Well-formedness first: a truncated download fails here instead of yielding half the entries.
  if (XMLValidator.validate(xml) !== true) throw new CamtFileError('paymentsFileDamaged');
  const parsed = parser.parse(xml) as Node;
  const doc = obj(parsed.Document);
  if (!doc || !isCamt054Root(doc)) throw new CamtFileError('paymentsFileNotCamt054');
  if (!('BkToCstmrDbtCdtNtfctn' in doc)) throw new CamtFileError('paymentsFileNotCamt054');
  const msg = obj(doc.BkToCstmrDbtCdtNtfctn);
  if (!msg) throw new CamtFileError('paymentsFileDamaged');
  const messageId = text(msg, 'GrpHdr', 'MsgId');
  const notifications = list(msg.Ntfctn);
  if (!messageId || notifications.length === 0) throw new CamtFileError('paymentsFileDamaged');

  const transactions: CamtTransaction[] = [];
  let entryNumber = 0;
  for (const n of notifications) {
    const account = (text(n, 'Acct', 'Id', 'IBAN') || text(n, 'Acct', 'Id', 'Othr', 'Id')).replace(/\s+/g, '').toUpperCase();
    for (const e of list(n.Ntry)) {
      entryNumber++;
      const entry = {
        entryNumber,
        account,
        entryRef: text(e, 'AcctSvcrRef') || text(e, 'NtryRef'),
        credit: text(e, 'CdtDbtInd') === 'CRDT',
        reversal: text(e, 'RvslInd') === 'true',
        status: text(e, 'Sts') || text(e, 'Sts', 'Cd'),
        bookingDate: text(e, 'BookgDt', 'Dt') || text(e, 'BookgDt', 'DtTm').slice(0, 10),
      };
      const entryAmount = { amountText: text(e, 'Amt'), currency: attr(e, 'Ccy', 'Amt') };
      const txs = list(e.NtryDtls).flatMap((d) => list(d.TxDtls));
      if (txs.length === 0) {
        transactions.push({ ...entry, txNumber: 1, txRef: '', ...entryAmount, reference: '', payerName: '', message: '' });
        continue;
      }
      txs.forEach((tx, i) => {
        // A single transaction's amount is the entry's; in a batch each has its own.
        const own = text(tx, 'AmtDtls', 'TxAmt', 'Amt') ? { amountText: text(tx, 'AmtDtls', 'TxAmt', 'Amt'), currency: attr(tx, 'Ccy', 'AmtDtls', 'TxAmt', 'Amt') } : text(tx, 'Amt') ? { amountText: text(tx, 'Amt'), currency: attr(tx, 'Ccy', 'Amt') } : null;
        const amount = txs.length === 1 ? entryAmount : (own ?? { amountText: '', currency: '' });
        const strd = list(obj(at(tx, 'RmtInf'))?.Strd);
        const reference = strd.map((s) => text(s, 'CdtrRefInf', 'Ref')).find((r) => r !== '') ?? '';
        const ustrd = obj(at(tx, 'RmtInf'))?.Ustrd;
        transactions.push({
          ...entry,
          txNumber: i + 1,
          // Alone, the entry's reference names it; in a batch, its own reference or its place.
          txRef: txs.length > 1 ? text(tx, 'Refs', 'AcctSvcrRef') || `#${i + 1}` : '',
          ...amount,
          reference,
          payerName: text(tx, 'RltdPties', 'Dbtr', 'Nm') || text(tx, 'RltdPties', 'Dbtr', 'Pty', 'Nm'),
          message: Array.isArray(ustrd) ? unescapeXml(ustrd.filter((u): u is string => typeof u === 'string').join(' ')).slice(0, 140) : '',
        });
      });
    }
  }
  return { messageId, createdAt: text(msg, 'GrpHdr', 'CreDtTm'), transactions };
}

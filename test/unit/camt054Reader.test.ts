// The camt.054 reader on its own: what it reads from the fixtures, and the files it refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CamtFileError, MAX_CAMT_BYTES, readCamt054 } from '../../electron/core/payments/camt054Reader';
import { amountToCents, classifyReference } from '../../electron/core/payments/matching';

const FIXTURES = join(__dirname, '..', 'fixtures', 'camt054');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

function problem(bytes: Buffer): string {
  try {
    readCamt054(bytes);
  } catch (err) {
    if (err instanceof CamtFileError) return err.problem;
    throw err;
  }
  return 'read';
}

describe('camt.054 reader', () => {
  it('reads every entry, one row per transaction of a batch, with references, amounts and dates as written', () => {
    const file = readCamt054(fixture('reference-payments.xml'));
    expect(file.messageId).toBe('CAMT054-20260309-0001');
    // 9 entries, the batch entry holding 3 transactions.
    expect(file.transactions).toHaveLength(11);
    const [first, rf] = file.transactions;
    expect(first).toMatchObject({ account: 'FI7944052020036082', entryRef: '260306ABCD0001', txRef: '', credit: true, status: 'BOOK', amountText: '125.50', currency: 'EUR', bookingDate: '2026-03-06', reference: '50018', payerName: 'Maija Meikäläinen' });
    expect(rf).toMatchObject({ reference: 'RF65 5002 1', payerName: 'Rauman Puutyö Oy' });
    const batch = file.transactions.filter((t) => t.entryRef === '260309ABCD0005');
    expect(batch.map((t) => [t.txRef, t.amountText, t.reference])).toEqual([
      ['260309ABCD0005-1', '62.75', '50050'],
      ['260309ABCD0005-2', '75.30', 'RF9550063'],
      ['260309ABCD0005-3', '33.33', '7771235'],
    ]);
    expect(file.transactions.find((t) => t.entryRef === '260309ABCD0007')).toMatchObject({ currency: 'USD', credit: true });
    expect(file.transactions.find((t) => t.entryRef === '260309ABCD0008')).toMatchObject({ credit: false });
    expect(file.transactions.find((t) => t.entryRef === '260309ABCD0006')).toMatchObject({ reference: '', message: 'Lasku 5007' });
  });

  it('reads a message whose elements carry a namespace prefix, batch transactions without their own reference, and entities in names', () => {
    const xml = `<?xml version="1.0"?>
<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><c:BkToCstmrDbtCdtNtfctn><c:GrpHdr><c:MsgId>M1</c:MsgId><c:CreDtTm>2026-03-09T10:00:00</c:CreDtTm></c:GrpHdr>
<c:Ntfctn><c:Id>N</c:Id><c:CreDtTm>2026-03-09T10:00:00</c:CreDtTm><c:Acct><c:Id><c:IBAN>FI79 4405 2020 0360 82</c:IBAN></c:Id></c:Acct>
<c:Ntry><c:Amt Ccy="EUR">3.00</c:Amt><c:CdtDbtInd>CRDT</c:CdtDbtInd><c:Sts>BOOK</c:Sts><c:BookgDt><c:Dt>2026-03-09</c:Dt></c:BookgDt><c:NtryRef>R1</c:NtryRef>
<c:NtryDtls><c:TxDtls><c:RltdPties><c:Dbtr><c:Nm>Puu &amp; Paperi &#196;ij&#xE4;l&#228;</c:Nm></c:Dbtr></c:RltdPties><c:AmtDtls><c:TxAmt><c:Amt Ccy="EUR">1.00</c:Amt></c:TxAmt></c:AmtDtls></c:TxDtls><c:TxDtls><c:AmtDtls><c:TxAmt><c:Amt Ccy="EUR">2.00</c:Amt></c:TxAmt></c:AmtDtls></c:TxDtls></c:NtryDtls></c:Ntry>
</c:Ntfctn></c:BkToCstmrDbtCdtNtfctn></c:Document>`;
    const file = readCamt054(Buffer.from(xml));
    expect(file.transactions.map((t) => [t.account, t.entryRef, t.txRef, t.amountText])).toEqual([
      ['FI7944052020036082', 'R1', '#1', '1.00'],
      ['FI7944052020036082', 'R1', '#2', '2.00'],
    ]);
    expect(file.transactions[0]!.payerName).toBe('Puu & Paperi Äijälä');
  });

  it('refuses what is not a camt.054 notification, with a reason', () => {
    const good = fixture('reference-payments.xml');
    expect(problem(Buffer.alloc(0))).toBe('paymentsFileEmpty');
    expect(problem(Buffer.from('Viitesiirrot 2026;125,50;50018\n'))).toBe('paymentsFileNotXml');
    expect(problem(Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x90]))).toBe('paymentsFileNotXml');
    // A download cut short: no longer well-formed.
    expect(problem(good.subarray(0, Math.floor(good.length / 2)))).toBe('paymentsFileDamaged');
    // An account statement (camt.053) or any other XML is not this message.
    expect(problem(Buffer.from(good.toString('utf8').replaceAll('camt.054.001.02', 'camt.053.001.02').replaceAll('BkToCstmrDbtCdtNtfctn', 'BkToCstmrStmt')))).toBe('paymentsFileNotCamt054');
    expect(problem(Buffer.from('<?xml version="1.0"?><Invoice><Total>1</Total></Invoice>'))).toBe('paymentsFileNotCamt054');
    expect(problem(Buffer.from('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">&a;</Document>'))).toBe('paymentsFileNotCamt054');
    // Right namespace, but no header or notification.
    expect(problem(Buffer.from('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>'))).toBe('paymentsFileDamaged');
    // The size is checked before anything is decoded.
    expect(problem(Buffer.alloc(MAX_CAMT_BYTES + 1, 0x41))).toBe('paymentsFileTooLarge');
  });

  it('reads amounts to cents exactly and tells references apart', () => {
    expect(amountToCents('125.50')).toBe(12550);
    expect(amountToCents('0.1')).toBe(10);
    expect(amountToCents('7')).toBe(700);
    for (const bad of ['1.001', '-5.00', '1,00', '', '1e3', '12.']) expect(amountToCents(bad)).toBeNull();
    expect(classifyReference('00000 50034')).toEqual({ kind: 'national', national: '50034', rf: null });
    expect(classifyReference('rf65 5002 1')).toEqual({ kind: 'rf', national: '50021', rf: 'RF6550021' });
    expect(classifyReference('50019').kind).toBe('invalid');
    expect(classifyReference('RF6650021').kind).toBe('invalid');
    expect(classifyReference('  ').kind).toBe('none');
  });
});

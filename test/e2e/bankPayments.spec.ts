// Bank reference payments through the browser harness (issue #18 §1): the clerk chooses the bank's
// camt.054 file under Invoices, sees the preview (one invoice matched by its reference, one
// payment with an unknown reference, a debit ignored), allocates the unknown one by hand, confirms
// — and the first invoice shows paid, the second paid in part. Reading the same file again applies nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import type { Invoice } from '../../shared/api/invoices';
import { arrangeShop, daysAgo, shopCustomer } from './support/counter';
import { loginThroughUi, shot, STAFF, startHarness, watchConsole, type Harness } from './support/harness';

let h: Harness;
let staffPassword = '';
let first: Invoice;
let second: Invoice;
let dir: string;

/** A camt.054.001.02 notification of the shop's account, booked today, in the banks' shape. */
function camt054(entries: { ref: string; amount: string; reference: string; payer: string; debit?: boolean }[]): string {
  const today = daysAgo(0);
  const ntry = (e: (typeof entries)[number]) => `
      <Ntry>
        <Amt Ccy="EUR">${e.amount}</Amt>
        <CdtDbtInd>${e.debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${today}</Dt></BookgDt>
        <ValDt><Dt>${today}</Dt></ValDt>
        <AcctSvcrRef>${e.ref}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>${e.payer}</Nm></Dbtr></RltdPties>
          <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${e.reference}</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
  <BkToCstmrDbtCdtNtfctn>
    <GrpHdr><MsgId>E2E-CAMT054-1</MsgId><CreDtTm>${today}T18:00:00+02:00</CreDtTm></GrpHdr>
    <Ntfctn>
      <Id>E2E-CAMT054-1-1</Id><CreDtTm>${today}T18:00:00+02:00</CreDtTm>
      <Acct><Id><IBAN>FI7944052020036082</IBAN></Id></Acct>${entries.map(ntry).join('')}
    </Ntfctn>
  </BkToCstmrDbtCdtNtfctn>
</Document>
`;
}

const invoiceFor = async (customerId: number, unitPriceCents: number) => {
  const draft = await h.api<Invoice>('invoices.createDraft', { customerId, lines: [{ description: 'Tulostinpaperi', quantity: 1, unit: 'kpl', unitPriceCents, vatCategory: 'general' }] });
  return h.api<Invoice>('invoices.issue', { id: draft.id });
};

test.beforeAll(async () => {
  h = await startHarness();
  ({ staffPassword } = await arrangeShop(h));
  const maija = await h.api<{ id: number }>('customers.create', shopCustomer('Maija', 'Mäki-Petäjä', '050 366 1543', null));
  const eino = await h.api<{ id: number }>('customers.create', shopCustomer('Eino', 'Hankkija', '040 123 4567', null));
  first = await invoiceFor(maija.id, 10000);
  second = await invoiceFor(eino.id, 4000);
  await h.api('session.logout');
  dir = mkdtempSync(join(tmpdir(), 'camt-e2e-'));
});

test.afterAll(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the bank’s camt.054 file: preview, allocate by hand, confirm, the invoices are paid; the same file again applies nothing', async ({ page }) => {
  const errors = watchConsole(page);
  const file = join(dir, 'viitemaksut.xml');
  writeFileSync(
    file,
    camt054([
      { ref: 'E2E0001', amount: (first.grossCents / 100).toFixed(2), reference: first.reference!, payer: 'Maija Mäki-Petäjä' },
      // An unknown reference and an amount no invoice has open: unmatched.
      { ref: 'E2E0002', amount: '20.00', reference: '7771235', payer: 'Eino Hankkija' },
      { ref: 'E2E0003', amount: '45.00', reference: first.reference!, payer: 'Palautus', debit: true },
    ]),
  );
  await page.goto(h.url);
  await loginThroughUi(page, STAFF.username, staffPassword);
  await page.keyboard.press('Alt+4');
  await page.getByTestId('invoices-tab-payments').click();
  await expect(page.getByTestId('bank-payments')).toBeVisible();

  // A file that is not the bank's is refused with a clear message.
  const junk = join(dir, 'lasku.pdf');
  writeFileSync(junk, '%PDF-1.4 not a payment file');
  await page.getByTestId('bank-payments-file').setInputFiles(junk);
  await expect(page.getByTestId('bank-payments-error')).toContainText('ei ole pankin XML-muotoinen viitemaksutiedosto');

  await page.getByTestId('bank-payments-file').setInputFiles(file);
  await expect(page.getByTestId('bank-payments-preview')).toBeVisible();
  const rows = page.getByTestId('bank-rows');
  await expect(page.getByTestId('bank-row-E2E0001')).toContainText('Kohdistettu');
  await expect(page.getByTestId('bank-row-E2E0001')).toContainText(String(first.number));
  await expect(page.getByTestId('bank-row-E2E0002')).toContainText('Kohdistamatta');
  await expect(page.getByTestId('bank-row-E2E0002')).toContainText('tuntematon viite');
  await expect(page.getByTestId('bank-row-E2E0003')).toContainText('veloitus, ei saapuva maksu');
  await expect(page.getByTestId('bank-payments-to-apply')).toContainText('Kirjataan 1 maksua');

  // The unknown reference: allocated by hand to the second invoice by its number.
  await page.getByTestId('bank-row-E2E0002').getByRole('button', { name: 'Kohdista laskuun' }).click();
  await page.getByTestId('bank-row-E2E0002').getByRole('textbox', { name: 'Laskun numero' }).fill(String(second.number));
  await page.getByTestId('bank-row-E2E0002').getByRole('button', { name: 'Hae' }).click();
  await expect(page.getByTestId('bank-row-E2E0002')).toContainText('Eino Hankkija');
  await expect(page.getByTestId('bank-payments-to-apply')).toContainText('Kirjataan 2 maksua');
  await expect(rows).toBeVisible();
  await shot(page, 'bank-payments-preview');

  await page.getByTestId('bank-payments-apply').click();
  await expect(page.getByTestId('bank-payments-result')).toContainText('Kirjattu 2 maksua');
  await shot(page, 'bank-payments-result');

  // The first invoice shows paid, the second paid in part; each payment names the bank's entry.
  await page.getByTestId('invoices-tab-list').click();
  await page.getByTestId('invoice-filter-all').click();
  for (const [inv, status, entry] of [
    [first, 'Maksettu', 'E2E0001'],
    [second, 'Osittain maksettu', 'E2E0002'],
  ] as const) {
    await page.getByTestId(`invoice-row-${inv.id}`).dblclick();
    await expect(page.getByTestId('invoice-title')).toContainText(status);
    await expect(page.getByTestId('invoice-card')).toContainText(entry);
    await page.getByTestId('back-button').click();
  }
  await page.getByTestId(`invoice-row-${first.id}`).dblclick();
  await shot(page, 'bank-payments-invoice-paid');
  await page.getByTestId('back-button').click();

  // The same file again: everything applied before, nothing to apply.
  await page.getByTestId('invoices-tab-payments').click();
  await page.getByTestId('bank-payments-file').setInputFiles(file);
  await expect(page.getByTestId('bank-row-E2E0001')).toContainText('Jo kirjattu');
  await expect(page.getByTestId('bank-row-E2E0002')).toContainText('Jo kirjattu');
  await expect(page.getByTestId('bank-payments-apply')).toBeDisabled();

  // In English: the same preview in the staff member's other language.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('bank-row-E2E0001')).toContainText('Already applied');
  await expect(page.getByTestId('bank-row-E2E0003')).toContainText('a debit, not an incoming payment');
  await expect(page.getByTestId('bank-payments-summary')).toContainText('3 transactions');
  await shot(page, 'bank-payments-again-en');
  expect(errors).toEqual([]);
});

// npm run screenshots: the README's pictures, taken from the browser harness on a demo register
// (issue #19 §6). Builds the renderer into a temporary folder (or takes --renderer <dir>), starts
// the harness on a fresh data folder, arranges a small shop through the API, then with Chromium:
// the first screen after login, a customer card and the backup screen; and two documents as the
// app makes them — an invoice and a correction refusal certificate — their first page turned into
// PNG with pdftoppm. Everything lands in docs/screenshots/. Nothing here is a test: it fails loudly
// if a screen does not appear, so a README picture is never silently stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { harnessCaller } from '../harness/client';
import { loginThroughUi, MANAGER, startHarness, stickFolder, type Harness } from '../e2e/support/harness';
import { arrangeDemo } from './demo';

const root = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(root, 'docs', 'screenshots');

const { values } = parseArgs({ options: { renderer: { type: 'string' } } });

function buildRenderer(): string {
  if (values.renderer) return values.renderer;
  const dir = mkdtempSync(join(tmpdir(), 'asiakasrekisteri-shots-renderer-'));
  console.log('building the renderer…');
  execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--outDir', dir, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  return dir;
}

/** The first page of a PDF as a PNG (pdftoppm, 100 dpi: an A4 page about 830 px wide). */
function pdfPage(base64: string, name: string): void {
  const work = mkdtempSync(join(tmpdir(), 'asiakasrekisteri-shots-pdf-'));
  try {
    const pdf = join(work, 'doc.pdf');
    writeFileSync(pdf, Buffer.from(base64, 'base64'));
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, name)]);
    console.log(`  docs/screenshots/${name}.png`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function snap(page: Page, name: string): Promise<void> {
  // Let focus rings and the status bar settle; then the viewport, as a user sees the window.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const rendererDir = buildRenderer();
  const stick = stickFolder();
  const h: Harness = await startHarness({ renderer: rendererDir });
  const { url } = h;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, LANGUAGE: 'fi' },
  });
  try {
    mkdirSync(OUT, { recursive: true });
    console.log('arranging the demo register…');
    const demo = await arrangeDemo(h, stick.dir);

    console.log('documents:');
    await h.api('session.login', { username: MANAGER.username, password: MANAGER.password });
    pdfPage((await h.api<{ base64: string }>('invoices.pdf', { id: demo.invoiceId })).base64, 'invoice');
    pdfPage((await h.api<{ base64: string }>('privacy.requests.document', { id: demo.refusal.requestId, documentId: demo.refusal.documentId })).base64, 'refusal-certificate');
    await h.api('session.logout');

    console.log('screens:');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
    await page.goto(h.url);
    await loginThroughUi(page, MANAGER.username, MANAGER.password);
    // Whatever the app shows first after login is "home".
    await page.waitForLoadState('networkidle');
    await snap(page, 'home');

    await page.getByTestId('nav-customers').click();
    await page.getByTestId(`customer-row-${demo.cardCustomerNumber}`).dblclick();
    await page.getByTestId('customer-card').waitFor();
    await snap(page, 'customer-card');

    await page.getByTestId('backup-open').click();
    await page.getByTestId('screen-backup').waitFor();
    await snap(page, 'backup');
    await page.close();
  } finally {
    await browser.close();
    await h.stop();
    stick.remove();
    if (!values.renderer) rmSync(rendererDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

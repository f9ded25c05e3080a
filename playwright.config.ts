import { defineConfig } from '@playwright/test';

// UI tests run the real core through the browser harness in Debian's Chromium (Playwright
// cannot download its own browsers here). The Electron spec skips itself without a binary.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // Chromium on Linux takes its UI locale (native date fields: 24.11.2026) from the environment,
      // as the app does from --lang=fi-FI (electron/main.ts).
      env: { ...process.env, LANGUAGE: 'fi' },
    },
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  },
});

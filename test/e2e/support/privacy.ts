// Arranging and moving about for the privacy specs (privacy.spec.ts, privacyDecisions.spec.ts):
// customers and written requests created through the API, the privacy screen and one request
// opened on it, and a downloaded PDF read back.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import { today } from '../../support/customers';

export interface Arranged {
  id: number;
  firstName: string;
  lastName: string;
}

export interface CreatedRequest {
  id: number;
  number: string;
}

type Source = { source: string; date: string; note: string };
const SHOP_PURCHASE: Source = { source: 'shop_purchase', date: '2025-02-01', note: '' };

/** customers.create parameters for a person in Rauma, email from the last name. */
export function privacyCustomer(firstName: string, lastName: string, phone: string, options: { street?: string; sources?: Source[] } = {}) {
  return {
    customer: {
      firstName,
      lastName,
      email: `${lastName.toLowerCase()}@example.fi`,
      phone,
      street: options.street ?? 'Kuninkaankatu 12',
      postalCode: '26100',
      city: 'Rauma',
      country: 'FI',
      language: 'fi',
      organizationId: null,
      relationshipStart: '2025-02-01',
      relationshipEnd: null,
    },
    sources: options.sources ?? [SHOP_PURCHASE],
  };
}

/** privacy.requests.create parameters: a signed letter received today (the shop's day), in Finnish. */
export function writtenRequest(types: string[], c: Arranged, details: string) {
  return {
    types,
    customerId: c.id,
    requesterName: `${c.firstName} ${c.lastName}`,
    receivedDate: today(),
    channel: 'letter',
    language: 'fi',
    signed: true,
    identityMethod: 'signature_compared',
    details,
  };
}

export async function toPrivacy(page: Page): Promise<void> {
  await page.getByTestId('nav-privacy').click();
  await expect(page.getByTestId('screen-privacy')).toBeVisible();
  await expect(page.getByTestId('requests-table')).toBeVisible();
}

export async function openRequest(page: Page, number: string): Promise<void> {
  await page.getByTestId('privacy-tab-requests').click();
  await page.getByTestId('requests-view-all').click();
  await page.getByTestId(`open-request-${number}`).click();
  await expect(page.getByTestId('request-title')).toContainText(number);
}

/** The first bytes of a download ("%PDF-" for a PDF). */
export async function magicOf(download: Download): Promise<string> {
  return readFileSync((await download.path())!).subarray(0, 5).toString('latin1');
}

/** A downloaded PDF as pdftotext reads it, whitespace squashed. */
export async function pdfTextOf(download: Download): Promise<string> {
  return execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

// customers.importPreview / importCommit: the old customer list, checked row by row. The preview
// writes nothing; the commit re-reads the same file and writes every accepted row in one
// transaction, or nothing at all.
import type { ImportPreview, ImportRowPreview } from '../../../shared/api/customers';
import { customerFields, type CustomerFields, type DataSource } from '../../../shared/api/customers';
import { fold } from '../../../shared/text/fold';
import type { Db } from '../store/database';
import { fail } from '../errors';
import { decodeText, parseCsv } from './csv';
import { erasedMatches } from '../ledger/comeback';
import { formatDate, helsinkiDate } from '../../../shared/format/dates';
import { findDuplicates } from './duplicates';

type Column = keyof ImportRowPreview['values'] | 'name' | 'country' | 'language' | 'businessId';

const HEADERS: Record<string, Column> = {};
const alias = (col: Column, ...names: string[]) => names.forEach((n) => (HEADERS[n] = col));
alias('firstName', 'etunimi', 'etunimet', 'first name', 'firstname', 'first_name', 'given name');
alias('lastName', 'sukunimi', 'last name', 'lastname', 'last_name', 'surname', 'family name');
alias('name', 'nimi', 'name', 'asiakas', 'customer');
alias('email', 'sahkoposti', 'sahkopostiosoite', 's-posti', 'email', 'e-mail', 'email address');
alias('phone', 'puhelin', 'puhelinnumero', 'puh', 'gsm', 'matkapuhelin', 'phone', 'mobile', 'telephone');
alias('street', 'osoite', 'katuosoite', 'lahiosoite', 'postiosoite', 'street', 'address', 'street address');
alias('postalCode', 'postinumero', 'postinro', 'postal code', 'postcode', 'zip', 'zip code');
alias('city', 'postitoimipaikka', 'toimipaikka', 'kaupunki', 'paikkakunta', 'kunta', 'city', 'town');
alias('country', 'maa', 'country');
alias('language', 'kieli', 'language');
alias('organization', 'yritys', 'organisaatio', 'yhteiso', 'company', 'organization', 'organisation');
alias('businessId', 'y-tunnus', 'ytunnus', 'business id', 'business_id');

export interface ParsedRow extends ImportRowPreview {
  fields: CustomerFields | null;
  businessId: string;
}

export function readImport(
  db: Db,
  bytes: Buffer,
  source: { source: DataSource; date: string },
  t: (key: string, opts?: Record<string, unknown>) => string,
  dataKey: Buffer,
): { preview: ImportPreview; rows: ParsedRow[] } {
  const { text, encoding } = decodeText(bytes);
  const [header, ...body] = parseCsv(text);
  const headerCells = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = headerCells.map((h) => HEADERS[fold(h).replace(/\s+/g, ' ')] ?? null);
  if (!mapping.includes('lastName') && !mapping.includes('name')) {
    throw fail('VALIDATION', 'csvNoNameColumn', {}, { fields: { fileBase64: 'csvNoNameColumn' } });
  }
  const unknownColumns = headerCells.filter((_, i) => mapping[i] === null);
  const seenEmails = new Map<string, number>();
  const seenPhones = new Map<string, number>();

  const rows: ParsedRow[] = body.map(({ line, cells }) => {
    const get = (col: Column) => {
      const i = mapping.indexOf(col);
      return i >= 0 ? (cells[i] ?? '').trim() : '';
    };
    let firstName = get('firstName');
    let lastName = get('lastName');
    if (!firstName && !lastName && get('name')) {
      const parts = get('name').split(/\s+/);
      lastName = parts.pop() ?? '';
      firstName = parts.join(' ');
    }
    const values = { firstName, lastName, email: get('email'), phone: get('phone'), street: get('street'), postalCode: get('postalCode'), city: get('city'), organization: get('organization') };
    const errors: ImportRowPreview['errors'] = [];
    if (cells.length > headerCells.length && cells.slice(headerCells.length).some((c) => c.trim() !== '')) {
      errors.push({ field: '_', message: t('errors.csvExtraCells', { count: cells.length, expected: headerCells.length }) });
    }
    const parsed = customerFields.safeParse({
      ...values,
      country: get('country') || 'FI',
      language: (get('language') || 'fi').toLowerCase().startsWith('en') ? 'en' : 'fi',
      organizationId: null,
      relationshipStart: source.date,
      relationshipEnd: null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.');
        if (!errors.some((e) => e.field === field)) errors.push({ field, message: t(issue.message.startsWith('errors.') ? issue.message : 'errors.invalid', { min: 10 }) });
      }
    }
    const fields = parsed.success ? parsed.data : null;
    const duplicates = fields
      ? findDuplicates(db, { email: fields.email, phone: fields.phone, firstName: fields.firstName, lastName: fields.lastName, postalCode: fields.postalCode }).map((d) => ({
          id: d.id,
          customerNumber: d.customerNumber,
          name: `${d.firstName} ${d.lastName}`,
          matchedOn: d.matchedOn as string[],
        }))
      : [];
    // A person whose data was erased earlier: flagged with the erasure that removed them.
    if (fields) {
      for (const e of erasedMatches(db, dataKey, fields)) {
        duplicates.push({ id: 0, customerNumber: 0, name: t('errors.erasedBefore', { date: formatDate(helsinkiDate(new Date(e.at))), number: e.number }), matchedOn: ['erased', ...e.matchedOn] });
      }
    }
    // The same person twice in the file is a duplicate too.
    if (fields?.email) {
      const earlier = seenEmails.get(fields.email);
      if (earlier) duplicates.push({ id: 0, customerNumber: 0, name: t('errors.csvSameAsLine', { line: earlier }), matchedOn: ['email'] });
      else seenEmails.set(fields.email, line);
    }
    if (fields?.phone) {
      const earlier = seenPhones.get(fields.phone);
      if (earlier) duplicates.push({ id: 0, customerNumber: 0, name: t('errors.csvSameAsLine', { line: earlier }), matchedOn: ['phone'] });
      else seenPhones.set(fields.phone, line);
    }
    return { line, values, errors, duplicates, fields, businessId: get('businessId') };
  });

  const preview: ImportPreview = {
    encoding,
    columns: headerCells,
    unknownColumns,
    rows: rows.map(({ line, values, errors, duplicates }) => ({ line, values, errors, duplicates })),
    validCount: rows.filter((r) => r.errors.length === 0).length,
    errorCount: rows.filter((r) => r.errors.length > 0).length,
    duplicateCount: rows.filter((r) => r.duplicates.length > 0).length,
  };
  return { preview, rows };
}


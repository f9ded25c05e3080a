// The register extract for an access request: a letter in the requester's language with
// everything held about them, the purposes, the retention, their rights and the authority.
import type { RequestSummary } from '../../../../shared/api/privacy';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { formatMoney } from '../../../../shared/format/money';
import { languageName, postalInline } from '../../../../shared/format/postalAddress';
import { PROHIBITIONS } from '../../../../shared/api/customers';
import { RECTIFIABLE_FIELDS } from '../../../../shared/api/rectification';
import { noticeEn } from '../../../../shared/i18n/notice.en';
import { noticeFi } from '../../../../shared/i18n/notice.fi';
import type { Db } from '../../store/database';
import type { RenderWithCode } from '../issueDocument';
import type { PersonData } from '../personData';
import { fieldValueText, formatReceived, heading, requesterAddress, signedClosing, startPrivacyLetter } from '../privacyLetter';

const FIELD_KEYS = new Set<string>(RECTIFIABLE_FIELDS);

export function extractLetter(db: Db, o: { request: RequestSummary; data: PersonData; signer: string; today: string }): RenderWithCode {
  return (code) => {
    const lang = o.request.language;
    const n = lang === 'fi' ? noticeFi : noticeEn;
    const p = startPrivacyLetter(db, { lang, title: '', request: o.request, recipient: requesterAddress(db, o.request), today: o.today });
    const { letter, k } = p;
    const L = (key: string) => k(`extract.labels.${key}`);
    const item = (text: string) => letter.paragraph(`• ${text}`, { x: 24, width: 162, gap: 0.6 });
    const none = () => letter.paragraph(k('extract.none'), { gap: 2 });
    const c = o.data.customer;
    // An order's channel and status in the words of the order screens, mid-sentence.
    const word = (key: string) => {
      const text = letter.t(key);
      return text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
    };
    letter.paragraph(k('extract.title'), { bold: true, size: 12, gap: 1 });
    letter.paragraph(k('extract.subject'), { bold: true, gap: 4 });
    letter.paragraph(k('extract.intro', { date: formatReceived(o.request), number: o.request.number, today: formatDate(o.today) }), { gap: 3 });

    heading(p, k('extract.sections.identity'));
    item(`${L('customerNumber')}: ${c.customerNumber}`);
    item(`${L('name')}: ${c.firstName} ${c.lastName}`);
    item(`${L('email')}: ${c.email || '–'}`);
    item(`${L('phone')}: ${fieldValueText('phone', c.phone, lang)}`);
    item(`${L('address')}: ${postalInline(c, lang) || '–'}`);
    item(`${L('language')}: ${languageName(c.language, lang)}`);
    item(`${L('relationship')}: ${L('since')} ${formatDate(c.relationshipStart)}${c.relationshipEnd ? `, ${L('until')} ${formatDate(c.relationshipEnd)}` : ''}`);

    heading(p, k('extract.sections.organisation'));
    if (!c.organization && c.contactRoles.length === 0) none();
    if (c.organization) item(`${c.organization.name}${c.organization.businessId ? ` (${c.organization.businessId})` : ''}`);
    for (const r of c.contactRoles) item(`${r.organizationName}: ${formatDate(r.startDate)}–${r.endDate ? formatDate(r.endDate) : ''}`);

    heading(p, k('extract.sections.sources'));
    if (c.sources.length === 0) none();
    for (const s of c.sources) item(`${letter.t(`dataSources.${s.source}`)}, ${formatDate(s.date)}${s.note ? ` – ${s.note}` : ''}`);

    heading(p, k('extract.sections.prohibitions'));
    for (const ban of PROHIBITIONS) item(`${L(ban)}: ${c.prohibitions[ban] ? L('on') : L('off')}`);
    if (c.restriction) item(`${L('restricted')}: ${formatDate(c.restriction.date)} – ${c.restriction.reason}`);

    heading(p, k('extract.sections.history'));
    if (o.data.history.length === 0) none();
    for (const h of o.data.history) item(`${formatInstant(h.at, lang)} ${FIELD_KEYS.has(h.field) ? k(`fields.${h.field}`) : h.field}: ${fieldValueText(h.field, h.oldValue, lang)} → ${fieldValueText(h.field, h.newValue, lang)}${h.reason ? ` (${h.reason})` : ''}`);

    heading(p, k('extract.sections.orders'));
    if (o.data.orders.length === 0) none();
    for (const ord of o.data.orders) item(`${L('order')} ${formatDate(ord.date)}, ${word(`orders.channel.${ord.channel}`)}, ${word(`orders.status.${ord.status}`)}, ${formatMoney(ord.grossCents)}${ord.items ? ` – ${ord.items}` : ''}`);

    heading(p, k('extract.sections.invoices'));
    if (o.data.invoices.length === 0) none();
    for (const inv of o.data.invoices) {
      // A credit note is listed as one (naming the invoice it credits); an invoice says its real state.
      const what = inv.state === 'creditNote' ? `${L('creditNote')} ${inv.number}${inv.creditsInvoice !== null ? ` (${k('extract.labels.credits', { number: inv.creditsInvoice })})` : ''}` : `${L('invoice')} ${inv.number}`;
      const state = inv.state === 'creditNote' ? '' : `, ${L(`states.${inv.state}`)}${inv.state === 'open' || inv.state === 'partlyPaid' ? ` ${formatMoney(inv.openCents)}` : ''}`;
      item(`${what}, ${formatDate(inv.invoiceDate)}, ${formatMoney(inv.grossCents)}${state}${inv.collectionDate ? `, ${inv.collectionAgency ?? ''} ${formatDate(inv.collectionDate)}` : ''}`);
      for (const pay of inv.payments) letter.paragraph(`${L('payment')} ${formatDate(pay.date)} ${formatMoney(pay.amountCents)}`, { x: 30, width: 156, gap: 0.5 });
    }

    heading(p, k('extract.sections.disclosures'));
    if (o.data.disclosures.length === 0) none();
    for (const d of o.data.disclosures) item(`${formatDate(d.date)} ${L('recipient')}: ${d.recipient}; ${L('purpose')}: ${d.purpose}`);

    heading(p, k('extract.sections.requests'));
    for (const r of o.data.requests) item(`${r.number} ${formatDate(r.receivedDate)}: ${r.types.map((x) => letter.t(`privacy.type.${x}`)).join(', ')} – ${letter.t(`privacy.status.${r.status}`)}`);

    heading(p, k('extract.sections.purposes'));
    letter.paragraph(n.text.purpose, { gap: 2 });
    heading(p, k('extract.sections.retention'));
    letter.paragraph(n.text.retention, { gap: 2 });
    heading(p, k('extract.sections.rights'));
    letter.paragraph(n.text.rights, { gap: 3 });
    signedClosing(p, { name: o.signer }, code);
    return letter.finish(`${lang === 'fi' ? 'rekisteriote' : 'register-extract'}-${o.request.number}.pdf`);
  };
}

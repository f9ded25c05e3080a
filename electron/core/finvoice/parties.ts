// The parties of a Finvoice message: the transmission frame (who sends through which
// intermediator to which address), the seller with its bank account, and the buyer with its
// business ID, VAT number and e-invoice address. All from the invoice's frozen snapshots, so the
// message names the same parties as the PDF of the same invoice.
import type { BuyerSnapshot, SellerSnapshot } from '../../../shared/api/invoices';
import { einvoiceAddressKind, OVT_SCHEME_ID, ovtFromBusinessId } from '../../../shared/finnish/einvoiceAddress';
import { normalizeIban } from '../../../shared/finnish/iban';
import { chunks } from './format';

export interface Routing {
  /** The shop's OVT (from its Y-tunnus) and the intermediator it sends through. */
  from: { address: string; intermediator: string };
  /** The organisation's e-invoice address and its operator. */
  to: { address: string; operator: string };
}

/** The address element: an OVT carries SchemeID 0037; an IBAN address says IBAN. */
const addressId = (address: string) => ({ '#text': address, '@_SchemeID': einvoiceAddressKind(address) === 'iban' ? 'IBAN' : OVT_SCHEME_ID });

export function transmission(routing: Routing, messageId: string, timestamp: string): Record<string, unknown> {
  return {
    MessageSenderDetails: { FromIdentifier: addressId(routing.from.address), FromIntermediator: routing.from.intermediator },
    MessageReceiverDetails: { ToIdentifier: addressId(routing.to.address), ToIntermediator: routing.to.operator },
    MessageDetails: { MessageIdentifier: messageId, MessageTimeStamp: timestamp },
  };
}

/** Street, town and postcode, or nothing when the address is incomplete (the block is optional). */
function postal(prefix: string, a: { street: string; postalCode: string; city: string; country: string }): Record<string, unknown> | null {
  if (a.street.trim().length < 2 || a.city.trim().length < 2 || a.postalCode.trim().length < 2) return null;
  return {
    [`${prefix}StreetName`]: chunks(a.street, 35, 3),
    [`${prefix}TownName`]: chunks(a.city, 35, 1)[0],
    [`${prefix}PostCodeIdentifier`]: a.postalCode.trim(),
    CountryCode: (a.country || 'FI').toUpperCase(),
  };
}

export function sellerParty(s: SellerSnapshot): Record<string, unknown> {
  const address = postal('Seller', { ...s, country: 'FI' });
  return {
    SellerPartyIdentifier: s.businessId,
    SellerOrganisationName: chunks(s.name, 70),
    ...(s.vatNumber ? { SellerOrganisationTaxCode: s.vatNumber } : {}),
    ...(address ? { SellerPostalAddressDetails: address } : {}),
  };
}

export function sellerOrganisationUnitNumber(s: SellerSnapshot): string {
  return ovtFromBusinessId(s.businessId);
}

/** `vatRegistered`: the letterhead's words for it in the invoice's language ('ALV-rek.'). */
export function sellerInformation(s: SellerSnapshot, vatRegistered: string): Record<string, unknown> {
  return {
    ...(s.city.trim() ? { SellerHomeTownName: chunks(s.city, 35, 1)[0] } : {}),
    ...(s.vatNumber ? { SellerVatRegistrationText: vatRegistered } : {}),
    ...(s.phone ? { SellerPhoneNumber: s.phone.slice(0, 35) } : {}),
    ...(s.email ? { SellerCommonEmailaddressIdentifier: s.email.slice(0, 70) } : {}),
    ...(s.web ? { SellerWebaddressIdentifier: s.web.slice(0, 70) } : {}),
    SellerAccountDetails: {
      SellerAccountID: { '#text': normalizeIban(s.iban), '@_IdentificationSchemeName': 'IBAN' },
      SellerBic: { '#text': s.bic, '@_IdentificationSchemeName': 'BIC' },
    },
  };
}

export function buyerParty(b: BuyerSnapshot): Record<string, unknown> {
  const address = postal('Buyer', b);
  return {
    ...(b.businessId ? { BuyerPartyIdentifier: b.businessId } : {}),
    BuyerOrganisationName: chunks(b.name, 70),
    ...(b.vatNumber ? { BuyerOrganisationTaxCode: b.vatNumber } : {}),
    ...(address ? { BuyerPostalAddressDetails: address } : {}),
  };
}

// Who may receive a 0 % line with an intra-Community or reverse-charge reason (issue #16 §1).
// Finnish VAT Act 1501/1993: 72 a § — an intra-Community supply of goods is VAT-free only when
// the buyer is a business (elinkeinonharjoittaja) registered for VAT in another member state and
// the goods go there; 8 c § / 65 § — reverse charge shifts the tax to a business buyer; 209 e § —
// such invoices must show the buyer's VAT number (vero.fi "Laskun sisältövaatimukset").
// The UK left the EU; Northern Ireland (XI) still counts for goods (Windsor Framework).
import type { BillTo, BuyerSnapshot } from '../../../shared/api/invoices';
import type { PricedLine } from '../../../shared/api/orders';
import { isEuMemberState, isValidVatNumber, vatPrefix, vatPrefixOfCountry } from '../../../shared/finnish/vatNumber';
import { fail } from '../errors';

const REVERSE_CHARGE = new Set(['reverseChargeConstruction', 'reverseChargeEuService']);

/** True when the buyer may receive an intra-Community supply of goods VAT-free. */
export function intraEuBuyerOk(buyer: BuyerSnapshot, billTo: BillTo): boolean {
  const vat = buyer.vatNumber ?? '';
  if (billTo !== 'organization' || !isValidVatNumber(vat)) return false;
  const prefix = vatPrefix(vat);
  if (prefix === 'FI' || buyer.country === 'FI') return false;
  if (prefix === 'XI') return buyer.country === 'GB';
  // The number and the address must name the same member state.
  return isEuMemberState(buyer.country) && vatPrefixOfCountry(buyer.country) === prefix;
}

export function reverseChargeBuyerOk(buyer: BuyerSnapshot, billTo: BillTo): boolean {
  return billTo === 'organization' && ((buyer.vatNumber ?? '') !== '' || buyer.businessId !== '');
}

/** Refuses, on the first offending line's field, an exemption reason whose conditions do not hold. */
export function assertExemptionBuyer(lines: readonly Pick<PricedLine, 'exemptionReason'>[], buyer: BuyerSnapshot, billTo: BillTo): void {
  lines.forEach((l, i) => {
    let key: 'intraEuNeedsEuBusiness' | 'reverseChargeNeedsBusiness' | null = null;
    if (l.exemptionReason === 'intraEuGoods' && !intraEuBuyerOk(buyer, billTo)) key = 'intraEuNeedsEuBusiness';
    else if (l.exemptionReason && REVERSE_CHARGE.has(l.exemptionReason) && !reverseChargeBuyerOk(buyer, billTo)) key = 'reverseChargeNeedsBusiness';
    if (key) throw fail('VALIDATION', key, {}, { fields: { [`lines.${i}.exemptionReason`]: key } });
  });
}

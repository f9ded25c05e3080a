// The VAT breakdown of a Finvoice message: one VatSpecificationDetails per rate, exactly the rows
// the PDF prints (totals.vatRows from shared/api/orders totalsOf). A 0 % row is split by its
// exemption reason — the VAT is zero either way, so the split is exact — and each part carries
// the reason in words (VatFreeText), the UNTDID 5305 category (VatCode) and the CEF VATEX code
// (VatExemptionReasonCode), as the Finvoice 3.0 schema names these fields.
import type { PricedLine, Totals } from '../../../shared/api/orders';
import { VAT_EXEMPTION_REASONS } from '../../../shared/finnish/vatRates';
import type { Language } from '../../../shared/api/fields';
import { chunks, eur, percent } from './format';

/** UNTDID 5305 category and CEF VATEX code of each exemption reason the register knows. */
const REASON_CODES: Record<string, { category: string; vatex: string }> = {
  intraEuGoods: { category: 'K', vatex: 'VATEX-EU-IC' },
  export: { category: 'G', vatex: 'VATEX-EU-G' },
  reverseChargeConstruction: { category: 'AE', vatex: 'VATEX-EU-AE' },
  reverseChargeEuService: { category: 'AE', vatex: 'VATEX-EU-AE' },
};

/** The category of a line: S (standard, any rate above 0), else that of its 0 % reason (Z when none). */
export function vatCategory(line: Pick<PricedLine, 'vatRateBp' | 'exemptionReason'>): string {
  if (line.vatRateBp > 0) return 'S';
  return (line.exemptionReason && REASON_CODES[line.exemptionReason]?.category) || 'Z';
}

/** '<reason> (<provision>)' in the invoice's language, as the PDF's exemption note says it. */
export function exemptionText(reason: string, lang: Language): string {
  const r = VAT_EXEMPTION_REASONS.find((x) => x.id === reason);
  return r ? `${lang === 'fi' ? r.fi : r.en}, ${r.provision}` : reason;
}

export function vatSpecifications(totals: Pick<Totals, 'vatRows'>, lines: readonly PricedLine[], lang: Language): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const row of totals.vatRows) {
    if (row.rateBp > 0) {
      out.push({ VatBaseAmount: eur(row.netCents), VatRatePercent: percent(row.rateBp), VatCode: 'S', VatRateAmount: eur(row.vatCents) });
      continue;
    }
    // 0 %: one part per reason, in the order the lines give them.
    const byReason = new Map<string, number>();
    for (const l of lines.filter((x) => x.vatRateBp === 0)) byReason.set(l.exemptionReason ?? '', (byReason.get(l.exemptionReason ?? '') ?? 0) + l.netCents);
    for (const [reason, net] of byReason) {
      const codes = REASON_CODES[reason];
      out.push({
        VatBaseAmount: eur(net),
        VatRatePercent: '0',
        VatCode: codes?.category ?? 'Z',
        VatRateAmount: eur(0),
        ...(reason ? { VatFreeText: chunks(exemptionText(reason, lang), 70, 3) } : {}),
        ...(codes ? { VatExemptionReasonCode: codes.vatex } : {}),
      });
    }
  }
  return out;
}

// The register's VAT rates (legal.vatRates: data the manager adds to when the law changes), for the
// line editor's live totals. Loaded once per window and shared; until it arrives the rates known at
// release stand in (the core prices every saved line from the register's own table anyway).
import { useEffect, useState } from 'react';
import { VAT_RATE_TABLE, vatTableFrom, type VatRateRow } from '../../../../shared/finnish/vatRates';
import { call } from '../../api';

let cached: readonly VatRateRow[] | null = null;

export function useVatTable(): readonly VatRateRow[] {
  const [table, setTable] = useState<readonly VatRateRow[]>(cached ?? VAT_RATE_TABLE);
  useEffect(() => {
    if (cached) return;
    let live = true;
    call('legal.vatRates.list', {}).then(
      (rows) => {
        cached = vatTableFrom(rows.map((r) => ({ category: r.category, validFrom: r.validFrom, basisPoints: r.rateBp })));
        if (live) setTable(cached);
      },
      () => undefined, // the release's rates stay: the core refuses what it cannot price
    );
    return () => {
      live = false;
    };
  }, []);
  return table;
}

/** After the manager added a rate: the next editor loads the table again. */
export function forgetVatTable(): void {
  cached = null;
}

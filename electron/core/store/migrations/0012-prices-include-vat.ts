// Prices typed with VAT included (the shop's shelf prices). What the register stores stays as it
// was — the unit price WITHOUT VAT in whole cents and the line's net — so every invoice, report and
// credit note reads the same columns; added are only the order's (or the draft's) entry mode and,
// per line, the shelf price the clerk typed (NULL for a line typed without VAT), so the form
// reopens with what was typed. Existing rows were all typed without VAT: the defaults say so.
export default `
ALTER TABLE orders ADD COLUMN prices_include_vat INTEGER NOT NULL DEFAULT 0 CHECK (prices_include_vat IN (0, 1));
ALTER TABLE invoices ADD COLUMN prices_include_vat INTEGER NOT NULL DEFAULT 0 CHECK (prices_include_vat IN (0, 1));
ALTER TABLE order_lines ADD COLUMN unit_gross_cents INTEGER;
ALTER TABLE invoice_lines ADD COLUMN unit_gross_cents INTEGER;
`;

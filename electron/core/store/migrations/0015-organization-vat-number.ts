// The buyer's VAT identification number, required on an intra-Community supply and on a
// reverse-charge invoice (AVL 209 e §; issue #16 §1). Empty for a Finnish organisation means
// "derived from the Y-tunnus".
export default `
ALTER TABLE organizations ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
`;

// Which catalogue product a line sold (issue #17 §3, sales by product). Set when the clerk adds
// the line from the catalogue and copied with the line to the invoice and its credit note; NULL
// for a free-text line. The line still keeps its own text, price and class: the product id only
// groups the sales report, so a product changed or discontinued never alters a document.
// No REFERENCES clause: products are never deleted (only made inactive), and SQLite refuses to
// drop a column that is part of a foreign key, which the migration rewind test needs to do.
export default `
ALTER TABLE order_lines ADD COLUMN product_id INTEGER;
ALTER TABLE invoice_lines ADD COLUMN product_id INTEGER;
`;

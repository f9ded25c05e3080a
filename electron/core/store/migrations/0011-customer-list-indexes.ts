// The customer list pages through 100 000 customers with OFFSET: with indexes over all rows every
// page read each skipped customer's row to leave out the erased ones (~290 ms for the last page at
// ten years). These cover only live customers, in each order the list offers, so a page's ids are
// read from the index alone (customersRepo.listCustomers).
export default `
CREATE INDEX customers_live_name ON customers(name_key) WHERE erased_at IS NULL;
CREATE INDEX customers_live_number ON customers(customer_number) WHERE erased_at IS NULL;
CREATE INDEX customers_live_city ON customers(city_key, name_key) WHERE erased_at IS NULL;
CREATE INDEX customers_live_created ON customers(created_at) WHERE erased_at IS NULL;
`;

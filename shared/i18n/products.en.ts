// Product catalogue texts, English: error messages (spread into errors.en) and the screen's texts.
import type { catalogueUiFi, productErrorsFi, productsUiFi } from './products.fi';

export const productErrorsEn: Record<keyof typeof productErrorsFi, string> = {
  productCodeSpaces: 'A product code cannot contain spaces.',
  gtin: 'The barcode (EAN/GTIN) is not valid: it has 8, 12, 13 or 14 digits and the last one is a check digit. Check the digits.',
  priceNegative: 'A price cannot be negative.',
  vatClassUnknown: 'Unknown VAT class: choose general, reduced (14 % / 13.5 %), 10 % or exempt.',
  productCodeTaken: 'Product code {{code}} is already used by another product.',
  productBarcodeTaken: 'Barcode {{barcode}} already belongs to product {{code}}.',
  productCodeInUse: 'The code is already used by another product.',
  productBarcodeInUse: 'The barcode already belongs to another product.',
  productNotFound: 'Product not found.',
  csvNoProductColumns: 'The file’s header row lacks a column for the product code, name or price (e.g. Code; Name; Price).',
  csvSameCodeAsLine: 'The same product code is already on row {{line}}.',
  csvSameBarcodeAsLine: 'The same barcode is already on row {{line}}.',
  csvProductRowsInvalid: 'The file has {{count}} invalid rows (the first on row {{line}}). Nothing was saved: fix the rows and import the file again.',
};

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

export const productsUiEn: Texts<typeof productsUiFi> = {
  title: 'Products',
  search: 'Search products',
  searchHint: 'Code, name or barcode',
  add: 'New product',
  edit: 'Edit product',
  import: 'Import CSV',
  export: 'Export CSV',
  exported: '{{count}} products exported to {{file}}.',
  showInactive: 'Show discontinued products too',
  none: 'No products.',
  count: '{{count}} products',
  save: 'Save product',
  saved: 'Product {{code}} saved.',
  priceNote: 'A price change never alters orders or invoices already made: their lines copy the product.',
  vatNote: 'The VAT rate follows from the class by each order line’s delivery date.',
  fields: {
    code: 'Code',
    barcode: 'Barcode (EAN)',
    nameFi: 'Name in Finnish',
    nameEn: 'Name in English',
    unit: 'Unit',
    price: 'Price',
    priceIncludesVat: 'Price includes VAT',
    vatCategory: 'VAT class',
    exemptionReason: 'Reason for no VAT',
    active: 'On sale',
  },
  priceWith: 'incl. VAT',
  priceWithout: 'excl. VAT',
  inactive: 'Discontinued',
  classes: { general: 'General', reducedA: 'Reduced (14 % / 13.5 %)', reducedB: '10 % (periodicals)', zero: 'Exempt 0 %' },
  importTitle: 'Import products from a CSV file',
  importHint: 'Columns: Code; Barcode; Name; Name in English; Unit; Price; Price incl. VAT (yes/no); VAT class (general, reduced, 10, exempt); Reason; On sale. Nothing is saved if any row is invalid.',
  chooseFile: 'Choose file',
  preview: '{{valid}} valid rows, {{errors}} invalid.',
  importCommit: 'Import {{count}} products',
  imported: '{{count}} products imported.',
  row: 'Row',
  problems: 'Problems',
  back: 'Back to products',
};

export const catalogueUiEn: Texts<typeof catalogueUiFi> = {
  label: 'Add product',
  hint: 'Type a code or name, or scan a barcode; Enter adds it. A product already on the order gets its quantity raised.',
  noMatch: 'No product matches “{{query}}”. Type a free line below or check the search.',
  added: '{{name}} added.',
  increased: '{{name}}: quantity now {{quantity}}.',
};

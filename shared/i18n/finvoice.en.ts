// Finvoice (e-invoice) texts, English: error messages (spread into errors.en) and the texts the
// message itself carries (under documents.finvoice.*).
export const finvoiceErrorsEn = {
  einvoiceAddress: 'The e-invoice address is not valid: give an OVT identifier (0037 + the business ID digits without the hyphen + up to 5 characters, e.g. 003712345671) or an IBAN.',
  einvoiceOperator: 'The operator ID is not valid: give the operator’s or bank’s code (BIC, e.g. NDEAFIHH) or the operator’s OVT identifier (0037…).',
  einvoiceOperatorMissing: 'Give the operator (intermediator) ID too: without it the e-invoice cannot be routed.',
  einvoiceAddressMissing: 'Give the e-invoice address too, or leave the operator ID empty.',
  finvoiceConsumer: 'An e-invoice (Finvoice) is made only of an invoice billed to an organisation. This invoice is to a private customer: use the PDF invoice.',
  finvoiceNoAddress: 'The organisation has no e-invoice address and operator ID. Add them on the organisation’s card and try again.',
  finvoiceInvalidAddress: 'The organisation’s e-invoice address ({{address}}) or operator ID ({{operator}}) is not valid. Correct them on the organisation’s card; no file was made.',
  finvoiceDraft: 'A draft is not sent as an e-invoice. Issue the invoice first.',
  finvoiceBuyerMissing: 'The buyer’s details on this invoice were removed after the retention period: an e-invoice can no longer be made.',
  finvoiceSellerIncomplete: 'An e-invoice needs the seller’s business ID (controller details) and the account’s BIC (invoicing settings). Fill them in and try again.',
};

export const finvoiceDocumentsEn = {
  typeText: { invoice: 'INVOICE', creditNote: 'CREDIT NOTE', reminder: 'PAYMENT REMINDER' },
  paymentTerms: '{{days}} days net',
  paymentTermsNow: 'Immediately',
  creditReason: 'Reason for the credit: {{reason}}',
  reminderRows: {
    principal: 'Open principal, invoice {{number}}',
    earlierCharges: 'Earlier charges and interest',
    fee: 'Reminder fee',
    compensation: 'Compensation for recovery costs (EUR 40)',
    interest: 'Penalty interest {{rate}} % {{from}}–{{to}}',
  },
  disclosurePurpose: 'E-invoice delivery (Finvoice): {{document}}',
  disclosureReference: '{{document}}, e-invoice address {{address}}',
  documentInvoice: 'invoice {{number}}',
  documentCreditNote: 'credit note {{number}}',
  documentReminder: 'payment reminder {{sequence}} of invoice {{number}}',
};

import type { noticeFi } from './notice.fi';

// The privacy notice generated from the settings, English.
export const noticeEn: typeof noticeFi = {
  title: 'Privacy notice of the customer and invoicing register',
  subtitle: 'EU General Data Protection Regulation (2016/679), Articles 13 and 14',
  updated: 'Updated {{date}}',
  sections: [
    ['controller', 'Controller'],
    ['contact', 'Contact person for matters concerning the register'],
    ['name', 'Name of the register'],
    ['purpose', 'Purposes and legal basis of the processing'],
    ['requirement', 'Is providing the data a statutory or contractual requirement'],
    ['content', 'Data held in the register'],
    ['sources', 'Regular sources of data'],
    ['recipients', 'Regular disclosures and recipients'],
    ['transfers', 'Transfers outside the EU or the EEA'],
    ['retention', 'Retention period'],
    ['automated', 'Automated decision-making and profiling'],
    ['security', 'Principles of protecting the register'],
    ['rights', 'Your rights'],
    ['complaint', 'Right to lodge a complaint with the supervisory authority'],
  ],
  text: {
    name: 'Customer and invoicing register',
    purpose:
      'The data is processed to keep the customer register, manage customers’ orders, invoice, archive and maintain the customer relationship, to develop the business and compile statistics, and to target advertising within the company’s own registers without disclosing data to outsiders. The processing is based on a contract (the customer relationship) and the controller’s legitimate interest; keeping invoices is required by the Accounting Act. The company may print customer lists such as mailing labels for direct mail unless the customer has forbidden it.',
    requirement:
      'Providing the data is not a statutory requirement, and a customer need not give any data to buy in the shop with cash or a card. Name and contact details are a contractual requirement when an order is delivered or sold on invoice: without them we cannot deliver the order or invoice it. The buyer’s name and address are printed on the invoice because the Value Added Tax Act (section 209 e) requires them.',
    content: 'First and last name; the organisation the person represents; email address; postal address; phone number; previous orders and invoices; the sources of the data; prohibitions and restrictions given.',
    sources:
      'Purchases in the shop, the web shop or from resellers; registrations; the customer’s own notices during the relationship; name and address update services; subcontractors involved in providing the service. The source of each customer’s data is recorded.',
    recipients:
      'Data is not disclosed outside the company except for credit decisions, debt collection, invoicing and accounting (outsourced bookkeeping) and where the law requires it. Every disclosure is recorded (recipient, time, purpose) so that recipients can be told of corrections.',
    transfers: 'Data is not transferred outside the European Union or the European Economic Area. The register is kept on the company’s own computer and the program makes no network connections.',
    retention:
      'Personal data is kept for 10 years from the end of the customer relationship. Invoices and other vouchers are kept for the period the Accounting Act requires (6 years from the end of the year in which the financial year ended), also when the customer asks for erasure.',
    automated: 'The data is not used for automated decision-making or profiling that would have legal or similarly significant effects on you (GDPR Article 22).',
    security:
      'Only designated employees use the register; each has a personal username and password and has signed a confidentiality commitment. The register file and its backups are encrypted. Manual documents are kept in locked, fireproof storage.',
    rights:
      'You have the right to access your data, to have incorrect data rectified (name the data and the grounds in your request), to have your data erased unless legislation, open invoices or debt collection prevent it, to restrict processing, to object to processing and forbid the use of your data for direct advertising, distance selling, direct marketing and market and opinion research, to forbid publication in lists and disclosure, and to receive your data in a machine-readable form. Requests are received, in Finnish or English, by customer service or the register’s contact person. We prefer a request for access or rectification in writing and signed, so that we can confirm your identity; you can also confirm it by showing an identity document at our customer service. We handle a request whatever its form, and we answer within one month of receiving it. If a request is refused, you receive the reasons in writing. A person who is an organisation’s contact person cannot be erased while that lasts.',
    complaint:
      'If you consider that the processing of your personal data infringes the GDPR, you have the right to lodge a complaint with a supervisory authority (also in the member state of your residence or work) and to bring the matter before a court.',
  },
};

import type { privacyTextsFi } from './privacyTexts.fi';

// Names of privacy request types, channels, statuses and identity checks, English.
export const privacyTextsEn: typeof privacyTextsFi = {
  type: {
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    objection: 'Objection / prohibition',
    portability: 'Portability',
    disclosure_ban: 'Disclosure ban',
  },
  channel: { letter: 'Letter', counter: 'Handed in at the counter', email_signed: 'Signed email', other: 'Other' },
  status: { received: 'Received', in_progress: 'In progress', completed: 'Completed', partly_completed: 'Partly completed', refused: 'Refused' },
  outcome: { pending: 'not decided', answered: 'answered', partly_refused: 'partly refused', refused: 'refused' },
  erasedRequester: '[data erased]',
  identity: { id_document: 'ID document seen', signature_compared: 'Signature compared', other: 'Other' },
  log: {
    title: 'Log of privacy requests',
    period: 'Period',
    printed: 'Printed',
    chainHead: 'Log chain check (latest)',
    page: 'Page {{page}} / {{pages}}',
    columns: {
      number: 'No.',
      received: 'Received',
      types: 'Request',
      requester: 'Requester',
      signed: 'Signed',
      identity: 'Identity',
      due: 'Deadline',
      status: 'Status',
      closed: 'Decided',
    },
    yes: 'yes',
    no: 'no',
    empty: 'No requests in the selected period.',
    chainOk: 'The log chain is intact ({{count}} events).',
    chainBroken: 'THE LOG CHAIN IS BROKEN at event {{id}}.',
  },
};

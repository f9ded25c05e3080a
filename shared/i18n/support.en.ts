// The support log and unexpected errors, English (electron/core/support/, renderer/src/support/).
import type { supportFi } from './support.fi';

export const supportEn: typeof supportFi = {
  internal: 'Something went wrong and the action could not be completed. Nothing was saved – please try again. If it happens again, give support the reference: {{reference}}.',
  calm: 'Something went wrong. Your saved data is safe. If the screen does not work properly, open it again. If it happens again, give support the reference: {{reference}}.',
  reference: 'Reference: {{reference}}.',
  calmNoReference: 'Something went wrong. Your saved data is safe. If the screen does not work properly, open it again.',
  screenBroken: 'This screen could not be shown. Your saved data is safe.',
  reload: 'Reload the screen',
  dismiss: 'Close the notice',
  mainCrash: 'An unexpected error occurred in Asiakasrekisteri. Your saved data is safe. If the program does not work, close it and start it again. If it happens again, give support the reference: {{reference}}.',
  log: {
    tab: 'Support log',
    title: 'Support log',
    intro: "The program's own events for troubleshooting: starts, errors with reference numbers, slow actions, backups and restores. The log holds no personal data, names or file names. Newest first.",
    save: 'Save a copy for support',
    saving: 'Preparing…',
    refresh: 'Refresh',
    empty: 'The log has no events yet.',
    loading: 'Loading…',
    frames_one: 'Stack trace ({{count}} line)',
    frames_other: 'Stack trace ({{count}} lines)',
    columns: { at: 'Time', level: 'Level', event: 'Event', details: 'Details' },
    levels: { INFO: 'Info', WARN: 'Warning', ERROR: 'Error' },
  },
};

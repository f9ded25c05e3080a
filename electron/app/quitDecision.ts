// Closing the window while a backup is being written stops it unfinished, and the shop goes home
// without the backup it meant to take — so it asks first. A pure decision main's 'close' handler
// follows.
export type CloseDecision = 'close' | 'ask';

export function closeDecision(o: { backupRunning: boolean; confirmed: boolean }): CloseDecision {
  return o.backupRunning && !o.confirmed ? 'ask' : 'close';
}

/** The dialog's buttons, in order: waiting is the default and what Esc chooses. */
export const QUIT_BUTTONS = ['wait', 'quit'] as const;

/** The dialog's answer (index of the button pressed). */
export function quitAnswer(response: number): 'stay' | 'quit' {
  return QUIT_BUTTONS[response] === 'quit' ? 'quit' : 'stay';
}

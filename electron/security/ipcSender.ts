// Electron security checklist: "Validate the sender of all IPC messages".
// A call is served only when it comes from the top frame of the app's own window, and that frame
// shows the app's own origin (parsed and compared, never a string prefix). A subframe, another
// window, a page that somehow navigated away — none of them reach the core.
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './appOrigin';

export interface IpcSenderFacts {
  /** webContents id of the sender. */
  senderId: number;
  /** URL of the sending frame, or null when the frame is gone (navigated or destroyed). */
  frameUrl: string | null;
  /** True when the sending frame is the top frame of its page. */
  isTopFrame: boolean;
}

export function isTrustedSender(facts: IpcSenderFacts, trustedSenderId: number | null): boolean {
  return (
    trustedSenderId !== null &&
    facts.senderId === trustedSenderId &&
    facts.isTopFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  );
}

/** Reads the facts off an invoke event; a frame that is already gone yields frameUrl null. */
export function senderFacts(event: IpcMainInvokeEvent): IpcSenderFacts {
  let frameUrl: string | null = null;
  let isTopFrame = false;
  try {
    const frame = event.senderFrame;
    if (frame && !frame.detached) {
      frameUrl = frame.url;
      isTopFrame = frame.parent === null;
    }
  } catch {
    // Accessing a frame that was disposed throws: treat it as no frame at all.
  }
  return { senderId: event.sender.id, frameUrl, isTopFrame };
}

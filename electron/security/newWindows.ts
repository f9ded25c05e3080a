// Electron security checklist: "Disable or limit creation of new windows".
// window.open, target="_blank" links and middle-clicks never create a window: the app has one
// window. (PDFs are shown in an iframe or saved through the download dialog, never in a popup.)
import type { WebContents } from 'electron';

export function denyNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

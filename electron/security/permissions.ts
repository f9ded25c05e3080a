// Electron security checklist: "Handle session permission requests from remote content".
// The app needs no web permission (camera, notifications, geolocation, HID, serial, clipboard
// read, …): every request and every check is answered "no", for every origin, our own included.
import type { Session } from 'electron';

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

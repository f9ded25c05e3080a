// Where staff may back up (issue #14 §8, decided in README "Design notes"): the product brief's
// closing-time backup by whoever closes the shop needs a USB stick or the shop's backup folder —
// not any writable folder on the PC, and not a way to probe which folders exist. So a clerk may
// use (1) a folder a verified backup of this register already went to, or (2) a removable drive:
// on Windows a drive other than the system drive and the register's own drive; elsewhere a
// folder under the OS's mount points for removable media. The manager may use any folder.
import nodePath from 'node:path';
import type { CoreState } from '../context';

/** Where removable media appear on Linux and macOS (udisks, older automounters, macOS). */
const POSIX_REMOVABLE_ROOTS = ['/media', '/run/media', '/mnt', '/Volumes'];

export interface StaffFolderRule {
  platform: NodeJS.Platform;
  /** The system drive on Windows ("C:"). */
  systemDrive: string;
  /** Folders under which removable media appear (not used on Windows). */
  removableRoots: string[];
}

export function defaultRule(removableRoots?: string[]): StaffFolderRule {
  return { platform: process.platform, systemDrive: process.env.SystemDrive ?? 'C:', removableRoots: removableRoots ?? POSIX_REMOVABLE_ROOTS };
}

const inside = (p: typeof nodePath.posix, root: string, folder: string) => {
  const rel = p.relative(root, folder);
  return rel !== '' && !rel.startsWith('..') && !p.isAbsolute(rel);
};

/** Whether `folder` (already resolved) is on a removable drive by the rule's platform. */
export function onRemovableDrive(folder: string, registerDir: string, rule: StaffFolderRule): boolean {
  if (rule.platform === 'win32') {
    const drive = (f: string) => /^[a-z]:/i.exec(nodePath.win32.parse(f).root)?.[0]?.toUpperCase() ?? null;
    const d = drive(folder);
    // A drive letter only (a network share is not a stick), not the system's, not the register's.
    return d !== null && d !== rule.systemDrive.toUpperCase() && d !== drive(registerDir);
  }
  return rule.removableRoots.some((root) => inside(nodePath.posix, root, folder));
}

/** Folders a verified backup of this register already went to (the manager's first backup there). */
function usedFolders(state: CoreState): Set<string> {
  const rows = state.register.db().prepare('SELECT DISTINCT folder FROM backups WHERE verified = 1').all() as { folder: string }[];
  return new Set(rows.map((r) => r.folder));
}

export function staffMayUse(state: CoreState, resolvedFolder: string, rule: StaffFolderRule): boolean {
  return usedFolders(state).has(resolvedFolder) || onRemovableDrive(resolvedFolder, state.register.paths.dir, rule);
}

import type { Role } from '../../../../shared/api/fields';
import { NAV_SECTIONS } from '../../../../shared/api/commands';
import type { Section } from '../../app/types';

export interface NavItem {
  section: Section;
  /** Alt + this digit jumps here. */
  key: string;
  managerOnly?: boolean;
}

/** One list for the sidebar and the Electron menu (shared/api/commands.ts). */
export const NAV_ITEMS: readonly NavItem[] = NAV_SECTIONS;

export const navFor = (role: Role) => NAV_ITEMS.filter((i) => !i.managerOnly || role === 'manager');

import type { Role } from '../../../../shared/api/fields';
import type { Section } from '../../app/types';

export interface NavItem {
  section: Section;
  /** Alt + this digit jumps here. */
  key: string;
  managerOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { section: 'home', key: '1' },
  { section: 'customers', key: '2' },
  { section: 'orders', key: '3' },
  { section: 'invoices', key: '4' },
  { section: 'privacy', key: '5' },
  { section: 'marketing', key: '6' },
  { section: 'admin', key: '7', managerOnly: true },
  { section: 'products', key: '8' },
];

export const navFor = (role: Role) => NAV_ITEMS.filter((i) => !i.managerOnly || role === 'manager');

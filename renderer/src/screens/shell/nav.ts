import type { Role } from '../../../../shared/api/fields';
import type { Section } from '../../app/types';

export interface NavItem {
  section: Section;
  /** Alt + this digit jumps here. */
  key: string;
  managerOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { section: 'customers', key: '1' },
  { section: 'orders', key: '2' },
  { section: 'invoices', key: '3' },
  { section: 'privacy', key: '4' },
  { section: 'marketing', key: '5' },
  { section: 'admin', key: '6', managerOnly: true },
  { section: 'products', key: '7' },
  // The bookkeeper's figures are the manager's: the core allows reports.* to managers only.
  { section: 'reports', key: '8', managerOnly: true },
];

export const navFor = (role: Role) => NAV_ITEMS.filter((i) => !i.managerOnly || role === 'manager');

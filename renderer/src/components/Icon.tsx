// A few line icons, drawn inline (no icon font, nothing to fetch).
export type IconName = 'home' | 'customers' | 'orders' | 'invoices' | 'privacy' | 'admin' | 'lock' | 'warning' | 'backup' | 'marketing' | 'products' | 'reports';

const PATHS: Record<IconName, React.JSX.Element> = {
  // a house
  home: (
    <>
      <path d="M3 9.5L10 3.5l7 6" />
      <path d="M5 8v9h10V8M8.5 17v-4.5h3V17" />
    </>
  ),
  customers: (
    <>
      <circle cx="10" cy="6.5" r="3.25" />
      <path d="M3.5 17.5c0-3.6 2.9-5.75 6.5-5.75s6.5 2.15 6.5 5.75" />
    </>
  ),
  orders: (
    <>
      <rect x="4" y="3" width="12" height="14.5" rx="1.5" />
      <path d="M7 7h6M7 10.25h6M7 13.5h3.5" />
    </>
  ),
  // a price tag
  products: (
    <>
      <path d="M3 3h6.5l7.5 7.5-6.5 6.5L3 9.5z" />
      <circle cx="6.5" cy="6.5" r="1.25" />
    </>
  ),
  // a bar chart
  reports: (
    <>
      <path d="M3 17h14" />
      <path d="M5 14v-4h2.5v4zM9 14V6h2.5v8zM13 14V9h2.5v5z" />
    </>
  ),
  invoices: (
    <>
      <path d="M5 2.75h7l3 3v11.75H5z" />
      <path d="M12 2.75v3h3M12.5 10.2a2.6 2.6 0 1 0 0 3.6M7.5 11.2h3.5M7.5 12.8h3.5" />
    </>
  ),
  privacy: (
    <>
      <path d="M10 2.5l6 2.4v4.6c0 4-2.6 6.8-6 8-3.4-1.2-6-4-6-8V4.9z" />
      <path d="M7.5 10l1.8 1.8L12.8 8.3" />
    </>
  ),
  admin: (
    <>
      <path d="M3.5 6h13M3.5 14h13" />
      <circle cx="7.5" cy="6" r="2" className="icon__fill" />
      <circle cx="12.5" cy="14" r="2" className="icon__fill" />
    </>
  ),
  lock: (
    <>
      <rect x="4.5" y="9" width="11" height="8.5" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
    </>
  ),
  warning: (
    <>
      <path d="M10 3l7.5 13.5h-15z" />
      <path d="M10 8.5v3.5M10 14.2v.3" />
    </>
  ),
  // a USB stick with an arrow into it
  backup: (
    <>
      <rect x="6" y="7.5" width="8" height="10" rx="1.5" />
      <path d="M8 7.5V5h4v2.5" />
      <path d="M10 9.8v4.6M8.2 12.6L10 14.4l1.8-1.8" />
    </>
  ),
  // an envelope with an address label
  marketing: (
    <>
      <rect x="2.75" y="4.75" width="14.5" height="10.5" rx="1.5" />
      <path d="M3 5.5l7 5.25 7-5.25" />
      <path d="M9.5 12.75h5" />
    </>
  ),
};

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={['icon', className ?? ''].join(' ').trim()} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}

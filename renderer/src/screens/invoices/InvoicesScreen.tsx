import { Placeholder } from '../shell/Placeholder';

export function InvoicesScreen() {
  return <Placeholder section="invoices" />;
}

import { Placeholder } from '../shell/Placeholder';

export function CustomersScreen() {
  return <Placeholder section="customers" />;
}

import { Placeholder } from '../shell/Placeholder';

export function OrdersScreen() {
  return <Placeholder section="orders" />;
}

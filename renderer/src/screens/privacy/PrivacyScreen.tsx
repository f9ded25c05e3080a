import { Placeholder } from '../shell/Placeholder';

export function PrivacyScreen() {
  return <Placeholder section="privacy" />;
}

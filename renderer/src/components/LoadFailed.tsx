// A card or form whose record could not be loaded: the way back and the reason.
import { BackButton } from './BackButton';
import { FormAlert } from './Alerts';

export function LoadFailed({ onBack, message }: { onBack: () => void; message: string }) {
  return (
    <div className="card-view">
      <BackButton onBack={onBack} />
      <FormAlert message={message} />
    </div>
  );
}

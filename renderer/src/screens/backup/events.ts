// "A backup was just made / the settings changed": the status bar and the history listen, so they
// show the new state at once instead of at their next refresh.
type Listener = () => void;
const listeners = new Set<Listener>();

export function notifyBackupChanged(): void {
  listeners.forEach((l) => l());
}

export function onBackupChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

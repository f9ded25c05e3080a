// Unsaved edits are not lost by accident: a form that has changes registers itself, and every
// move inside the app (the main menu, Alt+1…5, a screen's own Back / Esc / Cancel) goes through
// leave(), which asks before it throws the changes away.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

interface GuardApi {
  /** Runs `proceed` now, or after the user agrees to discard unsaved changes. */
  leave: (proceed: () => void) => void;
  register: (id: symbol, dirty: boolean) => void;
  unregister: (id: symbol) => void;
}

const noGuard: GuardApi = { leave: (proceed) => proceed(), register: () => undefined, unregister: () => undefined };
const GuardContext = createContext<GuardApi>(noGuard);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const dirty = useRef(new Map<symbol, boolean>());
  const [pending, setPending] = useState<(() => void) | null>(null);

  const api = useMemo<GuardApi>(
    () => ({
      leave: (proceed) => {
        if ([...dirty.current.values()].some(Boolean)) setPending(() => proceed);
        else proceed();
      },
      register: (id, d) => {
        dirty.current.set(id, d);
      },
      unregister: (id) => {
        dirty.current.delete(id);
      },
    }),
    [],
  );

  const discard = () => {
    const proceed = pending;
    dirty.current.clear();
    setPending(null);
    proceed?.();
  };

  return (
    <GuardContext.Provider value={api}>
      {children}
      {pending ? (
        <Modal title={t('unsaved.title')} onClose={() => setPending(null)} size="small" testId="unsaved-dialog">
          <p>{t('unsaved.body')}</p>
          <div className="form__actions form__actions--end">
            <button type="button" className="btn btn--secondary" onClick={() => setPending(null)} data-testid="unsaved-keep" autoFocus>
              {t('unsaved.keep')}
            </button>
            <button type="button" className="btn btn--danger" onClick={discard} data-testid="unsaved-discard">
              {t('unsaved.discard')}
            </button>
          </div>
        </Modal>
      ) : null}
    </GuardContext.Provider>
  );
}

/** Marks this component's edits as unsaved while `dirty` is true. */
export function useUnsavedChanges(dirty: boolean): void {
  const { register, unregister } = useContext(GuardContext);
  const id = useRef(Symbol('unsaved')).current;
  useEffect(() => {
    register(id, dirty);
  }, [register, id, dirty]);
  useEffect(() => () => unregister(id), [unregister, id]);
}

/** leave(proceed): proceed at once, or after asking when something is unsaved. */
export function useLeave(): (proceed: () => void) => void {
  return useContext(GuardContext).leave;
}


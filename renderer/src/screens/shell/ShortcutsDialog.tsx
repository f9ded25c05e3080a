// F1: the keyboard shortcuts in the UI's language, as a dialog (Esc or the button closes it).
import { useTranslation } from 'react-i18next';
import { ACTION_KEYS } from '../../../../shared/api/commands';
import { keysText } from '../../app/shortcuts';
import { Modal } from '../../components/Modal';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="shortcut-keys">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 ? ' + ' : null}
          <kbd>{k}</kbd>
        </span>
      ))}
    </span>
  );
}

export function ShortcutsDialog({ lastSectionKey, onClose }: { lastSectionKey: string; onClose: () => void }) {
  const { t } = useTranslation();
  const rows: { id: string; keys: string[]; text: string }[] = [
    ...Object.entries(ACTION_KEYS).map(([action, accelerator]) => ({ id: action, keys: keysText(accelerator), text: t(`desk.shortcuts.actions.${action}`) })),
    { id: 'sections', keys: ['Alt', `1–${lastSectionKey}`], text: t('desk.shortcuts.sections') },
    { id: 'back', keys: ['Esc'], text: t('desk.shortcuts.back') },
  ];
  return (
    <Modal title={t('desk.shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <p className="muted">{t('desk.shortcuts.intro')}</p>
      <table className="table shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('desk.shortcuts.keysHeader')}</th>
            <th scope="col">{t('desk.shortcuts.actionHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`shortcut-${r.id}`}>
              <td>
                <Keys keys={r.keys} />
              </td>
              <td>{r.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions form__actions--end">
        <button type="button" className="btn btn--primary" onClick={onClose} autoFocus data-testid="shortcuts-close">
          {t('desk.shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}

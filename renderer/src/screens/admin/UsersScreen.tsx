// The manager's user administration: the list, a new user, deactivation, password reset.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import type { UserRow } from '../../../../shared/api/users';
import { formatDate, formatInstant } from '../../../../shared/format/dates';
import { call } from '../../api';
import { FormAlert, StatusMessage } from '../../components/Alerts';
import { DataTable } from '../../components/DataTable';
import { errorMessage } from '../../forms/serverErrors';
import { currentLanguage } from '../../i18n';
import { CreateUserDialog } from './CreateUserDialog';
import { DeactivateDialog } from './DeactivateDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';

const column = createColumnHelper<UserRow>();

type Dialog = { kind: 'create' } | { kind: 'deactivate'; user: UserRow } | { kind: 'reset'; user: UserRow } | null;

export function UsersScreen({ me }: { me: number }) {
  const { t, i18n } = useTranslation();
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ key: string; username: string } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  const load = useCallback(async () => {
    try {
      setUsers(await call('users.list', {}));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const done = (key: string, user: UserRow) => {
    setDialog(null);
    setStatus({ key, username: user.username });
    void load();
  };

  const lang = i18n.language;
  const columns = useMemo(() => {
    const instant = (iso: string | null, empty: string) => (iso ? formatInstant(iso, currentLanguage()) : empty);
    return [
      column.accessor('fullName', {
        header: () => t('users.columns.fullName'),
        cell: (c) => (
          <>
            <span className="strong">{c.getValue()}</span>
            {c.row.original.id === me ? <span className="badge badge--muted">{t('users.you')}</span> : null}
          </>
        ),
      }),
      column.accessor('username', { header: () => t('users.columns.username'), cell: (c) => <code className="mono">{c.getValue()}</code> }),
      column.accessor('role', { header: () => t('users.columns.role'), cell: (c) => t(`roles.${c.getValue()}`) }),
      column.accessor('active', {
        header: () => t('users.columns.active'),
        cell: (c) => (
          <span className="badges">
            <span className={c.getValue() ? 'badge badge--ok' : 'badge badge--off'}>{c.getValue() ? t('users.active') : t('users.inactive')}</span>
            {c.getValue() && c.row.original.mustChangePassword ? <span className="badge badge--warn">{t('users.mustChange')}</span> : null}
          </span>
        ),
      }),
      column.accessor('commitmentDate', { header: () => t('users.columns.commitmentDate'), cell: (c) => formatDate(c.getValue()) }),
      column.accessor('lastLoginAt', {
        header: () => t('users.columns.lastLogin'),
        cell: (c) => instant(c.getValue(), t('users.never')),
        sortUndefined: 'last',
      }),
      column.accessor('lockedUntil', {
        header: () => t('users.columns.lockedUntil'),
        cell: (c) => (c.getValue() ? <span className="locked-until">{instant(c.getValue(), '')}</span> : t('common.none')),
      }),
      column.display({
        id: 'actions',
        header: () => t('users.columns.actions'),
        meta: { className: 'table__actions' },
        cell: (c) => {
          const u = c.row.original;
          if (!u.active) return null;
          return (
            <span className="row-actions">
              <button type="button" className="btn btn--small btn--secondary" data-testid={`reset-password-${u.username}`} onClick={() => setDialog({ kind: 'reset', user: u })}>
                {t('users.resetPassword')}
              </button>
              {u.id !== me ? (
                <button type="button" className="btn btn--small btn--danger-outline" data-testid={`deactivate-${u.username}`} onClick={() => setDialog({ kind: 'deactivate', user: u })}>
                  {t('users.deactivate')}
                </button>
              ) : null}
            </span>
          );
        },
      }),
    ];
    // lang: re-render the cells in the new language
  }, [t, me, lang]);

  const data = useMemo(() => users ?? [], [users]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <div className="panel" data-testid="users-screen">
      <div className="panel__header">
        <div>
          <h2>{t('users.title')}</h2>
          <p className="muted">{t('users.intro')}</p>
        </div>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="new-user"
          onClick={() => {
            setStatus(null);
            setDialog({ kind: 'create' });
          }}
        >
          + {t('users.new')}
        </button>
      </div>
      <StatusMessage testId="users-status">{status ? t(status.key, { username: status.username }) : null}</StatusMessage>
      <FormAlert message={loadError} />
      {users === null && !loadError ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <DataTable table={table} label={t('users.tableLabel')} empty={t('users.empty')} testId="users-table" rowTestId={(u) => `user-row-${u.username}`} />
      )}
      {dialog?.kind === 'create' && <CreateUserDialog onClose={() => setDialog(null)} onCreated={(u) => done('users.created', u)} />}
      {dialog?.kind === 'deactivate' && (
        <DeactivateDialog user={dialog.user} onClose={() => setDialog(null)} onDone={(u) => done('users.deactivated', u)} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={(u) => done('users.resetDone', u)} />
      )}
    </div>
  );
}

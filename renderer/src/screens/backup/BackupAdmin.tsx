// Administration → Backups (managers): the reminder and keep settings, and the restore.
import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { Notice } from '../../app/types';
import { BackupSettingsPanel } from './BackupSettingsPanel';
import { RestorePanel } from './RestorePanel';

export function BackupAdmin({ onSessionEnded }: { onSessionEnded: (notice: Notice) => void }) {
  const [lastFolder, setLastFolder] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('backup.status', {}).then(
      (s) => live && setLastFolder(s.lastFolder),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="backup-admin" data-testid="backup-admin">
      <BackupSettingsPanel />
      <RestorePanel lastFolder={lastFolder} onSessionEnded={onSessionEnded} />
    </div>
  );
}

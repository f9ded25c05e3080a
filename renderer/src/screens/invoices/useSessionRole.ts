// The logged-in user's role, for screens that hide what only a manager may do (the core checks
// every call anyway: this only keeps staff from seeing buttons that would be refused).
import { useEffect, useState } from 'react';
import type { Role } from '../../../../shared/api/fields';
import { call } from '../../api';

/** null until known. */
export function useSessionRole(): Role | null {
  const [role, setRole] = useState<Role | null>(null);
  useEffect(() => {
    let live = true;
    call('session.current', {}).then(
      (c) => live && setRole(c.session?.user.role ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return role;
}

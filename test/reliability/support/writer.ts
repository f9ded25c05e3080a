// Child process for the crash tests: opens the register in argv[2], logs in, and commits customers
// one after another, printing each acknowledged customer number. The parent kills it with SIGKILL.
// With argv[3] === 'backup' it instead backs up to argv[4] and kills itself in the middle of writing.
import { createCore } from '../../../electron/core';
import { MANAGER, client, value } from '../../support/register';
import { person } from '../../support/customers';

const [dir, mode, folder] = process.argv.slice(2) as [string, string | undefined, string | undefined];
const core = createCore({
  dataDir: dir,
  faults: mode === 'backup' ? { backupWrite: (n) => (n > 64 * 1024 ? process.kill(process.pid, 'SIGKILL') : undefined) } : {},
});
const c = client(core);
value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
if (mode === 'backup') {
  await c('backup.create', { folder });
  console.log('backup finished (should not happen)');
} else {
  for (let i = 0; ; i++) {
    const r = value(await c<{ customerNumber: number }>('customers.create', { ...person({ firstName: `Asiakas${i}`, email: `a${i}@example.fi`, phone: '' }), confirmNotDuplicate: true }));
    console.log(`ack ${r.customerNumber}`);
  }
}

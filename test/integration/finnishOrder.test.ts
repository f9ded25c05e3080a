// The customer list in Finnish alphabetical order (… Z Å Ä Ö), also for a register whose sort keys
// were made before the order was Finnish (migration 0010 rewrites them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { CustomerSummary } from '../../shared/api/customers';
import { fold } from '../../shared/text/fold';
import { openDatabase } from '../../electron/core/store/database';
import { Keyring, usernameLookup } from '../../electron/core/store/keyring';
import { MANAGER, createCore, loggedIn, setUpRegister, tempDir, value } from '../support/register';
import { person } from '../support/customers';

const NAMES = [['Öhman', 'Olli'], ['Aalto', 'Aino'], ['Äijälä', 'Äke'], ['Åberg', 'Åsa'], ['Zetterberg', 'Zoe'], ['Šimek', 'Petr'], ['Saari', 'Sami']] as const;
const FINNISH_ORDER = ['Aalto', 'Saari', 'Šimek', 'Zetterberg', 'Åberg', 'Äijälä', 'Öhman'];

describe('customer list order', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.remove());

  async function listedNames(dataDir: string): Promise<string[]> {
    const core = createCore({ dataDir });
    try {
      const m = await loggedIn(core, MANAGER);
      return value(await m<{ rows: CustomerSummary[] }>('customers.list', { sort: 'name', limit: 50 })).rows.map((r) => r.lastName);
    } finally {
      core.close();
    }
  }

  it('is Finnish alphabetical, also after an upgrade from the folded keys of earlier versions', async () => {
    const dataDir = join(tmp.dir, 'data');
    const core = createCore({ dataDir });
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    for (const [i, [lastName, firstName]] of NAMES.entries()) {
      value(await m('customers.create', person({ lastName, firstName, email: `c${i}@example.fi`, phone: `040 100 20${i}0` })));
    }
    core.close();
    expect(await listedNames(dataDir)).toEqual(FINNISH_ORDER);

    // As an earlier version left it: ä folded to a, so Äijälä sorted among the A's.
    const key = (await Keyring.load(join(dataDir, 'keyring.json')).unlockUser(usernameLookup(MANAGER.username), MANAGER.password))!.key;
    const db = openDatabase(join(dataDir, 'register.db'), key, { create: false });
    for (const c of db.prepare('SELECT id, last_name, first_name FROM customers').all() as { id: number; last_name: string; first_name: string }[]) {
      db.prepare('UPDATE customers SET name_key = ? WHERE id = ?').run(`${fold(c.last_name)} ${fold(c.first_name)}`, c.id);
    }
    db.prepare(`DELETE FROM schema_migrations WHERE id = '0010-finnish-order'`).run();
    db.close();

    expect(await listedNames(dataDir)).toEqual(FINNISH_ORDER);
  });
});

// The support log through the real core: an unexpected error gets a reference number that is in
// both the answer and the log line, without the call's parameters; slow calls are logged by method
// name; backups and restores without file or folder names; only the manager reads the log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core';
import type { BackupResult } from '../../shared/api/backup';
import type { SupportLogEntry, SupportLogFile } from '../../shared/api/support';
import { MANAGER, STAFF, createCore, loggedIn, setUpRegister, staffClerk, tempDir, value } from '../support/register';
import { person } from '../support/customers';

const PERSONAL = ['Matti', 'Meikäläinen', 'matti@example.fi', '040 123 4567', 'Kauppakatu 99', 'Asiakas soitti'];

function logText(dataDir: string): string {
  const dir = join(dataDir, 'logs');
  return readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');
}

function expectNoPersonalData(dataDir: string, extra: string[] = []): void {
  const dir = join(dataDir, 'logs');
  for (const f of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, f));
    for (const needle of [...PERSONAL, ...extra]) {
      for (const enc of ['utf8', 'utf16le'] as const) expect(bytes.includes(Buffer.from(needle, enc)), `${needle} (${enc}) in ${f}`).toBe(false);
    }
  }
}

describe('support log', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let dataDir: string;
  let throwIn: string | null;
  let diskFull: boolean;
  beforeEach(() => {
    tmp = tempDir();
    dataDir = join(tmp.dir, 'data');
    throwIn = null;
    diskFull = false;
    core = createCore({
      dataDir,
      removableRoots: [tmp.dir],
      appVersion: '0.1.0',
      // A handler that fails unexpectedly, quoting its input in the message as a parser would.
      faults: {
        backupWrite: (n) => {
          if (diskFull && n > 8192) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
        beforeHandler: (method, params) => {
          if (method === throwIn) throw new TypeError(`cannot handle ${JSON.stringify(params)}`);
        },
      },
    });
  });
  afterEach(() => {
    core.close();
    tmp.remove();
  });

  it('logs the start with version and platform, and the stop', async () => {
    core.close();
    const text = logText(dataDir);
    expect(text).toMatch(new RegExp(`INFO app\\.start version=0\\.1\\.0 platform=${process.platform}`));
    expect(text).toMatch(/INFO app\.stop version=0\.1\.0/);
    core = createCore({ dataDir });
  });

  it('an unexpected error: a reference number in the answer and in the log line, no parameters, a calm message', async () => {
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    throwIn = 'customers.create';
    const params = person({ firstName: 'Matti', lastName: 'Meikäläinen', email: 'matti@example.fi', phone: '040 123 4567', street: 'Kauppakatu 99' });
    const r = await m('customers.create', { ...params, sources: [{ source: 'shop_purchase', date: '2024-03-01', note: 'Asiakas soitti' }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    const reference = r.error.details?.reference as string;
    expect(reference).toMatch(/^E-[0-9A-Z]{6}$/);
    expect(r.error.message).toBe(`Jotain meni vikaan, eikä toimintoa saatu tehtyä. Mitään ei tallennettu – yritä uudelleen. Jos virhe toistuu, kerro ylläpidolle viite: ${reference}.`);
    const line = logText(dataDir)
      .split('\n')
      .find((l) => l.includes(reference));
    expect(line).toMatch(new RegExp(`ERROR error\\.call ref=${reference} method=customers\\.create error=TypeError$`));
    expect(logText(dataDir)).toMatch(/\n {4}at .+:\d+:\d+\)?\n/); // its stack frames follow
    expectNoPersonalData(dataDir);
    // In English too.
    const en = await core.call('window-1', 'en', 'customers.create', params);
    expect(!en.ok && en.error.message).toMatch(/^Something went wrong and the action could not be completed\. .* reference: E-[0-9A-Z]{6}\.$/);
  });

  it("our own INTERNAL errors (a full stick) get a reference too, logged with their code and key", async () => {
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    const folder = join(tmp.dir, 'Matti Meikäläinen');
    mkdirSync(folder);
    diskFull = true;
    const r = await m('backup.create', { folder });
    expect(!r.ok && r.error.code).toBe('INTERNAL');
    if (r.ok) return;
    const reference = r.error.details?.reference as string;
    expect(r.error.message).toMatch(new RegExp(`\\(ENOSPC\\).* Viite: ${reference}\\.$`));
    expect(logText(dataDir)).toMatch(new RegExp(`ERROR error\\.call ref=${reference} method=backup\\.create error=AppError code=INTERNAL key=backupWriteFailed\\n`));
    expect(logText(dataDir)).toMatch(/WARN backup\.failed ms=\d+ error=AppError code=INTERNAL key=backupWriteFailed\n/);
    expectNoPersonalData(dataDir);
  });

  it('a slow call is logged by its method name and duration only', async () => {
    core.close();
    core = createCore({ dataDir, slowCallMs: 0 });
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    value(await m('customers.search', { query: 'Meikäläinen Matti' }));
    const slow = logText(dataDir)
      .split('\n')
      .filter((l) => l.includes('call.slow'));
    expect(slow.some((l) => /WARN call\.slow method=customers\.search ms=\d+$/.test(l))).toBe(true);
    for (const l of slow) expect(l).toMatch(/^\S+ WARN call\.slow method=[a-zA-Z.]+ ms=\d+$/);
    expectNoPersonalData(dataDir);
  });

  it('backups, checks and restores: started, finished with duration and size, failed — never a file or folder name', async () => {
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    value(await m('customers.create', person({ firstName: 'Matti', lastName: 'Meikäläinen', email: 'matti@example.fi' })));
    const folder = join(tmp.dir, 'Matti Meikäläinen varmuuskopiot');
    mkdirSync(folder);
    const b = value(await m<BackupResult>('backup.create', { folder }));
    value(await m('backup.verify', { file: join(folder, b.file) }));
    const failed = await m('backup.create', { folder: join(tmp.dir, 'Meikäläinen puuttuu') });
    expect(failed.ok).toBe(false);
    value(await m('backup.restore', { file: join(folder, b.file), username: MANAGER.username, password: MANAGER.password }));
    const text = logText(dataDir);
    expect(text).toMatch(/INFO backup\.started\n/);
    expect(text).toMatch(new RegExp(`INFO backup\\.finished ms=\\d+ bytes=${b.size}\\n`));
    expect(text).toMatch(/INFO verify\.finished ms=\d+ bytes=\d+\n/);
    expect(text).toMatch(/WARN backup\.failed ms=\d+ error=AppError code=\w+ key=\w+\n/);
    expect(text).toMatch(/INFO restore\.started\n.*INFO restore\.finished ms=\d+ bytes=\d+\n/);
    expect(text).not.toContain(b.file);
    expect(text).not.toContain(tmp.dir);
    expectNoPersonalData(dataDir, ['varmuuskopiot', 'puuttuu']);
  });

  it('the manager reads the log newest first and saves a copy, both audited; staff are refused', async () => {
    await setUpRegister(core);
    const m = await loggedIn(core, MANAGER);
    const { entries } = value(await m<{ entries: SupportLogEntry[] }>('support.log.read', {}));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.at(-1)!.event).toBe('app.start');
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
    const file = value(await m<SupportLogFile>('support.log.export', {}));
    expect(file.filename).toMatch(/^asiakasrekisteri-tukiloki-\d{4}-\d\d-\d\d\.txt$/);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('app.start');
    const audit = value(await m<{ action: string }[]>('audit.list', { limit: 10 }));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['support.log.view', 'support.log.export']));

    const s = await staffClerk(core, m);
    for (const method of ['support.log.read', 'support.log.export']) {
      const r = await s(method, {});
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    }
    expect(STAFF.username).toBeTruthy();
  });

  it("the renderer's report: logged with its reference, kind, class and frames; a message is refused", async () => {
    const page = (params: unknown) => core.call('page', 'fi', 'support.reportError', params);
    const r = value(await page({ kind: 'error', name: 'TypeError', frames: ['onClick (index-abc.js:10:20)'] }) as never) as { reference: string };
    expect(r.reference).toMatch(/^E-[0-9A-Z]{6}$/);
    expect(logText(dataDir)).toMatch(new RegExp(`ERROR error\\.renderer ref=${r.reference} kind=error error=TypeError\\n {4}at onClick \\(index-abc\\.js:10:20\\)\\n`));
    const refused = await page({ kind: 'error', name: 'Error', frames: [], message: 'Matti Meikäläinen matti@example.fi' });
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
    expectNoPersonalData(dataDir);
  });
});

import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTROLLER, MANAGER, STAFF, tempDir } from '../support/register';
import { person } from '../support/customers';
import { harnessCaller } from '../harness/client';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// The harness runs as the app would, with its own temp and home folders; after a day's work
// (including refused input and a failing call) nothing it wrote outside the register and the
// backups — stdout, stderr, temp files, home — may contain personal data.
describe('nothing personal outside the register and its backups', () => {
  it('logs, temp files and the home folder stay clean', async () => {
    const tmp = tempDir();
    const [data, stick, tmpdir, home] = ['data', 'usb', 'tmp', 'home'].map((n) => join(tmp.dir, n)) as [string, string, string, string];
    for (const d of [stick, tmpdir, home]) mkdirSync(d);
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/server.ts', '--data', data, '--port', '0'], {
      env: { ...process.env, TMPDIR: tmpdir, TEMP: tmpdir, TMP: tmpdir, HOME: home, USERPROFILE: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (c) => reject(new Error(`harness exited ${c}: ${output}`)));
    });
    const caller = harnessCaller(url);
    const call = (method: string, params: unknown = {}) => caller(method, params, 'w') as Promise<{ ok: boolean; value?: unknown }>;
    const secretPerson = person({ firstName: 'Salainen', lastName: 'Yksityishenkilö', email: 'salainen.henkilo@example.fi', phone: '040 987 6543' });
    try {
      await call('setup.createRegister', { controller: CONTROLLER, manager: MANAGER, language: 'fi' });
      await call('session.login', { username: MANAGER.username, password: MANAGER.password });
      await call('users.create', { ...STAFF, role: 'staff' });
      await call('customers.create', secretPerson);
      // Refused input that carries personal data, and calls that fail.
      await call('customers.create', { ...secretPerson, customer: { ...secretPerson.customer, postalCode: 'Yksityishenkilö' } });
      await call('customers.importPreview', { fileBase64: Buffer.from('Nimi;Puhelin\nSalainen Yksityishenkilö;040 987 6543\n').toString('base64'), source: 'registration', sourceDate: '2026-11-01' });
      await call('customers.update', { id: 999, customer: secretPerson.customer, reason: 'Yksityishenkilö' });
      await call('session.login', { username: 'salainen', password: 'Yksityishenkilö-salasana' });
      const backup = (await call('backup.create', { folder: stick })) as { value: { file: string } };
      await call('backup.verify', { file: join(stick, backup.value.file) });
      await call('backup.restore', { file: join(stick, backup.value.file), username: MANAGER.username, password: MANAGER.password });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    const needles = ['Salainen', 'Yksityishenkil', 'salainen.henkilo', '9876543', MANAGER.fullName, STAFF.fullName, CONTROLLER.contactEmail, MANAGER.password];
    const outside = [...walk(tmpdir), ...walk(home), ...walk(data).filter((p) => !/register\.db(-wal|-shm)?$|keyring\.json$|README\.txt$/.test(p))];
    for (const needle of needles) {
      expect(output.includes(needle), `${needle} in stdout/stderr`).toBe(false);
      for (const file of outside) expect(readFileSync(file).includes(Buffer.from(needle)), `${needle} in ${relative(tmp.dir, file)}`).toBe(false);
    }
    // And the register's own files are encrypted (the needles are not in them either).
    for (const file of walk(data)) for (const needle of needles) expect(readFileSync(file).includes(Buffer.from(needle)), `${needle} in ${relative(tmp.dir, file)}`).toBe(false);
    tmp.remove();
  });
});

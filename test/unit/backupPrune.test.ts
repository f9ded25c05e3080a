import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseOld, nameInFolder, type PruneCandidate } from '../../electron/core/backup/pruneOld';

// Issue #14 §1: a backup to a drive root (E:\ on a USB stick) lost its first letter when the
// name was cut from the path by length, so pruning deleted the backup it had just written.
describe('the written backup\'s name in its folder', () => {
  const name = 'Asiakasrekisteri-2026-12-03-1700.arbk';
  it.each([
    ['win32 drive root', path.win32, 'E:\\', `E:\\${name}`],
    ['win32 drive root, lower case', path.win32, 'e:\\', `e:\\${name}`],
    ['win32 folder', path.win32, 'E:\\Varmuuskopiot', `E:\\Varmuuskopiot\\${name}`],
    ['win32 folder with a trailing separator', path.win32, 'E:\\Varmuuskopiot\\', `E:\\Varmuuskopiot\\${name}`],
    ['win32 UNC share root', path.win32, '\\\\nas\\kauppa\\', `\\\\nas\\kauppa\\${name}`],
    ['posix root', path.posix, '/', `/${name}`],
    ['posix mount point', path.posix, '/media/usb', `/media/usb/${name}`],
    ['posix folder with a trailing separator', path.posix, '/media/usb/', `/media/usb/${name}`],
  ])('%s', (_label, flavour, folder, written) => {
    expect(nameInFolder(folder, written, flavour)).toBe(name);
  });

  it('refuses a path that is not directly in the folder', () => {
    expect(() => nameInFolder('/media/usb', `/media/usb/sub/${name}`, path.posix)).toThrow();
    expect(() => nameInFolder('E:\\', `F:\\${name}`, path.win32)).toThrow();
    expect(() => nameInFolder('/media/usb', '/media/usb', path.posix)).toThrow();
  });
});

describe('which old backups are removed', () => {
  const REG = 'register-a';
  const justWritten = 'Asiakasrekisteri-2026-12-03-1700.arbk';
  const older = (n: number, registerId: string | null = REG): PruneCandidate => ({
    name: `Asiakasrekisteri-2026-12-0${3 - n}-1700.arbk`,
    mtimeMs: 1_000_000 - n * 1000,
    registerId,
  });
  const three = [older(1), older(2), older(3)];

  it.each([
    [0, []],
    [1, [older(1).name, older(2).name, older(3).name]],
    [2, [older(2).name, older(3).name]],
    [3, [older(3).name]],
    [4, []],
    [10, []],
  ])('keep newest %i: the just-written file stays, the oldest go', (keep, expected) => {
    expect(chooseOld(three, keep as number, justWritten, REG)).toEqual(expected);
  });

  it('never removes the file just written, even when it is listed and newest', () => {
    const listed: PruneCandidate = { name: justWritten, mtimeMs: 2_000_000, registerId: REG };
    for (const keep of [1, 2, 3]) expect(chooseOld([listed, ...three], keep, justWritten, REG)).not.toContain(justWritten);
  });

  it('never removes another register\'s backup, a file whose header is unreadable, or a look-alike name', () => {
    const others: PruneCandidate[] = [
      { ...older(1), registerId: 'register-b' },
      { ...older(2), registerId: null },
      { name: 'Asiakasrekisteri-kopio.arbk', mtimeMs: 1, registerId: REG },
      { name: 'Asiakasrekisteri-2026-12-01-1700.arbk.txt', mtimeMs: 1, registerId: REG },
    ];
    expect(chooseOld(others, 1, justWritten, REG)).toEqual([]);
    expect(chooseOld([...others, older(3)], 1, justWritten, REG)).toEqual([older(3).name]);
  });
});

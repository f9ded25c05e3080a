import { describe, expect, it } from 'vitest';
import { onRemovableDrive, type StaffFolderRule } from '../../electron/core/backup/staffFolders';

// Issue #14 §8: staff back up to removable media (or a folder already used); decided in README.
describe('a folder on a removable drive', () => {
  const win: StaffFolderRule = { platform: 'win32', systemDrive: 'C:', removableRoots: [] };
  const linux: StaffFolderRule = { platform: 'linux', systemDrive: 'C:', removableRoots: ['/media', '/run/media', '/mnt', '/Volumes'] };
  const registerOnC = 'C:\\Users\\Kauppa\\AppData\\Roaming\\Asiakasrekisteri\\register';

  it.each([
    ['E:\\', true],
    ['e:\\Varmuuskopiot', true],
    ['F:\\kauppa\\2026', true],
    ['C:\\', false],
    ['C:\\Windows\\System32', false],
    ['c:\\Users\\Kauppa\\Documents', false],
    ['\\\\nas\\kauppa', false],
    ['\\\\.\\pipe\\x', false],
  ])('Windows, register on C: %s → %s', (folder, expected) => {
    expect(onRemovableDrive(folder, registerOnC, win)).toBe(expected);
  });

  it('Windows: the register\'s own drive is not a stick even when it is not the system drive', () => {
    expect(onRemovableDrive('D:\\Kopiot', 'D:\\Asiakasrekisteri\\register', win)).toBe(false);
    expect(onRemovableDrive('E:\\Kopiot', 'D:\\Asiakasrekisteri\\register', win)).toBe(true);
  });

  it.each([
    ['/media/kauppa/USB', true],
    ['/run/media/kauppa/STICK', true],
    ['/mnt/usb', true],
    ['/Volumes/STICK', true],
    ['/media', false],
    ['/etc', false],
    ['/home/kauppa', false],
    ['/', false],
    ['/mediax/usb', false],
  ])('Linux and macOS: %s → %s', (folder, expected) => {
    expect(onRemovableDrive(folder, '/home/kauppa/.config/Asiakasrekisteri/register', linux)).toBe(expected);
  });
});

// electron-builder.yml (issue #19 §7): the Windows installer is complete — NSIS for x64, the app in
// an asar archive with the native SQLite module and the database worker unpacked, only the built
// app in the files list, and no publish/update provider (the app is offline by design). Parsed
// with js-yaml, the YAML parser electron-builder itself ships with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string, o?: { dot?: boolean }): boolean };

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = yaml.load(readFileSync(`${root}/electron-builder.yml`, 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as Record<string, unknown>;
const buildMain = readFileSync(`${root}/build/build-main.mjs`, 'utf8');

const list = (key: string) => (config[key] as string[] | undefined) ?? [];
const unpacked = (file: string) => list('asarUnpack').some((pattern) => minimatch(file, pattern, { dot: true }));
const included = (file: string) => {
  const patterns = list('files');
  const yes = patterns.filter((p) => !p.startsWith('!')).some((p) => minimatch(file, p, { dot: true }));
  const no = patterns.filter((p) => p.startsWith('!')).some((p) => minimatch(file, p.slice(1), { dot: true }));
  return yes && !no;
};

describe('electron-builder.yml', () => {
  it('builds a Windows x64 NSIS installer, per user, that keeps the register on uninstall', () => {
    const win = config.win as { target: { target: string; arch: string[] }[] };
    expect(win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false });
    expect(config.appId).toBe('fi.konttorimix.asiakasrekisteri');
    expect(pkg.scripts).toMatchObject({ dist: expect.stringContaining('electron-builder --win nsis --x64') });
  });

  it('packs the app into asar and unpacks the native module (its .node and its JS)', () => {
    expect(config.asar).toBe(true);
    expect(unpacked('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3-multiple-ciphers/lib/database.js')).toBe(true);
    // What it requires to locate the .node file at run time.
    const deps = Object.keys((JSON.parse(readFileSync(`${root}/node_modules/better-sqlite3-multiple-ciphers/package.json`, 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(deps).toContain('bindings');
    expect(unpacked('node_modules/bindings/bindings.js')).toBe(true);
    expect(unpacked('node_modules/file-uri-to-path/index.js')).toBe(true);
    // Nothing else of the app leaves the archive.
    expect(unpacked('out/main/main.cjs')).toBe(false);
    expect(unpacked('out/renderer/index.html')).toBe(false);
  });

  it('unpacks the database worker, where build-main.mjs writes it and runInWorker.ts starts it', () => {
    // build/build-main.mjs bundles electron/core/backup/dbWorker.ts as out/main/dbWorker.cjs …
    expect(buildMain).toMatch(/dbWorker: 'electron\/core\/backup\/dbWorker\.ts'/);
    expect(buildMain).toMatch(/\.\.\/out\/main/);
    // … and the worker leaves the archive.
    expect(unpacked('out/main/dbWorker.cjs')).toBe(true);
    const runInWorker = readFileSync(`${root}/electron/core/backup/runInWorker.ts`, 'utf8');
    expect(runInWorker).toContain("join(here, 'dbWorker.cjs')");
  });

  it('ships the built app and package.json only: no sources, maps or the module\'s C sources', () => {
    for (const file of ['out/main/main.cjs', 'out/main/preload.cjs', 'out/main/dbWorker.cjs', 'out/main/fonts/DejaVuSans.ttf', 'out/renderer/index.html', 'package.json']) {
      expect(included(file), file).toBe(true);
    }
    for (const file of ['electron/main.ts', 'renderer/src/App.tsx', 'test/harness/server.ts', 'out/main/main.cjs.map', 'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c']) {
      expect(included(file), file).toBe(false);
    }
    expect(pkg.main).toBe('out/main/main.cjs');
  });

  it('has no publish or update provider, and no updater in the dependencies', () => {
    expect('publish' in config).toBe(true);
    expect(config.publish).toBeNull();
    expect(JSON.stringify(config)).not.toMatch(/electron-updater|generic|github|s3|spaces|snapStore|keygen|bitbucket/i);
    const deps = { ...(pkg.dependencies as object), ...(pkg.devDependencies as object) };
    expect(Object.keys(deps)).not.toContain('electron-updater');
    expect(pkg).not.toHaveProperty('build.publish');
  });

  it('keeps the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeCliInspectArguments: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true });
  });
});

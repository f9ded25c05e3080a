// Bundles the Electron main process and the preload (npm run build:main):
//   electron/main.ts    -> out/main/main.cjs
//   electron/preload.ts -> out/main/preload.cjs
//   electron/core/backup/dbWorker.ts -> out/main/dbWorker.cjs (a worker thread of the main process)
// CommonJS for Node 22 (Electron 45's Node). Left outside the bundle: electron itself, the native
// SQLite module (its .node file is loaded at run time, unpacked from the asar). The PDF fonts
// (subsets of DejaVu Sans, electron/core/documents/fonts) are copied to out/main/fonts, where
// the bundled core looks for them, and the chart rasteriser's resvg.wasm beside them. The renderer is built separately by Vite into out/renderer.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { cpSync, rmSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = fileURLToPath(new URL('../out/main', import.meta.url));
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  outdir,
  outExtension: { '.js': '.cjs' },
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  logOverride: {
    // electron/core/documents/pdf.ts uses import.meta.url only where `__dirname` is missing (ESM
    // under Node); in this CommonJS bundle that branch never runs.
    'empty-import-meta': 'silent',
  },
};

await build({
  ...common,
  // The database worker of backups and restores (electron/core/backup/runInWorker.ts finds it here).
  entryPoints: { main: 'electron/main.ts', dbWorker: 'electron/core/backup/dbWorker.ts' },
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
});

// The sandboxed preload may only require('electron') at run time: everything else is bundled.
await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts' },
  external: ['electron'],
});

cpSync(fileURLToPath(new URL('../electron/core/documents/fonts', import.meta.url)), `${outdir}/fonts`, { recursive: true });
// The reports' chart rasteriser (resvg, WebAssembly): electron/core/reports/chart.ts reads it from
// beside main.cjs. Inside the asar is fine: it is read as bytes, never loaded as a native module.
cpSync(fileURLToPath(new URL('../node_modules/@resvg/resvg-wasm/index_bg.wasm', import.meta.url)), `${outdir}/resvg.wasm`);

console.log('built out/main/main.cjs, dbWorker.cjs, preload.cjs, fonts and resvg.wasm');

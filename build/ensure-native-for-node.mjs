// Run before the tests (npm test): makes sure better-sqlite3-multiple-ciphers is compiled for the
// Node that runs them. `npm start` rebuilds it for Electron (electron-builder install-app-deps),
// whose NODE_MODULE_VERSION differs, and then Node cannot load it; this rebuilds it back.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const MODULE = 'better-sqlite3-multiple-ciphers';

function tryLoad() {
  // A fresh child process each time: a failed native load is cached by the process that tried it.
  const probe = `const D = require(${JSON.stringify(MODULE)}); const db = new D(':memory:'); db.prepare('select 1').get(); db.close();`;
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: process.cwd(), encoding: 'utf8' });
  return { ok: result.status === 0, message: `${result.stderr ?? ''}${result.error?.message ?? ''}` };
}

// Resolve from the project, so a missing module is reported as such.
try {
  createRequire(import.meta.url).resolve(MODULE);
} catch {
  console.error(`ensure-native: ${MODULE} is not installed — run "npm install" first.`);
  process.exit(1);
}

let probe = tryLoad();
if (probe.ok) {
  console.log(`ensure-native: ${MODULE} loads under Node ${process.version} (ABI ${process.versions.modules}).`);
  process.exit(0);
}

if (!/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(probe.message)) {
  console.error(`ensure-native: ${MODULE} does not load under Node ${process.version}, and not because of a version mismatch:`);
  console.error(probe.message.trim());
  process.exit(1);
}

console.log(`ensure-native: ${MODULE} was built for another runtime (Electron?); rebuilding it for Node ${process.version}…`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rebuild = spawnSync(npm, ['rebuild', MODULE], { stdio: 'inherit', shell: process.platform === 'win32' });
probe = rebuild.status === 0 ? tryLoad() : probe;
if (probe.ok) {
  console.log(`ensure-native: rebuilt ${MODULE}; it now loads under Node ${process.version} (ABI ${process.versions.modules}).`);
  process.exit(0);
}
console.error(`ensure-native: ${MODULE} still does not load under Node ${process.version} after "npm rebuild":`);
console.error(probe.message.trim());
process.exit(1);

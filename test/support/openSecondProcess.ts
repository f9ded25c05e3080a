// Run as a separate process by the folder-lock test: tries to open the data folder given as
// argv[2] and prints what happened as one JSON line.
import { createCore, AppError } from '../../electron/core';

try {
  const core = createCore({ dataDir: process.argv[2]! });
  console.log(JSON.stringify({ opened: true }));
  core.close();
} catch (err) {
  console.log(JSON.stringify({ opened: false, key: err instanceof AppError ? err.key : String(err) }));
}

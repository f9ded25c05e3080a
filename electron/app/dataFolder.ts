// Where the register lives: `--data <dir>` (or `--data=<dir>`) on the command line, else the
// ASIAKASREKISTERI_DATA environment variable, else "register" under Electron's userData folder.
import nodePath from 'node:path';

export function chooseDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  defaultDir: string,
  resolve: (p: string) => string = nodePath.resolve,
): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--data=') && arg.length > '--data='.length) return resolve(arg.slice('--data='.length));
    const next = argv[i + 1];
    if (arg === '--data' && next && !next.startsWith('--')) return resolve(next);
  }
  const fromEnv = env.ASIAKASREKISTERI_DATA?.trim();
  if (fromEnv) return resolve(fromEnv);
  return defaultDir;
}

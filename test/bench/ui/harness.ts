// Starts the browser harness (test/harness/server.ts: the real core, the built renderer) on an
// already seeded data folder, the way the e2e specs start it, and stops it again. The renderer
// comes from the bench's own build folder, so a bench never races an e2e run over out/renderer.
import { readFileSync } from 'node:fs';
import { spawnHarness } from '../../e2e/support/harness';
import { harnessCaller } from '../../harness/client';

export async function startHarnessOn(dataDir: string, rendererDir: string): Promise<{ url: string; api(method: string, params?: unknown): Promise<void>; peakRssMiB(): number; stop(): Promise<void> }> {
  const { child, url } = await spawnHarness(dataDir, rendererDir);
  const call = harnessCaller(url);
  return {
    url,
    /** Calls the API as its own client (its own session), as the e2e arranger does. */
    async api(method: string, params: unknown = {}) {
      const envelope = await call(method, params, 'bench-arranger');
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}`);
    },
    /** The harness's (the core's) peak resident memory so far, from /proc (Linux). */
    peakRssMiB() {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? +(Number(m[1]) / 1024).toFixed(1) : NaN;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

// npm run bench — prints figures, asserts nothing. Extend with each capability (issue: performance).
// Today: key derivation at login, unlock of an open register, and an audit-chain verification.
import { parseArgs } from 'node:util';
import { createCore } from '../../electron/core';
import { MANAGER, client, setUpRegister, tempDir, value } from '../support/register';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'small' } } });

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1), count: samples.length };
}

async function time(n: number, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const tmp = tempDir('asiakasrekisteri-bench-');
const core = createCore({ dataDir: tmp.dir });
const results: Record<string, unknown> = { size: values.size };
let peakRss = process.memoryUsage().rss;
const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
try {
  results['setup.createRegister'] = await time(1, () => setUpRegister(core));
  const c = client(core);
  results['session.login (scrypt N=2^17)'] = await time(5, async () => {
    value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
    value(await c('session.logout'));
  });
  value(await c('session.login', { username: MANAGER.username, password: MANAGER.password }));
  results['audit.verify'] = await time(20, async () => value(await c('audit.verify')));
  results['settings.get'] = await time(200, async () => value(await c('settings.get')));
} finally {
  clearInterval(sample);
  core.close();
  tmp.remove();
}
results.peakRssMiB = +(peakRss / 1024 / 1024).toFixed(1);
console.log(JSON.stringify(results, null, 2));

// The readable table under a benchmark's JSON (npm run bench, npm run bench:ui): one line per figure, nested groups indented.
type Row = [string, string];

function isStats(v: unknown): v is { median: number; p95: number; count: number } {
  return typeof v === 'object' && v !== null && 'median' in v && 'p95' in v;
}

function rows(value: unknown, label: string, depth: number, out: Row[]): void {
  const pad = '  '.repeat(depth);
  // The plain-text scan's per-file hits stay in the JSON; the table says how many files.
  if (label === 'files' && typeof value === 'object' && value !== null) out.push([pad + label, `${Object.keys(value).length} file views with hits`]);
  else if (isStats(value)) out.push([pad + label, `median ${value.median} ms  p95 ${value.p95} ms  n=${value.count}`]);
  else if (typeof value === 'object' && value !== null && 'dexie / ours' in value) {
    const v = value as { ours: { median: number; p95: number }; dexie: { median: number; p95: number }; 'dexie / ours': { median: number; p95: number } };
    out.push([pad + label, `ours ${v.ours.median}/${v.ours.p95} ms  Dexie ${v.dexie.median}/${v.dexie.p95} ms  Dexie÷ours ${v['dexie / ours'].median}× / ${v['dexie / ours'].p95}× (median/p95)`]);
  } else if (typeof value === 'object' && value !== null) {
    out.push([pad + label, '']);
    for (const [k, v] of Object.entries(value)) rows(v, k, depth + 1, out);
  } else out.push([pad + label, String(value)]);
}

export function printTable(results: Record<string, unknown>): void {
  const out: Row[] = [];
  for (const [k, v] of Object.entries(results)) rows(v, k, 0, out);
  const width = Math.min(90, Math.max(...out.map(([l]) => l.length)));
  console.log(out.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n'));
}

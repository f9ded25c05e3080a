// What a folder leaves readable on disk: every file's raw bytes searched for known values of one
// customer, in the encodings they can be stored in — UTF-8, Latin-1 (V8 serialises one-byte
// strings so; IndexedDB values are V8-serialised) and UTF-16LE (V8's two-byte strings); for
// LevelDB tables also in their Snappy-decompressed blocks (leveldb.ts).
// The fact behind the design note "encrypted SQLite in the main process".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decompressedBlocks } from './leveldb';

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

function count(haystack: Buffer, needle: Buffer): number {
  if (needle.length === 0) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** For each needle: the files that hold it (relative path -> hits, summed over encodings). */
export function scanFolder(dir: string, needles: Record<string, string>): Record<string, { files: Record<string, number>; total: number }> {
  const result: Record<string, { files: Record<string, number>; total: number }> = {};
  const patterns = Object.entries(needles).map(([label, text]) => {
    const encodings = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
    if ([...text].every((c) => c.charCodeAt(0) < 256) && /[^\x00-\x7f]/.test(text)) encodings.push(Buffer.from(text, 'latin1'));
    result[`${label}: ${text}`] = { files: {}, total: 0 };
    return { key: `${label}: ${text}`, encodings };
  });
  for (const file of files(dir)) {
    if (statSync(file).size > 512 * 2 ** 20) continue;
    const bytes = readFileSync(file);
    const views: [string, Buffer[]][] = [[relative(dir, file), [bytes]]];
    if (/\.(ldb|sst)$/.test(file)) views.push([`${relative(dir, file)} (its Snappy blocks decompressed)`, decompressedBlocks(bytes)]);
    for (const [name, buffers] of views) {
      for (const p of patterns) {
        const hits = buffers.reduce((sum, b) => sum + p.encodings.reduce((s, e) => s + count(b, e), 0), 0);
        if (hits > 0) {
          result[p.key]!.files[name] = hits;
          result[p.key]!.total += hits;
        }
      }
    }
  }
  return result;
}

// The support log's file handling and scrubbing, without a register: rotation keeps 5 files of at
// most maxBytes each and drops the oldest; what an error leaves in a line is its class, code and
// trimmed frames — never its message.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SupportLog } from '../../electron/core/support/supportLog';
import { safeValue, stackFrames, summarizeError } from '../../electron/core/support/scrub';
import { newReference, REFERENCE_PATTERN } from '../../electron/core/support/reference';
import { scrubFrame } from '../../shared/support/frames';
import { fail } from '../../electron/core/errors';
import { reportErrorInput } from '../../shared/api/support';
import { tempDir } from '../support/register';

describe('support log rotation', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp.remove());

  it('rotates at the size limit, keeps five files and drops the oldest', () => {
    tmp = tempDir();
    const dir = join(tmp.dir, 'logs');
    const log = new SupportLog(dir, { maxBytes: 1000, keep: 5 });
    // Each line ~80 bytes: 400 lines are ~32 kB, far more than 5 × 1000 bytes.
    for (let i = 0; i < 400; i++) log.write('INFO', 'test.line', { n: i });
    expect(readdirSync(dir).sort()).toEqual(['log.1.txt', 'log.2.txt', 'log.3.txt', 'log.4.txt', 'log.txt']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(1000);
    // The newest line is in log.txt; the oldest kept file holds lines older than log.3.txt's.
    expect(readFileSync(join(dir, 'log.txt'), 'utf8')).toContain('n=399');
    const firstKept = Number(/n=(\d+)/.exec(readFileSync(join(dir, 'log.4.txt'), 'utf8'))![1]);
    expect(firstKept).toBeGreaterThan(0); // line 0 was dropped with the oldest file
    const entries = log.entries();
    expect(entries[0]!.fields).toBe('n=399');
    expect(entries.at(-1)!.fields).toBe(`n=${firstKept}`);
    // Newest first, without gaps across files.
    const ns = entries.map((e) => Number(e.fields.slice(2)));
    expect(ns).toEqual(ns.map((_, i) => 399 - i));
    expect(log.exportText().split('\n').filter(Boolean)).toHaveLength(entries.length);
  });

  it('the real limits are 5 × 1 MB', () => {
    tmp = tempDir();
    const log = new SupportLog(join(tmp.dir, 'logs'));
    const line = 'x'.repeat(60);
    // ~6 MB of lines: more than five files' worth.
    for (let i = 0; i < 25_000; i++) log.write('INFO', 'test.line', { a: line, b: line, c: line, n: i });
    const files = readdirSync(join(tmp.dir, 'logs'));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const size = statSync(join(tmp.dir, 'logs', f)).size;
      expect(size).toBeLessThanOrEqual(1024 * 1024);
      // Rotated files are full (within one line); log.txt is being filled.
      if (f !== 'log.txt') expect(size).toBeGreaterThan(1024 * 1024 - 300);
    }
    expect(existsSync(join(tmp.dir, 'logs', 'log.5.txt'))).toBe(false);
  });

  it('prints only safe values: anything else becomes [scrubbed]', () => {
    tmp = tempDir();
    const log = new SupportLog(join(tmp.dir, 'logs'));
    log.write('INFO', 'test.values', { method: 'customers.create', ms: 812.4, name: 'Matti Meikäläinen', email: 'matti@example.fi', folder: '/media/Matti/usb' });
    const text = readFileSync(log.fileName(0), 'utf8');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO test\.values method=customers\.create ms=812\.4 name=\[scrubbed\] email=\[scrubbed\] folder=\[scrubbed\]\n$/);
    expect(safeValue('E-7K3F9Q')).toBe('E-7K3F9Q');
  });
});

describe('scrubbing errors', () => {
  it('keeps the class name and frames of an error, never its message', () => {
    class ParseProblem extends Error {}
    const err = new ParseProblem('could not read "Matti Meikäläinen, matti@example.fi, 040 123 4567"');
    const s = summarizeError(err);
    expect(s.name).toBe('ParseProblem');
    expect(s.frames.length).toBeGreaterThan(0);
    expect(JSON.stringify(s)).not.toMatch(/Matti|example|040/);
    for (const f of s.frames) expect(f).toMatch(/^(.+ \()?([^/\\ ]+:\d+:\d+|<anonymous>|native)\)?$/);
  });

  it('a message imitating a stack frame leaves nothing behind', () => {
    const err = new Error('bad input\n    at Matti_Meikalainen (matti@example.fi:1:2)');
    const s = summarizeError(err);
    expect(JSON.stringify(s)).not.toMatch(/Matti|example/);
    // Even when the message was changed after the stack was taken.
    const later = new Error('x');
    later.stack = `Error: x\n    at Matti_Meikalainen (matti-at-example.js:1:2)\n    at run (api.ts:3:4)`;
    later.message = 'x\n    at Matti_Meikalainen (matti-at-example.js:1:2)';
    expect(JSON.stringify(summarizeError(later))).not.toMatch(/Matti/);
  });

  it('keeps our code and message key for AppErrors, dropping their parameters', () => {
    const s = summarizeError(fail('CONFLICT', 'registerInUse', { holder: 'Matti Meikäläinen' }));
    expect(s).toMatchObject({ name: 'AppError', code: 'CONFLICT', key: 'registerInUse' });
    expect(JSON.stringify(s)).not.toMatch(/Matti/);
  });

  it('keeps a Node error code but not its path', () => {
    const err = Object.assign(new Error("ENOENT: no such file or directory, open '/home/matti/Asiakkaat Meikäläinen.csv'"), { code: 'ENOENT', path: '/home/matti/x' });
    const s = summarizeError(err);
    expect(s.code).toBe('ENOENT');
    expect(JSON.stringify(s)).not.toMatch(/matti|Meikäläinen/i);
  });

  it('trims frames to function and file:line:column, without folders or query strings', () => {
    expect(scrubFrame('    at Object.create (C:\\Users\\Matti Meikäläinen\\app\\resources\\app.asar\\out\\main.cjs:812:17)')).toBe('Object.create (main.cjs:812:17)');
    expect(scrubFrame('at http://127.0.0.1:5180/assets/index-abc.js?name=Matti#x:1:2345')).toBe('index-abc.js:1:2345');
    expect(scrubFrame('onClick@app://bundle/assets/index.js?q=matti%40example.fi:10:20')).toBe('onClick (index.js:10:20)');
    expect(scrubFrame('Error: Matti Meikäläinen')).toBeNull();
    expect(stackFrames('TypeError: x\n    at a (/a/b.ts:1:2)\n    at async Promise.all (index 0)')).toEqual(['a (b.ts:1:2)']);
  });

  it('reference numbers are short, random and readable', () => {
    const refs = new Set(Array.from({ length: 200 }, () => newReference()));
    expect(refs.size).toBe(200);
    for (const r of refs) expect(r).toMatch(REFERENCE_PATTERN);
  });

  it("the renderer's report takes a kind, a class name and trimmed frames — no message text", () => {
    expect(reportErrorInput.safeParse({ kind: 'error', name: 'TypeError', frames: ['onClick (index-abc.js:10:20)'] }).success).toBe(true);
    expect(reportErrorInput.safeParse({ kind: 'error', name: 'TypeError', frames: [], message: 'Matti' }).success).toBe(false);
    expect(reportErrorInput.safeParse({ kind: 'error', name: 'Matti Meikäläinen', frames: [] }).success).toBe(false);
    expect(reportErrorInput.safeParse({ kind: 'error', name: 'Error', frames: ['Matti Meikäläinen matti@example.fi'] }).success).toBe(false);
    expect(reportErrorInput.safeParse({ kind: 'error', name: 'Error', frames: ['x (/home/matti/a.js:1:2)'] }).success).toBe(false);
    expect(reportErrorInput.safeParse({ kind: 'other', name: 'Error', frames: [] }).success).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CODE128_START_C, CODE128_STOP, code128C, code128CheckValue, code128SymbolModules } from '../../shared/finnish';

/** Run lengths of a module string: '11010011100' -> [2,1,1,2,3,2]. */
function runs(modules: string): number[] {
  return (modules.match(/1+|0+/g) ?? []).map((r) => r.length);
}

/** Decodes modules back to symbol values using only the symbol table, to test the encoder end to end. */
function decode(modules: string): number[] {
  const byPattern = new Map<string, number>();
  for (let v = 0; v <= 105; v++) byPattern.set(code128SymbolModules(v), v);
  const values: number[] = [];
  for (let i = 0; i < modules.length - 13; i += 11) values.push(byPattern.get(modules.slice(i, i + 11))!);
  expect(modules.slice(-13)).toBe('1100011101011');
  return values;
}

describe('Code 128 symbol table', () => {
  it('has the well-known patterns for START A/B/C, STOP and value 0', () => {
    expect(code128SymbolModules(0)).toBe('11011001100');
    expect(code128SymbolModules(103)).toBe('11010000100'); // START A
    expect(code128SymbolModules(104)).toBe('11010010000'); // START B
    expect(code128SymbolModules(105)).toBe('11010011100'); // START C
    expect(code128SymbolModules(106)).toBe('1100011101011'); // STOP
    expect(() => code128SymbolModules(107)).toThrow(/0–106/);
    expect(() => code128SymbolModules(-1)).toThrow(/0–106/);
  });

  it('every symbol is 3 bars and 3 spaces of 1–4 modules, 11 wide, with an even bar total, all distinct', () => {
    const seen = new Set<string>();
    for (let v = 0; v <= 105; v++) {
      const m = code128SymbolModules(v);
      expect(m, `value ${v}`).toHaveLength(11);
      expect(m.startsWith('1') && m.endsWith('0'), `value ${v}`).toBe(true);
      const r = runs(m);
      expect(r, `value ${v}`).toHaveLength(6);
      expect(r.every((w) => w >= 1 && w <= 4), `value ${v}`).toBe(true);
      // Code 128's self-check: the bars of every symbol add up to an even number of modules.
      expect((r[0]! + r[2]! + r[4]!) % 2, `value ${v}`).toBe(0);
      seen.add(m);
    }
    expect(seen.size).toBe(106);
  });

  it('matches the published symbol table exactly', () => {
    // SHA-256 of the 107 patterns (values 0–106) concatenated, computed from two independent published
    // Code 128 tables that agree with each other; catches two swapped rows, which the shape checks above cannot.
    const all = Array.from({ length: 107 }, (_, v) => code128SymbolModules(v)).join('');
    expect(createHash('sha256').update(all).digest('hex')).toBe('a306615a0e2db4b02f3c1ca673ae064f95076125c23440320212b95b1454dc98');
  });
});

describe('Code 128 set C', () => {
  it('computes the check symbol of a known example', () => {
    // Bank Bar Code Guide test invoice 1 (version 4): START C, 27 pairs, check 40, STOP.
    const { codes } = code128C('479440520200360820048831500000000868516259619897100612');
    expect(codes).toEqual([
      105, 47, 94, 40, 52, 2, 0, 36, 8, 20, 4, 88, 31, 50, 0, 0, 0, 8, 68, 51, 62, 59, 61, 98, 97, 10, 6, 12, 40, 106,
    ]);
    // A hand-checkable one: 105 + 1×12 + 2×34 = 185; 185 mod 103 = 82.
    expect(code128C('1234').codes).toEqual([105, 12, 34, 82, 106]);
    expect(code128CheckValue(105, [12, 34])).toBe(82);
  });

  it('starts with START C and ends with the check symbol and STOP pattern', () => {
    const { modules } = code128C('00');
    expect(modules).toBe(`11010011100${code128SymbolModules(0)}${code128SymbolModules(105 % 103)}1100011101011`);
  });

  it('refuses what set C cannot encode', () => {
    for (const bad of ['', '1', '123', '12a4', '12 34', '１２']) expect(() => code128C(bad), bad).toThrow(/even number of digits/);
  });

  it('pattern length is 11 × symbols + 13, and the modules decode back to the codes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(\d\d){1,40}$/), (digits) => {
        const { codes, modules } = code128C(digits);
        const pairs = digits.length / 2;
        expect(codes).toHaveLength(pairs + 3);
        expect(codes[0]).toBe(CODE128_START_C);
        expect(codes.at(-1)).toBe(CODE128_STOP);
        expect(modules).toHaveLength(11 * (pairs + 2) + 13);
        expect(modules).toMatch(/^[01]+$/);
        expect(decode(modules)).toEqual(codes.slice(0, -1));
        const data = codes.slice(1, -2);
        expect(data.map((v) => String(v).padStart(2, '0')).join('')).toBe(digits);
        const weighted = data.reduce((s, v, i) => s + v * (i + 1), 105);
        expect(codes.at(-2)).toBe(weighted % 103);
      }),
    );
  });
});

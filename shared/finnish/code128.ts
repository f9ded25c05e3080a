// Code 128 (ISO/IEC 15417), code set C only: the bank barcode is printed as 27 digit pairs in set C,
// framed by START C, a check symbol and STOP, as the Bank Bar Code Guide requires. Only set C is
// needed here, so there is no switching between code sets and no letters.
//
// Every symbol is three bars and three spaces, 11 modules wide; the STOP symbol has a final
// two-module bar and is 13 modules wide. The check symbol is (START value + Σ position × value) mod 103,
// positions counted from 1 for the first symbol after START.

/**
 * Bar/space widths in modules for symbol values 0–105, starting with a bar (ISO/IEC 15417 table).
 * Kept as widths rather than bit strings: one typo here would still add up to 11 and be caught by tests.
 */
const SYMBOL_WIDTHS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232',
];

export const CODE128_START_C = 105;
export const CODE128_STOP = 106;
/** STOP as modules, 13 wide: '2331112' in widths. */
export const CODE128_STOP_MODULES = '1100011101011';
export const CODE128_SYMBOL_MODULES = 11;

/** Widths such as '211232' -> modules '11010011100' (bars '1', spaces '0'). */
function widthsToModules(widths: string): string {
  let modules = '';
  for (let i = 0; i < widths.length; i++) modules += (i % 2 === 0 ? '1' : '0').repeat(Number(widths[i]));
  return modules;
}

/** Modules of one symbol value 0–106. */
export function code128SymbolModules(value: number): string {
  if (value === CODE128_STOP) return CODE128_STOP_MODULES;
  const widths = SYMBOL_WIDTHS[value];
  if (widths === undefined) throw new Error(`Code 128 has symbol values 0–106, got ${value}`);
  return widthsToModules(widths);
}

/** Check symbol for START + data symbols: (start + Σ i × value_i) mod 103. */
export function code128CheckValue(startValue: number, dataValues: readonly number[]): number {
  let sum = startValue;
  dataValues.forEach((value, index) => {
    sum += (index + 1) * value;
  });
  return sum % 103;
}

/**
 * Encodes an even number of digits in code set C.
 * `codes`: START C, one value (00–99) per digit pair, the check value, STOP.
 * `modules`: the bars as '1' and spaces as '0', one character per module, quiet zones left out,
 * so its length is 11 × (codes.length - 1) + 13.
 */
export function code128C(digits: string): { codes: number[]; modules: string } {
  if (!/^(\d\d)+$/.test(digits)) {
    throw new Error(`Code 128 set C encodes a non-empty, even number of digits, got "${digits}"`);
  }
  const pairs: number[] = [];
  for (let i = 0; i < digits.length; i += 2) pairs.push(Number(digits.slice(i, i + 2)));
  const codes = [CODE128_START_C, ...pairs, code128CheckValue(CODE128_START_C, pairs), CODE128_STOP];
  return { codes, modules: codes.map(code128SymbolModules).join('') };
}

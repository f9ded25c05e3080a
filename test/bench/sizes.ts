// The two dataset sizes of issue #8, shared by the core benchmark (run.ts) and the UI one (ui/).
export const SIZES = {
  small: { customers: 5_000, organizations: 500, orders: 15_000, lines: 50_000, invoices: 15_000 },
  'ten-years': { customers: 100_000, organizations: 10_000, orders: 300_000, lines: 1_000_000, invoices: 300_000 },
} as const;
export type SizeName = keyof typeof SIZES;
export type Size = (typeof SIZES)[SizeName];

export function sizeOf(name: string | undefined, fallback: SizeName = 'ten-years'): { name: SizeName; size: Size } {
  const key = (name && name in SIZES ? name : fallback) as SizeName;
  return { name: key, size: SIZES[key] };
}
/** Any size, e.g. the tiny one the generator's smoke test seeds. */
export type Counts = Record<keyof Size, number>;

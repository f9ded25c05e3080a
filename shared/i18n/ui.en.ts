import type { uiFi } from './ui.fi';

// User-interface texts, English. Same keys as ui.fi.ts (the type makes sure).
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export const uiEn: DeepStrings<typeof uiFi> = {
  app: { name: 'Customer Register' },
};

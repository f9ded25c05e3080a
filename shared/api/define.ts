import type { z } from 'zod';

/**
 * Who may call a method. Checked in the core on every call; the renderer only uses it to hide
 * what the user could not do anyway.
 * - public: no session needed (setup, login)
 * - user: any logged-in, unlocked user whose password need not be changed
 * - manager: as user, and the role must be manager
 */
export type Access = 'public' | 'user' | 'manager';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

/** `method<Output>()(inputSchema, access)` — the output type is given, the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, access: Access): MethodDef<I, O> => ({ input, access });
}

/** Joins capability contracts into one map; a name declared twice is a programming error. */
export function joinContracts<T extends Record<string, MethodDef>[]>(...parts: T): UnionToIntersection<T[number]> {
  const all: Record<string, MethodDef> = {};
  for (const part of parts) {
    for (const [name, def] of Object.entries(part)) {
      if (name in all) throw new Error(`API method declared twice: ${name}`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

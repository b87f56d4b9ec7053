/**
 * A type with every property and list made read-only, all the way down. The schemas'
 * outputs are plain mutable values (zod's `.readonly()` would freeze them, even on
 * failure); the type tests compare them, read-only, with the core's types.
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };

/**
 * Deferred construction of the library's zod schemas and other import-time values (issue #20, start-up).
 * @internal
 */

/**
 * Makes a getter that builds its value on the first call and returns that same value on every later
 * call. Every zod schema the library defines at module level is written `const XSchema = once(() =>
 * z.…)` and used as `XSchema()`, so importing the package builds no schema: a domain's schemas are built
 * the first time one of its functions (or its public schema object) is used. It is not a cache of
 * inputs: the value depends on nothing but the module's code.
 *
 * @group Core
 */
// `@__NO_SIDE_EFFECTS__`: a call of `once` is pure, so a bundler (esbuild, Rollup) drops the schemas an
// application never uses, as it dropped a schema nobody imported
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(build: () => T): () => T {
  let built = false
  let value: T
  return () => {
    if (!built) {
      value = build()
      built = true
    }
    return value
  }
}

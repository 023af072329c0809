import { SalesRulesError } from '../src/index'

/** Runs `fn` and returns the SalesRulesError it throws; fails if it returns or throws anything else. */
export function catchError(fn: () => unknown): SalesRulesError {
  try {
    fn()
  } catch (error) {
    if (error instanceof SalesRulesError) return error
    throw new Error(`expected a SalesRulesError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a SalesRulesError, but nothing was thrown')
}

/**
 * Follows a walk of key indexes down a document (each step picks a key of the current object or
 * array, modulo its number of keys) and returns the last container reached and the key in it, to
 * edit what is there; `undefined` when the document is not a container to begin with.
 */
export function locate(
  root: unknown,
  walk: readonly number[],
): { readonly parent: Record<string, unknown>; readonly key: string } | undefined {
  let node = root
  let found: { parent: Record<string, unknown>; key: string } | undefined
  for (const step of walk) {
    if (typeof node !== 'object' || node === null) break
    const keys = Object.keys(node)
    if (keys.length === 0) break
    const parent = node as Record<string, unknown>
    found = { parent, key: keys[step % keys.length] as string }
    node = parent[found.key]
  }
  return found
}

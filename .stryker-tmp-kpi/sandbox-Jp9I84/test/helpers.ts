// @ts-nocheck
import { SalesRulesError } from '../src/index'

/** Runs `fn` and returns the SalesRulesError it throws; fails if it returns or throws anything else. */
export function catchError(fn: () => unknown): SalesRulesError {
  try {
    fn()
  } catch (error) {
    if (error instanceof SalesRulesError) return error
    throw new Error(`expected a SalesRulesError, got ${String(error)}`)
  }
  throw new Error('expected a SalesRulesError, but nothing was thrown')
}

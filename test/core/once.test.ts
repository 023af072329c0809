// Start-up (issue #20): schemas are built on first use, not when the package is imported.
import { describe, expect, it, vi } from 'vitest'
import { once } from '../../src/core/once'

describe('once', () => {
  it('builds on the first call only and returns that same value after', () => {
    const build = vi.fn(() => ({ built: true }))
    const get = once(build)
    expect(build).not.toHaveBeenCalled()
    const first = get()
    expect(get()).toBe(first)
    expect(first).toEqual({ built: true })
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('keeps a built undefined instead of building again', () => {
    const build = vi.fn(() => undefined)
    const get = once(build)
    get()
    get()
    expect(build).toHaveBeenCalledTimes(1)
  })
})

describe('importing the package', () => {
  it('builds no zod schema: only the z.lazy wrappers of the public schema objects', async () => {
    vi.resetModules()
    const calls = new Map<string, number>()
    vi.doMock('zod', async (importOriginal) => {
      const real = await importOriginal<Record<string, unknown>>()
      // every function of the namespace (and of `z.iso`…) counts its calls
      const counted = (name: string, f: (...args: unknown[]) => unknown) =>
        function (this: unknown, ...args: unknown[]) {
          calls.set(name, (calls.get(name) ?? 0) + 1)
          return f.apply(this, args)
        }
      const wrap = (ns: Record<string, unknown>, prefix: string): Record<string, unknown> =>
        Object.fromEntries(
          Object.entries(ns).map(([k, v]) => {
            if (typeof v === 'function' && /^[a-z]/.test(k))
              return [k, counted(prefix + k, v as (...args: unknown[]) => unknown)]
            if (v !== null && typeof v === 'object' && /^[a-z]/.test(k) && k !== 'config')
              return [k, wrap(v as Record<string, unknown>, `${prefix}${k}.`)]
            return [k, v]
          }),
        )
      return wrap(real, '')
    })
    try {
      const lib = await import('../../src/index')
      const built = [...calls.keys()].filter((k) => k !== 'lazy')
      expect(built).toEqual([])
      // one z.lazy per public schema object (about forty): a fixed, small cost
      expect(calls.get('lazy')).toBeGreaterThan(20)
      expect(calls.get('lazy')).toBeLessThan(80)
      // the public objects still parse, and the first use builds the domain's schemas
      expect(lib.QuoteSchema.safeParse({}).success).toBe(false)
      expect(calls.get('strictObject')).toBeGreaterThan(0)
    } finally {
      vi.doUnmock('zod')
      vi.resetModules()
    }
    // importing every source module through vitest's transform takes seconds on a loaded machine
  }, 300_000)
})

// The one seeded generator of every benchmark: splitmix32 in 32-bit integer arithmetic (Math.imul, >>> 0),
// so that every bit of every draw is used (an LCG taken modulo a power of two in doubles is not).

/** A seeded pseudo-random generator of 32-bit integers, with the draws the benchmarks need. */
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A uniform 32-bit unsigned integer (splitmix32). */
  u32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0
    let z = this.state
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return (z ^ (z >>> 15)) >>> 0
  }

  /** A uniform integer in 0 … n − 1 (n ≤ 2^32), by rejection, so that no value is favoured. */
  int(n: number): number {
    const limit = 2 ** 32 - (2 ** 32 % n)
    let x = this.u32()
    while (x >= limit) x = this.u32()
    return x % n
  }

  /** A uniform integer in min … max. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  /** A uniform double in [0, 1) with 32 random bits. */
  float(): number {
    return this.u32() / 2 ** 32
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }

  /**
   * A long-tailed integer in min … max: Pareto with shape `alpha` (1.16 is the 80/20 rule), so most draws are
   * small and a few are large, as sales amounts are.
   */
  longTail(min: number, max: number, alpha = 1.16): number {
    const v = Math.floor(min / (1 - this.float()) ** (1 / alpha))
    return v > max ? min + this.int(max - min + 1) : v
  }
}

/** Throws unless `actual` equals `expected` (the benchmarks check their contenders agree before timing). */
export function agree(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`bench: ${what} disagree: ${a.slice(0, 300)} ≠ ${e.slice(0, 300)}`)
}

/**
 * Working time as table look-ups: a compiled calendar's days laid out in blocks of typed arrays (each local
 * day's start instant, its working windows as instants, the working milliseconds before it in its block),
 * filled on demand, so that the working time between two instants is two look-ups and a subtraction and
 * the instant a working-time limit runs out is a binary search, where `businessMillisBetween` and
 * `lastBusinessInstant` in `calendar.ts` walk day by day. Both read the same days (`cal.day`), and a
 * property test checks that they agree; an answer the table cannot give (a day whose windows are not in
 * order, which a daylight-saving change can make; a span past `CALENDAR_HOURS_SPAN_DAYS`) is `NaN`, and the
 * caller then asks the day walk, which also reports any error. @internal
 */
import { CALENDAR_HOURS_SPAN_DAYS, type CompiledCalendar } from './calendar'

const DAY = 86_400_000
/** Days in a block of the table. */
const BLOCK = 256
/** Blocks kept before the table starts afresh (a block of two windows a day is about 12 kB). */
const BLOCK_LIMIT = 128
const SPAN = CALENDAR_HOURS_SPAN_DAYS * DAY

/** `BLOCK` consecutive local days, numbered as their dates are from 1970-01-01. */
interface Block {
  /** The number of its first day. */
  readonly first: number
  /** Each day's first instant (local midnight), and at `BLOCK` the next block's first. */
  readonly starts: Float64Array
  /** Working milliseconds in the block before each day, and at `BLOCK` the block's total. */
  readonly before: Float64Array
  /**
   * Each day's windows as `[start, end)` instants, `width` pairs a day (a day off: empty ones at midnight).
   */
  readonly windows: Float64Array
  /** False when a day's windows are not in order within the day: the table then answers `NaN`. */
  readonly regular: boolean
}

/** A compiled calendar's working time, by table. @internal */
export interface WorkingTime {
  /**
   * Working milliseconds in `[from, to]` (`from ≤ to`, at most `CALENDAR_HOURS_SPAN_DAYS` apart), or `NaN`.
   */
  between(from: number, to: number): number
  /**
   * `lastBusinessInstant(cal, from, millis)`: the last instant by which at most `millis` working
   * milliseconds have passed since `from`; `NaN` where that returns `undefined` (past the span) or the table
   * cannot tell.
   */
  lastInstant(from: number, millis: number): number
}

class Table implements WorkingTime {
  private readonly blocks = new Map<number, Block>()
  private readonly width: number
  /** The last block used, and the UTC offset of the last day found (the next guess). */
  private last: Block | undefined
  private offset = 0
  /** Set by `locate`: the block and the day within it that hold the instant. */
  private block: Block | undefined
  private index = 0

  constructor(private readonly cal: CompiledCalendar) {
    this.width = cal.windows.length
  }

  between(from: number, to: number): number {
    if (!this.locate(from)) return NaN
    const a = this.block as Block
    const worked = this.workedTo(a, this.index, from)
    if (!this.locate(to)) return NaN
    const b = this.block as Block
    if (a === b) return this.workedTo(b, this.index, to) - worked
    let total = (a.before[BLOCK] as number) - worked
    for (let first = a.first + BLOCK; first < b.first; first += BLOCK) {
      const block = this.blockAt(first)
      if (!block.regular) return NaN
      total += block.before[BLOCK] as number
    }
    return total + this.workedTo(b, this.index, to)
  }

  lastInstant(from: number, millis: number): number {
    if (!this.locate(from)) return NaN
    let block = this.block as Block
    // the working time to reach, counted from the start of `block`
    let left = this.workedTo(block, this.index, from) + millis
    const limit = from + SPAN
    while (left >= (block.before[BLOCK] as number)) {
      left -= block.before[BLOCK] as number
      if ((block.starts[BLOCK] as number) > limit) return NaN
      block = this.blockAt(block.first + BLOCK)
      if (!block.regular) return NaN
    }
    // the first day whose working time ends past `left` (`before[BLOCK] > left`, so there is one)
    const before = block.before
    let lo = 1
    let hi = BLOCK
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((before[mid] as number) > left) hi = mid
      else lo = mid + 1
    }
    const day = lo - 1
    let used = before[day] as number
    const windows = block.windows
    for (let w = day * this.width * 2, end = w + this.width * 2; w < end; w += 2) {
      const start = windows[w] as number
      const length = (windows[w + 1] as number) - start
      if (left - used < length) {
        const due = start + (left - used)
        return due > limit ? NaN : due
      }
      used += length
    }
    return NaN // not reached: `before[day + 1] > left`
  }

  /** Finds the day holding `ms` (in `block` and `index`); false when its block is not regular. */
  private locate(ms: number): boolean {
    let n = Math.floor((ms + this.offset) / DAY)
    let block = this.last !== undefined && (n - this.last.first) >>> 0 < BLOCK ? this.last : this.blockOf(n)
    // the guess is off by a day at most where the offset changes; a few more steps are a safety bound
    for (let step = 0; step < 8; step += 1) {
      const i = n - block.first
      if (ms < (block.starts[i] as number)) n -= 1
      else if (ms >= (block.starts[i + 1] as number)) n += 1
      else {
        this.last = block
        this.block = block
        this.index = i
        this.offset = n * DAY - (block.starts[i] as number)
        return block.regular
      }
      if ((n - block.first) >>> 0 >= BLOCK) block = this.blockOf(n)
    }
    return false
  }

  /** Working milliseconds in `block` before `ms`, which lies on its day `i`. */
  private workedTo(block: Block, i: number, ms: number): number {
    let worked = block.before[i] as number
    const windows = block.windows
    for (let w = i * this.width * 2, end = w + this.width * 2; w < end; w += 2) {
      const start = windows[w] as number
      if (ms <= start) break
      const stop = windows[w + 1] as number
      worked += (ms < stop ? ms : stop) - start
    }
    return worked
  }

  private blockOf(day: number): Block {
    return this.blockAt(Math.floor(day / BLOCK) * BLOCK)
  }

  private blockAt(first: number): Block {
    const known = this.blocks.get(first)
    if (known !== undefined) return known
    // Stryker disable next-line all: the table's bound; only memory depends on it
    if (this.blocks.size >= BLOCK_LIMIT) this.blocks.clear()
    const made = this.build(first)
    this.blocks.set(first, made)
    return made
  }

  /** Lays out `BLOCK` days from the calendar's own days (`cal.day`, as the day walks read them). */
  private build(first: number): Block {
    const width = this.width
    const starts = new Float64Array(BLOCK + 1)
    const before = new Float64Array(BLOCK + 1)
    const windows = new Float64Array(BLOCK * width * 2)
    let regular = true
    let worked = 0
    for (let i = 0; i <= BLOCK; i += 1) {
      const day = this.cal.day(new Date((first + i) * DAY).toISOString().slice(0, 10))
      starts[i] = day.start
      before[i] = worked
      if (i === BLOCK) break
      let previous = day.start
      for (let w = 0; w < width; w += 1) {
        const window = day.windows[w]
        // a day off: empty windows at midnight
        const start = window === undefined ? day.start : window.start
        const end = window === undefined ? day.start : window.end
        if (start < previous || end < start || end > day.end) regular = false
        windows[(i * width + w) * 2] = start
        windows[(i * width + w) * 2 + 1] = end
        worked += end - start
        previous = end
      }
    }
    return { first, starts, before, windows, regular }
  }
}

const tables = new WeakMap<CompiledCalendar, WorkingTime>()

/**
 * The working-time table of a compiled calendar, made on first use and kept with it (a compiled calendar
 * never changes). @internal
 */
export function workingTimeOf(cal: CompiledCalendar): WorkingTime {
  let table = tables.get(cal)
  if (table === undefined) {
    table = new Table(cal)
    tables.set(cal, table)
  }
  return table
}

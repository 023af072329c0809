import fc from 'fast-check'
import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { Dec, eachPeriod, PERIOD_KINDS, periodOf, prorate } from '../../src/index'

const day = fc
  .integer({ min: 0, max: 365 * 30 })
  .map((n) => format(addDays(new Date(2000, 0, 1), n), 'yyyy-MM-dd'))

describe('periods (properties)', () => {
  it('a period contains its date and consecutive periods tile the calendar', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(...PERIOD_KINDS),
        fc.integer({ min: 1, max: 12 }),
        (date, kind, fiscalYearStartMonth) => {
          const p = periodOf(date, kind, { fiscalYearStartMonth })
          expect(p.start <= date && date <= p.end).toBe(true)
          const next = periodOf(format(addDays(new Date(`${p.end}T00:00:00`), 1), 'yyyy-MM-dd'), kind, {
            fiscalYearStartMonth,
          })
          expect(format(addDays(new Date(`${p.end}T00:00:00`), 1), 'yyyy-MM-dd')).toBe(next.start)
        },
      ),
    )
  })

  it('eachPeriod covers the range without gaps', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...PERIOD_KINDS),
        (from, length, kind) => {
          const to = format(addDays(new Date(`${from}T00:00:00`), length), 'yyyy-MM-dd')
          const periods = eachPeriod(from, to, kind)
          expect((periods[0]?.start ?? '') <= from).toBe(true)
          expect((periods.at(-1)?.end ?? '') >= to).toBe(true)
          periods
            .slice(1)
            .forEach((p, i) =>
              expect(format(addDays(new Date(`${periods[i]?.end}T00:00:00`), 1), 'yyyy-MM-dd')).toBe(p.start),
            )
        },
      ),
    )
  })
})

describe('prorate (properties)', () => {
  it('proration over a partition of a period sums to the whole amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 100).toFixed(2)),
        day,
        fc.constantFrom('month', 'quarter', 'year' as const),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 6 }),
        fc.constantFrom('calendar-days', 'business-days' as const),
        (amount, date, kind, cuts, basis) => {
          const period = periodOf(date, kind)
          const days =
            Math.round(
              (new Date(`${period.end}T12:00:00`).getTime() -
                new Date(`${period.start}T12:00:00`).getTime()) /
                86_400_000,
            ) + 1
          const offsets = [...new Set(cuts.map((c) => c % days))].filter((c) => c > 0).sort((a, b) => a - b)
          const starts = [0, ...offsets]
          const ranges = starts.map((s, i) => ({
            start: format(addDays(new Date(`${period.start}T00:00:00`), s), 'yyyy-MM-dd'),
            end: format(
              addDays(new Date(`${period.start}T00:00:00`), (starts[i + 1] ?? days) - 1),
              'yyyy-MM-dd',
            ),
          }))
          const result = prorate({ amount, period, ranges, basis, rounding: { scale: 2, mode: 'half-up' } })
          expect(result.amount.eq(new Dec(amount))).toBe(true)
          expect(result.ranges.reduce((a, r) => a.plus(r.amount), new Dec(0)).eq(new Dec(amount))).toBe(true)
        },
      ),
    )
  })
})

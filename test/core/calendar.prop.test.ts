import fc from 'fast-check'
import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  addBusinessHours,
  businessDaysBetween,
  businessHoursBetween,
  isBusinessDay,
} from '../../src/index'
import { runCount } from '../helpers'

const day = fc
  .integer({ min: 0, max: 365 * 20 })
  .map((n) => format(addDays(new Date(2015, 0, 1), n), 'yyyy-MM-dd'))
const calendar = fc.record({
  timeZone: fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin'),
  weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
  holidays: fc.array(day, { maxLength: 20 }),
})

describe('business days (properties)', () => {
  it('counting is the inverse of adding, in both directions', () => {
    fc.assert(
      fc.property(calendar, day, fc.integer({ min: -60, max: 60 }), (cal, date, n) => {
        const reached = addBusinessDays(cal, date, n)
        expect(businessDaysBetween(cal, date, reached)).toBe(n)
        if (n !== 0) expect(isBusinessDay(cal, reached)).toBe(true)
      }),
    )
  })
})

describe('business hours (properties)', () => {
  it('hours between a start and the instant reached by adding them are the hours added', () => {
    fc.assert(
      fc.property(
        calendar,
        day,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 200 * 4 }),
        (cal, date, hour, quarters) => {
          const from = `${date}T${String(hour).padStart(2, '0')}:15:00Z`
          const reached = addBusinessHours(cal, from, quarters / 4)
          expect(businessHoursBetween(cal, from, reached)).toBe(quarters / 4)
        },
      ),
      { numRuns: runCount('FC_RUNS', 60) },
    )
  })
})

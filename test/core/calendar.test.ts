import { describe, expect, it } from 'vitest'
import {
  addBusinessDays,
  addBusinessHours,
  businessDaysBetween,
  businessHoursBetween,
  isBusinessDay,
} from '../../src/index'
import { catchError } from '../helpers'
import { nationalDayOffice2026 } from '../fixtures/calendar'

// China 2026 National Day: 1–7 October off, Saturday 10 October worked (调休).
const china = nationalDayOffice2026

describe('isBusinessDay', () => {
  it.each([
    ['2026-09-30', true], // Wednesday
    ['2026-10-01', false], // holiday
    ['2026-10-03', false], // Saturday
    ['2026-10-08', true], // Thursday after the holiday
    ['2026-10-10', true], // make-up Saturday
    ['2026-10-11', false], // Sunday
  ])('%s → %s', (date, expected) => {
    expect(isBusinessDay(china, date)).toBe(expected)
  })

  it('honours a custom weekend (Friday and Saturday)', () => {
    expect(isBusinessDay({ weekend: [5, 6] }, '2026-06-07')).toBe(true) // Sunday
    expect(isBusinessDay({ weekend: [5, 6] }, '2026-06-05')).toBe(false) // Friday
  })
})

describe('addBusinessDays / businessDaysBetween', () => {
  it('skips the National Day week and lands on the make-up Saturday', () => {
    // 30 Sep + 1 → 8 Oct (Thu), +2 → 9 Oct (Fri), +3 → 10 Oct (make-up Sat), +4 → 12 Oct (Mon)
    expect(addBusinessDays(china, '2026-09-30', 1)).toBe('2026-10-08')
    expect(addBusinessDays(china, '2026-09-30', 3)).toBe('2026-10-10')
    expect(addBusinessDays(china, '2026-09-30', 4)).toBe('2026-10-12')
    expect(businessDaysBetween(china, '2026-09-30', '2026-10-12')).toBe(4)
  })

  it('counts (from, to] forwards and [to, from) backwards', () => {
    expect(businessDaysBetween({}, '2026-06-05', '2026-06-08')).toBe(1) // Fri → Mon
    expect(businessDaysBetween({}, '2026-06-06', '2026-06-06')).toBe(0)
    expect(businessDaysBetween({}, '2026-06-08', '2026-06-05')).toBe(-1) // [Fri, Mon) = Fri
    expect(addBusinessDays({}, '2026-06-06', -1)).toBe('2026-06-05') // Saturday − 1 → Friday
    expect(addBusinessDays({}, '2026-06-06', 0)).toBe('2026-06-06')
  })

  it('rejects a bad calendar with the path of the field', () => {
    expect(
      catchError(() => addBusinessDays({ timeZone: 'Mars/Olympus' }, '2026-06-01', 1)).issues[0],
    ).toMatchObject({ path: ['calendar', 'timeZone'], code: 'timezone.invalid' })
    expect(
      catchError(() => addBusinessDays({ weekend: [0, 1, 2, 3, 4, 5, 6] }, '2026-06-01', 1)).issues[0],
    ).toMatchObject({ path: ['calendar', 'weekend'], code: 'calendar.no-working-day' })
    expect(
      catchError(() =>
        addBusinessDays({ holidays: ['2026-06-06'], workdays: ['2026-06-06'] }, '2026-06-01', 1),
      ).issues[0],
    ).toMatchObject({ path: ['calendar', 'workdays', 0], code: 'calendar.overlap' })
    expect(
      catchError(() => addBusinessDays({ hours: [{ start: '18:00', end: '09:00' }] }, '2026-06-01', 1))
        .issues[0],
    ).toMatchObject({ path: ['calendar', 'hours', 0, 'end'], code: 'hours.reversed' })
    expect(catchError(() => addBusinessDays({}, '2026-06-01', 1.5)).issues[0]?.path).toEqual(['days'])
  })
})

describe('business hours', () => {
  it('adds hours across the lunch break, a weekend and a holiday', () => {
    // Wed 30 Sep 17:00 + 3 h: 1 h that day, then the next working day is Thu 8 Oct: 09:00–11:00
    expect(addBusinessHours(china, '2026-09-30T17:00:00+08:00', 3)).toBe('2026-10-08T11:00:00.000+08:00')
    // 11:00 + 2 h: 1 h before lunch, 1 h after → 14:00
    expect(addBusinessHours(china, '2026-10-08T11:00:00+08:00', 2)).toBe('2026-10-08T14:00:00.000+08:00')
    // a request arriving at night starts counting at 09:00
    expect(addBusinessHours(china, '2026-10-08T22:30:00+08:00', 0.5)).toBe('2026-10-09T09:30:00.000+08:00')
  })

  it('reads instants in any offset and answers in the calendar zone', () => {
    expect(addBusinessHours(china, '2026-10-08T01:00:00Z', 1)).toBe('2026-10-08T10:00:00.000+08:00')
  })

  it('counts business hours: 24 business hours are three working days of 8 hours', () => {
    expect(businessHoursBetween(china, '2026-10-09T09:00:00+08:00', '2026-10-13T18:00:00+08:00')).toBe(32) // Fri, Sat (make-up), Mon, Tue
    expect(businessHoursBetween(china, '2026-10-13T18:00:00+08:00', '2026-10-09T09:00:00+08:00')).toBe(-32)
    expect(
      businessHoursBetween(
        { timeZone: 'Asia/Shanghai' },
        '2026-06-05T17:00:00+08:00',
        '2026-06-08T10:00:00+08:00',
      ),
    ).toBe(2)
  })

  it('rejects instants without an offset', () => {
    expect(
      catchError(() => businessHoursBetween(china, '2026-10-09T09:00:00', '2026-10-09T10:00:00+08:00'))
        .issues[0]?.path,
    ).toEqual(['from'])
  })

  it('follows daylight-saving changes: a 23-hour and a 25-hour day', () => {
    const newYork = { timeZone: 'America/New_York' }
    // DST starts on Sunday 8 March 2026: Friday 17:00 EST + 2 working hours is Monday 10:00 EDT
    expect(addBusinessHours(newYork, '2026-03-06T17:00:00-05:00', 2)).toBe('2026-03-09T10:00:00.000-04:00')
    expect(businessHoursBetween(newYork, '2026-03-06T17:00:00-05:00', '2026-03-09T10:00:00-04:00')).toBe(2)
    // round the clock, every day: 8 March has only 23 hours, so 24 hours from its midnight end at 01:00 the next day
    const allDay = { timeZone: 'America/New_York', weekend: [], hours: [{ start: '00:00', end: '24:00' }] }
    expect(addBusinessHours(allDay, '2026-03-08T00:00:00-05:00', 24)).toBe('2026-03-09T01:00:00.000-04:00')
    // DST ends on Sunday 25 October 2026 in London (25 hours): 48 weekday hours from Friday noon end on Tuesday noon GMT
    expect(
      addBusinessHours(
        { timeZone: 'Europe/London', hours: [{ start: '00:00', end: '24:00' }] },
        '2026-10-23T12:00:00+01:00',
        48,
      ),
    ).toBe('2026-10-27T12:00:00.000+00:00')
    expect(
      businessHoursBetween(
        { ...allDay, timeZone: 'Europe/London' },
        '2026-10-25T00:00:00+01:00',
        '2026-10-26T00:00:00Z',
      ),
    ).toBe(25)
  })
})

describe('calendar edges (gaps a mutation run found)', () => {
  it('business hours with minutes: 08:30–12:15 and 13:00–17:45 make 8.5 hours a day', () => {
    const shanghai = {
      timeZone: 'Asia/Shanghai',
      hours: [
        { start: '08:30', end: '12:15' },
        { start: '13:00', end: '17:45' },
      ],
    }
    expect(addBusinessHours(shanghai, '2026-06-08T08:00:00+08:00', 1)).toBe('2026-06-08T09:30:00.000+08:00')
    expect(businessHoursBetween(shanghai, '2026-06-08T00:00:00+08:00', '2026-06-09T00:00:00+08:00')).toBe(8.5)
  })

  it('hours that fill a window exactly end at its close; zero hours stay where they start, even off hours', () => {
    expect(addBusinessHours({}, '2026-06-08T09:00:00Z', 9)).toBe('2026-06-08T18:00:00.000+00:00')
    expect(addBusinessHours({ timeZone: 'Asia/Shanghai' }, '2026-06-06T10:00:00+08:00', 0)).toBe(
      '2026-06-06T10:00:00.000+08:00',
    ) // a Saturday
  })

  it('windows on the days the clocks change are wall-clock times: shorter in spring, longer in autumn', () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT, so 01:00–04:00 is 2 hours
    const ny = {
      timeZone: 'America/New_York',
      weekend: [],
      hours: [
        { start: '01:00', end: '04:00' },
        { start: '22:00', end: '24:00' },
      ],
    }
    expect(businessHoursBetween(ny, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toBe(4)
    expect(addBusinessHours(ny, '2026-03-08T00:00:00-05:00', 2.5)).toBe('2026-03-08T22:30:00.000-04:00')
    expect(addBusinessHours(ny, '2026-03-07T23:00:00-05:00', 3)).toBe('2026-03-08T04:00:00.000-04:00')
    // London, 25 October 2026: 02:00 BST falls back to 01:00 GMT, so 00:30–03:00 is 3.5 hours
    const london = { timeZone: 'Europe/London', weekend: [], hours: [{ start: '00:30', end: '03:00' }] }
    expect(businessHoursBetween(london, '2026-10-25T00:00:00+01:00', '2026-10-26T00:00:00Z')).toBe(3.5)
    expect(addBusinessHours(london, '2026-10-25T00:00:00+01:00', 3)).toBe('2026-10-25T02:30:00.000+00:00')
  })

  it('a backward count with no working day is 0, not -0', () => {
    expect(businessDaysBetween({}, '2026-06-07', '2026-06-06')).toBe(0)
  })

  it('windows may touch but not overlap, and a window must not be empty', () => {
    expect(
      addBusinessHours(
        {
          hours: [
            { start: '09:00', end: '12:00' },
            { start: '12:00', end: '18:00' },
          ],
        },
        '2026-06-08T09:00:00Z',
        9,
      ),
    ).toBe('2026-06-08T18:00:00.000+00:00')
    const overlap = catchError(() =>
      addBusinessDays(
        {
          hours: [
            { start: '09:00', end: '12:00' },
            { start: '11:59', end: '18:00' },
          ],
        },
        '2026-06-01',
        1,
      ),
    )
    expect([overlap.code, overlap.issues.map((i) => [i.path, i.code])]).toEqual([
      'INVALID_INPUT',
      [[['calendar', 'hours', 1, 'start'], 'hours.reversed']],
    ])
    expect(
      catchError(() => addBusinessDays({ hours: [{ start: '09:00', end: '09:00' }] }, '2026-06-01', 1))
        .issues[0],
    ).toMatchObject({ path: ['calendar', 'hours', 0, 'end'], code: 'hours.reversed' })
  })

  it('counts up to 36,600 days (a hundred years) and refuses a longer span at `to`', () => {
    expect(businessDaysBetween({ weekend: [] }, '2000-01-01', '2100-03-17')).toBe(36_600)
    const error = catchError(() => businessDaysBetween({}, '2000-01-01', '2100-03-18'))
    expect([error.code, error.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['to'],
          message: expect.stringContaining('36600'),
          code: 'range.too-long',
          params: { start: '2000-01-01', end: '2100-03-18', max: 36_600 },
        },
      ],
    ])
  })

  it('refuses a bad argument with INVALID_INPUT at its name', () => {
    const date = catchError(() => addBusinessDays({}, '2026-02-30', 1))
    expect([date.code, date.issues[0]?.path]).toEqual(['INVALID_INPUT', ['date']])
    const hours = catchError(() => addBusinessHours({}, '2026-06-08T09:00:00Z', -1))
    expect([hours.code, hours.issues[0]?.path]).toEqual(['INVALID_INPUT', ['hours']])
  })
})

describe('calendar bounds: far dates and huge spans return or throw at once (issue #26)', () => {
  const issueOf = (fn: () => unknown) => {
    const error = catchError(fn)
    return [error.code, error.issues[0]?.path, error.issues[0]?.code]
  }

  it('refuses dates and instants outside 1900-01-01..2200-12-31 with date.out-of-range / instant.out-of-range at their name', () => {
    expect(issueOf(() => isBusinessDay({}, '1899-12-31'))).toEqual([
      'INVALID_INPUT',
      ['date'],
      'date.out-of-range',
    ])
    expect(isBusinessDay({}, '1900-01-01')).toBe(true) // a Monday
    expect(isBusinessDay({}, '2200-12-31')).toBe(true) // a Wednesday
    expect(issueOf(() => addBusinessDays({}, '9999-12-31', 1))).toEqual([
      'INVALID_INPUT',
      ['date'],
      'date.out-of-range',
    ])
    expect(issueOf(() => addBusinessHours({}, '9999-12-31T23:59:59Z', 1))).toEqual([
      'INVALID_INPUT',
      ['from'],
      'instant.out-of-range',
    ])
    expect(issueOf(() => businessHoursBetween({}, '2026-01-01T00:00:00Z', '0000-01-01T00:00:00Z'))).toEqual([
      'INVALID_INPUT',
      ['to'],
      'instant.out-of-range',
    ])
    expect(issueOf(() => businessDaysBetween({}, '0000-01-01', '2026-01-01'))).toEqual([
      'INVALID_INPUT',
      ['from'],
      'date.out-of-range',
    ])
  })

  it('refuses 999,999 and 1,000,000 hours up front, and any hour walk past 3,660 days', () => {
    for (const hours of [999_999, 1_000_000, 87_841])
      expect(issueOf(() => addBusinessHours({}, '2026-06-08T09:00:00Z', hours))).toEqual([
        'INVALID_INPUT',
        ['hours'],
        'too_big',
      ])
    // 87,840 working hours of 9 a day on weekdays is about 37 years: more than 3,660 days
    expect(issueOf(() => addBusinessHours({}, '2026-06-08T09:00:00Z', 87_840))).toEqual([
      'INVALID_INPUT',
      ['hours'],
      'calendar.span-too-long',
    ])
    // one working minute a day: 100 hours would take 6,000 days
    const minute = { hours: [{ start: '09:00', end: '09:01' }], weekend: [] }
    expect(issueOf(() => addBusinessHours(minute, '2026-06-08T09:00:00Z', 100))).toEqual([
      'INVALID_INPUT',
      ['hours'],
      'calendar.span-too-long',
    ])
    // 60 hours at one minute a day: 3,600 days, within the bound
    expect(addBusinessHours(minute, '2026-06-08T09:00:00Z', 60)).toBe(
      addBusinessDays({ weekend: [] }, '2026-06-07', 3_600) + 'T09:01:00.000+00:00',
    )
  })

  it('refuses more than 36,600 working days, or a day walk past 36,600 days', () => {
    expect(issueOf(() => addBusinessDays({}, '2026-06-08', 36_601))).toEqual([
      'INVALID_INPUT',
      ['days'],
      'too_big',
    ])
    expect(issueOf(() => addBusinessDays({}, '2026-06-08', -100_000))).toEqual([
      'INVALID_INPUT',
      ['days'],
      'too_small',
    ])
    // only Saturdays are worked: 36,600 of them take 256,200 days
    const saturdays = { weekend: [0, 1, 2, 3, 4, 5] }
    expect(issueOf(() => addBusinessDays(saturdays, '2026-06-08', 36_600))).toEqual([
      'INVALID_INPUT',
      ['days'],
      'calendar.span-too-long',
    ])
    // 5,000 Saturdays take 35,000 days or less: in bound. 2026-06-08 is a Monday: the first is 13 June,
    // the 5,000th 4,999 weeks later
    expect(addBusinessDays(saturdays, '2026-06-08', 5_000)).toBe(
      addBusinessDays({ weekend: [] }, '2026-06-13', 4_999 * 7),
    )
  })

  it('counts working hours over at most 3,660 days', () => {
    // 2026-01-01 + 3,660 days = 2036-01-09 (2028 and 2032 are leap years: 3,652 days to 2036-01-01)
    expect(businessHoursBetween({ weekend: [] }, '2026-01-01T00:00:00Z', '2036-01-09T00:00:00Z')).toBe(
      3_660 * 9,
    )
    expect(issueOf(() => businessHoursBetween({}, '2026-01-01T00:00:00Z', '2036-01-09T00:00:01Z'))).toEqual([
      'INVALID_INPUT',
      ['to'],
      'range.too-long',
    ])
  })
})

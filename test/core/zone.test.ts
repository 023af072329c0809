import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isTimeZone, wallClock, zonedInstant, zoneOffset } from '../../src/core/zone'

const HOUR = 3_600_000
const utc = (text: string): number => Date.parse(`${text}Z`)

describe('zone arithmetic (hand-computed)', () => {
  it('reads offsets east and west of Greenwich, in and out of daylight saving', () => {
    expect(zoneOffset(utc('2026-07-01T00:00:00'), 'Asia/Shanghai')).toBe(8 * HOUR)
    expect(zoneOffset(utc('2026-01-15T12:00:00'), 'America/New_York')).toBe(-5 * HOUR)
    expect(zoneOffset(utc('2026-07-15T12:00:00'), 'America/New_York')).toBe(-4 * HOUR)
    expect(zoneOffset(utc('2026-07-15T12:00:00'), 'Asia/Kolkata')).toBe(5.5 * HOUR)
    // Shanghai's local mean time before 1901: +08:05:43
    expect(zoneOffset(utc('1890-06-01T00:00:00'), 'Asia/Shanghai')).toBe(8 * HOUR + 5 * 60_000 + 43_000)
  })

  it('keeps the milliseconds of an instant, before and after 1970', () => {
    expect(wallClock(utc('2026-03-02T01:02:03.456'), 'Asia/Shanghai')).toBe(utc('2026-03-02T09:02:03.456'))
    expect(wallClock(utc('1960-03-02T01:02:03.456'), 'UTC')).toBe(utc('1960-03-02T01:02:03.456'))
  })

  it('places wall-clock readings: ordinary, skipped (moved forward by the gap) and repeated (the earlier)', () => {
    expect(zonedInstant(utc('2026-05-04T09:00:00'), 'Asia/Shanghai')).toBe(utc('2026-05-04T01:00:00'))
    // New York springs forward at 02:00 EST on 8 March 2026: 02:30 does not exist and reads as 03:30 EDT
    expect(zonedInstant(utc('2026-03-08T02:30:00'), 'America/New_York')).toBe(utc('2026-03-08T07:30:00'))
    // …and falls back at 02:00 EDT on 1 November 2026: 01:30 happens twice, first at 05:30Z
    expect(zonedInstant(utc('2026-11-01T01:30:00'), 'America/New_York')).toBe(utc('2026-11-01T05:30:00'))
    // Santiago's clocks went forward at local midnight on 7 September 2025: the day starts at 01:00
    expect(zonedInstant(utc('2025-09-07T00:00:00'), 'America/Santiago')).toBe(utc('2025-09-07T04:00:00'))
  })

  it('knows the platform zones and nothing else', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
  })
})

// Setting process.env.TZ changes the zone of Date in a forked test process (vitest's default
// pool), not in a worker thread (Stryker's runner uses threads): the oracle is used where it works.
/** Runs `fn` with the process zone set to `zone`, then restores the zone as it was (or unset). */
function inZone<T>(zone: string, fn: () => T): T {
  const original = process.env.TZ
  process.env.TZ = zone
  try {
    return fn()
  } finally {
    if (original === undefined) delete process.env.TZ
    else process.env.TZ = original
  }
}
const tzChangeable = inZone('Asia/Shanghai', () => new Date(0).getTimezoneOffset() === -480)

describe.runIf(tzChangeable)('zone arithmetic agrees with Date in the process zone (properties)', () => {
  const zone = fc.constantFrom(
    'Asia/Shanghai',
    'America/New_York',
    'Europe/London',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'UTC',
  )
  // whole seconds from 1970 to 2100: Date's own offsets are whole minutes there
  const instant = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000)

  it('the offset at an instant is the one Date reads there', () => {
    fc.assert(
      fc.property(zone, instant, (z, t) => {
        expect(zoneOffset(t, z)).toBe(inZone(z, () => -new Date(t).getTimezoneOffset() * 60_000 || 0))
      }),
    )
  })

  it('a wall-clock reading lands where Date puts it, skipped and repeated readings included', () => {
    fc.assert(
      fc.property(zone, instant, fc.integer({ min: -3 * HOUR, max: 3 * HOUR }), (z, t, shift) => {
        const wall = new Date(wallClock(t, z) + shift)
        const local = inZone(
          z,
          () =>
            new Date(
              wall.getUTCFullYear(),
              wall.getUTCMonth(),
              wall.getUTCDate(),
              wall.getUTCHours(),
              wall.getUTCMinutes(),
              wall.getUTCSeconds(),
              wall.getUTCMilliseconds(),
            ),
        )
        expect(zonedInstant(wall.getTime(), z)).toBe(local.getTime())
      }),
    )
  })

  it('a reading read back from the instant it lands on is the same reading, unless it was skipped', () => {
    fc.assert(
      fc.property(zone, instant, (z, t) => {
        const wall = wallClock(t, z)
        const landed = zonedInstant(wall, z)
        expect(wallClock(landed, z)).toBe(wall)
        expect(landed).toBeLessThanOrEqual(t)
      }),
    )
  })
})

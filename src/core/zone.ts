/**
 * IANA time zones through the platform's `Intl` data: the UTC offset at an instant, and the
 * instant of a wall-clock time. The runtime dependencies are zod, decimal.js and date-fns only, so
 * this small piece of zone arithmetic is done here instead of with a time-zone package.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, f)
  }
  return f
}

/** Whether the platform knows the IANA time zone. @internal */
export function isTimeZone(zone: string): boolean {
  try {
    formatterOf(zone)
    return true
  } catch {
    return false
  }
}

/**
 * The wall clock of an instant in a zone, written as the UTC epoch milliseconds of the same
 * reading (whole seconds; the instant's milliseconds are kept). @internal
 */
export function wallClock(ms: number, zone: string): number {
  const fields = { era: 'AD', year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 }
  for (const part of formatterOf(zone).formatToParts(ms)) {
    if (part.type === 'era') fields.era = part.value
    else if (part.type in fields) (fields as Record<string, number | string>)[part.type] = Number(part.value)
  }
  const wall = new Date(0)
  wall.setUTCFullYear(fields.era === 'BC' ? 1 - fields.year : fields.year, fields.month - 1, fields.day)
  wall.setUTCHours(fields.hour, fields.minute, fields.second, 0)
  return wall.getTime() + (((ms % 1000) + 1000) % 1000)
}

/** The zone's UTC offset at an instant, in milliseconds (east of Greenwich positive). @internal */
export function zoneOffset(ms: number, zone: string): number {
  return wallClock(ms, zone) - ms
}

/**
 * The instant a wall-clock reading (given as the UTC epoch milliseconds of the same reading)
 * happens in a zone. A reading skipped by a forward change (a DST gap) moves forward by the gap,
 * as `Date` does for the local zone; a reading that happens twice (a backward change) is the
 * earlier instant. @internal
 */
export function zonedInstant(wall: number, zone: string): number {
  // The offsets a day around the reading bracket any change that could touch it.
  const before = zoneOffset(wall - 86_400_000, zone)
  const after = zoneOffset(wall + 86_400_000, zone)
  const early = wall - before
  if (before === after) return early
  if (zoneOffset(early, zone) === before) return early
  const late = wall - after
  if (zoneOffset(late, zone) === after) return late
  // In the gap: read with the offset before the change, which lands past it.
  return early
}

/**
 * The calendar date (`YYYY-MM-DD`) of a date or an ISO-8601 instant in an IANA zone: a date is its own day.
 *
 * @group Core
 */
export function localDate(dateOrInstant: string, zone: string): string {
  if (dateOrInstant.length === 10) return dateOrInstant
  return new Date(wallClock(Date.parse(dateOrInstant), zone)).toISOString().slice(0, 10)
}

/**
 * English message catalog. Every trace step and every library-made validation issue has a code
 * here; `{name}` is replaced by a parameter, `{name:percent}` shows a fraction as a percentage.
 */
export const en = {
  // validation issues made by the library (zod's own issues keep zod's messages)
  'decimal.not-a-number': 'Expected a decimal number, as a string such as "12.50" or a finite number',
  'decimal.not-finite': 'Expected a finite number, not NaN or Infinity',
  'decimal.too-large': 'The magnitude must be below 10^15',
  'decimal.too-precise': 'At most 12 digits are allowed after the decimal point',
  'decimal.negative': 'Must not be negative',
  'decimal.not-positive': 'Must be greater than zero',
  'decimal.above-max': 'Must be at most {max}',
  'date.invalid': 'Expected a calendar date written YYYY-MM-DD',
  'instant.invalid': 'Expected an ISO-8601 instant with an offset, such as 2026-06-30T09:00:00+08:00',
  'time.invalid': 'Expected a time of day written HH:mm',
  'timezone.invalid': 'Unknown IANA time zone "{zone}"',
  'label.empty': 'A label needs an English or a Chinese text',
  'range.reversed': 'The end date {end} is before the start date {start}',
  'hours.reversed': 'Business hours must end after they start',
  'calendar.no-working-day': 'The calendar has no working day in the week',
  'calendar.overlap': 'The date {date} is both a holiday and a make-up working day',
  'weights.all-zero': 'At least one weight must be greater than zero',
  'ids.duplicate': 'The id "{id}" is used more than once',
  'versions.overlap': 'Version {version} overlaps version {other}: it starts on {start}, before {other} ends',
  'versions.reversed': 'effectiveTo {end} is before effectiveFrom {start}',
  'versions.none-in-force': 'No version is in force on {date}',
  'range.outside-period': 'The range {start}..{end} is not inside the period {period}',
  'range.overlap': 'The range {start}..{end} overlaps {other}',
  'unreadable': 'The value could not be read',

  // trace steps
  'allocate.total': 'Allocated {total} over {parts} parts by weight (largest remainder at scale {scale})',
  'allocate.part': 'Part {index} (weight {weight}) gets {amount}',
  'allocate.extra-unit': 'Part {index} received one extra unit for its remainder',
  'prorate.basis': 'Prorated {amount} over {period} by {basis}: {covered} of {total} units',
  'prorate.range': 'Range {start}..{end} covers {units} units and gets {amount}',
  'policy.in-force': 'Policy {id} version {version} (in force from {from}) applies on {date}',
} as const satisfies Record<string, string>

/** A message code: a key of the message catalogs. */
export type MessageCode = keyof typeof en

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Dec } from '../../src/index'
import { fastOrNothing, hasOnlyKeys, isPlainDate, isPlainId, readCents } from '../../src/core/plain'
// SLA fast path (#20)
import { readPlainInstant } from '../../src/core/plain'
import { InstantSchema } from '../../src/core/schema'

describe('plain readers of the fast paths (hand-computed)', () => {
  it('readCents: whole cents from strings and numbers, nothing else', () => {
    expect(
      ['0', '7', '12.5', '12.50', '0.01', '9999999999999.99', '-3.2'].map((v) => readCents(v, true)),
    ).toEqual([0, 700, 1250, 1250, 1, 999999999999999, -320])
    expect(['-3.2', '-0', '-0.00'].map((v) => readCents(v))).toEqual([undefined, undefined, undefined])
    expect(Object.is(readCents('-0.00', true), 0)).toBe(true)
    for (const bad of [
      '',
      '-',
      '.5',
      '5.',
      '1.234',
      '1e3',
      ' 1',
      '1 ',
      '+1',
      '1,5',
      '12a',
      '10000000000000',
      'NaN',
    ])
      expect(readCents(bad, true), bad).toBeUndefined()
    expect([12.5, 0.07, 0, -0, 1e12].map((v) => readCents(v))).toEqual([1250, 7, 0, 0, 1e14])
    expect(Object.is(readCents(-0), 0)).toBe(true)
    for (const bad of [0.001, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e13, null, undefined, {}, ['1']])
      expect(readCents(bad), JSON.stringify(bad)).toBeUndefined()
    expect(readCents(-1.5, true)).toBe(-150)
  })

  it('isPlainDate: real dates only, within the supported range (as DateSchema)', () => {
    expect(['2026-02-28', '2024-02-29', '1900-01-01', '2200-12-31'].map(isPlainDate)).toEqual([
      true,
      true,
      true,
      true,
    ])
    expect(['1899-12-31', '2201-01-01', '0001-01-01', '9999-12-31'].map(isPlainDate)).toEqual([
      false,
      false,
      false,
      false,
    ])
    expect(
      [
        '2026-02-29',
        '2026-13-01',
        '2026-00-10',
        '2026-04-31',
        '2026-4-1',
        '20260401',
        ' 2026-04-01',
        20260401,
      ].map(isPlainDate),
    ).toEqual([false, false, false, false, false, false, false, false])
  })

  it('isPlainId: 1–200 characters, no space at either end, no line break', () => {
    expect(['a', 'SO-1', '销售 代表', 'x'.repeat(200)].map(isPlainId)).toEqual([true, true, true, true])
    expect(['', ' a', 'a ', 'a\nb', 'x'.repeat(201), 7, null].map(isPlainId)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('hasOnlyKeys: undefined values do not count; fastOrNothing turns a throw into undefined', () => {
    const allowed = new Set(['a', 'b'])
    expect([
      hasOnlyKeys({ a: 1 }, allowed),
      hasOnlyKeys({ a: 1, c: undefined }, allowed),
      hasOnlyKeys({ a: 1, c: 0 }, allowed),
      hasOnlyKeys({}, allowed),
    ]).toEqual([true, true, false, true])
    expect(fastOrNothing(() => 5)).toBe(5)
    expect(
      fastOrNothing(() => {
        throw new TypeError('unreadable')
      }),
    ).toBeUndefined()
  })
})

describe('readCents (properties)', () => {
  it('reads a decimal string exactly when it has at most 13 integer digits and 2 decimals, as its value in cents', () => {
    const text = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,15}$/), fc.option(fc.stringMatching(/^\d{1,3}$/)))
      .map(([minus, whole, frac]) => `${minus ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`)
    fc.assert(
      fc.property(text, (s) => {
        const plain = /^-?\d{1,13}(\.\d{1,2})?$/.test(s)
        const cents = readCents(s, true)
        if (!plain) expect(cents).toBeUndefined()
        else expect(cents).toBe(new Dec(s).times(100).toNumber() || 0)
      }),
    )
  })
})

describe('isPlainDate and isPlainId by hand (properties)', () => {
  // the readers were a regex and a `Date` round trip; the hand-written ones must say the same
  const reference = (value: unknown) => {
    if (typeof value !== 'string') return false
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (m === null || value < '1900-01-01' || value > '2200-12-31') return false
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(0)
    date.setUTCFullYear(y, mo - 1, d)
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
  }
  it('isPlainDate agrees with a regex and a Date round trip', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 1850, max: 2250 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    const mutated = fc
      .tuple(dateLike, fc.nat({ max: 9 }), fc.constantFrom('/', '٣', '0', ' ', '-', 'a', '\n'))
      .map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1))
    fc.assert(
      fc.property(fc.oneof(dateLike, mutated, fc.string(), fc.anything()), (value) => {
        expect(isPlainDate(value)).toBe(reference(value))
      }),
    )
    // every day of the leap years 1900 (not), 2000 (yes), 2024 and 2100 (not)
    expect(['1900-02-29', '2000-02-29', '2024-02-29', '2100-02-29'].map(isPlainDate)).toEqual([
      false,
      true,
      true,
      false,
    ])
  })
  it('isPlainId agrees with ID_PATTERN and the length limit', () => {
    const id = fc.oneof(
      fc.string({ maxLength: 210 }),
      fc.string({ unit: 'grapheme', maxLength: 5 }),
      fc.constantFrom('a\u00a0', '\u3000x', 'a\u2028b', 'x\ty', '\ufeffa', 'a b'),
    )
    fc.assert(
      fc.property(id, (s) => {
        expect(isPlainId(s)).toBe(s.length <= 200 && /^\S(?:.*\S)?$/.test(s))
      }),
    )
  })
})

// SLA fast path (#20): instants read by hand
describe('readPlainInstant', () => {
  const INSTANT = (InstantSchema() as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern

  it('reads the plain form as Date.parse does, and nothing else (hand-computed)', () => {
    // 2026-09-29 is day 20,725 from 1970-01-01; 14:00 at +08:00 is 06:00 UTC
    expect(readPlainInstant('2026-09-29T14:00:00+08:00')).toBe(20_725 * 86_400_000 + 6 * 3_600_000)
    expect(readPlainInstant('2026-09-29T06:00:00Z')).toBe(20_725 * 86_400_000 + 6 * 3_600_000)
    // a fraction of 1–3 digits is milliseconds: `.5` is 500, `.05` is 50
    expect(readPlainInstant('2026-09-29T06:00:00.5Z') - readPlainInstant('2026-09-29T06:00:00Z')).toBe(500)
    expect(readPlainInstant('2026-09-29T06:00:00.05-00:30')).toBe(Date.parse('2026-09-29T06:30:00.050Z'))
    // leap days: 2000 and 2024 have one, 1900 and 2100 do not; the range ends are as written
    expect(readPlainInstant('2000-02-29T00:00:00Z')).toBe(Date.parse('2000-02-29T00:00:00Z'))
    expect(readPlainInstant('1900-01-01T00:00:00+23:59')).toBe(Date.parse('1900-01-01T00:00:00+23:59'))
    expect(readPlainInstant('2200-12-31T23:59:59.999-23:59')).toBe(
      Date.parse('2200-12-31T23:59:59.999-23:59'),
    )
    for (const other of [
      '1900-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T00:60:00Z',
      '2026-01-01T00:00:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+08:60',
      '2026-01-01T00:00:00',
      '2026-01-01T00:00Z',
      '2026-01-01T00:00:00.Z',
      '2026-01-01t00:00:00z',
      '2026-01-01 00:00:00Z',
      '2026-01-01T00:00:00+0800',
      '2026-01-01',
      '1899-12-31T23:59:59Z',
      '2201-01-01T00:00:00Z',
      // valid, but read by Date.parse: a fraction longer than milliseconds
      '2026-01-01T00:00:00.1234Z',
      '２026-01-01T00:00:00Z',
    ])
      expect(readPlainInstant(other), other).toBeNaN()
  })

  it('gives a number only for what InstantSchema accepts, and then what Date.parse gives (property)', () => {
    const written = fc
      .tuple(
        fc.integer({ min: Date.UTC(1899, 11, 30), max: Date.UTC(2201, 0, 2) }),
        fc.integer({ min: -1439, max: 1439 }),
        fc.constantFrom('', '.5', '.05', '.123', '.1234'),
        fc.boolean(),
      )
      .map(([ms, offset, fraction, zulu]) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19) + fraction
        if (zulu) return local + 'Z'
        const m = Math.abs(offset)
        const hh = String(Math.floor(m / 60)).padStart(2, '0')
        return `${local}${offset < 0 ? '-' : '+'}${hh}:${String(m % 60).padStart(2, '0')}`
      })
    // one character changed, dropped or added anywhere
    const mutated = fc
      .tuple(written, fc.nat(30), fc.constantFrom(...'0123456789-+:.TZtz '), fc.constantFrom(0, 1, 2))
      .map(([s, at, c, how]) => {
        const i = at % (s.length + 1)
        return how === 0
          ? s.slice(0, i) + c + s.slice(i + 1)
          : how === 1
            ? s.slice(0, i) + s.slice(i + 1)
            : s.slice(0, i) + c + s.slice(i)
      })
    fc.assert(
      fc.property(fc.oneof(written, mutated), (text) => {
        const read = readPlainInstant(text)
        const date = text.slice(0, 10)
        const valid = INSTANT.test(text) && date >= '1900-01-01' && date <= '2200-12-31'
        if (!Number.isNaN(read)) {
          expect(valid).toBe(true)
          expect(read).toBe(Date.parse(text))
        } else if (valid) expect(text).toMatch(/\.\d{4,}/)
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 1000) },
    )
  })
})

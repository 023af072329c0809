import DecimalJs from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { allocate, Dec, explain, parseAmount, roundAmount, SalesRulesError } from '../../src/index'
import { catchError } from '../helpers'

const cents = { scale: 2, mode: 'half-up' } as const

describe('parseAmount', () => {
  it.each([
    ['1234.50', '1234.5'],
    ['-3', '-3'],
    ['1.5e3', '1500'],
    [' 42 ', '42'],
    ['.5', '0.5'],
    [12.5, '12.5'],
    [19.99, '19.99'],
    ['999999999999999.999', '999999999999999.999'],
    ['0.000000000001', '1e-12'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseAmount(input).toString()).toBe(new Dec(expected).toString())
  })

  it('says "not a number" for null, objects and booleans, never "unreadable"', () => {
    for (const value of [null, undefined, {}, [], true])
      expect(catchError(() => parseAmount(value as never)).issues[0]?.code).toBe('decimal.not-a-number')
  })

  it('turns negative zero into zero', () => {
    expect(Object.is(parseAmount(-0).toNumber(), 0)).toBe(true)
    expect(parseAmount('-0.00').isNegative()).toBe(false)
  })

  it.each([
    ['12abc', 'decimal.not-a-number'],
    ['', 'decimal.not-a-number'],
    ['   ', 'decimal.not-a-number'],
    ['NaN', 'decimal.not-a-number'],
    ['Infinity', 'decimal.not-a-number'],
    ['0x10', 'decimal.not-a-number'],
    ['1,000', 'decimal.not-a-number'],
    [Number.NaN, 'decimal.not-finite'],
    [Number.POSITIVE_INFINITY, 'decimal.not-finite'],
    ['1e999', 'decimal.too-large'],
    ['1000000000000000', 'decimal.too-large'],
    [-1e15, 'decimal.too-large'],
    ['1e-13', 'decimal.too-precise'],
    [0.1 + 0.2, 'decimal.too-precise'],
    [null, 'decimal.not-a-number'],
    [{}, 'decimal.not-a-number'],
    [true, 'decimal.not-a-number'],
  ])('rejects %j with %s', (input, code) => {
    const error = catchError(() => parseAmount(input as string))
    expect(error).toBeInstanceOf(SalesRulesError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues).toEqual([expect.objectContaining({ path: [], code })])
  })
})

describe('roundAmount', () => {
  it.each([
    ['2.345', 'half-up', '2.35'],
    ['-2.345', 'half-up', '-2.35'],
    ['2.345', 'half-even', '2.34'],
    ['2.355', 'half-even', '2.36'],
    ['2.349', 'down', '2.34'],
    ['-2.349', 'down', '-2.34'],
    ['2.341', 'up', '2.35'],
    ['-2.341', 'up', '-2.35'],
    ['-2.341', 'floor', '-2.35'],
    ['-2.349', 'ceiling', '-2.34'],
  ] as const)('rounds %s %s to %s', (value, mode, expected) => {
    expect(roundAmount(value, { scale: 2, mode }).toFixed(2)).toBe(expected)
  })

  it('never returns negative zero', () => {
    expect(roundAmount('-0.001', cents).isNegative()).toBe(false)
  })

  it('rejects a bad value with its path and code (a mutation test found these unasserted)', () => {
    const error = catchError(() => roundAmount('12abc', cents))
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['value'],
      'decimal.not-a-number',
    ])
    expect(catchError(() => roundAmount('1', { scale: 11, mode: 'half-up' })).code).toBe('INVALID_INPUT')
  })

  it('rejects a bad rounding policy with its path', () => {
    const error = catchError(() => roundAmount('1', { scale: 11, mode: 'half-up' }))
    expect(error.issues[0]?.path).toEqual(['rounding', 'scale'])
    const bad = catchError(() => roundAmount('1', { scale: 2, mode: 'nearest' as 'up' }))
    expect(bad.issues[0]?.path).toEqual(['rounding', 'mode'])
  })
})

describe('allocate', () => {
  it('splits 100.00 in three with the extra cent to the first part', () => {
    const result = allocate('100.00', [1, 1, 1], cents)
    expect(result.parts.map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33'])
    expect(explain(result)).toEqual([
      'Allocated 100.00 over 3 parts by weight (largest remainder at scale 2)',
      'Part 1 (weight 1) gets 33.34',
      'Part 1 received one extra unit for its remainder',
      'Part 2 (weight 1) gets 33.33',
      'Part 3 (weight 1) gets 33.33',
    ])
  })

  it('splits 0.05 40/60 into 0.02 and 0.03', () => {
    expect(allocate('0.05', ['0.4', '0.6'], cents).parts.map((p) => p.toFixed(2))).toEqual(['0.02', '0.03'])
  })

  it('gives the remainder to the largest remainder, not the first part', () => {
    // 10.00 by 1:2:7 at scale 0 → exact 1, 2, 7; by 1:1:1 → 3.333.. each; by 2:3:5 of 0.07 at scale 2 → 1.4, 2.1, 3.5 cents
    expect(allocate('0.07', [2, 3, 5], cents).parts.map((p) => p.toFixed(2))).toEqual([
      '0.01',
      '0.02',
      '0.04',
    ])
  })

  it('rounds the total first, then splits it', () => {
    const result = allocate('10.005', [1, 1], cents)
    expect(result.total.toFixed(2)).toBe('10.01')
    expect(result.parts.map((p) => p.toFixed(2))).toEqual(['5.01', '5.00'])
  })

  it('splits a negative amount symmetrically', () => {
    expect(allocate('-100', [1, 1, 1], cents).parts.map((p) => p.toFixed(2))).toEqual([
      '-33.34',
      '-33.33',
      '-33.33',
    ])
  })

  it('gives zero-weight parts nothing', () => {
    expect(allocate('1.00', [0, 1, 0], cents).parts.map((p) => p.toFixed(2))).toEqual([
      '0.00',
      '1.00',
      '0.00',
    ])
  })

  it('breaks ties between equal remainders in favour of the earlier part', () => {
    // 2 cents over four equal weights: every remainder is 0.5 cent; the first two parts get one
    expect(allocate('0.02', [1, 1, 1, 1], cents).parts.map((p) => p.toFixed(2))).toEqual([
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ])
    expect(allocate('0.02', [3, 1, 1, 1, 1, 1], cents).parts.map((p) => p.toFixed(2))).toEqual([
      '0.01',
      '0.01',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ])
  })

  it('rejects a bad total, bad weights and a bad rounding policy with their paths and code', () => {
    const total = catchError(() => allocate('x', [1], cents))
    expect([total.code, total.issues[0]?.path]).toEqual(['INVALID_INPUT', ['total']])
    const rounding = catchError(() => allocate('1', [1], { scale: -1, mode: 'up' }))
    expect([rounding.code, rounding.issues[0]?.path]).toEqual(['INVALID_INPUT', ['rounding', 'scale']])
    expect(catchError(() => allocate('1', [0, 0], cents)).code).toBe('INVALID_INPUT')
  })

  it('rejects weights that are all zero, negative, or missing', () => {
    expect(catchError(() => allocate('1', [0, 0], cents)).issues[0]).toMatchObject({
      path: ['weights'],
      code: 'weights.all-zero',
    })
    expect(catchError(() => allocate('1', [1, -1], cents)).issues[0]).toMatchObject({
      path: ['weights', 1],
      code: 'decimal.negative',
    })
    expect(catchError(() => allocate('1', [], cents)).issues[0]).toMatchObject({
      path: ['weights'],
      code: 'too_small',
    })
  })

  it('does not mutate its inputs', () => {
    const weights = Object.freeze(['1', '2'])
    const rounding = Object.freeze({ ...cents })
    expect(() => allocate('3', weights, rounding)).not.toThrow()
  })
})

describe("the library's own Decimal", () => {
  it('neither reads nor changes the global decimal.js settings', () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding }
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN })
    try {
      expect(parseAmount('123456.789').times(3).toString()).toBe('370370.367')
      expect(roundAmount('2.345', cents).toFixed(2)).toBe('2.35')
      expect(DecimalJs.precision).toBe(5)
      expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_DOWN)
    } finally {
      DecimalJs.set(saved)
    }
  })

  it('serialises decimals as strings in JSON, money at its scale', () => {
    expect(JSON.stringify({ total: allocate('1', [1], cents).total })).toBe('{"total":"1.00"}')
  })
})

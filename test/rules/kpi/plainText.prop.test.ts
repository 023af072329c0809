// The alert level's fast reading of a value (#20): a plain decimal text is read into a double by its digits,
// and a value on a band's bound is compared with the bound's canonical text without building a string; both
// must give exactly what the slower readings they replace give (Number(text) after the plain-text pattern,
// and canonicalText(text) === bound).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalText, isCanonicalOf, plainTextNumber } from '../../../src/rules/kpi/_lib/evaluate'

const RUNS = Number(process.env.FC_RUNS ?? 300)
const PLAIN = /^-?\d{1,15}(?:\.\d{1,12})?$/

/** What the fast reading replaces: the pattern, then Number (zero without its sign), below 10^15. */
function reference(text: string): number | undefined {
  if (!PLAIN.test(text)) return undefined
  const n = Number(text)
  return Math.abs(n) >= 1e15 ? undefined : n === 0 ? 0 : n
}

/** Texts near the plain form: digits, points, minus signs and a few other characters. */
const nearlyPlain = fc.string({
  unit: fc.constantFrom('0', '1', '5', '9', '.', '-', 'e', ' ', '+'),
  maxLength: 30,
})
const plain = fc.stringMatching(PLAIN)

describe('plainTextNumber', () => {
  it.each([
    ['0.0800', 0.08], // 800 ÷ 10^4
    ['-012.50', -12.5], // 1250 ÷ 10^2, negated
    ['-0.000', 0], // zero has no sign
    ['100', 100],
    ['0.1', 0.1], // 1 ÷ 10, the double nearest 0.1
    ['123456789012345', 123456789012345], // 15 digits: still one exact integer
    ['999999999999999.9', 999999999999999.9], // 16 digits: read by Number
    ['1.000000000001', 1.000000000001], // 12 fraction digits
  ])('reads %s as %s', (text, value) => {
    expect(Object.is(plainTextNumber(text), value)).toBe(true)
  })

  it.each([
    '',
    '-',
    '1.',
    '.5',
    '+1',
    '1e3',
    ' 1',
    '1 ',
    '0x10',
    '1.0000000000001',
    '1234567890123456',
    '1.2.3',
  ])('leaves %j to the exact path', (text) => {
    expect(plainTextNumber(text)).toBeUndefined()
  })

  it('gives Number(text) on every plain text and nothing on any other text', () => {
    fc.assert(
      fc.property(fc.oneof(plain, nearlyPlain), (text) => {
        const fast = plainTextNumber(text)
        const expected = reference(text)
        expect(fast === undefined ? 'none' : fast).toBe(expected === undefined ? 'none' : expected)
        if (fast !== undefined) expect(Object.is(fast, -0)).toBe(false)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('isCanonicalOf', () => {
  it.each([
    ['0.0800', '0.08', true],
    ['00.080', '0.08', true],
    ['-0.000', '0', true],
    ['-012.50', '-12.5', true],
    ['100.', '100', true],
    ['0.0801', '0.08', false],
    ['0.08', '-0.08', false],
    ['1', '10', false],
  ])('%s in canonical form is %s: %s', (text, canonical, same) => {
    expect(isCanonicalOf(text, canonical)).toBe(same)
  })

  it('agrees with canonicalText(text) === canonical', () => {
    const pair = fc.oneof(
      // a text and the canonical form of a text near it (often the same decimal)
      fc.tuple(nearlyPlain, nearlyPlain).map(([a, b]) => [a, canonicalText(b)] as const),
      fc
        .tuple(plain, fc.nat(3))
        .map(([a, zeros]) => [`${a}${a.includes('.') ? '0'.repeat(zeros) : ''}`, canonicalText(a)] as const),
      nearlyPlain.map((a) => [a, canonicalText(a)] as const),
    )
    fc.assert(
      fc.property(pair, ([text, canonical]) => {
        expect(isCanonicalOf(text, canonical)).toBe(canonicalText(text) === canonical)
      }),
      { numRuns: RUNS },
    )
  })
})

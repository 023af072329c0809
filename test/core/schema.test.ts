// The zod building blocks and the one place where zod results become SalesRulesErrors: each issue's
// code, path, message and params, as a caller sees them.
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { SalesRulesError } from '../../src/index'
import {
  atPath,
  checkUniqueIds,
  decimalJsonSchema,
  DecimalSchema,
  fail,
  FractionSchema,
  IdSchema,
  LabelSchema,
  parseWith,
  whenValid,
  wholeNumber,
} from '../../src/core/schema'
import { catchError } from '../helpers'

const issuesOf = (schema: z.ZodType, input: unknown, basePath: (string | number)[] = []) =>
  catchError(() => parseWith(schema, input, 'INVALID_INPUT', basePath)).issues

describe('parseWith', () => {
  it('returns the parsed value, or throws the error code with every issue under the base path', () => {
    expect(parseWith(z.object({ a: z.number() }), { a: 1 }, 'INVALID_INPUT')).toEqual({ a: 1 })
    const error = catchError(() =>
      parseWith(z.object({ a: z.number(), b: z.string() }), { a: 'x', b: 2 }, 'INVALID_POLICY', ['policy']),
    )
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [['policy', 'a'], 'invalid_type'],
      [['policy', 'b'], 'invalid_type'],
    ])
  })

  it('reports input that cannot even be read (a getter that throws) as one "unreadable" issue at its path', () => {
    const hostile = {
      get a(): number {
        throw new Error('no')
      },
    }
    const error = catchError(() =>
      parseWith(z.object({ a: z.number() }), hostile, 'INVALID_INPUT', ['quote']),
    )
    expect(error.issues).toEqual([
      { path: ['quote', 'a'], message: 'The value could not be read', code: 'unreadable', params: {} },
    ])
  })

  it('reports a failed union through the one option the value has the shape of, keeping the path of the bad field', () => {
    const one = z.object({ id: z.string(), rate: z.number() })
    const either = z.object({ policy: z.union([one, z.array(one)]) })
    // an object fits the first option only: the issue is that option's, at its field
    expect(
      issuesOf(either, { policy: { id: 'p', rate: 'x' } }, ['doc']).map((i) => [i.path, i.code]),
    ).toEqual([[['doc', 'policy', 'rate'], 'invalid_type']])
    // a list fits the second only
    expect(
      issuesOf(either, {
        policy: [
          { id: 'p', rate: 1 },
          { id: 7, rate: 1 },
        ],
      }).map((i) => [i.path, i.code]),
    ).toEqual([[['policy', 1, 'id'], 'invalid_type']])
    // a value of neither shape is one invalid_union issue at the union
    expect(issuesOf(either, { policy: 'p' }).map((i) => [i.path, i.code])).toEqual([
      [['policy'], 'invalid_union'],
    ])
    // neither is chosen when both options have the value's shape
    const twoObjects = z.union([z.object({ a: z.number() }), z.object({ b: z.number() })])
    expect(issuesOf(twoObjects, { a: 'x' }).map((i) => [i.path, i.code])).toEqual([[[], 'invalid_union']])
    // a union inside the chosen option is unwrapped again; a literal at the root counts as a shape
    const nested = z.union([
      z.literal('none'),
      z.object({ inner: z.union([z.number(), z.array(z.number())]) }),
    ])
    expect(issuesOf(nested, { inner: [1, 'x'] }).map((i) => [i.path, i.code])).toEqual([
      [['inner', 1], 'invalid_type'],
    ])
  })

  it('keeps a library issue’s own code and params, and zod’s code and message for its own issues', () => {
    const schema = z.object({
      items: z
        .array(z.object({ id: z.string() }))
        .check(whenValid((items, ctx) => checkUniqueIds(items, 'id', [], ctx))),
    })
    expect(issuesOf(schema, { items: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] })).toEqual([
      {
        path: ['items', 2, 'id'],
        message: 'The id "a" is used more than once',
        code: 'ids.duplicate',
        params: { id: 'a' },
      },
    ])
    const custom = z.number().refine((n) => n > 0, { message: 'positive please' })
    expect(issuesOf(custom, -1)).toEqual([{ path: [], message: 'positive please', code: 'custom' }])
  })
})

describe('atPath and fail', () => {
  it('prefixes the path of every issue of a SalesRulesError, and lets any other error through as it is', () => {
    const error = catchError(() =>
      atPath([3], () => fail('INVALID_INPUT', 'ids.duplicate', ['id'], { id: 'x' })),
    )
    expect(error.issues).toEqual([
      {
        path: [3, 'id'],
        message: 'The id "x" is used more than once',
        code: 'ids.duplicate',
        params: { id: 'x' },
      },
    ])
    const other = new RangeError('not ours')
    expect(() =>
      atPath([3], () => {
        throw other
      }),
    ).toThrow(other)
    expect(atPath([3], () => 42)).toBe(42)
  })

  it('fills a message’s placeholders from the params, and leaves one without a param as written', () => {
    expect(
      catchError(() => fail('INVALID_INPUT', 'decimal.above-max', [], { max: '100' })).issues[0]?.message,
    ).toBe('Must be at most 100')
    expect(catchError(() => fail('INVALID_INPUT', 'decimal.above-max', [])).issues[0]?.message).toBe(
      'Must be at most {max}',
    )
    expect(
      catchError(() => fail('INVALID_INPUT', 'decimal.above-max', [], { maximum: '1' })).issues[0]?.message,
    ).toBe('Must be at most {max}')
  })
})

describe('decimal, label, id and whole-number schemas', () => {
  it('a fraction is from 0 to 1 inclusive, each side with its own issue', () => {
    expect([
      FractionSchema().parse('0').toString(),
      FractionSchema().parse(1).toString(),
      FractionSchema().parse('0.125').toString(),
    ]).toEqual(['0', '1', '0.125'])
    expect(issuesOf(FractionSchema(), '-0.01')).toEqual([
      { path: [], message: 'Must not be negative', code: 'decimal.negative', params: {} },
    ])
    expect(issuesOf(FractionSchema(), '1.01')).toEqual([
      { path: [], message: 'Must be at most 1', code: 'decimal.above-max', params: { max: '1' } },
    ])
  })

  it('the JSON Schema of a decimal field is found by its input schema, and nothing else has one', () => {
    expect(decimalJsonSchema(FractionSchema().in)).toEqual({
      anyOf: [
        { type: 'string', pattern: expect.any(String) },
        { type: 'number', minimum: 0, maximum: 1 },
      ],
    })
    expect(decimalJsonSchema(DecimalSchema().in)).toEqual({
      anyOf: [
        { type: 'string', pattern: expect.any(String) },
        { type: 'number', exclusiveMinimum: -1e15, exclusiveMaximum: 1e15 },
      ],
    })
    expect([
      decimalJsonSchema(FractionSchema()),
      decimalJsonSchema(IdSchema()),
      decimalJsonSchema(null),
      decimalJsonSchema(undefined),
      decimalJsonSchema('FractionSchema'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('a label is a text, or an object with an English or a Chinese text (either one is enough)', () => {
    expect(LabelSchema().parse('销售代表')).toBe('销售代表')
    expect(LabelSchema().parse({ en: 'Sales rep' })).toEqual({ en: 'Sales rep' })
    expect(LabelSchema().parse({ 'zh-CN': '销售代表' })).toEqual({ 'zh-CN': '销售代表' })
    expect(issuesOf(LabelSchema(), {}, ['label'])).toEqual([
      {
        path: ['label'],
        message: 'A label needs an English or a Chinese text',
        code: 'label.empty',
        params: {},
      },
    ])
  })

  it('an id has no spaces around it; a whole number reads -0 as 0', () => {
    expect(IdSchema().safeParse(' a').success).toBe(false)
    expect(IdSchema().safeParse('a b').success).toBe(true)
    expect(Object.is(wholeNumber(-5, 5).parse(-0), 0)).toBe(true)
    expect(wholeNumber(-5, 5).parse(-5)).toBe(-5)
    expect(wholeNumber(-5, 5).safeParse(6).success).toBe(false)
  })
})

describe('SalesRulesError', () => {
  it('is what parseWith throws, and nothing else escapes it', () => {
    expect(() => parseWith(z.number(), 'x', 'INVALID_INPUT')).toThrow(SalesRulesError)
  })
})

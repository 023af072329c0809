import { describe, expect, it } from 'vitest'
import {
  compileCustomerGrading,
  explain,
  gradeCustomers,
  mergeCustomerSummaries,
  summarizeCustomerValues,
  type CustomerGradingPolicyInput,
} from '../../../src/index'
import { paretoPolicy, tenCustomers } from '../../fixtures/customer'
import { catchError } from '../../helpers'

const asOf = '2026-06-30'

describe('gradeCustomers — Pareto', () => {
  const result = () => gradeCustomers(paretoPolicy, tenCustomers, { asOf })

  it('keeps the customer crossing a cut-off in the higher grade, and gives ties one grade', () => {
    expect(result().customers.map((c) => c.grade)).toEqual(['A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'C'])
    // c3 crosses 80 % (from 65 % to 80 %): A. c4 starts at exactly 80 %: B.
    expect(result().customers[2]?.cumulativeShare?.toString()).toBe('0.8')
    expect(result().customers[3]?.cumulativeShare?.toString()).toBe('0.88')
    expect(result().total.toString()).toBe('1000000')
  })

  it('ranks ties together and reports shares', () => {
    expect(result().customers.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 8, 10])
    expect(result().customers[4]?.share?.toString()).toBe('0.04')
    expect(result().customers[4]?.cumulativeShare?.toString()).toBe('0.96') // through the whole tie group
    expect(result().cutoffs.map((c) => [c.grade, c.minValue?.toString() ?? null])).toEqual([
      ['A', '150000'],
      ['B', '40000'],
      ['C', '0'],
    ])
  })

  it('summarises each grade, the no-history grade included', () => {
    expect(result().summary.map((s) => [s.grade, s.count, s.value.toString(), s.share.toString()])).toEqual([
      ['A', 3, '800000', '0.8'],
      ['B', 3, '160000', '0.16'],
      ['C', 4, '40000', '0.04'],
      ['new', 0, '0', '0'],
    ])
    expect(explain(result(), { locale: 'zh-CN' })[1]).toBe(
      'A 类（高价值）覆盖累计占比至 80%：数值自 150000 起',
    )
  })

  it('explains one customer', () => {
    expect(explain(result().customers[3]!)).toEqual([
      'Rank 4, value 80000: the customers above it held 80% of the total, under the B (medium value) cut-off of 95%',
    ])
  })

  it('gives customers without history the no-history grade and leaves them out of the shares', () => {
    const withNew = gradeCustomers(paretoPolicy, [...tenCustomers, { id: 'n1' }, { id: 'n2', value: null }], {
      asOf,
    })
    expect(withNew.customers.slice(-2).map((c) => [c.grade, c.reason, c.rank])).toEqual([
      ['new', 'no-history', null],
      ['new', 'no-history', null],
    ])
    expect(withNew.total.toString()).toBe('1000000')
    expect(withNew.summary.at(-1)).toMatchObject({ grade: 'new', count: 2 })
  })

  it('grades everyone C when every value is zero', () => {
    const zero = gradeCustomers(
      paretoPolicy,
      [
        { id: 'a', value: 0 },
        { id: 'b', value: 0 },
      ],
      { asOf },
    )
    expect(zero.customers.map((c) => c.grade)).toEqual(['C', 'C'])
  })
})

describe('gradeCustomers — thresholds and weighted', () => {
  const thresholds: CustomerGradingPolicyInput = {
    ...paretoPolicy,
    method: {
      kind: 'thresholds',
      measure: 'revenue',
      lookbackMonths: 12,
      minimums: ['1000000', '200000', '0'],
    },
  }

  it('a value equal to a minimum reaches the grade', () => {
    const r = gradeCustomers(
      thresholds,
      [
        { id: 'a', value: '1000000' },
        { id: 'b', value: '999999.99' },
        { id: 'c', value: '200000' },
        { id: 'd', value: '-5' },
      ],
      { asOf },
    )
    expect(r.customers.map((c) => c.grade)).toEqual(['A', 'B', 'B', 'C'])
    expect(explain(r.customers[3]!)).toEqual(['Value -5 is below every minimum: C (low value)'])
    expect(r.customers.map((c) => [c.reason, c.rank])).toEqual([
      ['threshold', 1],
      ['threshold', 2],
      ['threshold', 3],
      ['threshold', 4],
    ])
    expect(r.cutoffs.map((c) => [c.grade, c.minValue?.toString()])).toEqual([
      ['A', '1000000'],
      ['B', '200000'],
      ['C', '0'],
    ])
    expect(explain(r)[0]).toBe('Graded 4 customers by thresholds: total revenue 2199994.99')
    expect(explain(r.customers[1]!)).toEqual([
      'Value 999999.99 reaches the B (medium value) minimum of 200000',
    ])
  })

  it('grades by a weighted scorecard (规模, 行业, 需求)', () => {
    const level = (ids: string[]) => ids.map((id, i) => ({ id, label: id, points: i }))
    const weighted: CustomerGradingPolicyInput = {
      ...paretoPolicy,
      method: {
        kind: 'weighted',
        dimensions: [
          {
            key: 'scale',
            label: { en: 'Scale', 'zh-CN': '规模' },
            weight: '0.5',
            levels: level(['small', 'medium', 'large']),
          },
          {
            key: 'industry',
            label: { en: 'Industry', 'zh-CN': '行业' },
            weight: '0.2',
            levels: level(['other', 'target']),
          },
          {
            key: 'need',
            label: { en: 'Need', 'zh-CN': '需求' },
            weight: '0.3',
            levels: level(['low', 'mid', 'high']),
          },
        ],
        minScores: [70, 40, 0],
      },
    }
    const r = gradeCustomers(
      weighted,
      [
        { id: 'a', ratings: { scale: 'large', industry: 'other', need: 'mid' } }, // 50 + 0 + 15 = 65 → B
        { id: 'b', ratings: { scale: 'large', industry: 'target', need: 'low' } }, // 50 + 20 + 0 = 70 → A (on the cut)
        { id: 'c', ratings: { scale: 'small', industry: 'target', need: 'mid' } }, // 0 + 20 + 15 = 35 → C
        { id: 'd' },
      ],
      { asOf },
    )
    expect(r.customers.map((c) => [c.grade, c.score?.toString() ?? null, c.rank])).toEqual([
      ['B', '65', 2],
      ['A', '70', 1],
      ['C', '35', 3],
      ['new', null, null],
    ])
    // a weighted grading has no values, shares or cut-off values: the scores decide
    expect(r.customers.map((c) => [c.reason, c.value, c.share, c.cumulativeShare])).toEqual([
      ['score', null, null, null],
      ['score', null, null, null],
      ['score', null, null, null],
      ['no-history', null, null, null],
    ])
    expect([r.method, r.cutoffs, r.total.toString()]).toEqual(['weighted', [], '0'])
    expect(explain(r)[0]).toBe('Graded 4 customers by weighted criteria: total score —')
    expect(r.customers.slice(0, 2).map((c) => explain(c))).toEqual([
      ['Score 65 reaches the B (medium value) cut score of 40'],
      ['Score 70 reaches the A (high value) cut score of 70'],
    ])
  })

  it('rejects weighted cut scores that do not decrease, with the path', () => {
    const bad: CustomerGradingPolicyInput = {
      ...paretoPolicy,
      method: {
        kind: 'weighted',
        dimensions: [
          {
            key: 'x',
            label: 'x',
            weight: 1,
            levels: [
              { id: 'a', label: 'a', points: 0 },
              { id: 'b', label: 'b', points: 1 },
            ],
          },
        ],
        minScores: [0, 40, 70],
      },
    }
    expect(catchError(() => gradeCustomers(bad, [], { asOf })).issues).toContainEqual(
      expect.objectContaining({ path: ['method', 'minScores', 1], code: 'grading.cuts-decrease' }),
    )
  })
})

describe('overrides, hysteresis and movement', () => {
  it('keeps a higher grade until the customer has been below it for two periods', () => {
    const first = gradeCustomers(
      paretoPolicy,
      [...tenCustomers.slice(0, 3), { id: 'c4', value: '80000', previous: { grade: 'A' } }],
      { asOf },
    )
    const c4 = first.customers[3]!
    // with only 4 customers c4 is C by Pareto (before = 800000 / 880000 = 90.9 %); it was A, first period below: held
    expect(c4).toMatchObject({
      grade: 'A',
      computedGrade: 'B',
      held: true,
      periodsBelow: 1,
      reason: 'held',
      movement: 'same',
    })
    const second = gradeCustomers(
      paretoPolicy,
      [...tenCustomers.slice(0, 3), { id: 'c4', value: '80000', previous: { grade: 'A', periodsBelow: 1 } }],
      { asOf },
    )
    expect(second.customers[3]).toMatchObject({ grade: 'B', held: false, periodsBelow: 0, movement: 'down' })
    expect(second.moves).toEqual({ up: 0, down: 1 })
    expect(explain(second.customers[3]!, { locale: 'zh-CN' }).at(-1)).toBe(
      '由 A 类（高价值）降至 B 类（中等价值）',
    )
  })

  it('lets a manual override win and flags it', () => {
    const r = gradeCustomers(
      paretoPolicy,
      [
        ...tenCustomers.slice(0, 9),
        {
          id: 'c10',
          value: '0',
          override: { grade: 'A', reason: 'Strategic account' },
          previous: { grade: 'C' },
        },
      ],
      { asOf },
    )
    expect(r.customers[9]).toMatchObject({
      grade: 'A',
      computedGrade: 'C',
      overridden: true,
      reason: 'override',
      movement: 'up',
    })
  })

  it('rejects duplicate ids and unknown grades with their paths', () => {
    expect(
      catchError(() =>
        gradeCustomers(
          paretoPolicy,
          [
            { id: 'a', value: 1 },
            { id: 'a', value: 2 },
          ],
          { asOf },
        ),
      ).issues[0],
    ).toMatchObject({ path: ['customers', 1, 'id'], code: 'grading.duplicate-customer' })
    expect(
      catchError(() =>
        gradeCustomers(paretoPolicy, [{ id: 'a', value: 1, override: { grade: 'S', reason: 'x' } }], {
          asOf,
        }),
      ).issues[0],
    ).toMatchObject({ path: ['customers', 0, 'override', 'grade'] })
    expect(
      catchError(() => gradeCustomers(paretoPolicy, [{ id: 'a', value: 'lots' }], { asOf })).issues[0],
    ).toMatchObject({ path: ['customers', 0, 'value'], code: 'decimal.not-a-number' })
    expect(
      catchError(() => gradeCustomers(paretoPolicy, [], { asOf: '2026-13-01' })).issues[0]?.path,
    ).toEqual(['options', 'asOf'])
  })

  it('rejects cut-offs that do not end at 100 % or do not match the grades', () => {
    const short = { ...paretoPolicy, method: { ...paretoPolicy.method, cutoffs: ['0.8', '0.95', '0.99'] } }
    expect(catchError(() => gradeCustomers(short, [], { asOf })).issues[0]).toMatchObject({
      code: 'grading.pareto-end',
      path: ['method', 'cutoffs', 2],
    })
    const count = { ...paretoPolicy, method: { ...paretoPolicy.method, cutoffs: ['0.8', '1'] } }
    expect(catchError(() => gradeCustomers(count, [], { asOf })).issues[0]).toMatchObject({
      code: 'grading.cut-count',
    })
  })

  it('does not mutate its inputs', () => {
    const customers = structuredClone(tenCustomers)
    gradeCustomers(paretoPolicy, customers, { asOf })
    expect(customers).toEqual(tenCustomers)
  })
})

describe('partitions and the compiled column path', () => {
  it('grading partitions against the merged summary equals one call', () => {
    const whole = gradeCustomers(paretoPolicy, tenCustomers, { asOf })
    const parts = [tenCustomers.slice(0, 4), tenCustomers.slice(4, 5), tenCustomers.slice(5)]
    const summary = mergeCustomerSummaries(
      paretoPolicy,
      parts.map((p) => JSON.parse(JSON.stringify(summarizeCustomerValues(paretoPolicy, p)))),
    )
    const graded = parts.flatMap((p) => gradeCustomers(paretoPolicy, p, { asOf, summary }).customers)
    expect(graded.map((c) => [c.id, c.grade, c.rank, c.cumulativeShare?.toString()])).toEqual(
      whole.customers.map((c) => [c.id, c.grade, c.rank, c.cumulativeShare?.toString()]),
    )
  })

  it('summarizes only a value-based grading, and merges only summaries of the same policy and measure', () => {
    const levels = [
      { id: 'low', label: 'low', points: 0 },
      { id: 'mid', label: 'mid', points: 1 },
      { id: 'high', label: 'high', points: 2 },
    ]
    const weighted: CustomerGradingPolicyInput = {
      ...paretoPolicy,
      method: {
        kind: 'weighted',
        dimensions: [{ key: 'x', label: 'x', weight: 1, levels }],
        minScores: [70, 40, 0],
      },
    }
    expect(catchError(() => summarizeCustomerValues(weighted, tenCustomers))).toMatchObject({
      code: 'INVALID_POLICY',
      issues: [{ path: ['method', 'kind'], code: 'grading.not-value-based' }],
    })
    const s = JSON.parse(JSON.stringify(summarizeCustomerValues(paretoPolicy, tenCustomers)))
    expect(
      catchError(() => mergeCustomerSummaries(paretoPolicy, [{ ...s, measure: 'gross-profit' }])).issues[0],
    ).toMatchObject({ path: ['summaries', 0, 'policyId'], code: 'grading.summary-policy' })
    expect(
      catchError(() => mergeCustomerSummaries(paretoPolicy, [{ ...s, customers: s.customers + 1 }]))
        .issues[0],
    ).toMatchObject({ path: ['summaries', 0, 'total'], code: 'grading.summary-total' })
    expect(
      catchError(() => mergeCustomerSummaries(paretoPolicy, [s, { ...s, total: 'x' }])).issues[0]?.path.slice(
        0,
        2,
      ),
    ).toEqual(['summaries', 1])
  })

  it('grades a value the summary does not hold by the minimum values, and says so (it has no rank)', () => {
    const summary = summarizeCustomerValues(paretoPolicy, tenCustomers)
    // minimums from the ten: A from 150,000 (c3), B from 40,000 (c5, c6); 40,000 is in the summary, ranked with c5
    const g = gradeCustomers(
      paretoPolicy,
      [
        { id: 'x1', value: '300000' },
        { id: 'x2', value: '40000' },
        { id: 'x3', value: '5000' },
      ],
      { asOf, summary },
    )
    expect(g.customers.map((c) => [c.id, c.grade, c.rank, explain(c)])).toEqual([
      [
        'x1',
        'A',
        null,
        ['Value 300000 is not in the summary: at or above the A (high value) minimum of 150000'],
      ],
      [
        'x2',
        'B',
        5,
        [
          'Rank 5, value 40000: the customers above it held 88% of the total, under the B (medium value) cut-off of 95%',
        ],
      ],
      ['x3', 'C', null, ['Value 5000 is not in the summary: below every minimum, so C (low value)']],
    ])
    expect(explain(g.customers[0]!, { locale: 'zh-CN' })).toEqual([
      '数值 300000 不在汇总中：不低于 A 类（高价值）的最低值 150000',
    ])
    expect(explain(g.customers[2]!, { locale: 'zh-CN' })).toEqual([
      '数值 5000 不在汇总中：低于所有最低值，归为 C 类（低价值）',
    ])
  })

  it('names an unknown previous or override grade, and a summary of another policy, with their paths', () => {
    const previous = catchError(() =>
      gradeCustomers(paretoPolicy, [{ id: 'x', value: '1', previous: { grade: 'Z' } }], { asOf }),
    )
    expect([previous.code, previous.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['customers', 0, 'previous', 'grade'],
          code: 'grading.unknown-grade',
          message: 'Unknown grade "Z"',
          params: { grade: 'Z' },
        },
      ],
    ])
    const override = catchError(() =>
      gradeCustomers(paretoPolicy, [{ id: 'x', value: '1', override: { grade: 'Z', reason: 'r' } }], {
        asOf,
      }),
    )
    expect(override.issues).toEqual([
      {
        path: ['customers', 0, 'override', 'grade'],
        code: 'grading.unknown-grade',
        message: 'Unknown grade "Z"',
        params: { grade: 'Z' },
      },
    ])
    const summary = summarizeCustomerValues(paretoPolicy, tenCustomers)
    const other = catchError(() =>
      gradeCustomers(paretoPolicy, [], { asOf, summary: { ...summary, policyId: 'x' } }),
    )
    expect([other.code, other.issues[0]?.path, other.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['options', 'summary', 'policyId'],
      'grading.summary-policy',
    ])
    expect(catchError(() => mergeCustomerSummaries(paretoPolicy, [])).code).toBe('INVALID_INPUT')
  })

  it('rejects a summary that does not add up or belongs to another policy', () => {
    const s = JSON.parse(JSON.stringify(summarizeCustomerValues(paretoPolicy, tenCustomers)))
    expect(
      catchError(() => mergeCustomerSummaries(paretoPolicy, [{ ...s, total: '1' }])).issues[0],
    ).toMatchObject({ path: ['summaries', 0, 'total'], code: 'grading.summary-total' })
    expect(
      catchError(() => mergeCustomerSummaries(paretoPolicy, [{ ...s, policyId: 'other' }])).issues[0],
    ).toMatchObject({ code: 'grading.summary-policy' })
  })

  it('grades a column of values exactly as the full grading, on the integer and the decimal path', () => {
    const evaluator = compileCustomerGrading(paretoPolicy)
    const fast = evaluator.gradeValues(tenCustomers.map((c) => Number(c.value)))
    expect(fast.integerPath).toBe(true)
    expect(Array.from(fast.grades)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 2])
    expect(fast.minValues).toEqual([150000, 40000, 0])
    const odd = evaluator.gradeValues([0.001, 0.002, 0.003])
    expect(odd.integerPath).toBe(false)
    expect(Array.from(odd.grades)).toEqual(
      gradeCustomers(
        paretoPolicy,
        [
          { id: 'a', value: 0.001 },
          { id: 'b', value: 0.002 },
          { id: 'c', value: 0.003 },
        ],
        { asOf },
      ).customers.map((c) => ['A', 'B', 'C'].indexOf(c.grade)),
    )
    expect(catchError(() => evaluator.gradeValues([1, Number.NaN])).issues[0]).toMatchObject({
      path: ['values', 1],
      code: 'decimal.not-finite',
    })
  })

  it('grades a column by thresholds, negative values included, on both paths (gaps a mutation run found)', () => {
    const thresholds: CustomerGradingPolicyInput = {
      ...paretoPolicy,
      method: {
        kind: 'thresholds',
        measure: 'revenue',
        lookbackMonths: 12,
        minimums: ['1000000', '200000', '0'],
      },
    }
    const evaluator = compileCustomerGrading(thresholds)
    // a minimum is reached by a value equal to it; below the last minimum is the last grade
    const whole = evaluator.gradeValues([1000000, 999999.99, 200000, 199999.99, 0, -5])
    expect([Array.from(whole.grades), whole.minValues, whole.integerPath]).toEqual([
      [0, 1, 1, 2, 2, 2],
      [1000000, 200000, 0],
      true,
    ])
    // the cut-offs are the policy's minimums on either path, as in the full grading's cutoffs
    const odd = evaluator.gradeValues([1000000.001, 0.001, -0.001])
    expect([Array.from(odd.grades), odd.minValues, odd.integerPath]).toEqual([
      [0, 2, 2],
      [1000000, 200000, 0],
      false,
    ])
    const full = gradeCustomers(
      thresholds,
      [
        { id: 'a', value: '1000000.001' },
        { id: 'b', value: '0.001' },
        { id: 'c', value: '-0.001' },
      ],
      { asOf },
    )
    expect(full.cutoffs.map((c) => c.minValue?.toNumber())).toEqual(odd.minValues)
    // a negative Pareto value (a loss) is graded in the last grade, on the compiled path too
    expect([...compileCustomerGrading(paretoPolicy).gradeValues([5, -1]).grades]).toEqual([0, 2])
    expect(catchError(() => evaluator.gradeValues([1, '2' as never])).issues[0]).toMatchObject({
      path: ['values', 1],
      code: 'decimal.not-finite',
    })
    expect(catchError(() => evaluator.gradeValues([1e15])).issues[0]).toMatchObject({
      path: ['values', 0],
      code: 'decimal.too-large',
    })
    for (const column of [null, 5, { length: -1 }, { length: 1.5 }])
      expect(catchError(() => evaluator.gradeValues(column as never)).issues[0]).toMatchObject({
        path: ['values'],
        code: 'grading.not-a-column',
      })
    // an empty column, and a Pareto column of zeros: everyone in the last grade, no minimum values
    expect(Array.from(evaluator.gradeValues([]).grades)).toEqual([])
    const zeros = compileCustomerGrading(paretoPolicy).gradeValues([0, 0])
    expect([Array.from(zeros.grades), zeros.minValues]).toEqual([
      [2, 2],
      [null, null, 0],
    ])
    // −0 is 0, as the full grading reads it: the C cut-off is 0, not −0 (toEqual tells them apart)
    for (const column of [[-0], [-0, 0.001]])
      expect(compileCustomerGrading(paretoPolicy).gradeValues(column).minValues).toEqual(
        gradeCustomers(
          paretoPolicy,
          column.map((value, i) => ({ id: `c${i}`, value })),
          { asOf },
        ).cutoffs.map((c) => (c.minValue === null ? null : c.minValue.toNumber())),
      )
    expect(compileCustomerGrading(paretoPolicy).gradeValues([-0]).minValues).toEqual([null, null, 0])
  })
})

import { describe, expect, it } from 'vitest'
import { allocateProfitShare, explain } from '../../../src/index'
import { catchError } from '../../helpers'

const three = (revenue: [number, number, number]) =>
  (['a', 'b', 'c'] as const).map((id, i) => ({ id, revenue: revenue[i] as number }))
const amounts = (r: ReturnType<typeof allocateProfitShare>) => r.parts.map((p) => p.amount.toFixed(2))

describe('allocateProfitShare', () => {
  it('runs the JSDoc example: 100,000.01 split three ways, exact to the cent', () => {
    const result = allocateProfitShare('100000.01', three([1, 1, 1]), { shareBy: 'revenue' })
    // 10,000,001 cents / 3 = 3,333,333.67 each: floors 3 × 3,333,333 = 9,999,999; the 2 cents left go to
    // the largest remainders, all equal, so to the earlier: a and b
    expect(amounts(result)).toEqual(['33333.34', '33333.34', '33333.33'])
    expect(result.distributed.toFixed(2)).toBe('100000.01')
    expect(result.undistributed.toFixed(2)).toBe('0.00')
    expect(JSON.parse(JSON.stringify(result.parts[0])).amount).toBe('33333.34')
  })

  it('caps a share and gives what the cap holds back to the others by their weights', () => {
    const result = allocateProfitShare('100000.01', three([5_000_000, 3_000_000, 2_000_000]), {
      shareBy: 'revenue',
      cap: '40000',
    })
    // (shares in the trace are of the pool, to 6 decimals: 40,000 / 100,000.01 = 0.399999996 → 40%)
    // exact shares 50,000.005 / 30,000.003 / 20,000.002: a passes 40,000 → capped
    // the rest 60,000.01 over b and c by 3:2 → 36,000.006 and 24,000.004: 6,000,001 cents, floors 6,000,000,
    // the cent left to b (remainder .6 > .4)
    expect(amounts(result)).toEqual(['40000.00', '36000.01', '24000.00'])
    expect(result.parts.map((p) => p.capped)).toEqual([true, false, false])
    expect(explain(result)).toEqual([
      'Pool 100000.01 shared among 3 by revenue',
      'a: capped at 40000.00; the rest goes to the others by their weights',
      'a: weight 5000000, 40% of the pool, 40000.00',
      'b: weight 3000000, 36% of the pool, 36000.01',
      'b gets one more unit from the rounding (largest remainder)',
      'c: weight 2000000, 24% of the pool, 24000.00',
    ])
  })

  it('caps in rounds when the redistribution passes another cap', () => {
    // weights 6:3:1 of 100,000, cap 35,000: a (60,000) capped; 65,000 over b, c by 3:1 → b 48,750 capped;
    // c gets 30,000 (under the cap)
    const result = allocateProfitShare('100000', three([6, 3, 1]), { shareBy: 'revenue', cap: '35000' })
    expect(amounts(result)).toEqual(['35000.00', '35000.00', '30000.00'])
    // everyone capped: 3 × 20,000 = 60,000 paid and 40,000 left in the pool
    const all = allocateProfitShare('100000', three([6, 3, 1]), { shareBy: 'revenue', cap: '20000' })
    expect(amounts(all)).toEqual(['20000.00', '20000.00', '20000.00'])
    expect(all.undistributed.toFixed(2)).toBe('40000.00')
    expect(explain(all, { locale: 'zh-CN' }).at(-1)).toBe(
      '40000.00 留在分红池中：所有参与者均已达上限或权重为零',
    )
  })

  it('weights by the appraisal’s bonus multiplier, alone or times revenue', () => {
    const people = [
      { id: 'a', revenue: 100, multiplier: '1.5' },
      { id: 'b', revenue: 100, multiplier: 1 },
      { id: 'c', revenue: 100, multiplier: '0.5' },
    ]
    // weights 150 : 100 : 50 → 10,000,001 cents × 1/2, 1/3, 1/6 = 5,000,000.5, 3,333,333.67, 1,666,666.83:
    // floors 9,999,999, the 2 cents left to c (.83) and b (.67)
    const result = allocateProfitShare('100000.01', people, { shareBy: 'revenue-and-appraisal' })
    expect(amounts(result)).toEqual(['50000.00', '33333.34', '16666.67'])
    const byAppraisal = allocateProfitShare(
      '300',
      people.map(({ id, multiplier }) => ({ id, multiplier })),
      { shareBy: 'appraisal' },
    )
    expect(amounts(byAppraisal)).toEqual(['150.00', '100.00', '50.00'])
  })

  it('reports bad input at its path', () => {
    const cases: [() => unknown, string, (string | number)[]][] = [
      [
        () => allocateProfitShare('-1', three([1, 1, 1]), { shareBy: 'revenue' }),
        'decimal.negative',
        ['pool'],
      ],
      [
        () => allocateProfitShare('1', [{ id: 'a' }], { shareBy: 'revenue' }),
        'profit-share.needs',
        ['participants', 0, 'revenue'],
      ],
      [
        () => allocateProfitShare('1', [{ id: 'a', revenue: 1, multiplier: 1 }], { shareBy: 'revenue' }),
        'profit-share.unused',
        ['participants', 0, 'multiplier'],
      ],
      [
        () =>
          allocateProfitShare(
            '1',
            [
              { id: 'a', revenue: 1 },
              { id: 'a', revenue: 1 },
            ],
            { shareBy: 'revenue' },
          ),
        'ids.duplicate',
        ['participants', 1, 'id'],
      ],
      [
        () => allocateProfitShare('1', three([1, 1, 1]), { shareBy: 'equal' } as never),
        'invalid_value',
        ['rule', 'shareBy'],
      ],
    ]
    for (const [call, code, path] of cases) {
      const error = catchError(call)
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path]).toEqual([
        'INVALID_INPUT',
        code,
        path,
      ])
    }
  })

  it('leaves the pool undistributed when every weight is zero', () => {
    const result = allocateProfitShare('10', three([0, 0, 0]), { shareBy: 'revenue' })
    expect(amounts(result)).toEqual(['0.00', '0.00', '0.00'])
    expect(result.undistributed.toFixed(2)).toBe('10.00')
  })
})

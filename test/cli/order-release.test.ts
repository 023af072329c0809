// `evaluate order-release` and `evaluate contracts` through the built command, as another system runs them.
import { describe, expect, it } from 'vitest'
import { evaluate, run } from './run'

const order = {
  id: 'SO-0601',
  currency: 'CNY',
  customer: { id: 'DEALER-7', grade: 'A' },
  deliveryDate: '2026-06-10',
  lines: [{ product: 'TILE-600', quantity: 200, unitPrice: '45.50' }],
}
const facts = {
  qualification: { approved: true },
  priceList: [{ product: 'TILE-600', price: '45.50' }],
  stockConfirmations: [{ product: 'TILE-600', on: '2026-05-30' }],
}
const slip = { id: 'TT-88', amount: '9100.00', date: '2026-06-01' }

describe('sales-rules evaluate order-release', () => {
  it('decides each line with the version in force on its asOf, blocked then released', async () => {
    const lines = [
      { order, context: { ...facts, asOf: '2026-06-01', payments: [slip] } },
      {
        order,
        context: {
          ...facts,
          asOf: '2026-06-02',
          payments: [{ ...slip, confirmation: { by: 'finance', on: '2026-06-02' } }],
        },
      },
      { order: { ...order, currency: 'USD' }, context: { asOf: '2026-06-01' } },
    ]
    const result = await evaluate('order-release', lines)
    expect(result.status).toBe(1)
    const { out } = result
    expect(out[0]?.result.blockers).toEqual([
      {
        rule: 'payment-unconfirmed',
        // at the policy's moneyScale (2): nothing confirmed of 200 × 45.50 = 9100.00
        actual: '0.00',
        limit: '9100.00',
        path: ['context', 'payments'],
        overridableBy: [],
      },
    ])
    expect([out[1]?.result.releasable, out[1]?.result.policy]).toEqual([
      true,
      { id: 'order-release', version: '2026.1', effectiveFrom: '2026-04-01' },
    ])
    expect(out[2]).toMatchObject({ line: 3, ok: false, error: { code: 'INVALID_INPUT' } })
    expect(result.stderr).toBe('sales-rules evaluate order-release: 3 lines, 2 decided, 1 rejected\n')
  })
})

describe('sales-rules explain contracts', () => {
  it('explains the review of a 包销 contract in Chinese', async () => {
    const contract = {
      id: 'HT-1',
      date: '2026-06-01',
      currency: 'CNY',
      amount: '80000',
      type: 'exclusive-distribution',
    }
    const result = await run(
      ['explain', 'contracts', '--policy', 'examples/policy.json', '--locale', 'zh-CN'],
      JSON.stringify(contract),
    )
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n')).toEqual([
      '第 1 行：',
      '  所有合同均须审核，依次 2 步',
      '  第 1 步：销售部经理（核实）',
      '  第 2 步：审计部（核定）',
      '  合同采用公司统一蓝本',
      '  包销合同还须经分公司总经理、销售副总批准',
      '  合同须加盖公司合同章方为有效',
      '  依次审核 2 步，并行批准 2 项',
      '',
    ])
  })
})

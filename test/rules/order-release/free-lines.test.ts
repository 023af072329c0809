// 搭赠 (a practitioner's question, issue #21): a free line of a product beside its paid line. Free lines
// are priced 0, outside the price list check, inside the stock check; two lines of one product are
// allowed when they differ in `free` or carry distinct `lineId`s.
import { describe, expect, it } from 'vitest'
import { checkOrderRelease } from '../../../src/index'
import type { OrderInput } from '../../../src/index'
import { handbookPolicy, tileContext, tileOrder } from '../../fixtures/order'
import { catchError } from '../../helpers'

const paid = { asOf: '2026-06-02' }
/** The tile order paid in full and confirmed: 9,100.00. */
const context = {
  ...tileContext,
  ...paid,
  payments: [
    { id: 'TT-1', amount: '9100', date: '2026-06-01', confirmation: { by: 'finance', on: '2026-06-02' } },
  ],
}
const withLines = (lines: OrderInput['lines']): OrderInput => ({ ...tileOrder, lines })

describe('free lines (搭赠)', () => {
  it('releases 200 boxes at 45.50 plus 10 free boxes of the same tile: the amount stays 9,100.00', () => {
    // 200 × 45.50 + 10 × 0 = 9,100.00, covered by the confirmed 9,100; the free line skips the price list
    const decision = checkOrderRelease(
      handbookPolicy,
      withLines([...tileOrder.lines, { product: 'TILE-600', quantity: 10, unitPrice: 0, free: true }]),
      context,
    )
    expect([decision.releasable, decision.blockers, decision.figures.amount.toString()]).toEqual([
      true,
      [],
      '9100',
    ])
  })

  it('still needs the stock of a free product confirmed with the customer', () => {
    // TILE-300 is given away but its stock was never confirmed: stock-unconfirmed at line 1
    const decision = checkOrderRelease(
      handbookPolicy,
      withLines([...tileOrder.lines, { product: 'TILE-300', quantity: 5, unitPrice: '0', free: true }]),
      context,
    )
    expect(decision.blockers.map((b) => [b.rule, b.path])).toEqual([
      ['stock-unconfirmed', ['order', 'lines', 1, 'product']],
    ])
  })

  it('prices a paid line against the list even beside a free line', () => {
    // 200 × 45.00 against the list 45.50 with tolerance 0: price-off-list at line 0 (−0.5 ÷ 45.5)
    const decision = checkOrderRelease(
      handbookPolicy,
      withLines([
        { product: 'TILE-600', quantity: 200, unitPrice: '45.00' },
        { product: 'TILE-600', quantity: 10, unitPrice: 0, free: true },
      ]),
      context,
    )
    expect(decision.blockers.map((b) => [b.rule, b.path])).toEqual([
      ['price-off-list', ['order', 'lines', 0, 'unitPrice']],
    ])
  })

  it('allows two paid lines of one product with distinct line ids, and sums them', () => {
    // 100 × 45.50 + 100 × 45.50 = 9,100.00
    const decision = checkOrderRelease(
      handbookPolicy,
      withLines([
        { product: 'TILE-600', quantity: 100, unitPrice: '45.50', lineId: 'L1' },
        { product: 'TILE-600', quantity: 100, unitPrice: '45.50', lineId: 'L2' },
      ]),
      context,
    )
    expect([decision.releasable, decision.figures.amount.toString()]).toEqual([true, '9100'])
  })

  it.each([
    [
      'two paid lines of one product without line ids',
      [tileOrder.lines[0], tileOrder.lines[0]],
      ['order', 'lines', 1, 'product'],
      'ids.duplicate',
    ],
    [
      'two free lines of one product without line ids',
      [
        { product: 'TILE-600', quantity: 1, unitPrice: 0, free: true },
        { product: 'TILE-600', quantity: 2, unitPrice: 0, free: true },
      ],
      ['order', 'lines', 1, 'product'],
      'ids.duplicate',
    ],
    [
      'a line id used twice',
      [
        { product: 'TILE-600', quantity: 1, unitPrice: 1, lineId: 'L1' },
        { product: 'TILE-300', quantity: 1, unitPrice: 1, lineId: 'L1' },
      ],
      ['order', 'lines', 1, 'lineId'],
      'ids.duplicate',
    ],
    [
      'a free line with a price',
      [{ product: 'TILE-600', quantity: 1, unitPrice: '0.01', free: true }],
      ['order', 'lines', 0, 'unitPrice'],
      'order.free-priced',
    ],
  ])('rejects %s', (_name, lines, path, code) => {
    const error = catchError(() =>
      checkOrderRelease(handbookPolicy, withLines(lines as OrderInput['lines']), context),
    )
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual(['INVALID_INPUT', path, code])
  })
})

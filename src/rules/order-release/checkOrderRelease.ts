import type { OrderContextInput, OrderInput } from '../../models/order'
import type { OrderReleaseDecision } from './_lib/decide'
import type { OrderReleasePolicies } from './_lib/policy'
import { compileOrderReleasePolicy } from './compileOrderReleasePolicy'

/**
 * Whether a sales order may be released for invoicing and shipment (开单发货). The checks, in order:
 * the customer's qualification (客户资质), required fields (交货期, 付款方式, 价格表), payment terms allowed
 * for the customer's grade, then by the terms' kind either payment first (先款后货: payments confirmed by
 * finance cover the order; 财务确认后方可开单发货) or credit (the risk — open and overdue receivables, other
 * open orders, this order less confirmed payments — within the credit limit, and nothing overdue beyond
 * the maturity margin), the unit prices against the price list, and stock confirmed with the customer.
 * Every rule broken is a blocker with its value, its limit and the path of the field at fault. A
 * recorded override releases the order when its role may override every blocker.
 *
 * @param policy - One order release policy or its versions; the one in force on `context.asOf` decides.
 * @param order - The order; see {@link OrderInput}.
 * @param context - Payments, receivables, open orders, price list, stock confirmations, qualification,
 * override and `asOf`; see {@link OrderContextInput}.
 * @returns Releasable or not, the blockers and warnings, who may override, the figures (amount, payments,
 * credit risk with its breakdown), the policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad order or context, a
 * currency other than the policy's (`order.currency`), this order among the open orders (`order.self-open`),
 * an override by a role the policy does not name or without a required reason; `NO_POLICY_IN_FORCE` when
 * no version covers `asOf`.
 *
 * @example
 * const policy = defineOrderReleasePolicy({
 *   id: 'orders',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   paymentTerms: [{ id: 'prepaid', label: { en: 'Payment first', 'zh-CN': '先款后货' }, kind: 'prepaid' }],
 *   defaultPaymentTerms: 'prepaid',
 *   paymentConfirmers: ['finance'],
 * })
 * const order = {
 *   id: 'SO-1',
 *   currency: 'CNY',
 *   customer: { id: 'c1' },
 *   lines: [{ product: 'tile-60', quantity: 100, unitPrice: '45.50' }],
 * }
 * const wired = { id: 'TT-1', amount: '4550', date: '2026-06-01' }
 * const check = checkOrderRelease(policy, order, { asOf: '2026-06-01', payments: [wired] })
 * check.blockers[0]?.rule //=> 'payment-unconfirmed'
 * const confirmed = { ...wired, confirmation: { by: 'finance', on: '2026-06-02' } }
 * checkOrderRelease(policy, order, { asOf: '2026-06-02', payments: [confirmed] }).releasable //=> true
 *
 * @group Order release
 */
export function checkOrderRelease(
  policy: OrderReleasePolicies,
  order: OrderInput,
  context: OrderContextInput,
): OrderReleaseDecision {
  return compileOrderReleasePolicy(policy).checkOrderRelease(order, context)
}

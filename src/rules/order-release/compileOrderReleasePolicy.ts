import type { ContractInput, OrderContextInput, OrderInput, OrderReleasePolicy } from '../../models/order'
import { decideContract, type ContractApprovalDecision } from './_lib/contracts'
import { decideRelease, type OrderReleaseDecision } from './_lib/decide'
import { compileVersions, type OrderReleasePolicies } from './_lib/policy'

/**
 * An order release policy (or its versions) validated once, ready for many orders and contracts.
 *
 * @group Order release
 */
export interface OrderReleaseEvaluator {
  /** The validated versions, in the order given (one for a single policy). */
  readonly policies: readonly OrderReleasePolicy[]
  /** Whether an order may be released; see {@link checkOrderRelease}. */
  readonly checkOrderRelease: (order: OrderInput, context: OrderContextInput) => OrderReleaseDecision
  /** Who reviews a contract; see {@link requiredContractApprovals}. */
  readonly requiredContractApprovals: (contract: ContractInput) => ContractApprovalDecision
}

/**
 * Validates an order release policy, or the list of its versions, once and returns an evaluator; each
 * call picks the version in force on its own date (the order's `asOf`, the contract's `date`).
 *
 * @param policy - One policy or its versions; see {@link OrderReleasePolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (`[i, …]` in a list),
 * overlapping
 * versions (`versions.overlap`) or terms of kind `credit` without a `credit` section
 * (`order.credit-missing`).
 *
 * @example
 * const evaluator = compileOrderReleasePolicy({
 *   id: 'orders',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   paymentTerms: [{ id: 'prepaid', label: '先款后货', kind: 'prepaid' }],
 *   defaultPaymentTerms: 'prepaid',
 *   paymentConfirmers: ['finance'],
 * })
 * const order = {
 *   id: 'SO-1',
 *   currency: 'CNY',
 *   customer: { id: 'c1' },
 *   lines: [{ product: 'p1', quantity: 10, unitPrice: 320 }],
 * }
 * const check = evaluator.checkOrderRelease(order, { asOf: '2026-06-01' })
 * check.blockers.map((b) => b.rule) //=> ['payment-first']
 *
 * @group Order release
 */
export function compileOrderReleasePolicy(policy: OrderReleasePolicies): OrderReleaseEvaluator {
  const versions = compileVersions(policy)
  return {
    policies: versions.map((v) => v.policy),
    checkOrderRelease: (order, context) => decideRelease(versions, order, context),
    requiredContractApprovals: (contract) => decideContract(versions, contract),
  }
}

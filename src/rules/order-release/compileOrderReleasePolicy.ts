import type { ContractInput, OrderContextInput, OrderInput, OrderReleasePolicy } from '../../models/order'
import { decideContract, type ContractApprovalDecision } from './_lib/contracts'
import { fastOrNothing } from '../../core/plain'
import { decideRelease, type OrderReleaseDecision } from './_lib/decide'
import { fastOrderPolicy, fastRelease, type QuickRelease } from './_lib/fastRelease'
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
  /**
   * Whether an order may be released, without figures or trace, for batches: plain orders and
   * contexts (whole quantities, amounts in cents, no override, price list or stock confirmations to
   * check) are decided in integers; anything else takes {@link checkOrderRelease}. The answer is
   * always the one `checkOrderRelease` gives (`releasable`, and its blockers' rules once each).
   */
  readonly quickRelease: (order: OrderInput, context: OrderContextInput) => QuickRelease
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
 * const quick = evaluator.quickRelease(order, { asOf: '2026-06-01' })
 * quick //=> { releasable: false, blockedBy: ['payment-first'] }
 *
 * @group Order release
 */
export function compileOrderReleasePolicy(policy: OrderReleasePolicies): OrderReleaseEvaluator {
  const versions = compileVersions(policy)
  const fast = versions.map(fastOrderPolicy)
  return {
    policies: versions.map((v) => v.policy),
    checkOrderRelease: (order, context) => decideRelease(versions, order, context),
    quickRelease: (order, context) => {
      // Stryker disable next-line all: which path answers is a matter of speed; both give the same answer
      const quick = fastOrNothing(() => fastRelease(versions, fast, order, context))
      if (quick !== undefined) return quick
      const decision = decideRelease(versions, order, context)
      return {
        releasable: decision.releasable,
        blockedBy: [...new Set(decision.blockers.map((b) => b.rule))],
      }
    },
    requiredContractApprovals: (contract) => decideContract(versions, contract),
  }
}

import { compiledVersionOn } from '../../../core/versioning'
import { fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { ContractSchema, type ContractInput } from '../../../models/order'
import type { ChainStep } from '../../quote-approval/_lib/decide'
import { type CompiledOrderPolicy } from './policy'
import type { PolicyStamp } from '../../../core/versioning'

/**
 * An approver asked in parallel to the review chain.
 *
 * @group Order release
 */
export interface ContractParallelApproval {
  /** The approver's role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** Why: a change to the standard template, or the contract's type (e.g. 包销). */
  readonly reason: 'template-deviation' | 'contract-type'
}

/**
 * Who must review and approve a sales contract (合同审核), in the shape of a quote's approval decision:
 * a sequential chain and parallel approvals.
 *
 * @group Order release
 */
export interface ContractApprovalDecision {
  /** The contract's id. */
  readonly contractId: string
  /** True when no one needs to review or approve it (only below a review threshold, with no extras). */
  readonly autoApproved: boolean
  /** The last role of the review chain (核定), or `null` when the contract is not reviewed. */
  readonly requiredRole: string | null
  /** The review chain, in order (e.g. 销售部经理核实 → 审计部核定). */
  readonly chain: readonly ChainStep[]
  /** Approvals besides the chain, in parallel: one per approver and reason. */
  readonly parallel: readonly ContractParallelApproval[]
  /** Whether the contract is valid only with the company's contract seal (合同章). */
  readonly sealRequired: boolean
  /** The policy version that decided it (the one in force on the contract's date). */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

/** The contract review: chain (unless below the threshold), template and type approvers, seal. */
export function decideContract(
  versions: readonly CompiledOrderPolicy[],
  input: ContractInput,
): ContractApprovalDecision {
  const contract = parseWith(ContractSchema(), input, 'INVALID_INPUT', ['contract'])
  const compiled = compiledVersionOn(versions, contract.date, ['contract', 'date'])
  const review = compiled.policy.contracts
  if (review === undefined) fail('INVALID_POLICY', 'contract.no-review', [...compiled.path, 'contracts'])
  if (contract.currency !== compiled.policy.currency)
    fail('INVALID_INPUT', 'contract.currency', ['contract', 'currency'], {
      currency: contract.currency,
      expected: compiled.policy.currency,
    })
  const type = contract.type === undefined ? undefined : compiled.contractTypes.get(contract.type)
  if (contract.type !== undefined && type === undefined)
    fail('INVALID_INPUT', 'contract.unknown-type', ['contract', 'type'], { type: contract.type })
  const trace: TraceStep[] = []
  const reviewed = review.above === undefined || contract.amount.gt(review.above)
  const chain: ChainStep[] = reviewed ? review.chain.map((a) => ({ role: a.role, label: a.label })) : []
  if (!reviewed)
    trace.push(step('contract.below-review', { amount: contract.amount, above: review.above ?? '' }))
  else if (review.above === undefined) trace.push(step('contract.review-every', { steps: chain.length }))
  else trace.push(step('contract.review-above', { amount: contract.amount, above: review.above }))
  chain.forEach((c, i) => trace.push(step('contract.review-step', { n: i + 1, approver: c.label })))
  const parallel: ContractParallelApproval[] = []
  if (contract.deviations.length > 0) {
    for (const a of review.templateDeviation)
      parallel.push({ role: a.role, label: a.label, reason: 'template-deviation' })
    trace.push(
      step('contract.template', {
        count: contract.deviations.length,
        approvers: names(review.templateDeviation.map((a) => a.label)),
      }),
    )
  } else trace.push(step('contract.template-standard'))
  if (type !== undefined) {
    for (const a of type.approvers) parallel.push({ role: a.role, label: a.label, reason: 'contract-type' })
    trace.push(
      step('contract.type', { type: type.label, approvers: names(type.approvers.map((a) => a.label)) }),
    )
  }
  if (review.sealRequired) trace.push(step('contract.seal'))
  const requiredRole = chain.at(-1)?.role ?? null
  const autoApproved = chain.length === 0 && parallel.length === 0
  trace.push(
    autoApproved
      ? step('contract.no-approval')
      : step('contract.required', { steps: chain.length, parallel: parallel.length }),
  )
  return {
    contractId: contract.id,
    autoApproved,
    requiredRole,
    chain,
    parallel,
    sealRequired: review.sealRequired,
    policy: compiled.stamp,
    trace,
  }
}

/** Labels joined in each language. */
function names(labels: readonly LocalizedText[]): { en: string; 'zh-CN': string } {
  const pick = (l: LocalizedText, locale: 'en' | 'zh-CN') =>
    typeof l === 'string' ? l : ((locale === 'en' ? (l.en ?? l['zh-CN']) : (l['zh-CN'] ?? l.en)) ?? '')
  return {
    en: labels.map((l) => pick(l, 'en')).join(', '),
    'zh-CN': labels.map((l) => pick(l, 'zh-CN')).join('、'),
  }
}

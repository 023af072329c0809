import type { ContractInput } from '../../models/order'
import type { ContractApprovalDecision } from './_lib/contracts'
import type { OrderReleasePolicies } from './_lib/policy'
import { compileOrderReleasePolicy } from './compileOrderReleasePolicy'

/**
 * Who must review and approve a sales contract (合同审核): the review chain for every contract (所有销售
 * 合同的签定均由销售部经理核实,审计部核定), or only above the policy's `above`; the approvers of a change
 * to the standard template (统一蓝本 … 需经销售副总及总公司审核批准) and of the contract's type (包销合同的
 * 价格需经分公司总经理及销售副总批准), in parallel; and whether the contract seal is required (销售合同必须
 * 加盖公司合同章方为有效). Same shape as a quote's approval decision: a sequential chain and parallel
 * approvals.
 *
 * @param policy - One order release policy or its versions, with a `contracts` section; the one in force
 * on the contract's `date` decides.
 * @param contract - The contract; see {@link ContractInput}.
 * @returns The chain, the parallel approvals, the seal requirement, the policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy or one without `contracts`
 * (`contract.no-review`);
 * `INVALID_INPUT` for a bad contract, another currency (`contract.currency`) or a type the policy does not
 * list (`contract.unknown-type`); `NO_POLICY_IN_FORCE` when no version covers the contract's date.
 *
 * @example
 * const policy = defineOrderReleasePolicy({
 *   id: 'orders',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   paymentTerms: [{ id: 'prepaid', label: '先款后货', kind: 'prepaid' }],
 *   paymentConfirmers: ['finance'],
 *   contracts: {
 *     chain: [
 *       { role: 'sales-manager', label: '销售部经理' },
 *       { role: 'audit', label: '审计部' },
 *     ],
 *     templateDeviation: [
 *       { role: 'sales-vp', label: '销售副总' },
 *       { role: 'head-office', label: '总公司' },
 *     ],
 *     types: [
 *       {
 *         id: 'exclusive',
 *         label: '包销',
 *         approvers: [
 *           { role: 'branch-gm', label: '分公司总经理' },
 *           { role: 'sales-vp', label: '销售副总' },
 *         ],
 *       },
 *     ],
 *   },
 * })
 * const decision = requiredContractApprovals(policy, {
 *   id: 'HT-1',
 *   date: '2026-06-01',
 *   currency: 'CNY',
 *   amount: 80000,
 *   type: 'exclusive',
 * })
 * decision.chain.map((c) => c.role) //=> ['sales-manager', 'audit']
 * decision.parallel.map((p) => p.role) //=> ['branch-gm', 'sales-vp']
 * decision.sealRequired //=> true
 *
 * @group Order release
 */
export function requiredContractApprovals(
  policy: OrderReleasePolicies,
  contract: ContractInput,
): ContractApprovalDecision {
  return compileOrderReleasePolicy(policy).requiredContractApprovals(contract)
}

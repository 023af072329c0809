import type { CommissionInput, CommissionPlanInput } from '../../models/commission'
import type { CommissionStatement } from './_lib/statement'
import { compileCommissionPlan } from './compileCommissionPlan'

/**
 * Computes a rep's commission statement (提成结算单) for a period: each credited transaction
 * with its share, base, rate, tier and commission (rounded per line by the plan); the tier
 * breakdown; attainment; the gate, cap and floor; clawbacks; bonuses; adjustments; the draw and
 * what is recovered; the payable amount and the balance carried forward — every figure in the
 * trace (en, zh-CN).
 *
 * Order: lines → gate → cap → floor → clawbacks → bonuses → adjustments → draw and recovery.
 * A tier's `from` is inclusive: a base exactly on a bound is in the higher tier. A marginal plan
 * rounds its tiered total once and shares it over the lines by base (largest remainder), so the
 * lines add up to it.
 *
 * @param plan - The commission plan; see {@link CommissionPlanInput}.
 * @param input - Rep, period, quota, employment dates, transactions, payments, adjustments, prior balance,
 * KPI results; see {@link CommissionInput}.
 * @returns The statement.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad plan; `INVALID_INPUT` with the path of a bad field
 * (`commission.splits-total`, `commission.needs-quota`, `commission.cost-missing`,
 * `commission.unknown-transaction`…).
 *
 * @example
 * const plan = defineCommissionPlan({
 *   id: 'tiers', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   rates: { kind: 'marginal', tiers: [{ from: 0, rate: '0.03' }, { from: 100000, rate: '0.05' }] },
 * })
 * const statement = calculateCommission(plan, {
 *   rep: 'r1', period: { start: '2026-06-01', end: '2026-06-30' },
 *   transactions: [{ id: 't1', date: '2026-06-10', amount: '150000' }],
 * })
 * statement.commission.toFixed(2) //=> '5500.00'
 *
 * @group Commission
 */
export function calculateCommission(plan: CommissionPlanInput, input: CommissionInput): CommissionStatement {
  return compileCommissionPlan(plan).calculate(input)
}

import { SalesRulesError } from '../../core/errors'
import { fail } from '../../core/schema'
import { readPolicyArgument, type PolicyOrVersions } from '../../core/versioning'
import type { CommissionInput, CommissionPlanInput } from '../../models/commission'
import type { CommissionStatement } from './_lib/statement'
import { calculateCommissions } from './calculateCommissions'
import { compileCommissionPlan } from './compileCommissionPlan'

/**
 * Computes a rep's commission statement (提成结算单) for a period: each credited transaction
 * with its share, base, rate, tier and commission (rounded per line by the plan); the tier
 * breakdown; attainment; the gate, cap and floor; clawbacks; bonuses; adjustments; the draw and
 * what is recovered; the payable amount and the balance carried forward — every figure in the
 * trace (en, zh-CN).
 *
 * Order (one named stage each): credits (recognition, splits, overlays, employment dates and tail) → bases
 * → tiers and accelerator → gate, cap and floor → reversals and clawbacks → bonuses → adjustments → draw and
 * balances. No credit and no bonus outside the employment dates. A reversal takes back at most what was
 * earned on the sale (on payment recognition, only commission on cash collected: give `original.collected`
 * or the sale's payments). A draw is a floor on the earnings before clawbacks and never forgives a clawback
 * (`clawbackBalance`).
 * A tier's `from` is inclusive: a base exactly on a bound is in the higher tier. A marginal plan
 * rounds its tiered total once and shares it over the lines by base (largest remainder), so the
 * lines add up to it.
 *
 * @param plan - The commission plan, or the list of its versions: the one in force over the whole
 * period decides (a period that spans a change of version is for {@link calculateCommissions}, which
 * cuts it); see {@link CommissionPlanInput}.
 * @param input - Rep, period, quota, employment dates, transactions, payments, adjustments, prior balance,
 * KPI results; see {@link CommissionInput}.
 * @returns The statement.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad plan; `INVALID_INPUT` with the path of a bad field
 * (`commission.splits-total`, `commission.needs-quota`, `commission.cost-missing`,
 * `commission.unknown-transaction`…, `versions.spans-change` for a period that spans two versions);
 * `NO_POLICY_IN_FORCE` when no version covers a day of the period.
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
export function calculateCommission(
  plan: PolicyOrVersions<CommissionPlanInput>,
  input: CommissionInput,
): CommissionStatement {
  const read = readPolicyArgument(plan)
  if (!read.list) return compileCommissionPlan(read.policy as CommissionPlanInput).calculate(input)
  let statements: CommissionStatement[]
  try {
    statements = calculateCommissions(read.versions as readonly CommissionPlanInput[], [input])
  } catch (error) {
    // the one input is `input`, not `0`, as with a single plan
    if (!(error instanceof SalesRulesError) || error.code === 'INVALID_POLICY') throw error
    throw new SalesRulesError(
      error.code,
      error.issues.map((i) => ({ ...i, path: i.path[0] === 0 ? ['input', ...i.path.slice(1)] : i.path })),
    )
  }
  const [first, second] = statements
  if (first === undefined || second !== undefined)
    fail('INVALID_INPUT', 'versions.spans-change', ['input', 'period'], {
      start: first?.period.start ?? '',
      date: second?.period.start ?? '',
    })
  return first
}

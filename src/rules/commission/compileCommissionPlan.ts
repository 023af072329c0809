import { fastOrNothing } from '../../core/plain'
import { Dec, ZERO, type Decimal } from '../../core/decimal'
import { shiftDate } from '../../core/dates'
import { fail, parseWith } from '../../core/schema'
import { fastPlan, fastTotals } from './_lib/fastTotals'
import {
  CommissionInputSchema,
  CommissionPlanSchema,
  CommissionYearInputSchema,
  type CommissionInput,
  type CommissionPlan,
  type CommissionPlanInput,
  type CommissionYearInput,
} from '../../models/commission'
import { checkYearInForce, computeYear } from './_lib/yearToDate'
import { runStatement, type CommissionStatement } from './_lib/statement'

/**
 * A commission plan validated once, ready for many statements.
 *
 * @group Commission
 */
export interface CommissionPlanEvaluator {
  /** The validated plan. */
  readonly plan: CommissionPlan
  /** Computes one statement; see {@link calculateCommission}. */
  readonly calculate: (input: CommissionInput) => CommissionStatement
  /**
   * The statement's totals only, for payroll batches: on plain inputs (revenue on booking or
   * invoice, amounts in cents, no splits, reversals, adjustments, bonuses or draws) an integer
   * path with no Decimal and no trace; anything else goes through {@link calculate}. Either way
   * the figures are exactly the statement's.
   */
  readonly totals: (input: CommissionInput) => CommissionTotals
  /** A plan year settled period by period on year-to-date figures; see {@link calculateCommissionYear}. */
  readonly year: (input: CommissionYearInput) => CommissionStatement[]
}

/**
 * The totals of one statement.
 *
 * @group Commission
 */
export interface CommissionTotals {
  /** The rep. */
  readonly rep: string
  /** Total commission base. */
  readonly base: Decimal
  /** Commission after the gate, cap and floor. */
  readonly commission: Decimal
  /** The amount to pay. */
  readonly payable: Decimal
  /** What the rep owes afterwards. */
  readonly balance: Decimal
  /** True when the integer fast path computed them. */
  readonly fastPath: boolean
}

/**
 * A single plan is a list of one version: a statement period with a day the plan does not cover is
 * `NO_POLICY_IN_FORCE` at `['input', 'period']` for its first such day, as {@link calculateCommissions}
 * says of a list. @internal
 */
function checkPeriodInForce(plan: CommissionPlan, period: { readonly start: string; readonly end: string }) {
  if (period.start < plan.effectiveFrom)
    fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', ['input', 'period'], { date: period.start })
  if (plan.effectiveTo !== undefined && period.end > plan.effectiveTo)
    fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', ['input', 'period'], {
      date: shiftDate(plan.effectiveTo, 1),
    })
}

/** Validates one statement's input. @internal */
export function parseCommissionInput(input: CommissionInput) {
  return parseWith(CommissionInputSchema(), input, 'INVALID_INPUT', ['input'])
}

/**
 * Validates a commission plan once and returns an evaluator that computes statements for many
 * reps and periods.
 *
 * @param plan - The commission plan; see {@link CommissionPlanInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of each bad field; its `calculate` and `totals`
 * throw `NO_POLICY_IN_FORCE` at `input.period` for the first day of the period the plan does not cover.
 *
 * @example
 * const evaluator = compileCommissionPlan({
 *   id: 'flat',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   rates: { kind: 'flat', rate: '0.03' },
 * })
 * const statement = evaluator.calculate({
 *   rep: 'r1',
 *   period: { start: '2026-06-01', end: '2026-06-30' },
 *   transactions: [{ id: 't1', date: '2026-06-10', amount: '12345.67' }],
 * })
 * statement.payable.toFixed(2) //=> '370.37'
 *
 * @group Commission
 */
export function compileCommissionPlan(plan: CommissionPlanInput): CommissionPlanEvaluator {
  const parsed = parseWith(CommissionPlanSchema(), plan, 'INVALID_POLICY')
  const calculate = (input: CommissionInput) => {
    const parsedInput = parseCommissionInput(input)
    checkPeriodInForce(parsed, parsedInput.period)
    return runStatement(parsed, parsedInput)
  }
  const fast = fastPlan(parsed)
  return {
    plan: parsed,
    calculate,
    totals: (input) => {
      // Stryker disable next-line all: which path answers is a matter of speed; both give the same figures
      // (fastTotals.test.ts holds each to it)
      const quick = fast === undefined ? undefined : fastOrNothing(() => fastTotals(fast, input))
      if (quick !== undefined) {
        const commission = new Dec(quick.commission).div(100)
        return {
          rep: input.rep,
          base: new Dec(quick.base).div(100),
          commission,
          payable: commission,
          balance: ZERO,
          fastPath: true,
        }
      }
      const s = calculate(input)
      return {
        rep: s.rep,
        base: s.base,
        commission: s.commission,
        payable: s.payable,
        balance: s.balance,
        fastPath: false,
      }
    },
    year: (input) => {
      const parsedInput = parseWith(CommissionYearInputSchema(), input, 'INVALID_INPUT', ['input'])
      checkYearInForce(parsed, parsedInput)
      return computeYear(parsed, parsedInput)
    },
  }
}

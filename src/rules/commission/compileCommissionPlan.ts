import { parseWith } from '../../core/schema'
import { CommissionInputSchema, CommissionPlanSchema, type CommissionInput, type CommissionPlan, type CommissionPlanInput } from '../../models/commission'
import { computeStatement, type CommissionStatement } from './_lib/statement'

/** A commission plan validated once, ready for many statements. */
export interface CommissionPlanEvaluator {
  /** The validated plan. */
  readonly plan: CommissionPlan
  /** Computes one statement; see {@link calculateCommission}. */
  readonly calculate: (input: CommissionInput) => CommissionStatement
}

/** Validates one statement's input. @internal */
export function parseCommissionInput(input: CommissionInput) {
  return parseWith(CommissionInputSchema, input, 'INVALID_INPUT', ['input'])
}

/**
 * Validates a commission plan once and returns an evaluator that computes statements for many
 * reps and periods.
 *
 * @param plan - The commission plan; see {@link CommissionPlanInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of each bad field.
 *
 * @example
 * const evaluator = compileCommissionPlan({ id: 'flat', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY', rates: { kind: 'flat', rate: '0.03' } })
 * const statement = evaluator.calculate({ rep: 'r1', period: { start: '2026-06-01', end: '2026-06-30' }, transactions: [{ id: 't1', date: '2026-06-10', amount: '12345.67' }] })
 * statement.payable.toFixed(2) //=> '370.37'
 */
export function compileCommissionPlan(plan: CommissionPlanInput): CommissionPlanEvaluator {
  const parsed = parseWith(CommissionPlanSchema, plan, 'INVALID_POLICY')
  return { plan: parsed, calculate: (input) => computeStatement(parsed, parseCommissionInput(input)) }
}

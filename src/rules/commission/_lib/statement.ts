import { stampOf } from '../../../core/versioning'
import { atScale, type Decimal } from '../../../core/decimal'
import type { TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import { acceleratorStage } from './accelerator'
import { adjustmentStage } from './adjustments'
import { baseStage } from './bases'
import { bonusStage } from './bonuses'
import { statementContext, type StatementOptions } from './context'
import { creditStage } from './credits'
import { currencyStage } from './currency'
import { limitStage } from './limits'
import { reversalStage } from './reversals'
import { settle } from './settlement'
import { tierStage } from './tiers'
import type { CommissionStatement, Input } from './types'

export type { CommissionStatement } from './types'

/** A statement before the draw and balances, with the earnings they settle. @internal */
export interface Unsettled {
  readonly statement: Omit<
    CommissionStatement,
    'drawPaid' | 'recovered' | 'payable' | 'balance' | 'clawbackBalance' | 'trace'
  >
  /** Commission, bonuses and adjustments: the earnings before clawbacks, which the draw guarantees. */
  readonly earningsBeforeClawbacks: Decimal
  readonly trace: TraceStep[]
}

/**
 * The stages of a statement up to the draw: currency (amounts into the plan's currency) → context (employment
 * window, quota) → credits (recognition,
 * splits, overlays, employment) → bases (total, attainment) → tiers (with the accelerator) → gate, cap and
 * floor → reversals and clawbacks → bonuses → adjustments. Each is a pure function of the previous stages'
 * typed output that adds its own trace steps.
 */
export function unsettledStatement(plan: CommissionPlan, raw: Input, options?: StatementOptions): Unsettled {
  const { input, trace: tc } = currencyStage(plan, raw)
  const scale = plan.rounding.scale
  const { context: ctx, trace: t0 } = statementContext(plan, input, options)
  const { credits, trace: t1 } = creditStage(ctx)
  const { bases, trace: t2 } = baseStage(ctx, credits)
  const { priced: tiered, trace: t3 } = tierStage(ctx, credits)
  const { priced, trace: t3b } = acceleratorStage(ctx, credits, tiered)
  const { limited, trace: t4 } = limitStage(ctx, credits, bases, priced)
  const { lines: reversalLines, reversals, clawbacks, trace: t5 } = reversalStage(ctx, limited.lines)
  const { bonuses, total: bonusTotal, trace: t6 } = bonusStage(ctx, credits, bases)
  const { adjustments, trace: t7 } = adjustmentStage(ctx)
  const earningsBeforeClawbacks = limited.commission.plus(bonusTotal).plus(adjustments)
  return {
    statement: {
      rep: input.rep,
      period: { start: input.period.start, end: input.period.end },
      currency: plan.currency,
      policy: stampOf(plan),
      plan: stampOf(plan),
      lines: [...limited.lines, ...reversalLines],
      tiers: priced.tiers,
      base: bases.total,
      quota: ctx.quota,
      attainment: bases.attainment,
      gated: limited.gated,
      // money totals are sums and differences of amounts at the plan's scale: they serialise at it
      commission: atScale(limited.commission, scale),
      capAdjustment: atScale(limited.capAdjustment, scale),
      capReleased: atScale(limited.capReleased, scale),
      capCarried: atScale(limited.capCarried, scale),
      floorAdjustment: atScale(limited.floorAdjustment, scale),
      clawbacks: atScale(clawbacks, scale),
      reversals,
      bonuses,
      adjustments: atScale(adjustments, scale),
      earnings: atScale(earningsBeforeClawbacks.plus(clawbacks), scale),
      yearToDate: null,
    },
    earningsBeforeClawbacks,
    trace: [...tc, ...t0, ...t1, ...t2, ...t3, ...t3b, ...t4, ...t5, ...t6, ...t7],
  }
}

/**
 * One statement: {@link unsettledStatement}'s stages, then the draw and balances.
 * {@link calculateCommission}, {@link calculateCommissions} and the exact branch of the compiled totals run
 * it;
 * {@link calculateCommissionYear} runs the same stages on year-to-date figures.
 */
export function runStatement(
  plan: CommissionPlan,
  input: Input,
  options?: StatementOptions,
): CommissionStatement {
  const { statement, earningsBeforeClawbacks, trace } = unsettledStatement(plan, input, options)
  const { settlement, trace: t8 } = settle(
    plan,
    {
      earnings: earningsBeforeClawbacks,
      clawbacks: statement.clawbacks,
      priorBalance: input.priorBalance,
      priorClawbackBalance: input.priorClawbackBalance,
      periodStart: input.period.start,
    },
    (d) => d.toFixed(plan.rounding.scale),
  )
  const { yearToDate, ...figures } = statement
  return { ...figures, ...settlement, yearToDate, trace: [...trace, ...t8] }
}

import { sum, type Decimal } from '../../../core/decimal'
import { step, type TraceStep } from '../../../core/trace'
import type { StatementContext } from './types'

/** Stage 7, adjustments: the manual adjustments, positive or negative, each with its reason. */
export function adjustmentStage(ctx: StatementContext): { adjustments: Decimal; trace: TraceStep[] } {
  const { input, money } = ctx
  return {
    adjustments: sum(input.adjustments.map((a) => a.amount)),
    trace: input.adjustments.map((a) =>
      step('commission.adjustment', { amount: money(a.amount), reason: a.reason }),
    ),
  }
}

import { roundTo, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import type { Input } from './types'

type Convertible = Pick<Input, 'transactions' | 'payments' | 'adjustments' | 'exchangeRates'>

/**
 * Stage 0a, currency: converts every transaction, payment and adjustment in another currency into the plan's,
 * at the input's `exchangeRates` (units of the plan's currency per unit of the other), rounded by the plan;
 * one in another currency without a rate fails with `commission.currency` at its `currency`. Each
 * conversion is in the trace. An input all in the plan's currency is returned as it is.
 */
export function currencyStage<T extends Convertible>(
  plan: CommissionPlan,
  input: T,
): { input: T; trace: TraceStep[] } {
  const foreign = (c: string | undefined) => c !== undefined && c !== plan.currency
  if (
    !input.transactions.some((t) => foreign(t.currency)) &&
    !input.payments.some((p) => foreign(p.currency)) &&
    !input.adjustments.some((a) => foreign(a.currency))
  )
    return { input, trace: [] }
  const trace: TraceStep[] = []
  const money = (d: Decimal) => d.toFixed(plan.rounding.scale)
  const rateOf = (currency: string, path: (string | number)[]): Decimal => {
    const rate = input.exchangeRates[currency]
    if (rate === undefined)
      fail('INVALID_INPUT', 'commission.currency', ['input', ...path, 'currency'], {
        currency,
        plan: plan.currency,
      })
    return rate
  }
  const convert = (id: string, amount: Decimal, currency: string, rate: Decimal): Decimal => {
    const converted = roundTo(amount.times(rate), plan.rounding)
    trace.push(
      step('commission.converted', {
        id,
        amount: amount.toString(),
        currency,
        rate,
        converted: money(converted),
        plan: plan.currency,
      }),
    )
    return converted
  }
  const transactions = input.transactions.map((tx, i) => {
    if (tx.currency === undefined || !foreign(tx.currency)) return tx
    const rate = rateOf(tx.currency, ['transactions', i])
    const at = (d: Decimal) => roundTo(d.times(rate), plan.rounding)
    const original = tx.original && {
      ...tx.original,
      amount: at(tx.original.amount),
      ...(tx.original.collected === undefined ? {} : { collected: at(tx.original.collected) }),
    }
    return {
      ...tx,
      currency: plan.currency,
      amount: convert(tx.id, tx.amount, tx.currency, rate),
      ...(tx.cost === undefined ? {} : { cost: at(tx.cost) }),
      ...(original === undefined ? {} : { original }),
    }
  })
  const payments = input.payments.map((p, i) => {
    if (p.currency === undefined || !foreign(p.currency)) return p
    const rate = rateOf(p.currency, ['payments', i])
    return { ...p, currency: plan.currency, amount: convert(p.transactionId, p.amount, p.currency, rate) }
  })
  const adjustments = input.adjustments.map((a, i) => {
    if (a.currency === undefined || !foreign(a.currency)) return a
    const rate = rateOf(a.currency, ['adjustments', i])
    return { ...a, currency: plan.currency, amount: convert(a.reason, a.amount, a.currency, rate) }
  })
  return { input: { ...input, transactions, payments, adjustments }, trace }
}

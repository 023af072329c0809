import { atScale, ONE, ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import type { Quote } from '../../../models/quote'

/**
 * Figures of one quote line.
 *
 * @group Quote approval
 */
export interface LineFigures {
  /** Quantity × list price. */
  readonly list: Decimal
  /** Quantity × quoted unit price, before the quote-level discount. */
  readonly net: Decimal
  /** Quantity × unit cost, or `null` without a cost. */
  readonly cost: Decimal | null
  /** True when the effective unit price is below the unit cost. */
  readonly belowCost: boolean
  /** List price per unit. */
  readonly listPrice: Decimal
  /** Price per unit after the line and the quote discounts. */
  readonly effectivePrice: Decimal
  /** Cost per unit, or `null`. */
  readonly unitCost: Decimal | null
  /** The line's category, if given. */
  readonly category: string | undefined
}

/**
 * Figures derived from a quote, all exact (no rounding). In JSON, money (totals, line amounts, unit prices)
 * is written at the policy's `moneyScale` (never rounded: a value with more decimals is written whole) and
 * the discounts and the margin rate are cut to 6 decimals.
 *
 * @group Quote approval
 */
export interface QuoteFigures {
  /** Σ quantity × list price. */
  readonly listTotal: Decimal
  /** Σ line nets × (1 − quote discount). */
  readonly netTotal: Decimal
  /** `1 − net ÷ list` (zero for a zero list total). */
  readonly averageDiscount: Decimal
  /** The largest effective line discount. */
  readonly maxLineDiscount: Decimal
  /** Σ quantity × unit cost, or `null` when a line has no cost. */
  readonly costTotal: Decimal | null
  /** Net total − cost total, or `null`. */
  readonly grossMargin: Decimal | null
  /** Gross margin ÷ net total (zero for a zero net), or `null`. */
  readonly marginRate: Decimal | null
  /** Each line's figures. */
  readonly lines: readonly LineFigures[]
}

/**
 * The discount the customer gets on a line, the quote discount included: `1 − effective price ÷ list price`.
 *
 * @group Quote approval
 */
export function lineDiscount(line: LineFigures): Decimal {
  // 1 − effective ÷ list, as one quotient so that it serialises as a ratio (6 decimals)
  return ratio(line.listPrice.minus(line.effectivePrice), line.listPrice)
}

/** The largest line discount, found by exact cross-multiplication, then divided once. */
function maxLineDiscount(lines: readonly LineFigures[]): Decimal {
  let best: LineFigures | undefined
  for (const l of lines) {
    if (l.listPrice.isZero()) continue
    // (lp − ep) / lp > (LP − EP) / LP  ⇔  (lp − ep) × LP > (LP − EP) × lp
    if (
      best === undefined ||
      l.listPrice
        .minus(l.effectivePrice)
        .times(best.listPrice)
        .gt(best.listPrice.minus(best.effectivePrice).times(l.listPrice))
    )
      best = l
  }
  return best === undefined ? ZERO : lineDiscount(best)
}

/**
 * Derives the totals, discounts and margin of a validated quote; its money is marked to serialise at
 * `scale` (the policy's `moneyScale`).
 *
 * @group Quote approval
 */
export function quoteFigures(quote: Quote, scale: number): QuoteFigures {
  const money = (value: Decimal) => atScale(value, scale)
  const keep = ONE.minus(quote.discount)
  const lines = quote.lines.map((line): LineFigures => {
    const price =
      line.unitPrice ??
      (line.discount === undefined ? line.listPrice : line.listPrice.times(ONE.minus(line.discount)))
    const list = line.quantity.times(line.listPrice)
    const net = line.quantity.times(price)
    const effectivePrice = price.times(keep)
    return {
      list: money(list),
      net: money(net),
      cost: line.unitCost === undefined ? null : money(line.quantity.times(line.unitCost)),
      belowCost: line.unitCost !== undefined && effectivePrice.lt(line.unitCost),
      listPrice: money(line.listPrice),
      effectivePrice: money(effectivePrice),
      unitCost: line.unitCost === undefined ? null : money(line.unitCost),
      category: line.category,
    }
  })
  const listTotal = money(sum(lines.map((l) => l.list)))
  const netTotal = money(sum(lines.map((l) => l.net)).times(keep))
  const costs = lines.map((l) => l.cost)
  const costTotal = costs.every((c): c is Decimal => c !== null) ? money(sum(costs)) : null
  const grossMargin = costTotal === null ? null : money(netTotal.minus(costTotal))
  return {
    listTotal,
    netTotal,
    // 1 − net ÷ list, as one quotient so that it serialises as a ratio (6 decimals)
    averageDiscount: ratio(listTotal.minus(netTotal), listTotal),
    maxLineDiscount: maxLineDiscount(lines),
    costTotal,
    grossMargin,
    marginRate: grossMargin === null ? null : ratio(grossMargin, netTotal),
    lines,
  }
}

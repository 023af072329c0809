import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import type * as z from 'zod'
import { toDate } from '../../../core/dates'
import {
  allocateUnits,
  max,
  min,
  normalize,
  ONE,
  ratio,
  atScale,
  roundTo,
  sum,
  ZERO,
  type Decimal,
} from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { prorate } from '../../../core/period'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { CommissionInputSchema, CommissionPlan } from '../../../models/commission'

type Input = z.output<typeof CommissionInputSchema>
type Transaction = Input['transactions'][number]

/**
 * One line of a statement: a credited sale or payment, or a clawback.
 *
 * @group Commission
 */
export interface CommissionLine {
  /** The transaction. */
  readonly transactionId: string
  /** `sale` (booking or invoice), `payment` (cash collected) or `clawback`. */
  readonly kind: 'sale' | 'payment' | 'clawback'
  /** The date it counts on. */
  readonly date: string
  /** The amount credited to the rep (its share of the sale, payment or refund). */
  readonly credited: Decimal
  /** The rep's share of the transaction (1 without splits). */
  readonly share: Decimal
  /** The commission base of the line (zero for a clawback). */
  readonly base: Decimal
  /**
   * The rate applied: the flat, category or tier rate; for a marginal plan the line's share of the tiered
   * commission ÷ its base; `null` for a clawback.
   */
  readonly rate: Decimal | null
  /** The tier index reached (tiered plans), or `null`. */
  readonly tier: number | null
  /** The line's commission, rounded by the plan (negative for a clawback). */
  readonly commission: Decimal
}

/**
 * One tier of a tiered plan on this statement.
 *
 * @group Commission
 */
export interface TierBreakdown {
  /** Lower bound, in base amount (attainment tiers converted with the quota). */
  readonly from: Decimal
  /** Upper bound (exclusive), or `null` for the top tier. */
  readonly to: Decimal | null
  /** The tier's rate. */
  readonly rate: Decimal
  /**
   * The part of the tiered base in this tier (marginal), or the whole base for the tier reached
   * (retroactive).
   */
  readonly slice: Decimal
  /** `slice × rate`, exact (rounding happens on the total or the lines). */
  readonly commission: Decimal
}

/**
 * One bonus of a statement.
 *
 * @group Commission
 */
export interface BonusResult {
  /** The bonus. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
  /** What was measured. */
  readonly actual: Decimal
  /** The target, prorated for a partial period of employment. */
  readonly target: Decimal
  /** `actual ≥ target`. */
  readonly met: boolean
  /** The bonus paid (zero when missed). */
  readonly amount: Decimal
}

/**
 * The year-to-date true-up of one period (年度累计补差).
 *
 * @group Commission
 */
export interface YearToDate {
  /** The plan year's first day. */
  readonly yearStart: string
  /**
   * What the plan has earned from the start of the year to the end of this period, on the cumulative base and
   * attainment.
   */
  readonly earned: Decimal
  /** What earlier periods settled: paid, carried or forfeited above the cap. */
  readonly settled: Decimal
  /** `earned − settled`: this period's new earnings, before the cap and the draw. */
  readonly trueUp: Decimal
  /** What the cap forfeited this period (zero or positive). */
  readonly forfeited: Decimal
  /** Paid from the year's earnings so far, this period included (draws not counted). */
  readonly paidToDate: Decimal
}

/**
 * A commission statement (提成结算单).
 *
 * @group Commission
 */
export interface CommissionStatement {
  /** The rep. */
  readonly rep: string
  /** The period. */
  readonly period: {
    /** First day. */
    readonly start: string
    /** Last day. */
    readonly end: string
  }
  /** The plan's currency. */
  readonly currency: string
  /** The plan used. */
  readonly plan: {
    /** The plan's id. */
    readonly id: string
    /** The version in force. */
    readonly version: string
  }
  /** Credited transactions and clawbacks. */
  readonly lines: readonly CommissionLine[]
  /** Tier breakdown (tiered plans). */
  readonly tiers: readonly TierBreakdown[]
  /** Total commission base. */
  readonly base: Decimal
  /** The quota used (prorated), or `null`. */
  readonly quota: Decimal | null
  /** base ÷ quota, or `null` without a quota. */
  readonly attainment: Decimal | null
  /** True when the gate was not met and nothing was paid. */
  readonly gated: boolean
  /** Commission from the sale lines, after the gate, cap and floor. */
  readonly commission: Decimal
  /** What the cap took off (zero or negative). */
  readonly capAdjustment: Decimal
  /** Commission carried from earlier periods and paid under this period's cap (a `carry-forward` plan). */
  readonly capReleased: Decimal
  /**
   * Commission above the cap still carried forward after this statement (pass it as the next
   * `priorCapCarry`).
   */
  readonly capCarried: Decimal
  /** What the floor added (zero or positive). */
  readonly floorAdjustment: Decimal
  /** Σ of the clawback lines (zero or negative). */
  readonly clawbacks: Decimal
  /** Each bonus. */
  readonly bonuses: readonly BonusResult[]
  /** Σ of the manual adjustments. */
  readonly adjustments: Decimal
  /** commission + clawbacks + bonuses + adjustments. */
  readonly earnings: Decimal
  /** True when the draw was paid instead of lower earnings. */
  readonly drawPaid: boolean
  /** Recovered towards what the rep owed. */
  readonly recovered: Decimal
  /** The amount to pay. */
  readonly payable: Decimal
  /** What the rep owes after this statement (carry forward as next `priorBalance`). */
  readonly balance: Decimal
  /**
   * For a statement of {@link calculateCommissionYear}: the year-to-date true-up; `null` for a single-period
   * statement. In a year-to-date statement, `lines`, `tiers`, `base`, `attainment`, `commission` (before the
   * cap), `clawbacks`, `adjustments` and `earnings` (without bonuses) are year to date; `bonuses` (on the
   * period's own figures), `capAdjustment`, `capReleased`, `capCarried`, `floorAdjustment`, `payable`,
   * `balance` and `recovered` are the period's.
   */
  readonly yearToDate: YearToDate | null
  /** Every figure, explained. */
  readonly trace: readonly TraceStep[]
}

const TYPE_LABEL = {
  sale: { en: 'sale', 'zh-CN': '销售' },
  refund: { en: 'refund', 'zh-CN': '退款' },
  cancellation: { en: 'cancellation', 'zh-CN': '取消' },
  'write-off': { en: 'write-off', 'zh-CN': '坏账核销' },
} as const

interface Credit {
  readonly tx: Transaction
  readonly kind: 'sale' | 'payment' | 'clawback'
  readonly date: string
  readonly credited: Decimal
  readonly share: Decimal
  readonly base: Decimal
  readonly overlay: boolean
  readonly categoryRate: Decimal | undefined
}

/**
 * The rep's share of a transaction and its part of an amount: the reps' parts are allocated so they add up;
 * an overlay's part is its share of the whole, rounded, on top.
 */
function repPart(
  tx: Transaction,
  rep: string,
  amount: Decimal,
  rounding: CommissionPlan['rounding'],
): { share: Decimal; part: Decimal; overlay: boolean } | null {
  if (!tx.splits) return { share: ONE, part: amount, overlay: false }
  const mine = tx.splits.find((s) => s.rep === rep)
  if (mine === undefined) return null
  if (mine.overlay)
    return { share: mine.share, part: roundTo(amount.times(mine.share), rounding), overlay: true }
  const reps = tx.splits.filter((s) => !s.overlay)
  const parts = allocateUnits(
    amount,
    reps.map((s) => s.share),
    rounding.scale,
  ).parts
  return { share: mine.share, part: parts[reps.indexOf(mine)] ?? ZERO, overlay: false }
}

function eligible(plan: CommissionPlan, tx: Transaction): 'category' | 'customer grade' | null {
  const { categories, customerGrades } = plan.eligibility
  if (categories && !(tx.category !== undefined && categories.includes(tx.category))) return 'category'
  if (customerGrades && !(tx.customer?.grade !== undefined && customerGrades.includes(tx.customer.grade)))
    return 'customer grade'
  return null
}

type Rates = CommissionPlan['rates']
type Tiered = Exclude<Rates, { kind: 'flat' }>

/**
 * The index of the tier a base reaches: the last bound at or below it (`higher`), or strictly below it
 * (`lower`); the first tier always.
 */
function tierReached(rates: Tiered, bounds: readonly Decimal[], base: Decimal): number {
  let reached = 0
  bounds.forEach((b, k) => {
    if (k > 0 && (rates.boundary === 'lower' ? base.gt(b) : base.gte(b))) reached = k
  })
  return reached
}

/**
 * The interpolated rate at `base` in tier `k`: linear from the tier's rate at its bound to the next tier's
 * rate at the next bound; flat in the top tier.
 */
function interpolatedRate(rates: Tiered, bounds: readonly Decimal[], base: Decimal, k: number): Decimal {
  const tier = rates.tiers[k] as Tiered['tiers'][number]
  const next = rates.tiers[k + 1]
  const from = bounds[k] as Decimal
  const to = bounds[k + 1]
  if (next === undefined || to === undefined || to.lte(from)) return tier.rate
  const position = min(ONE, max(ZERO, base.minus(from).div(to.minus(from))))
  return tier.rate.plus(next.rate.minus(tier.rate).times(position))
}

/**
 * Pays a period's earnings against the plan's draw: the draw when earnings fall short (owed back
 * when recoverable), else the earnings less what is recovered of the balance owed (from the
 * draw's start date, at most its maximum a period). Steps go to `trace`.
 */
export function settleDraw(
  plan: CommissionPlan,
  earnings: Decimal,
  priorBalance: Decimal,
  periodStart: string,
  money: (d: Decimal) => string,
  trace: TraceStep[],
): { payable: Decimal; balance: Decimal; recovered: Decimal; drawPaid: boolean } {
  const draw = plan.draw?.amount ?? ZERO
  let balance = priorBalance
  if (earnings.lt(draw) || earnings.isNegative()) {
    const drawPaid = plan.draw !== undefined
    if (drawPaid) trace.push(step('commission.draw-paid', { earnings: money(earnings), draw: money(draw) }))
    if (plan.draw?.recoverable ?? true) balance = balance.plus(draw.minus(earnings))
    return { payable: draw, balance, recovered: ZERO, drawPaid }
  }
  let recovered = ZERO
  const from = plan.draw?.recoverFrom
  if (from !== undefined && periodStart < from) {
    if (balance.gt(0))
      trace.push(step('commission.recovery-deferred', { date: from, balance: money(balance) }))
  } else {
    recovered = min(balance, earnings.minus(draw))
    if (plan.draw?.maxRecoveryPerPeriod !== undefined)
      recovered = min(recovered, plan.draw.maxRecoveryPerPeriod)
  }
  if (recovered.gt(0)) trace.push(step('commission.recovered', { amount: money(recovered) }))
  return { payable: earnings.minus(recovered), balance: balance.minus(recovered), recovered, drawPaid: false }
}

/**
 * Computes one statement from a validated plan and input.
 *
 * @group Commission
 */
export function computeStatement(plan: CommissionPlan, input: Input): CommissionStatement {
  const { rounding } = plan
  const round = (d: Decimal) => roundTo(d, rounding)
  const money = (d: Decimal) => d.toFixed(rounding.scale)
  const { start, end } = input.period
  const inPeriod = (d: string) => d >= start && d <= end
  const trace: TraceStep[] = []
  const byId = new Map(input.transactions.map((t) => [t.id, t]))
  const categoryRates = new Map(plan.categoryRates.map((c) => [c.category, c.rate]))

  // proration for a partial period of employment
  const employedStart =
    input.employment?.start && input.employment.start > start ? input.employment.start : start
  const employedEnd = input.employment?.end && input.employment.end < end ? input.employment.end : end
  const periodDays = differenceInCalendarDays(toDate(end), toDate(start)) + 1
  const employedDays =
    employedEnd < employedStart ? 0 : differenceInCalendarDays(toDate(employedEnd), toDate(employedStart)) + 1
  const prorateAmount = (amount: Decimal) =>
    employedDays === periodDays
      ? amount
      : employedDays === 0
        ? ZERO
        : prorate({
            amount,
            period: { start, end },
            ranges: [{ start: employedStart, end: employedEnd }],
            rounding,
          }).amount
  const quota = input.quota === undefined ? null : prorateAmount(input.quota)
  if (quota !== null && employedDays !== periodDays)
    trace.push(step('commission.prorated', { days: employedDays, total: periodDays, quota: money(quota) }))

  // credits: sales recognised in the period, or cash collected in it
  const credits: Credit[] = []
  const baseOf = (tx: Transaction, credited: Decimal, index: number): Decimal => {
    if (plan.base !== 'gross-profit') return credited
    if (tx.cost === undefined)
      fail('INVALID_INPUT', 'commission.cost-missing', ['input', 'transactions', index, 'cost'], {
        id: tx.id,
      })
    let margin = tx.amount.minus(tx.cost)
    if (plan.floorMarginAtZero) margin = max(margin, ZERO)
    return round(margin.times(ratio(credited, tx.amount)))
  }
  const credit = (
    tx: Transaction,
    kind: Credit['kind'],
    date: string,
    part: { share: Decimal; part: Decimal; overlay: boolean },
    base: Decimal,
  ): Credit => ({
    tx,
    kind,
    date,
    credited: part.part,
    share: part.share,
    base,
    overlay: part.overlay,
    categoryRate: tx.category === undefined ? undefined : categoryRates.get(tx.category),
  })
  const recognition = plan.base === 'collected' ? 'payment' : plan.recognition
  if (recognition === 'payment') {
    input.payments.forEach((p, i) => {
      if (!inPeriod(p.date)) return
      const tx = byId.get(p.transactionId)
      if (tx === undefined)
        fail('INVALID_INPUT', 'commission.unknown-transaction', ['input', 'payments', i, 'transactionId'], {
          id: p.transactionId,
        })
      if (tx.type !== 'sale') return
      const why = eligible(plan, tx)
      if (why) return void trace.push(step('commission.not-eligible', { id: tx.id, what: why }))
      const part = repPart(tx, input.rep, p.amount, rounding)
      if (part === null) return
      const base = baseOf(tx, part.part, input.transactions.indexOf(tx))
      credits.push(credit(tx, 'payment', p.date, part, base))
      trace.push(
        step('commission.payment', {
          id: tx.id,
          collected: money(part.part),
          date: p.date,
          fraction: ratio(p.amount, tx.amount),
          base: money(base),
        }),
      )
    })
  } else {
    input.transactions.forEach((tx, i) => {
      const date = recognition === 'invoice' ? (tx.invoiceDate ?? tx.date) : tx.date
      if (tx.type !== 'sale' || !inPeriod(date)) return
      const why = eligible(plan, tx)
      if (why) return void trace.push(step('commission.not-eligible', { id: tx.id, what: why }))
      const part = repPart(tx, input.rep, tx.amount, rounding)
      if (part === null) return
      const base = baseOf(tx, part.part, i)
      credits.push(credit(tx, 'sale', date, part, base))
      trace.push(
        step(part.overlay ? 'commission.credit-overlay' : 'commission.credit', {
          id: tx.id,
          date,
          credited: money(part.part),
          amount: money(tx.amount),
          share: part.share,
          base: money(base),
        }),
      )
    })
  }

  // reversals: within the window, either a negative credit (the plan says they reduce attainment) or a
  // reversal of the commission paid
  const reversals: CommissionLine[] = []
  input.transactions.forEach((tx, i) => {
    if (tx.type === 'sale' || !inPeriod(tx.date) || tx.original === undefined) return
    const part = repPart(tx, input.rep, tx.amount, rounding)
    if (part === null) return
    const days = differenceInCalendarDays(toDate(tx.date), toDate(tx.original.date))
    const params = { id: tx.id, type: TYPE_LABEL[tx.type], days, original: tx.original.id }
    if (plan.clawbackDays === undefined) return void trace.push(step('commission.clawback-none', params))
    if (days > plan.clawbackDays)
      return void trace.push(step('commission.clawback-late', { ...params, window: plan.clawbackDays }))
    if (plan.clawbackReducesAttainment) {
      const base = normalize(baseOf(tx, part.part, i).neg())
      credits.push(credit(tx, 'clawback', tx.date, part, base))
      trace.push(step('commission.clawback-base', { ...params, base: money(base.neg()) }))
      return
    }
    const reversal = normalize(
      round(
        tx.original.commission.times(ratio(min(tx.amount, tx.original.amount), tx.original.amount)),
      ).neg(),
    )
    reversals.push({
      transactionId: tx.id,
      kind: 'clawback',
      date: tx.date,
      credited: part.part,
      share: part.share,
      base: ZERO,
      rate: null,
      tier: null,
      commission: reversal,
    })
    trace.push(step('commission.clawback', { ...params, amount: money(reversal.neg()) }))
  })

  // overlay credit that does not count toward the quota stays out of the tiers and the attainment
  const counts = (c: Credit) => !c.overlay || plan.overlayCountsTowardQuota
  const totalBase = sum(credits.map((c) => c.base))
  const quotaBase = sum(credits.filter(counts).map((c) => c.base))
  const attainment = quota === null ? null : ratio(quotaBase, quota)
  trace.push(step('commission.base-total', { base: money(totalBase) }))
  if (quota !== null && attainment !== null)
    trace.push(step('commission.attainment', { quota: money(quota), attainment }))

  // rates
  const rates = plan.rates
  const needsQuota =
    (rates.kind !== 'flat' && rates.basis === 'attainment') ||
    plan.gate?.minAttainment !== undefined ||
    plan.accelerator !== undefined
  if (needsQuota && quota === null) fail('INVALID_INPUT', 'commission.needs-quota', ['input', 'quota'], {})
  const lineCommission: Decimal[] = credits.map(() => ZERO)
  const lineRate: (Decimal | null)[] = credits.map(() => null)
  const lineTier: (number | null)[] = credits.map(() => null)
  const tiered: number[] = []
  const overlays: number[] = []
  credits.forEach((c, i) => {
    if (c.categoryRate !== undefined) {
      lineCommission[i] = round(c.base.times(c.categoryRate))
      lineRate[i] = c.categoryRate
      trace.push(
        step('commission.category-rate', {
          id: c.tx.id,
          category: c.tx.category ?? '',
          base: money(c.base),
          rate: c.categoryRate,
          amount: money(lineCommission[i] as Decimal),
        }),
      )
    } else if (counts(c)) tiered.push(i)
    else overlays.push(i)
  })
  const tieredBase = sum(tiered.map((i) => (credits[i] as Credit).base))
  const tiers: TierBreakdown[] = []
  const flatLine = (
    i: number,
    rate: Decimal,
    tier: number | null,
    code: 'commission.flat' | 'commission.overlay',
  ) => {
    const c = credits[i] as Credit
    lineCommission[i] = round(c.base.times(rate))
    lineRate[i] = rate
    lineTier[i] = tier
    trace.push(
      step(code, { id: c.tx.id, base: money(c.base), rate, amount: money(lineCommission[i] as Decimal) }),
    )
  }
  let reachedRate: Decimal
  let reached: number | null = null
  if (rates.kind === 'flat') {
    reachedRate = rates.rate
    for (const i of tiered) flatLine(i, rates.rate, null, 'commission.flat')
  } else {
    const scale = rates.basis === 'attainment' ? (quota as Decimal) : ONE
    const bounds = rates.tiers.map((t) => t.from.times(scale))
    const k = tierReached(rates, bounds, tieredBase)
    reached = k
    const tierRate = (rates.tiers[k] as Tiered['tiers'][number]).rate
    if (rates.kind === 'retroactive' || rates.kind === 'interpolated') {
      const rate = rates.kind === 'retroactive' ? tierRate : interpolatedRate(rates, bounds, tieredBase, k)
      reachedRate = rate
      rates.tiers.forEach((t, n) => {
        const slice = n === k ? tieredBase : ZERO
        tiers.push({
          from: bounds[n] as Decimal,
          to: bounds[n + 1] ?? null,
          rate: t.rate,
          slice,
          commission: slice.times(n === k ? rate : t.rate),
        })
      })
      if (rates.kind === 'retroactive')
        trace.push(step('commission.tier-reached', { from: money(bounds[k] as Decimal), rate }))
      else
        trace.push(
          step('commission.tier-interpolated', {
            base: money(tieredBase),
            from: money(bounds[k] as Decimal),
            to: bounds[k + 1] === undefined ? '—' : money(bounds[k + 1] as Decimal),
            rate,
          }),
        )
      for (const i of tiered) flatLine(i, rate, k, 'commission.flat')
    } else {
      reachedRate = tierRate
      let exact = ZERO
      rates.tiers.forEach((t, n) => {
        const from = bounds[n] as Decimal
        const to = bounds[n + 1] ?? null
        // a base below zero (more given back than sold) is reversed at the first tier's rate
        const slice =
          n === 0 && tieredBase.isNegative()
            ? tieredBase
            : max(ZERO, to === null ? tieredBase.minus(from) : min(tieredBase, to).minus(from))
        const commission = slice.times(t.rate)
        exact = exact.plus(commission)
        tiers.push({ from, to, rate: t.rate, slice, commission })
        if (!slice.isZero())
          trace.push(
            step('commission.tier-slice', {
              from: money(from),
              slice: money(slice),
              rate: t.rate,
              amount: commission,
            }),
          )
      })
      const total = round(exact)
      trace.push(step('commission.tier-total', { exact, amount: money(total) }))
      const positive = tiered.map((i) => max((credits[i] as Credit).base, ZERO))
      const weights = sum(positive).isZero() ? tiered.map((i) => (credits[i] as Credit).base.abs()) : positive
      const shares = sum(weights).isZero()
        ? weights.map(() => ZERO)
        : allocateUnits(total, weights, rounding.scale).parts
      tiered.forEach((i, n) => {
        const c = credits[i] as Credit
        lineCommission[i] = shares[n] ?? ZERO
        lineRate[i] = c.base.isZero() ? ZERO : ratio(shares[n] ?? ZERO, c.base)
        lineTier[i] = k
        trace.push(
          step('commission.tier-line', {
            id: c.tx.id,
            amount: money(shares[n] ?? ZERO),
            base: money(c.base),
          }),
        )
      })
    }
  }
  for (const i of overlays) flatLine(i, reachedRate, reached, 'commission.overlay')

  // accelerator: deals closed once attainment had reached the level
  if (plan.accelerator !== undefined && quota !== null) {
    const { fromAttainment, multiplier } = plan.accelerator
    const order = credits
      .map((c, i) => ({ c, i }))
      .sort((x, y) => (x.c.date < y.c.date ? -1 : x.c.date > y.c.date ? 1 : x.i - y.i))
    let before = ZERO
    for (const { c, i } of order) {
      const reachedBefore = ratio(before, quota)
      if (c.kind !== 'clawback' && reachedBefore.gte(fromAttainment)) {
        lineCommission[i] = round((lineCommission[i] as Decimal).times(multiplier))
        trace.push(
          step('commission.accelerated', {
            id: c.tx.id,
            attainment: reachedBefore,
            from: fromAttainment,
            multiplier,
            amount: money(lineCommission[i] as Decimal),
          }),
        )
      }
      if (counts(c)) before = before.plus(c.base)
    }
  }

  // gate, cap (forfeit or carry forward), floor
  let gated = false
  if (
    plan.gate?.minAttainment !== undefined &&
    attainment !== null &&
    attainment.lt(plan.gate.minAttainment)
  ) {
    gated = true
    trace.push(step('commission.gated', { value: attainment.toString(), minimum: plan.gate.minAttainment }))
  } else if (plan.gate?.minBase !== undefined && totalBase.lt(plan.gate.minBase)) {
    gated = true
    trace.push(step('commission.gated', { value: money(totalBase), minimum: money(plan.gate.minBase) }))
  }
  if (gated) lineCommission.fill(ZERO)
  const lines: CommissionLine[] = credits.map((c, i) => ({
    transactionId: c.tx.id,
    kind: c.kind,
    date: c.date,
    credited: c.credited,
    share: c.share,
    base: c.base,
    rate: lineRate[i] ?? null,
    tier: lineTier[i] ?? null,
    commission: lineCommission[i] as Decimal,
  }))
  if (plan.capExcess === 'forfeit' && !input.priorCapCarry.isZero())
    fail('INVALID_INPUT', 'commission.carry-without-plan', ['input', 'priorCapCarry'])
  const subtotal = sum(lineCommission)
  let capAdjustment = ZERO
  let capReleased = ZERO
  let capCarried = input.priorCapCarry
  let floorAdjustment = ZERO
  if (plan.cap !== undefined) {
    if (subtotal.gt(plan.cap)) {
      capAdjustment = plan.cap.minus(subtotal)
      if (plan.capExcess === 'carry-forward') capCarried = capCarried.minus(capAdjustment)
      trace.push(
        step(plan.capExcess === 'carry-forward' ? 'commission.capped-carried' : 'commission.capped', {
          amount: money(subtotal),
          cap: money(plan.cap),
          carried: money(capCarried),
        }),
      )
    } else if (capCarried.gt(0)) {
      capReleased = min(capCarried, plan.cap.minus(subtotal))
      capCarried = capCarried.minus(capReleased)
      if (capReleased.gt(0))
        trace.push(
          step('commission.cap-released', { amount: money(capReleased), carried: money(capCarried) }),
        )
    }
  }
  const afterCap = subtotal.plus(capAdjustment).plus(capReleased)
  if (!gated && plan.floor !== undefined && afterCap.lt(plan.floor)) {
    floorAdjustment = plan.floor.minus(afterCap)
    trace.push(step('commission.floored', { amount: money(afterCap), floor: money(plan.floor) }))
  }
  const commission = afterCap.plus(floorAdjustment)
  lines.push(...reversals)
  const clawbacks = sum(reversals.map((l) => l.commission))

  // bonuses
  const revenue = sum(credits.map((c) => (c.kind === 'clawback' ? c.credited.neg() : c.credited)))
  const newCustomers = credits.filter((c) => c.kind === 'sale' && c.tx.customer?.isNew === true).length
  const bonuses = plan.bonuses.map((b): BonusResult => {
    let actual: Decimal
    if (b.measure === 'revenue') actual = revenue
    else if (b.measure === 'new-customers') actual = ONE.times(newCustomers)
    else {
      const value = input.kpis[b.kpi ?? '']
      if (value === undefined)
        fail('INVALID_INPUT', 'commission.kpi-missing', ['input', 'kpis', b.kpi ?? ''], { kpi: b.kpi ?? '' })
      actual = value
    }
    // volume targets are prorated for a partial period of employment, KPI results (rates, scores) are not.
    // A revenue target is money and is prorated like the quota; a count is compared exactly:
    // actual ≥ target × employed ÷ period days  ⇔  actual × period days ≥ target × employed days
    const full = employedDays === periodDays || b.measure === 'kpi'
    const target = full
      ? b.target
      : b.measure === 'revenue'
        ? prorateAmount(b.target)
        : round(b.target.times(employedDays).div(periodDays))
    const met =
      full || b.measure === 'revenue'
        ? actual.gte(target)
        : actual.times(periodDays).gte(b.target.times(employedDays))
    const amount = met ? (b.amount ?? round(totalBase.times(b.rate ?? ZERO))) : ZERO
    trace.push(
      step(met ? 'commission.bonus-met' : 'commission.bonus-missed', {
        bonus: b.label,
        actual: actual.toString(),
        target: target.toString(),
        amount: money(amount),
      }),
    )
    return { id: b.id, label: b.label, actual, target, met, amount }
  })
  const bonusTotal = sum(bonuses.map((b) => b.amount))
  for (const a of input.adjustments)
    trace.push(step('commission.adjustment', { amount: money(a.amount), reason: a.reason }))
  const adjustments = sum(input.adjustments.map((a) => a.amount))
  const earnings = commission.plus(clawbacks).plus(bonusTotal).plus(adjustments)

  // draw and balance
  const { payable, balance, recovered, drawPaid } = settleDraw(
    plan,
    earnings,
    input.priorBalance,
    start,
    money,
    trace,
  )
  trace.push(step('commission.payable', { payable: money(payable), balance: money(balance) }))
  return {
    rep: input.rep,
    period: { start, end },
    currency: plan.currency,
    plan: { id: plan.id, version: plan.version },
    lines,
    tiers,
    base: totalBase,
    quota,
    attainment,
    gated,
    // money totals are sums and differences of amounts at the plan's scale: they serialise at it
    commission: atScale(commission, rounding.scale),
    capAdjustment: atScale(capAdjustment, rounding.scale),
    capReleased: atScale(capReleased, rounding.scale),
    capCarried: atScale(capCarried, rounding.scale),
    floorAdjustment: atScale(floorAdjustment, rounding.scale),
    clawbacks: atScale(clawbacks, rounding.scale),
    bonuses,
    adjustments: atScale(adjustments, rounding.scale),
    earnings: atScale(earnings, rounding.scale),
    drawPaid,
    recovered: atScale(recovered, rounding.scale),
    payable: atScale(payable, rounding.scale),
    balance: atScale(balance, rounding.scale),
    yearToDate: null,
    trace,
  }
}

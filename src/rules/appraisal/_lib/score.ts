import type * as z from 'zod'
import { HUNDRED, ONE, ratio, roundTo, sum, ZERO, type Decimal } from '../../../core/decimal'
import type { PathSegment } from '../../../core/errors'
import { fail } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { stampOf, type PolicyStamp } from '../../../core/versioning'
import type {
  AppraisalCombine,
  AppraisalInputSchema,
  AppraisalPart,
  AppraisalPolicy,
} from '../../../models/appraisal'

type Input = z.output<ReturnType<typeof AppraisalInputSchema>>
type Band = AppraisalPolicy['bands'][number]

/** The name of each part, for sentences. */
const PART_LABEL: Readonly<Record<AppraisalPart, { en: string; 'zh-CN': string }>> = {
  kpi: { en: 'KPI scorecard', 'zh-CN': 'KPI 考核' },
  self: { en: 'self rating', 'zh-CN': '自评' },
  supervisor: { en: 'supervisor rating', 'zh-CN': '上级评价' },
  peer: { en: 'peer ratings', 'zh-CN': '同事互评' },
}

/**
 * The kind of period an appraisal covers.
 *
 * @group Appraisal
 */
export type AppraisalPeriodKind = 'month' | 'quarter' | 'year'

/**
 * One part of an appraisal score.
 *
 * @group Appraisal
 */
export interface AppraisalPartResult {
  /** Which part. */
  readonly part: AppraisalPart
  /**
   * Its value as given (ratings: the rating, the peers' average; KPI: the months combined); `null` if none.
   */
  readonly value: Decimal | null
  /** The value on the 0–100 scale (`(value − min) ÷ (max − min) × 100`); `null` if none. */
  readonly points: Decimal | null
  /** The policy's weight. */
  readonly weight: Decimal
  /** The weight applied: the policy's, or scaled up when another part is missing and left out. */
  readonly appliedWeight: Decimal
  /** `appliedWeight × points`: what the part adds to the score (before rounding). */
  readonly contribution: Decimal
}

/**
 * What a rating brings (绩效结果应用).
 *
 * @group Appraisal
 */
export interface AppraisalConsequences {
  /** The multiplier of the performance bonus. */
  readonly bonusMultiplier: Decimal
  /** The salary raise range, fractions; `null` for none. */
  readonly raise: {
    /** The lowest raise, a fraction of pay. */
    readonly min: Decimal
    /** The highest raise, a fraction of pay. */
    readonly max: Decimal
  } | null
  /** The training plan (培训); `null` for none. */
  readonly training: LocalizedText | null
  /** A written warning (警告). */
  readonly warning: boolean
  /** The share of the performance pay withheld (绩效扣减); `null` for none. */
  readonly deduction: Decimal | null
  /** How many appraisals in a row, this one included, have a rating that counts for promotion. */
  readonly consecutive: number
  /** Eligible for promotion (晋升): `consecutive` reached the policy's count. */
  readonly promotionEligible: boolean
}

/**
 * One person's appraisal for a period.
 *
 * @group Appraisal
 */
export interface Appraisal {
  /** The person appraised. */
  readonly person: string
  /** The period appraised. */
  readonly period: {
    /** First day. */
    readonly start: string
    /** Last day. */
    readonly end: string
  }
  /** A monthly, quarterly or annual appraisal. */
  readonly kind: AppraisalPeriodKind
  /** Each part of the policy, in the policy's order. */
  readonly parts: readonly AppraisalPartResult[]
  /** The points of each part that has a value (what {@link calibrate} breaks ties with). */
  readonly points: Readonly<Partial<Record<AppraisalPart, Decimal>>>
  /** The score: Σ applied weight × points, rounded by the policy. */
  readonly score: Decimal
  /** The rating of the score. */
  readonly rating: string
  /** What the rating brings. */
  readonly consequences: AppraisalConsequences
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** The steps of the cycle, each part, the score, the rating and its consequences. */
  readonly trace: readonly TraceStep[]
}

/** The number of whole months of the period, or an issue at its bad end. */
function periodKind(input: Input): AppraisalPeriodKind {
  const { start, end } = input.period
  if (start.slice(8) !== '01') fail('INVALID_INPUT', 'appraisal.period-start', ['input', 'period', 'start'])
  const [y, m] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))]
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (Number(end.slice(8)) !== lastDay)
    fail('INVALID_INPUT', 'appraisal.period-end', ['input', 'period', 'end'])
  const months = (y - Number(start.slice(0, 4))) * 12 + m - Number(start.slice(5, 7)) + 1
  if (months === 1) return 'month'
  if (months === 3) return 'quarter'
  if (months === 12) return 'year'
  return fail('INVALID_INPUT', 'appraisal.period-length', ['input', 'period', 'end'], { months })
}

/** The months of the period, `YYYY-MM`, in order. */
function monthsOf(start: string, count: number): string[] {
  const y = Number(start.slice(0, 4))
  const m = Number(start.slice(5, 7)) - 1
  return Array.from({ length: count }, (_, i) => {
    const n = m + i
    return `${String(y + Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`
  })
}

/** The months' KPI results combined by the policy's rule; `null` when none counts. */
function combineKpi(
  policy: AppraisalPolicy,
  input: Input,
  kind: AppraisalPeriodKind,
  trace: TraceStep[],
): Decimal | null {
  const months = monthsOf(input.period.start, kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12)
  input.kpiResults.forEach((r, i) => {
    if (!months.includes(r.month))
      fail('INVALID_INPUT', 'appraisal.kpi-outside', ['input', 'kpiResults', i, 'month'], { month: r.month })
  })
  const present = months
    .map((month, index) => ({ index, result: input.kpiResults.find((r) => r.month === month) }))
    .filter((x): x is { index: number; result: { month: string; score: Decimal } } => x.result !== undefined)
  const missing = months.filter((m) => !input.kpiResults.some((r) => r.month === m))
  if (present.length === 0) return null
  if (missing.length > 0) trace.push(step('appraisal.kpi-months-missing', { months: missing.join(', ') }))
  if (kind === 'month') return (present[0] as (typeof present)[number]).result.score
  const rule: AppraisalCombine = kind === 'quarter' ? policy.quarterly : policy.annual
  let value: Decimal | null
  if (rule.kind === 'weighted') {
    const weights = present.map((p) => rule.weights[p.index] ?? ZERO)
    const total = sum(weights)
    value = total.isZero()
      ? null
      : ratio(sum(present.map((p, i) => p.result.score.times(weights[i] ?? ZERO))), total)
  } else {
    const counted = rule.kind === 'last' ? present.slice(-rule.count) : present
    value = ratio(sum(counted.map((p) => p.result.score)), ONE.times(counted.length))
  }
  trace.push(
    step(value === null ? 'appraisal.kpi-weightless' : `appraisal.kpi-${rule.kind}`, {
      months: present.length,
      of: months.length,
      value: (value ?? ZERO).toDecimalPlaces(4),
      ...(rule.kind === 'last' ? { count: rule.count } : {}),
    }),
  )
  return value
}

/** The value of a rating part, checked against its scale; `null` when not given. */
function ratingValue(
  part: AppraisalPart,
  input: Input,
  scale: { min: Decimal; max: Decimal },
): Decimal | null {
  const check = (v: Decimal, path: PathSegment[]) => {
    if (v.lt(scale.min) || v.gt(scale.max))
      fail('INVALID_INPUT', 'appraisal.rating-range', path, {
        value: v.toString(),
        min: scale.min.toString(),
        max: scale.max.toString(),
      })
    return v
  }
  const { self, supervisor, peers } = input.ratings
  if (part === 'self') return self === undefined ? null : check(self, ['input', 'ratings', 'self'])
  if (part === 'supervisor')
    return supervisor === undefined ? null : check(supervisor, ['input', 'ratings', 'supervisor'])
  peers.forEach((p, i) => check(p, ['input', 'ratings', 'peers', i]))
  return peers.length === 0 ? null : ratio(sum(peers), ONE.times(peers.length))
}

/** The path of a part's input, for a missing part. */
function pathOf(part: AppraisalPart): PathSegment[] {
  if (part === 'kpi') return ['input', 'kpiResults']
  return ['input', 'ratings', part === 'peer' ? 'peers' : part]
}

const DEFAULT_SCALE = { min: ZERO, max: HUNDRED }

/** Rejects a value given for a part the policy does not score: it would otherwise be silently ignored. */
function checkUnscored(policy: AppraisalPolicy, input: Input): void {
  const scored = new Set(policy.parts.map((p) => p.part))
  if (!scored.has('kpi') && input.kpiResults.length > 0)
    fail('INVALID_INPUT', 'appraisal.part-unscored', pathOf('kpi'), { part: PART_LABEL.kpi.en })
  if (!scored.has('self') && input.ratings.self !== undefined)
    fail('INVALID_INPUT', 'appraisal.part-unscored', pathOf('self'), { part: PART_LABEL.self.en })
  if (!scored.has('supervisor') && input.ratings.supervisor !== undefined)
    fail('INVALID_INPUT', 'appraisal.part-unscored', pathOf('supervisor'), { part: PART_LABEL.supervisor.en })
  if (!scored.has('peer') && input.ratings.peers.length > 0)
    fail('INVALID_INPUT', 'appraisal.part-unscored', pathOf('peer'), { part: PART_LABEL.peer.en })
}

/** The band a score falls in: the first whose `minScore` it reaches, else the last. */
export function bandOf(policy: AppraisalPolicy, score: Decimal): { band: Band; index: number } {
  const index = policy.bands.findIndex((b) => b.minScore === undefined || score.gte(b.minScore))
  const i = index === -1 ? policy.bands.length - 1 : index
  return { band: policy.bands[i] as Band, index: i }
}

/** The label of a band for sentences: its label, else its rating id. */
export function bandLabel(band: Band): LocalizedText {
  return band.label ?? band.rating
}

/** Scores the parts and applies the weights (scaled up over the parts present with `missing: 'reweight'`). */
function scoreParts(
  policy: AppraisalPolicy,
  input: Input,
  kind: AppraisalPeriodKind,
  trace: TraceStep[],
): AppraisalPartResult[] {
  const measured = policy.parts.map((p) => {
    const scale = p.scale ?? DEFAULT_SCALE
    const value =
      p.part === 'kpi' ? combineKpi(policy, input, kind, trace) : ratingValue(p.part, input, scale)
    if (value === null && policy.missing === 'error')
      fail('INVALID_INPUT', 'appraisal.part-missing', pathOf(p.part), { part: PART_LABEL[p.part].en })
    const points =
      value === null ? null : ratio(value.minus(scale.min).times(HUNDRED), scale.max.minus(scale.min))
    return { p, value, points }
  })
  const present = sum(measured.filter((m) => m.points !== null).map((m) => m.p.weight))
  if (present.isZero()) fail('INVALID_INPUT', 'appraisal.nothing-scored', ['input'])
  return measured.map(({ p, value, points }) => {
    const appliedWeight = points === null ? ZERO : present.eq(1) ? p.weight : ratio(p.weight, present)
    const contribution = points === null ? ZERO : appliedWeight.times(points)
    trace.push(
      points === null
        ? step('appraisal.part-left-out', { part: PART_LABEL[p.part], weight: p.weight })
        : step('appraisal.part', {
            part: PART_LABEL[p.part],
            value: (value ?? ZERO).toDecimalPlaces(4),
            points: points.toDecimalPlaces(4),
            weight: appliedWeight.toDecimalPlaces(6),
          }),
    )
    return { part: p.part, value, points, weight: p.weight, appliedWeight, contribution }
  })
}

/** What the rating brings, with the promotion count over the history. */
function consequencesOf(
  policy: AppraisalPolicy,
  band: Band,
  input: Input,
  trace: TraceStep[],
): AppraisalConsequences {
  const known = new Set(policy.bands.map((b) => b.rating))
  input.history.forEach((r, i) => {
    if (!known.has(r))
      fail('INVALID_INPUT', 'appraisal.unknown-rating', ['input', 'history', i], { rating: r })
  })
  const label = bandLabel(band)
  if (!band.bonusMultiplier.eq(1))
    trace.push(step('appraisal.bonus-multiplier', { rating: label, multiplier: band.bonusMultiplier }))
  if (band.raise !== undefined)
    trace.push(step('appraisal.raise', { rating: label, min: band.raise.min, max: band.raise.max }))
  if (band.training !== undefined) trace.push(step('appraisal.training', { training: band.training }))
  if (band.warning) trace.push(step('appraisal.warning', { rating: label }))
  if (band.deduction !== undefined)
    trace.push(step('appraisal.deduction', { rating: label, deduction: band.deduction }))
  let consecutive = 0
  let promotionEligible = false
  if (policy.promotion !== undefined) {
    const counts = new Set(policy.promotion.ratings)
    for (const r of [...input.history, band.rating].reverse()) {
      if (!counts.has(r)) break
      consecutive += 1
    }
    promotionEligible = consecutive >= policy.promotion.consecutive
    trace.push(
      step(promotionEligible ? 'appraisal.promotion-eligible' : 'appraisal.promotion-not-yet', {
        consecutive,
        needed: policy.promotion.consecutive,
      }),
    )
  }
  return {
    bonusMultiplier: band.bonusMultiplier,
    raise: band.raise ?? null,
    training: band.training ?? null,
    warning: band.warning,
    deduction: band.deduction ?? null,
    consecutive,
    promotionEligible,
  }
}

/**
 * One appraisal: the cycle's steps, each part's value and points, the weighted score rounded by the policy,
 * its band, and what the band brings.
 */
export function appraiseWith(policy: AppraisalPolicy, input: Input): Appraisal {
  const kind = periodKind(input)
  checkUnscored(policy, input)
  const trace: TraceStep[] = []
  policy.steps.forEach((s, i) => trace.push(step('appraisal.step', { n: i + 1, step: s.label })))
  trace.push(step(`appraisal.kind-${kind}`, { start: input.period.start, end: input.period.end }))
  const parts = scoreParts(policy, input, kind, trace)
  const score = roundTo(sum(parts.map((p) => p.contribution)), policy.rounding)
  trace.push(step('appraisal.score', { score: score.toFixed(policy.rounding.scale) }))
  const { band } = bandOf(policy, score)
  trace.push(
    band.minScore === undefined
      ? step('appraisal.rating-lowest', { rating: bandLabel(band) })
      : step('appraisal.rating', { rating: bandLabel(band), min: band.minScore }),
  )
  const consequences = consequencesOf(policy, band, input, trace)
  const points: Partial<Record<AppraisalPart, Decimal>> = {}
  for (const p of parts) if (p.points !== null) points[p.part] = p.points
  return {
    person: input.person,
    period: { start: input.period.start, end: input.period.end },
    kind,
    parts,
    points,
    score,
    rating: band.rating,
    consequences,
    policy: stampOf(policy),
    trace,
  }
}

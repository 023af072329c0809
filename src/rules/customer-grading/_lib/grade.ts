import { compileScorecard, scoreRatings, scoreValue, type CompiledScorecard } from '../../../core/scorecard'
import { stampOf, type PolicyStamp } from '../../../core/versioning'
import { ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError, type SalesRulesIssue } from '../../../core/errors'
import { issueOf } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { weightedBands, type CustomerGradingPolicy, type CustomerSchema } from '../../../models/customer'
import type * as z from 'zod'
import {
  groupValues,
  keyOf,
  minValues,
  positionGroups,
  rankGroups,
  type GroupPosition,
  type ValueGroup,
} from './pareto'

type Customer = z.output<ReturnType<typeof CustomerSchema>>

/**
 * Why a customer has its grade.
 *
 * @group Customer grading
 */
export type GradeReason = 'pareto' | 'threshold' | 'score' | 'no-history' | 'override' | 'held'

/**
 * How a customer's grade moved from last period.
 *
 * @group Customer grading
 */
export type GradeMovement = 'up' | 'down' | 'same' | 'new' | 'changed'

/**
 * One graded customer.
 *
 * @group Customer grading
 */
export interface GradedCustomer {
  /** The customer's id. */
  readonly id: string
  /** The grade in force: computed, held by hysteresis, or overridden. */
  readonly grade: string
  /** The grade's label. */
  readonly label: LocalizedText
  /** The grade the method computed (before hysteresis and overrides). */
  readonly computedGrade: string
  /** Competition rank by value or score (1 = highest; equal values share a rank), `null` without history. */
  readonly rank: number | null
  /** The measured value, `null` without history or under the weighted method. */
  readonly value: Decimal | null
  /** The weighted score (0–100, truncated to 4 decimals), weighted method only. */
  readonly score: Decimal | null
  /** value ÷ total (value-based methods). */
  readonly share: Decimal | null
  /** Share of the total held by the customers ranked at or above it, its tie group included. */
  readonly cumulativeShare: Decimal | null
  /** Why it has its grade. */
  readonly reason: GradeReason
  /** True when a manual override set the grade. */
  readonly overridden: boolean
  /** True when hysteresis kept last period's higher grade. */
  readonly held: boolean
  /** Consecutive periods computed below the grade in force (to pass back next period). */
  readonly periodsBelow: number
  /** Last period's grade, if given. */
  readonly previousGrade: string | null
  /** Up, down, same, new (no previous grade) or changed (to or from a grade outside the ladder). */
  readonly movement: GradeMovement
  /** How the grade was reached. */
  readonly trace: readonly TraceStep[]
}

/**
 * Totals for one grade.
 *
 * @group Customer grading
 */
export interface GradeSummary {
  /** The grade. */
  readonly grade: string
  /** Its label. */
  readonly label: LocalizedText
  /** Customers in it. */
  readonly count: number
  /** Σ of their values (value-based methods). */
  readonly value: Decimal
  /** Their share of the total value. */
  readonly share: Decimal
}

/**
 * A grade's cut-off under the value-based methods.
 *
 * @group Customer grading
 */
export interface GradeCutoff {
  /** The grade. */
  readonly grade: string
  /** The lowest value that reaches it (`null`: no customer does). */
  readonly minValue: Decimal | null
}

/**
 * The result of grading customers.
 *
 * @group Customer grading
 */
export interface CustomerGrading {
  /** The evaluation date. */
  readonly asOf: string
  /** The method used. */
  readonly method: CustomerGradingPolicy['method']['kind']
  /** Σ of the values of the customers with history (zero under the weighted method). */
  readonly total: Decimal
  /** Per grade, the lowest value that reaches it (value-based methods). */
  readonly cutoffs: readonly GradeCutoff[]
  /** Every customer, in the order given. */
  readonly customers: readonly GradedCustomer[]
  /** Per grade, in the policy's order (the no-history grade last when it is not one of them). */
  readonly summary: readonly GradeSummary[]
  /** How many customers moved up and down. */
  readonly moves: {
    /** Customers whose grade rose. */
    readonly up: number
    /** Customers whose grade fell. */
    readonly down: number
  }
  /** The grading policy version that decided. */
  readonly policy: PolicyStamp
  /** The method, the cut-offs and the summary. */
  readonly trace: readonly TraceStep[]
}

const METHOD: Readonly<Record<CustomerGradingPolicy['method']['kind'], { en: string; 'zh-CN': string }>> = {
  pareto: { en: 'Pareto (ABC) analysis', 'zh-CN': '帕累托（ABC）分析' },
  thresholds: { en: 'thresholds', 'zh-CN': '金额门槛' },
  weighted: { en: 'weighted criteria', 'zh-CN': '多维加权评分' },
}
const MEASURE = {
  revenue: { en: 'revenue', 'zh-CN': '销售额' },
  'gross-profit': { en: 'gross profit', 'zh-CN': '毛利' },
  'order-count': { en: 'order count', 'zh-CN': '订单数' },
} as const
const MOVEMENT = { up: { en: 'up', 'zh-CN': '升' }, down: { en: 'down', 'zh-CN': '降' } } as const

/**
 * Checks what zod cannot: unique ids, known grades.
 *
 * @group Customer grading
 */
export function checkCustomers(policy: CustomerGradingPolicy, customers: readonly Customer[]): void {
  const known = new Set([...policy.grades.map((g) => g.id), policy.noHistory.grade])
  const seen = new Set<string>()
  const issues: SalesRulesIssue[] = []
  customers.forEach((c, i) => {
    if (seen.has(c.id))
      issues.push(issueOf('grading.duplicate-customer', ['customers', i, 'id'], { id: c.id }))
    seen.add(c.id)
    if (c.previous && !known.has(c.previous.grade))
      issues.push(
        issueOf('grading.unknown-grade', ['customers', i, 'previous', 'grade'], { grade: c.previous.grade }),
      )
    if (c.override && !known.has(c.override.grade))
      issues.push(
        issueOf('grading.unknown-grade', ['customers', i, 'override', 'grade'], { grade: c.override.grade }),
      )
  })
  if (issues.length > 0) throw new SalesRulesError('INVALID_INPUT', issues)
}

/**
 * The Pareto groups of the customers with history.
 *
 * @group Customer grading
 */
export function valuesOf(customers: readonly Customer[]): Decimal[] {
  const values: Decimal[] = []
  for (const c of customers) if (c.value !== undefined && c.value !== null) values.push(c.value)
  return values
}

/**
 * What the method computed for one customer, before hysteresis and overrides.
 *
 * @group Customer grading
 */
interface Computed {
  /** The grade index (0 = the highest); `null`: no history. */
  readonly index: number | null
  readonly rank: number | null
  readonly score: Decimal | null
  readonly share: Decimal | null
  readonly cumulative: Decimal | null
  readonly reason: GradeReason
  readonly steps: TraceStep[]
}

const NO_HISTORY: Computed = {
  index: null,
  rank: null,
  score: null,
  share: null,
  cumulative: null,
  reason: 'no-history',
  steps: [],
}

/**
 * The scorecard of a weighted policy, bands from the lowest up.
 *
 * @group Customer grading
 */
function weightedCard(policy: CustomerGradingPolicy): CompiledScorecard | null {
  const m = policy.method
  if (m.kind !== 'weighted') return null
  return compileScorecard({
    dimensions: m.dimensions,
    missing: m.missing,
    grades: weightedBands(policy.grades, m.minScores),
  })
}

/**
 * Step 1 for scores, rank: the competition rank of each distinct score (by its key), highest first.
 *
 * @group Customer grading
 */
export function rankScores(scores: readonly (Decimal | null)[]): Map<string, number> {
  const groups = groupValues(scores.filter((x): x is Decimal => x !== null))
  const ranks = rankGroups(groups)
  return new Map(groups.map((g, i) => [keyOf(g.value), ranks[i] as number]))
}

/** The method's work: a trace header, the cut-offs, the total and one customer's computed grade. */
interface MethodRun {
  readonly total: Decimal
  readonly cutoffs: GradeCutoff[]
  readonly trace: TraceStep[]
  readonly computeOne: (c: Customer, i: number) => Computed
}

function weightedRun(policy: CustomerGradingPolicy, customers: readonly Customer[]): MethodRun {
  const m = policy.method as Extract<CustomerGradingPolicy['method'], { kind: 'weighted' }>
  const n = policy.grades.length
  const card = weightedCard(policy) as CompiledScorecard
  const scored = customers.map((c, i) =>
    c.ratings === undefined ? null : scoreRatings(card, c.ratings, ['customers', i, 'ratings']),
  )
  const scores = scored.map((r) => (r === null ? null : scoreValue(card, r.sum, r.weight)))
  const rankOf = rankScores(scores)
  const trace = [
    step('grading.method-total', {
      count: customers.length,
      method: METHOD[m.kind],
      measure: { en: 'score', 'zh-CN': '得分' },
      total: '—',
    }),
  ]
  const computeOne = (_c: Customer, i: number): Computed => {
    const raw = scored[i]
    const score = scores[i] ?? null
    if (raw === null || raw === undefined || score === null) return NO_HISTORY
    const index = n - 1 - raw.grade
    return {
      index,
      rank: rankOf.get(keyOf(score)) ?? null,
      score,
      share: null,
      cumulative: null,
      reason: 'score',
      steps: [
        step('grading.score', {
          score,
          grade: gradeLabel(policy, index),
          minScore: m.minScores[index] as Decimal,
        }),
      ],
    }
  }
  return { total: ZERO, cutoffs: [], trace, computeOne }
}

function valueRun(
  policy: CustomerGradingPolicy,
  customers: readonly Customer[],
  groups: readonly ValueGroup[] | undefined,
): MethodRun {
  const m = policy.method as Extract<CustomerGradingPolicy['method'], { kind: 'pareto' | 'thresholds' }>
  const n = policy.grades.length
  const cutOn = groups ?? groupValues(valuesOf(customers))
  // steps 1–3: rank, cumulative share, cut
  const positioned = positionGroups(cutOn, m)
  const total = positioned.total
  const byValue = new Map(cutOn.map((g, i) => [keyOf(g.value), positioned.positions[i] as GroupPosition]))
  const mins = m.kind === 'pareto' ? minValues(cutOn, positioned.positions, n) : m.minimums
  const cutoffs = mins.map((minValue, i) => ({ grade: policy.grades[i]?.id ?? '', minValue }))
  const trace = [
    step('grading.method-total', {
      count: customers.length,
      method: METHOD[m.kind],
      measure: MEASURE[m.measure],
      total,
    }),
  ]
  if (m.kind === 'pareto')
    cutoffs.forEach((c, i) =>
      trace.push(
        step('grading.cutoff', {
          grade: gradeLabel(policy, i),
          cutoff: m.cutoffs[i] as Decimal,
          minValue: c.minValue ?? '—',
        }),
      ),
    )
  const computeOne = (c: Customer): Computed => {
    if (c.value === undefined || c.value === null) return NO_HISTORY
    const value = c.value
    // a value missing from a merged summary is graded by the cut-offs (it still ranks where it falls)
    const p = byValue.get(keyOf(value))
    const index = p?.grade ?? gradeByCutoffs(cutoffs, value, n)
    const grade = gradeLabel(policy, index)
    let reason: TraceStep
    if (m.kind === 'thresholds') {
      const minimum = m.minimums[index] as Decimal
      reason = value.gte(minimum)
        ? step('grading.threshold', { value, grade, minimum })
        : step('grading.threshold-rest', { value, grade })
    } else if (value.isNegative()) {
      reason = step('grading.pareto-loss', { value, grade })
    } else if (p === undefined) {
      // not ranked: graded by the minimum values the ranked customers set
      const minimum = cutoffs[index]?.minValue
      reason =
        index < n - 1 && minimum
          ? step('grading.pareto-unranked', { value, grade, minimum })
          : step('grading.pareto-unranked-rest', { value, grade })
    } else {
      const before = ratio(p.before, total)
      reason =
        index < n - 1
          ? step('grading.pareto', {
              rank: p.rank,
              value,
              before,
              grade,
              cutoff: m.cutoffs[index] as Decimal,
            })
          : step('grading.pareto-rest', { rank: p.rank, value, before, grade })
    }
    return {
      index,
      rank: p?.rank ?? null,
      score: null,
      share: ratio(value, total),
      cumulative: p ? ratio(p.through, total) : null,
      reason: m.kind === 'pareto' ? 'pareto' : 'threshold',
      steps: [reason],
    }
  }
  return { total, cutoffs, trace, computeOne }
}

function gradeLabel(policy: CustomerGradingPolicy, i: number): LocalizedText {
  return policy.grades[i]?.label ?? ''
}

/** A grade's label (the no-history label, or the id itself, for a grade outside the ladder). */
function labelOf(policy: CustomerGradingPolicy, id: string): LocalizedText {
  return policy.grades.find((g) => g.id === id)?.label ?? policy.noHistory.label ?? id
}

/**
 * Step 4, hysteresis: a customer computed below last period's grade keeps it until it has been below for
 * `downgradeAfterPeriods` periods in a row.
 *
 * @group Customer grading
 */
export function applyHysteresis(
  policy: CustomerGradingPolicy,
  computedGrade: string,
  previous: Customer['previous'],
): { grade: string; held: boolean; periodsBelow: number; step: TraceStep | null } {
  const kept = { grade: computedGrade, held: false, periodsBelow: 0, step: null }
  if (previous === undefined) return kept
  const indexOf = (id: string) => {
    const i = policy.grades.findIndex((g) => g.id === id)
    return i < 0 ? undefined : i
  }
  const prevIndex = indexOf(previous.grade)
  const compIndex = indexOf(computedGrade)
  if (prevIndex === undefined || compIndex === undefined || compIndex <= prevIndex) return kept
  const after = policy.downgradeAfterPeriods
  const below = previous.periodsBelow + 1
  if (below >= after) return kept
  return {
    grade: previous.grade,
    held: true,
    periodsBelow: below,
    step: step('grading.held', {
      computed: labelOf(policy, computedGrade),
      previous: labelOf(policy, previous.grade),
      periods: below,
      after,
    }),
  }
}

/**
 * Step 5, overrides: a manual grade replaces the computed (or held) one, with its reason.
 *
 * @group Customer grading
 */
export function applyOverride(
  policy: CustomerGradingPolicy,
  grade: string,
  computedGrade: string,
  override: Customer['override'],
): { grade: string; overridden: boolean; step: TraceStep | null } {
  if (override === undefined) return { grade, overridden: false, step: null }
  return {
    grade: override.grade,
    overridden: true,
    step: step('grading.override', {
      grade: labelOf(policy, override.grade),
      computed: labelOf(policy, computedGrade),
      reason: override.reason,
    }),
  }
}

/**
 * How a grade moved from last period's: new, same, up, down, or changed (to or from a grade outside the
 * ladder).
 *
 * @group Customer grading
 */
export function movementOf(
  policy: CustomerGradingPolicy,
  previous: string | undefined,
  grade: string,
): GradeMovement {
  if (previous === undefined) return 'new'
  if (previous === grade) return 'same'
  const from = policy.grades.findIndex((g) => g.id === previous)
  const to = policy.grades.findIndex((g) => g.id === grade)
  if (from < 0 || to < 0) return 'changed'
  return to < from ? 'up' : 'down'
}

/** Steps 4 and 5 and the movement for one customer. */
function finish(
  policy: CustomerGradingPolicy,
  c: Customer,
  computed: Computed,
  isWeighted: boolean,
): GradedCustomer {
  const computedGrade =
    computed.index === null ? policy.noHistory.grade : (policy.grades[computed.index]?.id ?? '')
  const steps = [...computed.steps]
  if (computed.index === null)
    steps.push(step('grading.no-history', { grade: labelOf(policy, computedGrade) }))
  const kept = applyHysteresis(policy, computedGrade, c.previous)
  if (kept.step !== null) steps.push(kept.step)
  const manual = applyOverride(policy, kept.grade, computedGrade, c.override)
  if (manual.step !== null) steps.push(manual.step)
  const grade = manual.grade
  const movement = movementOf(policy, c.previous?.grade, grade)
  if (c.previous && (movement === 'up' || movement === 'down'))
    steps.push(
      step('grading.movement', {
        movement: MOVEMENT[movement],
        previous: labelOf(policy, c.previous.grade),
        grade: labelOf(policy, grade),
      }),
    )
  return {
    id: c.id,
    grade,
    label: labelOf(policy, grade),
    computedGrade,
    rank: computed.rank,
    value: isWeighted ? null : (c.value ?? null),
    score: computed.score,
    share: computed.share,
    cumulativeShare: computed.cumulative,
    reason: manual.overridden ? 'override' : kept.held ? 'held' : computed.reason,
    overridden: manual.overridden,
    held: kept.held,
    periodsBelow: kept.periodsBelow,
    previousGrade: c.previous?.grade ?? null,
    movement,
    trace: steps,
  }
}

/**
 * Step 6, summary: per grade (the policy's order, the no-history grade last when it is not one of them) the
 * count, the Σ of values and its share of the total; and how many moved up and down.
 *
 * @group Customer grading
 */
export function summarize(
  policy: CustomerGradingPolicy,
  graded: readonly GradedCustomer[],
  total: Decimal,
): { summary: GradeSummary[]; moves: { up: number; down: number } } {
  const inLadder = policy.grades.some((g) => g.id === policy.noHistory.grade)
  const ids = [...policy.grades.map((g) => g.id), ...(inLadder ? [] : [policy.noHistory.grade])]
  const summary = ids.map((id): GradeSummary => {
    const members = graded.filter((g) => g.grade === id)
    const value = sum(members.map((g) => g.value ?? ZERO))
    return { grade: id, label: labelOf(policy, id), count: members.length, value, share: ratio(value, total) }
  })
  return {
    summary,
    moves: {
      up: graded.filter((g) => g.movement === 'up').length,
      down: graded.filter((g) => g.movement === 'down').length,
    },
  }
}

/**
 * Grades validated customers in named steps: rank → cumulative share → cut (the method: {@link
 * positionGroups}, or the weighted scorecard and {@link rankScores}) → hysteresis ({@link applyHysteresis})
 * → overrides ({@link applyOverride}) → summary ({@link summarize}). `groups` are the Pareto tie groups to
 * cut on: those of `customers` themselves, or a merged summary of every partition.
 *
 * @group Customer grading
 */
export function gradeAll(
  policy: CustomerGradingPolicy,
  customers: readonly Customer[],
  asOf: string,
  groups?: readonly ValueGroup[],
): CustomerGrading {
  const weighted = policy.method.kind === 'weighted'
  const run = weighted ? weightedRun(policy, customers) : valueRun(policy, customers, groups)
  const graded = customers.map((c, i) => finish(policy, c, run.computeOne(c, i), weighted))
  const { summary, moves } = summarize(policy, graded, run.total)
  const trace = [
    ...run.trace,
    ...summary.map((s) =>
      step('grading.summary', { grade: s.label, count: s.count, value: s.value, share: s.share }),
    ),
  ]
  return {
    asOf,
    method: policy.method.kind,
    total: run.total,
    cutoffs: run.cutoffs,
    customers: graded,
    summary,
    moves,
    policy: stampOf(policy),
    trace,
  }
}

function gradeByCutoffs(cutoffs: readonly GradeCutoff[], value: Decimal, n: number): number {
  for (let i = 0; i < n - 1; i += 1) {
    const min = cutoffs[i]?.minValue
    if (min !== null && min !== undefined && value.gte(min)) return i
  }
  return n - 1
}

import { compileScorecard, scoreRatings, scoreValue, type CompiledScorecard } from '../../../core/scorecard'
import { stampOf, type PolicyStamp } from '../../../core/versioning'
import { ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError, type SalesRulesIssue } from '../../../core/errors'
import { issueOf } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { weightedBands, type CustomerGradingPolicy, type CustomerSchema } from '../../../models/customer'
import type * as z from 'zod'
import { groupValues, keyOf, minValues, positionGroups, type GroupPosition, type ValueGroup } from './pareto'

type Customer = z.output<typeof CustomerSchema>

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
 * Checks what zod cannot: unique ids, known grades, non-negative Pareto values.
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
    if (policy.method.kind === 'pareto' && c.value?.isNegative())
      issues.push(issueOf('grading.negative-value', ['customers', i, 'value']))
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

interface Computed {
  readonly index: number | null // grade index, null: no history
  readonly rank: number | null
  readonly score: Decimal | null
  readonly share: Decimal | null
  readonly cumulative: Decimal | null
  readonly reason: GradeReason
  readonly steps: TraceStep[]
}

/**
 * The scorecard of a weighted policy, bands from the lowest up.
 *
 * @group Customer grading
 */
export function weightedCard(policy: CustomerGradingPolicy): CompiledScorecard | null {
  const m = policy.method
  if (m.kind !== 'weighted') return null
  return compileScorecard({
    dimensions: m.dimensions,
    missing: m.missing,
    grades: weightedBands(policy.grades, m.minScores),
  })
}

/**
 * Grades validated customers. `groups` are the Pareto tie groups to cut on: those of `customers`
 * themselves, or a merged summary of every partition.
 *
 * @group Customer grading
 */
export function gradeAll(
  policy: CustomerGradingPolicy,
  customers: readonly Customer[],
  asOf: string,
  groups?: readonly ValueGroup[],
): CustomerGrading {
  const m = policy.method
  const n = policy.grades.length
  const label = (id: string): LocalizedText =>
    policy.grades.find((g) => g.id === id)?.label ?? policy.noHistory.label ?? id
  const gradeLabel = (i: number) => policy.grades[i]?.label ?? ''
  let total = ZERO
  let cutoffs: GradeCutoff[] = []
  const trace: TraceStep[] = []
  let computeOne: (c: Customer, i: number) => Computed

  if (m.kind === 'weighted') {
    const card = weightedCard(policy) as CompiledScorecard
    const scored = customers.map((c, i) =>
      c.ratings === undefined ? null : scoreRatings(card, c.ratings, ['customers', i, 'ratings']),
    )
    const scores = scored.map((r) => (r === null ? null : scoreValue(card, r.sum, r.weight)))
    const ranks = groupValues(scores.filter((s): s is Decimal => s !== null))
    const rankOf = new Map<string, number>()
    let rank = 1
    for (const g of ranks) {
      rankOf.set(keyOf(g.value), rank)
      rank += g.count
    }
    trace.push(
      step('grading.method-total', {
        count: customers.length,
        method: METHOD[m.kind],
        measure: { en: 'score', 'zh-CN': '得分' },
        total: '—',
      }),
    )
    computeOne = (_c, i) => {
      const raw = scored[i]
      const score = scores[i] ?? null
      if (raw === null || raw === undefined || score === null)
        return {
          index: null,
          rank: null,
          score: null,
          share: null,
          cumulative: null,
          reason: 'no-history',
          steps: [],
        }
      const index = n - 1 - raw.grade
      return {
        index,
        rank: rankOf.get(keyOf(score)) ?? null,
        score,
        share: null,
        cumulative: null,
        reason: 'score',
        steps: [
          step('grading.score', { score, grade: gradeLabel(index), minScore: m.minScores[index] as Decimal }),
        ],
      }
    }
  } else {
    const own = groupValues(valuesOf(customers))
    const cutOn = groups ?? own
    const positioned = positionGroups(cutOn, m)
    total = positioned.total
    const byValue = new Map(cutOn.map((g, i) => [keyOf(g.value), positioned.positions[i] as GroupPosition]))
    const positionOf = (v: Decimal) => byValue.get(keyOf(v))
    const mins = m.kind === 'pareto' ? minValues(cutOn, positioned.positions, n) : m.minimums
    cutoffs = mins.map((minValue, i) => ({ grade: policy.grades[i]?.id ?? '', minValue }))
    trace.push(
      step('grading.method-total', {
        count: customers.length,
        method: METHOD[m.kind],
        measure: MEASURE[m.measure],
        total,
      }),
    )
    if (m.kind === 'pareto') {
      cutoffs.forEach((c, i) =>
        trace.push(
          step('grading.cutoff', {
            grade: gradeLabel(i),
            cutoff: m.cutoffs[i] as Decimal,
            minValue: c.minValue ?? '—',
          }),
        ),
      )
    }
    computeOne = (c) => {
      if (c.value === undefined || c.value === null)
        return {
          index: null,
          rank: null,
          score: null,
          share: null,
          cumulative: null,
          reason: 'no-history',
          steps: [],
        }
      const value = c.value
      // a value missing from a merged summary is graded by the cut-offs (it still ranks where it falls)
      const p = positionOf(value)
      const index = p?.grade ?? gradeByCutoffs(cutoffs, value, n)
      const share = ratio(value, total)
      const cumulative = p ? ratio(p.through, total) : null
      let steps: TraceStep[]
      if (m.kind === 'pareto') {
        if (p === undefined) {
          // not ranked: graded by the minimum values the ranked customers set
          const minimum = cutoffs[index]?.minValue
          steps = [
            index < n - 1 && minimum
              ? step('grading.pareto-unranked', { value, grade: gradeLabel(index), minimum })
              : step('grading.pareto-unranked-rest', { value, grade: gradeLabel(index) }),
          ]
        } else {
          const before = ratio(p.before, total)
          steps = [
            index < n - 1
              ? step('grading.pareto', {
                  rank: p.rank,
                  value,
                  before,
                  grade: gradeLabel(index),
                  cutoff: m.cutoffs[index] as Decimal,
                })
              : step('grading.pareto-rest', { rank: p.rank, value, before, grade: gradeLabel(index) }),
          ]
        }
      } else {
        const minimum = m.minimums[index] as Decimal
        steps = [
          value.gte(minimum)
            ? step('grading.threshold', { value, grade: gradeLabel(index), minimum })
            : step('grading.threshold-rest', { value, grade: gradeLabel(index) }),
        ]
      }
      return {
        index,
        rank: p?.rank ?? null,
        score: null,
        share,
        cumulative,
        reason: m.kind === 'pareto' ? 'pareto' : 'threshold',
        steps,
      }
    }
  }

  const after = policy.downgradeAfterPeriods
  const indexOf = new Map(policy.grades.map((g, i) => [g.id, i]))
  const graded = customers.map((c, i): GradedCustomer => {
    const computed = computeOne(c, i)
    const computedGrade =
      computed.index === null ? policy.noHistory.grade : (policy.grades[computed.index]?.id ?? '')
    const steps = [...computed.steps]
    if (computed.index === null) steps.push(step('grading.no-history', { grade: label(computedGrade) }))
    let grade = computedGrade
    let reason = computed.reason
    let held = false
    let periodsBelow = 0
    const prevIndex = c.previous ? indexOf.get(c.previous.grade) : undefined
    const compIndex = indexOf.get(computedGrade)
    if (c.previous && prevIndex !== undefined && compIndex !== undefined && compIndex > prevIndex) {
      const below = c.previous.periodsBelow + 1
      if (below < after) {
        grade = c.previous.grade
        held = true
        reason = 'held'
        periodsBelow = below
        steps.push(
          step('grading.held', {
            computed: label(computedGrade),
            previous: label(c.previous.grade),
            periods: below,
            after,
          }),
        )
      }
    }
    let overridden = false
    if (c.override) {
      overridden = true
      steps.push(
        step('grading.override', {
          grade: label(c.override.grade),
          computed: label(computedGrade),
          reason: c.override.reason,
        }),
      )
      grade = c.override.grade
      reason = 'override'
    }
    const finalIndex = indexOf.get(grade)
    const movement: GradeMovement =
      c.previous === undefined
        ? 'new'
        : c.previous.grade === grade
          ? 'same'
          : prevIndex === undefined || finalIndex === undefined
            ? 'changed'
            : finalIndex < prevIndex
              ? 'up'
              : 'down'
    if (c.previous && (movement === 'up' || movement === 'down'))
      steps.push(
        step('grading.movement', {
          movement: MOVEMENT[movement],
          previous: label(c.previous.grade),
          grade: label(grade),
        }),
      )
    return {
      id: c.id,
      grade,
      label: label(grade),
      computedGrade,
      rank: computed.rank,
      value: m.kind === 'weighted' ? null : (c.value ?? null),
      score: computed.score,
      share: computed.share,
      cumulativeShare: computed.cumulative,
      reason,
      overridden,
      held,
      periodsBelow,
      previousGrade: c.previous?.grade ?? null,
      movement,
      trace: steps,
    }
  })

  const ids = [
    ...policy.grades.map((g) => g.id),
    ...(indexOf.has(policy.noHistory.grade) ? [] : [policy.noHistory.grade]),
  ]
  const summary = ids.map((id): GradeSummary => {
    const members = graded.filter((g) => g.grade === id)
    const value = sum(members.map((g) => g.value ?? ZERO))
    return { grade: id, label: label(id), count: members.length, value, share: ratio(value, total) }
  })
  for (const s of summary)
    trace.push(step('grading.summary', { grade: s.label, count: s.count, value: s.value, share: s.share }))
  return {
    asOf,
    method: m.kind,
    total,
    cutoffs,
    customers: graded,
    summary,
    moves: {
      up: graded.filter((g) => g.movement === 'up').length,
      down: graded.filter((g) => g.movement === 'down').length,
    },
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

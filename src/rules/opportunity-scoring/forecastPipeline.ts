import * as z from 'zod'
import { sum, type Decimal } from '../../core/decimal'
import { atPath, fail, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import { PipelineOpportunitySchema, type OpportunityScoringMatrixInput } from '../../models/opportunity'
import { compileScoringMatrix } from './compileScoringMatrix'
import { stampOf, type PolicyOrVersions, type PolicyStamp } from '../../core/versioning'
import { withMatrixInForce, type ScoringOptions } from './_lib/options'
import type { PipelineOpportunity } from '../../models/opportunity'
import { once } from '../../core/once'

/**
 * One opportunity in the forecast.
 *
 * @group Opportunity scoring
 */
export interface ForecastLine {
  /** The opportunity's id. */
  readonly id: string
  /** Its amount. */
  readonly amount: Decimal
  /** Its stage. */
  readonly stage: string
  /** The stage's probability. */
  readonly probability: Decimal
  /** `amount × probability`, exact (no rounding: the product of two decimals is exact). */
  readonly weighted: Decimal
  /** Its grade on the matrix. */
  readonly grade: string
}

/**
 * Amounts summed for one grade or one stage.
 *
 * @group Opportunity scoring
 */
export interface ForecastGroup {
  /** The grade or stage id. */
  readonly key: string
  /** How many opportunities. */
  readonly count: number
  /** Their total amount. */
  readonly amount: Decimal
  /** Their weighted forecast. */
  readonly weighted: Decimal
}

/**
 * The weighted pipeline forecast (加权销售预测).
 *
 * @group Opportunity scoring
 */
export interface PipelineForecast {
  /** The forecast's currency. */
  readonly currency: string
  /** Each opportunity, in the order given. */
  readonly lines: readonly ForecastLine[]
  /**
   * Totals per grade, in the matrix's grade order (highest first); grades with no opportunity are listed with
   * zeros.
   */
  readonly byGrade: readonly ForecastGroup[]
  /** Totals per stage, in the matrix's stage order. */
  readonly byStage: readonly ForecastGroup[]
  /** Total amount. */
  readonly amount: Decimal
  /** Total weighted forecast. */
  readonly weighted: Decimal
  /** The matrix version that graded the opportunities. */
  readonly policy: PolicyStamp
  /** Each line, then the total. */
  readonly trace: readonly TraceStep[]
}

/**
 * What {@link forecastPipeline} is given: a currency and the opportunities.
 *
 * @group Opportunity scoring
 */
export const ForecastInputSchema = once(() =>
  z.strictObject({
    /** The currency of every amount (ISO 4217, e.g. `CNY`). */
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** The opportunities. */
    opportunities: z.array(PipelineOpportunitySchema()),
  }),
)

/**
 * What {@link forecastPipeline} is given.
 *
 * @group Opportunity scoring
 */
export interface ForecastInput {
  /** The currency of every amount (ISO 4217, e.g. `CNY`). */
  readonly currency: string
  /** The opportunities. */
  readonly opportunities: readonly PipelineOpportunity[]
}

function group(
  lines: readonly ForecastLine[],
  keys: readonly string[],
  keyOf: (l: ForecastLine) => string,
): ForecastGroup[] {
  return keys.map((key) => {
    const members = lines.filter((l) => keyOf(l) === key)
    return {
      key,
      count: members.length,
      amount: sum(members.map((l) => l.amount)),
      weighted: sum(members.map((l) => l.weighted)),
    }
  })
}

/**
 * The weighted pipeline forecast: each opportunity's amount × its stage's probability, graded on
 * the matrix, summed per grade and per stage. All figures are exact decimals.
 *
 * @param matrix - A scoring matrix with `stages`, or the list of its versions (the one in force on
 * `options.asOf` grades and weighs); see {@link OpportunityScoringMatrixInput}.
 * @param input - The currency and the opportunities (id, amount, stage, ratings).
 * @param options - `asOf`, the day of the forecast (required with a list of versions).
 * @returns The lines, the totals per grade and per stage, the grand totals, the matrix version (`policy`)
 * and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad matrix; `INVALID_INPUT` for a bad opportunity or an
 * unknown stage (`stage.unknown`), with its path; `NO_POLICY_IN_FORCE` when no version is in force on
 * `options.asOf`.
 *
 * @example
 * const matrix = {
 *   id: 'm',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'need',
 *       label: 'Need',
 *       weight: 1,
 *       levels: [
 *         { id: 'low', label: 'Low', points: 1 },
 *         { id: 'high', label: 'High', points: 2 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     { id: 'low', label: 'Low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
 *     { id: 'high', label: 'High', minScore: 100, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
 *   ],
 *   stages: [
 *     { id: 'lead', label: 'Lead', probability: '0.1' },
 *     { id: 'proposal', label: 'Proposal', probability: '0.6' },
 *   ],
 * }
 * const forecast = forecastPipeline(matrix, {
 *   currency: 'CNY',
 *   opportunities: [
 *     { id: 'o1', amount: '100000', stage: 'proposal', ratings: { need: 'high' } },
 *     { id: 'o2', amount: '50000', stage: 'lead', ratings: { need: 'low' } },
 *   ],
 * })
 * forecast.weighted.toString() //=> '65000'
 *
 * @group Opportunity scoring
 */
export function forecastPipeline(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  input: ForecastInput,
  options?: ScoringOptions,
): PipelineForecast {
  return withMatrixInForce(matrix, options, (m) => forecast(m, input))
}

function forecast(matrix: OpportunityScoringMatrixInput, input: ForecastInput): PipelineForecast {
  const evaluator = compileScoringMatrix(matrix)
  const { currency, opportunities } = parseWith(ForecastInputSchema(), input, 'INVALID_INPUT', ['input'])
  const stages = new Map(evaluator.matrix.stages.map((s) => [s.id, s]))
  const lines = opportunities.map((o, index): ForecastLine => {
    const stage = stages.get(o.stage)
    if (stage === undefined)
      fail('INVALID_INPUT', 'stage.unknown', ['input', 'opportunities', index, 'stage'], { stage: o.stage })
    const grade = atPath(['input', 'opportunities', index], () => evaluator.grade(o.ratings).grade)
    return {
      id: o.id,
      amount: o.amount,
      stage: o.stage,
      probability: stage.probability,
      weighted: o.amount.times(stage.probability),
      grade,
    }
  })
  const amount = sum(lines.map((l) => l.amount))
  const weighted = sum(lines.map((l) => l.weighted))
  const gradeIds = evaluator.matrix.grades.map((g) => g.id).reverse()
  const gradeLabels = new Map(evaluator.matrix.grades.map((g) => [g.id, g.label]))
  const trace = [
    ...lines.map((l) =>
      step('forecast.line', {
        id: l.id,
        amount: l.amount,
        stage: stages.get(l.stage)?.label ?? l.stage,
        probability: l.probability,
        weighted: l.weighted,
        grade: gradeLabels.get(l.grade) ?? l.grade,
      }),
    ),
    step('forecast.total', { amount, weighted, count: lines.length }),
  ]
  return {
    currency,
    lines,
    byGrade: group(lines, gradeIds, (l) => l.grade),
    byStage: group(lines, [...stages.keys()], (l) => l.stage),
    amount,
    weighted,
    policy: stampOf(evaluator.matrix),
    trace,
  }
}

import type { Decimal } from '../../core/decimal'
import { fail, parseWith } from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import { stampOf, type PolicyOrVersions, type PolicyStamp } from '../../core/versioning'
import { withMatrixInForce, type ScoringOptions } from './_lib/options'
import {
  OpportunityScoringMatrixSchema,
  PriorityPointSchema,
  type OpportunityScoringMatrixInput,
  type PriorityPoint,
} from '../../models/opportunity'

/**
 * Where an opportunity falls on the priority grid.
 *
 * @group Opportunity scoring
 */
export interface OpportunityPriority {
  /** The x tier's id. */
  readonly xTier: string
  /** The y tier's id. */
  readonly yTier: string
  /** The priority (quadrant) id. */
  readonly priority: string
  /** The priority's label. */
  readonly label: LocalizedText
  /** The matrix version whose grid placed it. */
  readonly policy: PolicyStamp
  /** How the cell was found. */
  readonly trace: readonly TraceStep[]
}

type Tier = { readonly id: string; readonly label: LocalizedText; readonly from: Decimal }

function tierOf(tiers: readonly Tier[], value: Decimal, path: string): Tier {
  let found: Tier | undefined
  for (const t of tiers) if (value.gte(t.from)) found = t
  if (found === undefined)
    fail('INVALID_INPUT', 'grid.below-axis', ['point', path], {
      value: value.toString(),
      from: tiers[0]?.from.toString() ?? '',
    })
  return found
}

/**
 * Places an opportunity on the matrix's two-axis priority grid (e.g. deal value tier × win
 * likelihood ⇒ P1…P4). Each axis value falls in the last tier whose `from` it reaches
 * (inclusive lower bounds).
 *
 * @param matrix - A scoring matrix with a `priorityGrid`, or the list of its versions (the one in force on
 * `options.asOf` decides); see {@link OpportunityScoringMatrixInput}.
 * @param point - `{ x, y }`: the values on the two axes.
 * @param options - `asOf`, the day of the decision (required with a list of versions).
 * @returns The two tiers, the priority, the matrix version (`policy`) and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad matrix or one without a grid (`grid.no-grid`);
 * `INVALID_INPUT` for a bad point or a value below the first tier (`grid.below-axis`);
 * `NO_POLICY_IN_FORCE` when no version is in force on `options.asOf`.
 *
 * @example
 * const tiers = (a: string, b: string, cut: number) => [
 *   { id: a, label: a, from: 0 },
 *   { id: b, label: b, from: cut },
 * ]
 * const matrix = {
 *   id: 'm',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     { key: 'need', label: 'Need', weight: 1, levels: [{ id: 'yes', label: 'Yes', points: 1 }] },
 *   ],
 *   grades: [{ id: 'all', label: 'All', minScore: 0, strategy: { contactEveryDays: 7, ownerRole: 'rep' } }],
 *   priorityGrid: {
 *     x: { label: 'Deal value', tiers: tiers('small', 'large', 500000) },
 *     y: { label: 'Win likelihood', tiers: tiers('unlikely', 'likely', 0.5) },
 *     cells: [
 *       { x: 'large', y: 'likely', priority: 'P1', label: 'Close now' },
 *       { x: 'large', y: 'unlikely', priority: 'P2', label: 'Develop' },
 *       { x: 'small', y: 'likely', priority: 'P3', label: 'Quick win' },
 *       { x: 'small', y: 'unlikely', priority: 'P4', label: 'Nurture' },
 *     ],
 *   },
 * }
 * prioritizeOpportunity(matrix, { x: '800000', y: '0.5' }).priority //=> 'P1'
 *
 * @group Opportunity scoring
 */
export function prioritizeOpportunity(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  point: PriorityPoint,
  options?: ScoringOptions,
): OpportunityPriority {
  return withMatrixInForce(matrix, options, (m) => prioritize(m, point))
}

function prioritize(matrix: OpportunityScoringMatrixInput, point: PriorityPoint): OpportunityPriority {
  const parsed = parseWith(OpportunityScoringMatrixSchema(), matrix, 'INVALID_POLICY')
  const grid = parsed.priorityGrid
  if (grid === undefined) fail('INVALID_POLICY', 'grid.no-grid', ['priorityGrid'])
  const p = parseWith(PriorityPointSchema(), point, 'INVALID_INPUT', ['point'])
  const x = tierOf(grid.x.tiers, p.x, 'x')
  const y = tierOf(grid.y.tiers, p.y, 'y')
  // the schema checked every pair has a cell
  const cell = grid.cells.find((c) => c.x === x.id && c.y === y.id) as (typeof grid.cells)[number]
  return {
    xTier: x.id,
    yTier: y.id,
    priority: cell.priority,
    label: cell.label,
    policy: stampOf(parsed),
    trace: [
      step('priority.axis', { axis: grid.x.label, value: p.x, tier: x.label }),
      step('priority.axis', { axis: grid.y.label, value: p.y, tier: y.label }),
      step('priority.cell', { x: x.label, y: y.label, priority: cell.label }),
    ],
  }
}

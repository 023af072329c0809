import { Engine } from 'json-rules-engine'
import { compileScoringMatrix } from '../src/index'
import type { Case } from './harness'

// A 6-dimension matrix, 5 levels each (points 0–4), weights 0.1–0.3, grades at 0 / 40 / 70.
const weights = ['0.3', '0.2', '0.15', '0.15', '0.1', '0.1']
const matrix = {
  id: 'bench',
  version: '1',
  effectiveFrom: '2026-01-01',
  dimensions: weights.map((weight, i) => ({
    key: `d${i}`,
    label: `d${i}`,
    weight,
    levels: [0, 1, 2, 3, 4].map((p) => ({ id: `l${p}`, label: `l${p}`, points: p })),
  })),
  grades: [
    { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
    { id: 'medium', label: 'medium', minScore: 40, strategy: { contactEveryDays: 14, ownerRole: 'rep' } },
    { id: 'high', label: 'high', minScore: 70, strategy: { contactEveryDays: 3, ownerRole: 'rep' } },
  ],
}
const N = 1_000_000
let seed = 42
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
const opportunities = Array.from({ length: N }, () =>
  Object.fromEntries(weights.map((_, i) => [`d${i}`, `l${next() % 5}`])),
)

const evaluator = compileScoringMatrix(matrix)

// The hand-written baseline: a table of level points per dimension, a float weighted sum, two cuts.
const w = weights.map(Number)
const wSum = w.reduce((a, b) => a + b, 0)
const tables = w.map(() => new Map([0, 1, 2, 3, 4].map((p) => [`l${p}`, p / 4])))
function plainGrade(ratings: Record<string, string>): string {
  let s = 0
  for (let i = 0; i < 6; i += 1) s += w[i]! * tables[i]!.get(ratings[`d${i}`]!)!
  const score = (100 * s) / wSum
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low'
}

const engine = new Engine()
for (const g of [...matrix.grades].reverse()) {
  engine.addRule({
    conditions: { all: [{ fact: 'score', operator: 'greaterThanInclusive', value: Number(g.minScore) }] },
    event: { type: g.id },
    priority: Number(g.minScore) + 1,
  })
}
engine.addFact('score', async (_params, almanac) => {
  const ratings = (await almanac.factValue('ratings')) as Record<string, string>
  let s = 0
  for (let i = 0; i < 6; i += 1) s += w[i]! * tables[i]!.get(ratings[`d${i}`]!)!
  return (100 * s) / wSum
})
const SAMPLE = 2_000

/** Opportunity scoring: the compiled fast path over 1,000,000 opportunities. */
export const opportunityCases: Case[] = [
  {
    name: 'grade 1,000,000 opportunities (6 dimensions, compiled)',
    items: N,
    run: () => {
      let high = 0
      for (let i = 0; i < N; i += 1) if (evaluator.grade(opportunities[i]!).gradeIndex === 2) high += 1
      return high
    },
    baseline: () => {
      let high = 0
      for (let i = 0; i < N; i += 1) if (plainGrade(opportunities[i]!) === 'high') high += 1
      return high
    },
    peers: {
      // json-rules-engine is async and far slower: it runs a 2,000-opportunity sample, scaled to 1,000,000
      'json-rules-engine': async () => {
        for (let i = 0; i < SAMPLE; i += 1) await engine.run({ ratings: opportunities[i] })
      },
    },
    peerItems: SAMPLE,
  },
  {
    name: 'score 10,000 opportunities with full traces',
    items: 10_000,
    run: () => {
      for (let i = 0; i < 10_000; i += 1) evaluator.score(opportunities[i]!)
    },
    baseline: () => {
      for (let i = 0; i < 10_000; i += 1) plainGrade(opportunities[i]!)
    },
  },
]

import { compileCustomerGrading } from './lib'
import { paretoPolicy } from '../test/fixtures/customer'
import type { Case } from './harness'

const N = 1_000_000
let seed = 11
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
// long-tailed revenues in yuan and fen
const values = Float64Array.from(
  { length: N },
  () => Math.round((next() % 1000) ** 2 * (1 + (next() % 100))) / 100,
)
const evaluator = compileCustomerGrading(paretoPolicy)

/** The hand-written baseline: sort a Float64Array, one cumulative-sum pass, then a grade per value. */
function plainPareto(input: Float64Array): Uint8Array {
  const sorted = Float64Array.from(input).sort()
  let total = 0
  for (let i = 0; i < sorted.length; i += 1) total += sorted[i]!
  let cumulative = 0
  let minA = Infinity
  let minB = Infinity
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const v = sorted[i]!
    if (cumulative < 0.8 * total) minA = v
    else if (cumulative < 0.95 * total) minB = v
    cumulative += v
  }
  const grades = new Uint8Array(input.length)
  for (let i = 0; i < input.length; i += 1) grades[i] = input[i]! >= minA ? 0 : input[i]! >= minB ? 1 : 2
  return grades
}

/** Customer grading: Pareto over 1,000,000 customers. */
export const customerCases: Case[] = [
  {
    name: 'Pareto-grade 1,000,000 customers (compiled column path, exact)',
    items: N,
    run: () => evaluator.gradeValues(values),
    baseline: () => plainPareto(values),
  },
]

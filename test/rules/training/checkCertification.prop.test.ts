// Invariants of checkCertification (issue #24): mayWork exactly when nothing is missing; a further result
// never takes away the right to work; raising a score never makes a course worse; fuzzed input ends only in
// a SalesRulesError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkCertification, SalesRulesError, type TrainingResultInput } from '../../../src/index'
import { trainingPolicy } from '../../fixtures/training'
import { runCount } from '../../helpers'

const policy = trainingPolicy
const day = fc
  .integer({ min: 0, max: 730 })
  .map((n) => new Date(Date.UTC(2025, 6, 1 + n)).toISOString().slice(0, 10))
// the day of a check: the policy is in force from 2026-01-01
const checkDay = fc
  .integer({ min: 0, max: 545 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10))
const percent = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString())
const result: fc.Arbitrary<TrainingResultInput> = fc.oneof(
  fc.record({ course: fc.constantFrom('safety', 'sales-certificate'), date: day, passed: fc.boolean() }),
  fc.record({
    course: fc.constantFrom('sales-process', 'product-knowledge', 'crm'),
    date: day,
    score: percent,
  }),
)
const results = fc.array(result, { maxLength: 12 })
const person = fc.record({ id: fc.constant('E-1'), role: fc.constantFrom('sales-rep', 'sales-manager') })
const RANK = { valid: 0, expiring: 1, expired: 2, 'prerequisite-missing': 3, failed: 4, missing: 5 } as const

describe('checkCertification properties', () => {
  it('mayWork exactly when no required course is missing; every required course listed once', () => {
    fc.assert(
      fc.property(person, results, checkDay, (p, list, asOf) => {
        const d = checkCertification(policy, p, list, { asOf })
        expect(d.mayWork).toBe(d.missing.length === 0)
        const role = policy.roles.find((r) => r.role === p.role)
        expect(d.courses.map((c) => c.course)).toEqual(role?.required)
        expect(
          d.missing.length + d.courses.filter((c) => c.status === 'valid' || c.status === 'expiring').length,
        ).toBe(d.courses.length)
        for (const e of d.expiring)
          expect(e.daysLeft >= 0 && e.daysLeft <= policy.expiringWithinDays).toBe(true)
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('a further result never takes away the right to work', () => {
    fc.assert(
      fc.property(person, results, result, checkDay, (p, list, extra, asOf) => {
        if (!checkCertification(policy, p, list, { asOf }).mayWork) return
        expect(checkCertification(policy, p, [...list, extra], { asOf }).mayWork).toBe(true)
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('raising a score never makes a course worse', () => {
    fc.assert(
      fc.property(person, results, checkDay, fc.nat(), (p, list, asOf, which) => {
        const scored = list.flatMap((r, i) => (r.score === undefined ? [] : [i]))
        if (scored.length === 0) return
        const i = scored[which % scored.length] as number
        const raised = list.map((r, k) => (k === i ? { ...r, score: '1' } : r))
        const before = checkCertification(policy, p, list, { asOf }).courses
        const after = checkCertification(policy, p, raised, { asOf }).courses
        before.forEach((c, k) => {
          const better = after[k]
          expect(better && RANK[better.status] <= RANK[c.status]).toBe(true)
        })
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('fuzzed input ends in a decision or a SalesRulesError', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.constantFrom('safety', 'crm', '2026-01-01', '0.9', -0, Number.NaN),
    )
    fc.assert(
      fc.property(
        anything,
        fc.array(fc.oneof(result, anything), { maxLength: 4 }),
        anything,
        (p, list, options) => {
          for (const call of [
            () => checkCertification(policy, p as never, list as never, { asOf: '2026-06-01' }),
            () => checkCertification(policy, { id: 'E', role: 'sales-rep' }, list as never, options as never),
          ]) {
            try {
              call()
            } catch (error) {
              expect(error).toBeInstanceOf(SalesRulesError)
            }
          }
        },
      ),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })
})

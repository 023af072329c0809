// Invariants of appraise and calibrate (issue #24): the score never falls when one part's value rises;
// calibration never moves an appraisal up, and leaves no limited rating over its limit; fuzzed input
// ends only in a SalesRulesError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appraise, calibrate, SalesRulesError, type AppraisalInput } from '../../../src/index'
import { handbookAppraisal } from '../../fixtures/appraisal'

const rating = fc.integer({ min: 100, max: 500 }).map((n) => (n / 100).toFixed(2)) // 1.00–5.00
const kpi = fc.integer({ min: -5000, max: 15000 }).map((n) => (n / 100).toFixed(2))
const months = ['2026-04', '2026-05', '2026-06'] as const
const input = fc.record({
  kpis: fc.tuple(kpi, kpi, kpi),
  self: rating,
  supervisor: rating,
  peers: fc.array(rating, { minLength: 1, maxLength: 5 }),
})
type Parts = typeof input extends fc.Arbitrary<infer T> ? T : never

const toInput = (p: Parts): AppraisalInput => ({
  person: 'p',
  period: { start: '2026-04-01', end: '2026-06-30' },
  kpiResults: months.map((month, i) => ({ month, score: p.kpis[i] as string })),
  ratings: { self: p.self, supervisor: p.supervisor, peers: p.peers },
})
const rank = (r: string) => handbookAppraisal.bands.findIndex((b) => b.rating === r)

describe('appraise properties', () => {
  it('is monotonic in each part: raising one value never lowers the score or the rating', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 5 }), rating, kpi, (p, which, r, k) => {
        const raised: Parts = structuredClone(p)
        if (which < 3) {
          const i = which
          raised.kpis[i] = String(Math.max(Number(p.kpis[i]), Number(k)).toFixed(2))
        } else if (which === 3) raised.self = Number(r) > Number(p.self) ? r : p.self
        else if (which === 4) raised.supervisor = Number(r) > Number(p.supervisor) ? r : p.supervisor
        else raised.peers = p.peers.map((x, i) => (i === 0 && Number(r) > Number(x) ? r : x))
        const before = appraise(handbookAppraisal, toInput(p))
        const after = appraise(handbookAppraisal, toInput(raised))
        expect(after.score.gte(before.score)).toBe(true)
        expect(rank(after.rating)).toBeLessThanOrEqual(rank(before.rating))
      }),
    )
  })
})

const entries = fc.uniqueArray(
  fc.record({
    person: fc.integer({ min: 1, max: 999 }).map((n) => `p${String(n).padStart(3, '0')}`),
    score: fc.integer({ min: 0, max: 20 }).map((n) => 80 + n), // many ties
    points: fc.record({ supervisor: fc.constantFrom(50, 75, 100) }),
  }),
  { minLength: 0, maxLength: 40, selector: (e) => e.person },
)

describe('calibrate properties', () => {
  it('never moves an appraisal up, and leaves no limited rating over its limit', () => {
    fc.assert(
      fc.property(entries, fc.constantFrom('break' as const, 'move-all' as const), (list, ties) => {
        const policy = { ...handbookAppraisal, distribution: { ...handbookAppraisal.distribution, ties } }
        const result = calibrate(policy, list)
        for (const a of result.appraisals) expect(rank(a.calibrated)).toBeGreaterThanOrEqual(rank(a.rating))
        for (const b of result.bands) if (b.limit !== null) expect(b.after).toBeLessThanOrEqual(b.limit)
        expect(result.bands.reduce((s, b) => s + b.after, 0)).toBe(list.length)
        expect(result.withinGuidance).toBe(result.moves.length === 0)
        // a calibrated rating is never above the rating a higher score kept (no one overtakes)
        for (const x of result.appraisals)
          for (const y of result.appraisals)
            if (Number(x.score) > Number(y.score))
              expect(rank(x.calibrated)).toBeLessThanOrEqual(rank(y.calibrated))
      }),
    )
  })

  it('is the same whatever the order of the appraisals', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const forward = calibrate(handbookAppraisal, list).appraisals
        const backward = calibrate(handbookAppraisal, [...list].reverse()).appraisals
        const byPerson = (xs: typeof forward) => Object.fromEntries(xs.map((a) => [a.person, a.calibrated]))
        expect(byPerson(backward)).toEqual(byPerson(forward))
      }),
    )
  })
})

describe('fuzzed input ends only in a SalesRulesError', () => {
  it('appraise and calibrate', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const call of [
          () => appraise(handbookAppraisal, a as never),
          () => appraise(a as never, b as never),
          () => calibrate(handbookAppraisal, a as never),
          () => calibrate(a as never, b as never, a as never),
        ]) {
          try {
            call()
          } catch (error) {
            expect(error).toBeInstanceOf(SalesRulesError)
          }
        }
      }),
    )
  })

  it('near-valid appraisal inputs', () => {
    const field = fc.constantFrom('period', 'kpiResults', 'ratings', 'history', 'person')
    fc.assert(
      fc.property(input, field, fc.anything(), (p, key, value) => {
        const bad = { ...toInput(p), [key]: value }
        try {
          const result = appraise(handbookAppraisal, bad)
          expect(result.score.isFinite()).toBe(true)
        } catch (error) {
          expect(error).toBeInstanceOf(SalesRulesError)
        }
      }),
    )
  })
})

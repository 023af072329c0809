// Invariants of complaintReport (issue #23): every rate stays within [0, 1]; every complaint is counted
// once in every figure; a suggested fine stays within its rule's range; an open complaint past a deadline
// is listed as overdue exactly when its clock is breached and not stopped; fuzzed complaints end only in
// a SalesRulesError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { complaintReport, routeComplaint, SalesRulesError, type ComplaintInput } from '../../../src/index'
import { workingHoursPolicy } from '../../fixtures/complaint'
import { runCount } from '../../helpers'

const policy = workingHoursPolicy
const BASE = Date.parse('2026-09-01T00:00:00+08:00')
const MINUTE = 60_000
const asOfMs = BASE + 60 * 24 * 60 * MINUTE // 2026-10-31
const asOf = new Date(asOfMs).toISOString().replace('Z', '+00:00')
const instant = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

/** A complaint received within the 60 days before asOf, replied and resolved (maybe) in between. */
const complaint = (id: string): fc.Arbitrary<ComplaintInput> =>
  fc
    .record({
      received: fc.integer({ min: 0, max: 60 * 24 * 60 - 1 }),
      reply: fc.option(fc.integer({ min: 0, max: 10 * 24 * 60 }), { nil: undefined }),
      resolve: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: undefined }),
      kind: fc.constantFrom('quality', 'service'),
      severity: fc.constantFrom('minor', 'major'),
      substantiated: fc.boolean(),
      responsible: fc.uniqueArray(fc.constantFrom('li', 'wang', 'zhang'), { maxLength: 2 }),
    })
    .map((c) => {
      const received = BASE + c.received * MINUTE
      const at = (offset: number | undefined) =>
        offset === undefined || received + offset * MINUTE > asOfMs
          ? undefined
          : instant(received + offset * MINUTE)
      return {
        id,
        kind: c.kind,
        severity: c.severity,
        received: instant(received),
        replied: at(c.reply),
        resolved: at(c.resolve),
        substantiated: c.substantiated,
        responsible: c.responsible,
      }
    })

const complaints = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => complaint(`C-${i}`))))

describe('complaintReport properties', () => {
  it('rates stay within [0, 1] and every complaint is counted once', () => {
    fc.assert(
      fc.property(complaints, (list) => {
        const report = complaintReport(policy, list, { asOf })
        expect(report.total).toBe(list.length)
        expect(report.complaints.map((c) => c.complaint)).toEqual(list.map((c) => c.id))
        expect(report.resolved + report.open).toBe(report.total)
        for (const clock of [report.reply, report.resolve]) {
          expect(clock.met + clock.breached + clock.pending).toBe(report.total)
          if (clock.onTimeRate !== null) expect(clock.onTimeRate.gte(0) && clock.onTimeRate.lte(1)).toBe(true)
        }
        if (report.resolutionRate !== null) {
          expect(report.resolutionRate.gte(0) && report.resolutionRate.lte(1)).toBe(true)
          expect(report.meetsResolutionTarget).toBe(report.resolved === report.total)
        }
        expect(report.timeliness.onTime).toBeLessThanOrEqual(report.timeliness.total)
        // overdue: breached and not stopped, each complaint and clock at most once
        const overdue = new Set(report.overdue.map((o) => `${o.complaint}/${o.clock}`))
        expect(overdue.size).toBe(report.overdue.length)
        list.forEach((c, i) => {
          const status = report.complaints[i]
          const replyOpen = c.replied === undefined && c.resolved === undefined
          expect(overdue.has(`${c.id}/reply`)).toBe(replyOpen && status?.reply.status === 'breached')
          expect(overdue.has(`${c.id}/resolve`)).toBe(
            c.resolved === undefined && status?.resolve.status === 'breached',
          )
        })
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('one suggestion per responsible person of each substantiated complaint, each fine within its range', () => {
    fc.assert(
      fc.property(complaints, (list) => {
        const report = complaintReport(policy, list, { asOf })
        const expected = list
          .filter((c) => c.substantiated === true)
          .reduce((n, c) => n + (c.responsible?.length ?? 0), 0)
        expect(report.penalties).toHaveLength(expected)
        for (const p of report.penalties) {
          if (p.fineRange === null) expect(p.fine).toBeNull()
          else
            expect(p.fine !== null && p.fine.gte(p.fineRange.min) && p.fine.lte(p.fineRange.max)).toBe(true)
          expect(p.offence).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('a deadline is never before receipt, and the resolution never before the reply', () => {
    fc.assert(
      fc.property(complaint('R'), (c) => {
        const [reply, resolve] = routeComplaint(policy, c).deadlines
        const received = Date.parse(c.received)
        expect(Date.parse(reply?.due ?? '')).toBeGreaterThan(received)
        expect(Date.parse(resolve?.due ?? '')).toBeGreaterThanOrEqual(Date.parse(reply?.due ?? ''))
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('fuzzed complaints end in a report or a SalesRulesError', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.constantFrom('2026-10-01T00:00:00+08:00', 'quality', 'minor', -0, Number.NaN),
    )
    const fuzzed = fc.array(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('A', 'B'), anything),
          kind: fc.oneof(fc.constantFrom('quality', 'service'), anything),
          severity: fc.oneof(fc.constantFrom('minor', 'major'), anything),
          received: fc.oneof(fc.constantFrom('2026-09-30T16:00:00+08:00', '1899-12-31T00:00:00Z'), anything),
          replied: fc.oneof(
            fc.constantFrom('2026-09-29T16:00:00+08:00', '2026-10-08T16:00:00+08:00'),
            anything,
          ),
          record: anything,
          substantiated: anything,
          responsible: anything,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    )
    fc.assert(
      fc.property(fuzzed, anything, (list, options) => {
        for (const call of [
          () => complaintReport(policy, list as never, { asOf }),
          () => complaintReport(policy, list as never, options as never),
          () => routeComplaint(policy, list[0] as never),
        ]) {
          try {
            call()
          } catch (error) {
            expect(error).toBeInstanceOf(SalesRulesError)
          }
        }
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })
})

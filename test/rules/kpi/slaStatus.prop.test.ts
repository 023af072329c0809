import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, SalesRulesError, slaCompliance } from '../../../src/index'
import type { SlaReport, SlaStatusReport } from '../../../src/index'
import { kpiPolicy } from '../../fixtures/kpi'

// The fixture's calendar: Asia/Shanghai, 09–12 and 13–18, National Day holidays, a make-up Saturday (调休)
const evaluator = compileKpiPolicy(kpiPolicy)
const EVENTS = [
  'received',
  'replied',
  'resolved',
  'first-response',
  'need-confirmed',
  'proposal-sent',
  'signed',
  'delivered',
  'visited',
]

const base = Date.parse('2026-09-28T00:00:00+08:00')
const instant = fc
  .tuple(fc.integer({ min: 0, max: 25 * 24 * 4 }), fc.constantFrom(0, 0, 0, -1, 1))
  .map(([q, ms]) => base + q * 15 * 60_000 + ms)
const offsetOf = fc.constantFrom('Z', '+08:00', '-05:00')
/** An instant written with an offset, as zod accepts it. */
const written = fc.tuple(instant, offsetOf).map(([ms, offset]) => {
  const shift =
    offset === 'Z' ? 0 : (offset.startsWith('+') ? 1 : -1) * Number(offset.slice(1, 3)) * 3_600_000
  return new Date(ms + shift).toISOString().replace('Z', offset)
})
const date = instant.map((ms) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10))
/** Event values: mostly valid, sometimes not, sometimes far away or of the wrong type. */
const value = fc.oneof(
  { weight: 12, arbitrary: written },
  { weight: 6, arbitrary: date },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      '2026-02-30',
      '2026-10-01T25:00:00Z',
      '2026-10-01T10:00:00',
      '',
      '9999-12-31',
      '0000-01-01T00:00:00Z',
      '1899-12-31',
      42,
      null,
      undefined,
    ),
  },
)
const item = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.record(
      {
        id: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom('T-1', 'D-2') },
          { weight: 1, arbitrary: fc.constantFrom(' bad', '') },
        ),
        kind: fc.constantFrom('ticket', 'deal', 'other'),
        grade: fc.constantFrom('A', 'B', 'C'),
        events: fc.dictionary(
          fc.oneof(
            { weight: 19, arbitrary: fc.constantFrom(...EVENTS) },
            { weight: 1, arbitrary: fc.constant(' x') },
          ),
          value,
          { maxKeys: 4 },
        ),
        extra: fc.constant(1),
      },
      { requiredKeys: ['id', 'events'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'ticket', [], new Date(0), new Map()) },
)

const asOf = fc.oneof(
  { weight: 9, arbitrary: written },
  { weight: 1, arbitrary: fc.constantFrom('9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2026-10-13', 7) },
)

type Outcome = { ok: unknown } | { error: unknown[] }

function outcome(f: () => SlaReport | SlaStatusReport): Outcome {
  try {
    const report = f()
    const checks = report.checks.map((c) => ({
      item: c.item,
      rule: c.rule,
      status: c.status,
      // the exact path writes an hour rule's due time out; the fast path gives its epoch milliseconds
      due: typeof c.due === 'string' && c.due.length > 10 ? Date.parse(c.due) : c.due,
      elapsed: c.elapsed,
      remaining: c.remaining,
      unit: c.unit,
    }))
    const rules = report.rules.map((r) => ({ ...r, complianceRate: r.complianceRate?.toString() ?? null }))
    return { ok: { asOf: report.asOf, checks, rules } }
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    return { error: [error.code, error.issues[0]?.code, error.issues[0]?.path] }
  }
}

describe('compiled SLA statuses (properties)', () => {
  it('give the status, elapsed, remaining and due of the exact report, or throw its error', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), asOf, (items, at) => {
        // drop the placeholder `extra` key most of the time (an unknown key is an error on both paths)
        const input = items.map((it, i) =>
          typeof it === 'object' && it !== null && 'extra' in it && i % 5 !== 4
            ? Object.fromEntries(Object.entries(it).filter(([k]) => k !== 'extra'))
            : it,
        )
        const options = { asOf: at as string }
        const exact = outcome(() => slaCompliance(kpiPolicy, input as never, options))
        expect(outcome(() => evaluator.slaStatus(input as never, options))).toEqual(exact)
      }),
    )
  })

  it('agree on valid tickets, where both give answers', () => {
    const ticket = fc.record({
      id: fc.constantFrom('T-1', 'T-2'),
      kind: fc.constantFrom('ticket', 'deal'),
      events: fc.record(
        { received: written, replied: written, 'first-response': written, signed: date, delivered: date },
        { requiredKeys: [] },
      ),
    })
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 5 }), written, (tickets, at) => {
        // stops before starts are errors on both paths: order each pair
        const items = tickets.map((t) => {
          const e: Record<string, string> = { ...t.events }
          for (const [from, to] of [
            ['received', 'replied'],
            ['received', 'first-response'],
            ['signed', 'delivered'],
          ] as const) {
            const a = e[from]
            const b = e[to]
            if (a !== undefined && b !== undefined && Date.parse(b) < Date.parse(a)) [e[from], e[to]] = [b, a]
          }
          return { ...t, events: e }
        })
        const exact = outcome(() => slaCompliance(kpiPolicy, items, { asOf: at }))
        expect(exact).toHaveProperty('ok')
        expect(outcome(() => evaluator.slaStatus(items, { asOf: at }))).toEqual(exact)
      }),
    )
  })
})

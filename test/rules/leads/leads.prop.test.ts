// Invariants of the lead lifecycle (issue #23): every transition transitionLead accepts is an edge of the
// policy's graph with every required field present; assignment is deterministic, only to eligible reps,
// and balanced under round-robin; the follow-up check lists each lead at most once per finding.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compileLeadPolicy,
  LEAD_EVENT_FIELDS,
  type LeadEventInput,
  type LeadPolicyInput,
  type SalesRepInput,
} from '../../../src/index'
import { handbookLeads as handbook, lead } from '../../fixtures/lead'

const handbookLeads: LeadPolicyInput = handbook

const states = handbookLeads.states.map((s) => s.id)
const levels = ['none', 'vague', 'clear'] as const
const budgets = ['none', 'planned', 'approved'] as const

const event: fc.Arbitrary<LeadEventInput> = fc.record(
  {
    to: fc.constantFrom(...states),
    at: fc.constant('2026-06-02T10:00:00+08:00'),
    reason: fc.constant('无预算'),
    owner: fc.constant('chen'),
    note: fc.constant('电话沟通'),
    ratings: fc.record({ need: fc.constantFrom(...levels), budget: fc.constantFrom(...budgets) }),
  },
  { requiredKeys: ['to', 'at'] },
)

const compiled = compileLeadPolicy(handbookLeads)
/** Time enough for FC_RUNS=20000 on a shared machine (the default 100 runs take about a second each). */
const LONG = 600_000

describe('transitionLead properties', () => {
  it(
    'every accepted transition is in the graph, with its required fields; a refusal keeps the state',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...states), event, (from, e) => {
          const d = compiled.transitionLead(lead({ id: 'L', state: from }), e)
          const edge = handbookLeads.transitions.find((t) => t.to === e.to && t.from.includes(from))
          if (d.accepted) {
            expect(edge).toBeDefined()
            for (const field of edge?.requires ?? []) expect(e[field]).toBeDefined()
            expect(d.state).toBe(e.to)
          } else {
            expect(d.state).toBe(from)
            expect(d.refusals.length).toBeGreaterThan(0)
            for (const r of d.refusals) if (r.field !== null) expect(LEAD_EVENT_FIELDS).toContain(r.field)
          }
          if (edge === undefined) expect(d.accepted).toBe(false)
        }),
      )
    },
    LONG,
  )
})

const rep = (id: string) =>
  fc.record({
    id: fc.constant(id),
    team: fc.constantFrom('inside', 'east'),
    active: fc.boolean(),
    load: fc.integer({ min: 0, max: 12 }),
    capacity: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
const reps = fc
  .uniqueArray(fc.constantFrom('chen', 'liu', 'sun', 'he', 'ma', 'xu', 'zhao'), { maxLength: 7 })
  .chain((ids) => fc.tuple(...ids.map(rep)))
const leadArb = fc.record({
  id: fc.constant('L'),
  state: fc.constant('new'),
  source: fc.constantFrom('campaign', 'web', 'trade-show', 'referral'),
  region: fc.option(fc.constantFrom('east', 'north'), { nil: undefined }),
  grade: fc.option(fc.constantFrom('low', 'medium', 'high'), { nil: undefined }),
  createdAt: fc.constant('2026-06-01T09:00:00+08:00'),
})
const cursor = fc.dictionary(
  fc.constantFrom('inside', 'east', 'key-referrals'),
  fc.constantFrom('chen', 'liu', 'sun', 'dai', 'zhao'),
)

describe('assignLead properties', () => {
  it(
    'is deterministic and assigns only an eligible rep of the matching rule',
    () => {
      fc.assert(
        fc.property(leadArb, reps, cursor, (l, rs: SalesRepInput[], c) => {
          const a = compiled.assignLead(l, rs, { cursor: c })
          expect(compiled.assignLead(l, rs, { cursor: c })).toEqual(a)
          if (a.owner === null) return
          const chosen = rs.find((r) => r.id === a.owner)
          expect(chosen).toBeDefined()
          expect(chosen?.active).not.toBe(false)
          if (chosen?.capacity !== undefined) expect(chosen.load ?? 0).toBeLessThan(chosen.capacity)
          const rule = (handbookLeads.assignment ?? []).find((r) => r.id === a.rule)
          if (rule?.team !== undefined) expect(chosen?.team).toBe(rule.team)
          if (rule?.reps !== undefined) expect(rule.reps).toContain(a.owner)
          expect(a.eligible).toContain(a.owner)
          expect(a.nextCursor[a.rule as string]).toBe(a.owner)
        }),
      )
    },
    LONG,
  )

  it(
    'round-robin gives each of n eligible reps k leads out of k × n, whatever the starting cursor',
    () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 1, max: 3 }),
          fc.option(fc.stringMatching(/^[a-z]{1,6}$/), { nil: undefined }),
          (ids, k, start) => {
            const team = ids.map((id) => ({ id, team: 'inside' }))
            let c: Readonly<Record<string, string>> = start === undefined ? {} : { inside: start }
            const counts = new Map<string, number>()
            for (let i = 0; i < k * ids.length; i += 1) {
              const a = compiled.assignLead(lead({ id: `L${i}` }), team, { cursor: c })
              counts.set(a.owner as string, (counts.get(a.owner as string) ?? 0) + 1)
              c = a.nextCursor
            }
            expect([...counts.values()]).toEqual(ids.map(() => k))
          },
        ),
      )
    },
    LONG,
  )
})

describe('checkLeadFollowUp properties', () => {
  const minute = fc.integer({ min: 0, max: 60 * 24 * 60 })
  const instant = (m: number) => new Date(Date.UTC(2026, 5, 1) + m * 60_000).toISOString()
  it(
    'lists each finding once, only for leads of the batch, and counts every contact once',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ start: minute, grade: fc.constantFrom('low', 'high') }), { maxLength: 8 }),
          fc.array(fc.record({ lead: fc.integer({ min: 0, max: 9 }), at: minute }), { maxLength: 30 }),
          minute,
          (ls, cs, now) => {
            const leads = ls.map((l, i) => lead({ id: `L${i}`, grade: l.grade, createdAt: instant(l.start) }))
            const contacts = cs.map((c) => ({ lead: `L${c.lead}`, at: instant(c.at) }))
            const asOf = instant(now)
            const r = compiled.checkLeadFollowUp(leads, contacts, asOf)
            const ids = new Set(leads.map((l) => l.id))
            for (const list of [
              r.overdueFirstContacts,
              r.lateFirstContacts,
              r.missedCadences,
              r.returnToPool,
            ]) {
              expect(new Set(list).size).toBe(list.length)
              for (const id of list) expect(ids.has(id)).toBe(true)
            }
            const outside = contacts.filter(
              (c) => !ids.has(c.lead) || Date.parse(c.at) > Date.parse(asOf),
            ).length
            expect(r.contactsIgnored).toBe(outside)
            expect(r.checked).toBe(leads.length)
            for (const f of r.leads) {
              if (f.firstContact?.status === 'overdue')
                expect(Date.parse(asOf)).toBeGreaterThan(Date.parse(f.firstContact.due))
              if (f.rotting?.returnToPool) expect(f.rotting.days).toBeGreaterThanOrEqual(f.rotting.after)
            }
          },
        ),
      )
    },
    LONG,
  )
})

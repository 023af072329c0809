import { describe, expect, it } from 'vitest'
import { assignLead, explain, type SalesRepInput } from '../../../src/index'
import { handbookLeads, lead } from '../../fixtures/lead'
import { catchError } from '../../helpers'

const inside: SalesRepInput[] = [
  { id: 'sun', team: 'inside' },
  { id: 'chen', team: 'inside' },
  { id: 'liu', team: 'inside' },
]

describe('assignLead — 分配给相应的销售人员', () => {
  it('round-robin over the team in id order, threading the cursor: chen, liu, sun, chen', () => {
    let cursor: Readonly<Record<string, string>> = {}
    const owners: (string | null)[] = []
    for (let i = 0; i < 4; i += 1) {
      const a = assignLead(handbookLeads, lead({ id: `L${i}` }), inside, { cursor })
      owners.push(a.owner)
      cursor = a.nextCursor
    }
    expect(owners).toEqual(['chen', 'liu', 'sun', 'chen'])
    expect(cursor).toEqual({ inside: 'chen' })
  })

  it('skips an inactive rep and one at capacity, and says why', () => {
    const reps: SalesRepInput[] = [
      { id: 'chen', team: 'inside', load: 10, capacity: 10 },
      { id: 'liu', team: 'inside', active: false },
      { id: 'sun', team: 'inside', load: 3 },
    ]
    const a = assignLead(handbookLeads, lead({ id: 'L1' }), reps)
    expect(a).toMatchObject({ owner: 'sun', rule: 'inside', method: 'round-robin', reason: 'assigned' })
    expect(a.eligible).toEqual(['sun'])
    expect(explain(a)).toEqual([
      'Assignment rule Inside sales matches lead L1 (round-robin)',
      'Rep chen holds 10 open leads, at the capacity of 10: not eligible',
      'Rep liu is not active: not eligible',
      'Round-robin, first in the rotation: the lead goes to sun',
    ])
    // the service manager's reading: no placeholder and no untranslated method id in Chinese
    expect(explain(a, { locale: 'zh-CN' })).toEqual([
      '分配规则电话销售适用于线索 L1（轮流分配）',
      expect.any(String),
      expect.any(String),
      '轮流分配，本轮首位：线索分配给 sun',
    ])
  })

  it('by load in the east: the fewest open leads, ties to the first after the cursor', () => {
    const east: SalesRepInput[] = [
      { id: 'he', team: 'east', load: 5 },
      { id: 'ma', team: 'east', load: 2 },
      { id: 'xu', team: 'east', load: 2 },
    ]
    const l = lead({ id: 'L1', region: 'east' })
    expect(assignLead(handbookLeads, l, east).owner).toBe('ma')
    // after ma the order is xu, he, ma: xu and ma tie at 2, xu comes first
    const next = assignLead(handbookLeads, l, east, { cursor: { east: 'ma' } })
    expect(next.owner).toBe('xu')
    expect(explain(next, { locale: 'zh-CN' })[1]).toBe('未结线索最少（2 条）：线索分配给 xu')
  })

  it('a high-grade referral goes to the key-account rep; without an eligible rep it stays in the pool', () => {
    const l = lead({ id: 'L1', source: 'referral', grade: 'high', region: 'east' })
    expect(assignLead(handbookLeads, l, [{ id: 'zhao' }, ...inside]).owner).toBe('zhao')
    const none = assignLead(handbookLeads, l, inside, { cursor: { inside: 'liu' } })
    expect(none).toMatchObject({ owner: null, rule: 'key-referrals', reason: 'no-eligible-rep' })
    expect(none.nextCursor).toEqual({ inside: 'liu' })
    expect(explain(none).at(-1)).toBe('Rule Key referrals has no eligible rep: the lead stays in the pool')
  })

  it('no rule matches when the policy has none for the lead', () => {
    const policy = { ...handbookLeads, assignment: handbookLeads.assignment.slice(0, 2) }
    const a = assignLead(policy, lead({ id: 'L1' }), inside)
    expect(a).toMatchObject({ owner: null, rule: null, method: null, reason: 'no-rule', eligible: [] })
  })

  it('a cursor naming a rep who left the team starts where that id would sort', () => {
    // order chen, liu, sun; 'dai' sorts between chen and liu → liu is next
    expect(assignLead(handbookLeads, lead({ id: 'L1' }), inside, { cursor: { inside: 'dai' } }).owner).toBe(
      'liu',
    )
  })

  it('rejects duplicate reps and unknown option keys with their paths', () => {
    const dup = catchError(() => assignLead(handbookLeads, lead({ id: 'L1' }), [{ id: 'a' }, { id: 'a' }]))
    expect(dup.issues[0]).toMatchObject({ code: 'ids.duplicate', path: ['reps', 1, 'id'] })
    const opt = catchError(() =>
      assignLead(handbookLeads, lead({ id: 'L1' }), inside, { curser: {} } as never),
    )
    expect(opt.issues[0]?.path).toEqual(['options', 'curser'])
    const load = catchError(() => assignLead(handbookLeads, lead({ id: 'L1' }), [{ id: 'a', load: -1 }]))
    expect(load.issues[0]?.path).toEqual(['reps', 0, 'load'])
  })

  it('picks the version in force on options.asOf, else assignedAt, else createdAt; none in force is reported there', () => {
    const versions = [
      { ...handbookLeads, effectiveTo: '2026-06-30' },
      { ...handbookLeads, version: '2026.2', effectiveFrom: '2026-07-01' },
    ]
    const l = lead({ id: 'L1', createdAt: '2026-06-30T09:00:00+08:00' })
    expect(assignLead(versions, l, inside).policy.version).toBe('2026.1')
    const assigned = { ...l, assignedAt: '2026-07-01T09:00:00+08:00' }
    expect(assignLead(versions, assigned, inside).policy.version).toBe('2026.2')
    expect(assignLead(versions, l, inside, { asOf: '2026-07-02T09:00:00+08:00' }).policy.version).toBe(
      '2026.2',
    )
    const early = catchError(() =>
      assignLead(versions, lead({ id: 'L1', createdAt: '2025-12-31T09:00:00+08:00' }), inside),
    )
    expect([early.code, early.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['lead', 'createdAt']])
    const option = catchError(() => assignLead(versions, l, inside, { asOf: '2025-01-01T09:00:00+08:00' }))
    expect(option.issues[0]?.path).toEqual(['options', 'asOf'])
  })

  it('does not mutate its input', () => {
    const l = lead({ id: 'L1' })
    const cursor = { inside: 'chen' }
    const before = JSON.stringify([handbookLeads, l, inside, cursor])
    assignLead(handbookLeads, l, inside, { cursor })
    expect(JSON.stringify([handbookLeads, l, inside, cursor])).toBe(before)
  })
})

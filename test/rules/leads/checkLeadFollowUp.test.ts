import { describe, expect, it } from 'vitest'
import { checkLeadFollowUp, explain } from '../../../src/index'
import { handbookLeads, lead } from '../../fixtures/lead'
import { catchError } from '../../helpers'

describe('checkLeadFollowUp — first contact on the business-hours clock', () => {
  // Assigned Wednesday 2026-09-30 16:00 (Shanghai), standard rule: 8 business hours.
  // 09-30: 16:00–18:00 = 2 h; 10-01..10-07 National Day holidays (no working time);
  // 10-08 (Thursday): 09:00–12:00 = 3 h (5 h), 13:00–16:00 = 3 h (8 h) → due 2026-10-08T16:00+08:00.
  const assigned = {
    owner: 'chen',
    createdAt: '2026-09-29T10:00:00+08:00',
    assignedAt: '2026-09-30T16:00:00+08:00',
  }
  const leads = [
    lead({ id: 'on-time', ...assigned }),
    lead({ id: 'late', ...assigned }),
    lead({ id: 'none', ...assigned }),
  ]
  const contacts = [
    { lead: 'on-time', at: '2026-10-08T16:00:00+08:00' },
    { lead: 'late', at: '2026-10-08T08:00:01Z' },
  ]

  it('a contact exactly at the deadline across the holiday is on time; a second later is late', () => {
    const r = checkLeadFollowUp(handbookLeads, leads, contacts, '2026-10-08T16:00:01+08:00')
    expect(r.checked).toBe(3)
    expect(r.lateFirstContacts).toEqual(['late'])
    expect(r.overdueFirstContacts).toEqual(['none'])
    expect(r.leads.map((l) => l.lead)).toEqual(['late', 'none'])
    expect(r.leads[0]?.firstContact).toEqual({
      withinHours: 8,
      due: '2026-10-08T16:00:00.000+08:00',
      at: '2026-10-08T08:00:01Z',
      status: 'late',
    })
    expect(explain(r.leads[1] as never)).toEqual([
      'Lead none: no contact yet; the first was due by 2026-10-08T16:00:00.000+08:00 (8 business hours)',
    ])
    expect(explain(r, { locale: 'zh-CN' })).toEqual([
      '于 2026-10-08T16:00:01+08:00 检查 3 条未结线索：首次联系逾期 1 条、延迟 1 条，跟进逾期 0 条，回收公海 0 条',
    ])
  })

  it('at the deadline itself nothing is overdue yet (pending is not a finding)', () => {
    const r = checkLeadFollowUp(handbookLeads, leads, [], '2026-10-08T16:00:00+08:00')
    expect(r.overdueFirstContacts).toEqual([])
    expect(r.leads).toEqual([])
  })

  it('a high-grade lead has 4 hours: 09:00 + 3 h to 12:00, lunch, + 1 h → 14:00', () => {
    const hot = lead({ id: 'hot', grade: 'high', createdAt: '2026-06-01T09:00:00+08:00' })
    const r = checkLeadFollowUp(handbookLeads, [hot], [], '2026-06-01T14:00:01+08:00')
    expect(r.leads[0]?.firstContact?.due).toBe('2026-06-01T14:00:00.000+08:00')
    expect(r.leads[0]?.rule).toBe('hot')
  })
})

describe('checkLeadFollowUp — cadence and rotting by local dates', () => {
  const l = lead({ id: 'L1', owner: 'chen', createdAt: '2026-05-29T09:00:00+08:00' })
  const contacts = [
    { lead: 'L1', at: '2026-05-29T10:00:00+08:00' },
    { lead: 'L1', at: '2026-06-01T10:00:00+08:00' },
  ]

  it('the next contact is due 7 days after the last (06-01 → 06-08): not missed on the day, missed the day after', () => {
    const onDue = checkLeadFollowUp(handbookLeads, [l], contacts, '2026-06-08T23:59:59+08:00')
    expect(onDue.missedCadences).toEqual([])
    const after = checkLeadFollowUp(handbookLeads, [l], contacts, '2026-06-09T00:00:00+08:00')
    expect(after.missedCadences).toEqual(['L1'])
    expect(after.leads[0]?.cadence).toEqual({
      everyDays: 7,
      since: '2026-06-01',
      due: '2026-06-08',
      status: 'missed',
      daysOverdue: 1,
    })
    expect(explain(after.leads[0] as never, { locale: 'zh-CN' })).toEqual([
      '线索 L1：最近一次联系在 2026-06-01；下次应在 2026-06-08 联系（每 7 天），已逾期 1 天',
    ])
  })

  it('returns to the pool exactly on day 30 without activity (06-01 + 30 = 07-01, Shanghai date)', () => {
    // 2026-06-30T16:00:00Z is 2026-07-01 00:00 in Shanghai: 30 days after 06-01
    const on = checkLeadFollowUp(handbookLeads, [l], contacts, '2026-06-30T16:00:00Z')
    expect(on.returnToPool).toEqual(['L1'])
    expect(on.leads[0]?.rotting).toEqual({ since: '2026-06-01', days: 30, after: 30, returnToPool: true })
    expect(explain(on.leads[0] as never).at(-1)).toBe(
      'Lead L1: no activity for 30 days since 2026-06-01 (limit 30): it returns to the pool',
    )
    // one second earlier it is still 06-30 in Shanghai: 29 days
    const before = checkLeadFollowUp(handbookLeads, [l], contacts, '2026-06-30T15:59:59Z')
    expect(before.returnToPool).toEqual([])
  })

  it('closed leads and leads already in the pool do not rot; contacts of other leads or after asOf are ignored', () => {
    const leads = [
      lead({ id: 'won', state: 'converted', createdAt: '2026-01-01T09:00:00+08:00' }),
      lead({ id: 'pooled', state: 'pool', createdAt: '2026-01-01T09:00:00+08:00' }),
    ]
    const r = checkLeadFollowUp(
      handbookLeads,
      leads,
      [
        { lead: 'other', at: '2026-06-01T10:00:00+08:00' },
        { lead: 'pooled', at: '2026-08-01T10:00:00+08:00' },
      ],
      '2026-07-01T09:00:00+08:00',
    )
    expect(r.checked).toBe(1)
    expect(r.returnToPool).toEqual([])
    expect(r.contactsIgnored).toBe(2)
  })

  it('rejects bad input with its path', () => {
    const e = catchError(() =>
      checkLeadFollowUp(handbookLeads, [l], [{ lead: 'L1', at: '2026-06-01' }], '2026-06-02T09:00:00+08:00'),
    )
    expect(e.issues[0]?.path).toEqual(['contacts', 0, 'at'])
    const dup = catchError(() => checkLeadFollowUp(handbookLeads, [l, l], [], '2026-06-02T09:00:00+08:00'))
    expect(dup.issues[0]).toMatchObject({ code: 'ids.duplicate', path: ['leads', 1, 'id'] })
    const asOf = catchError(() => checkLeadFollowUp(handbookLeads, [l], [], '2026-06-02'))
    expect(asOf.issues[0]?.path).toEqual(['asOf'])
    const state = catchError(() =>
      checkLeadFollowUp(handbookLeads, [lead({ id: 'x', state: 'zzz' })], [], '2026-06-02T09:00:00+08:00'),
    )
    expect(state.issues[0]?.path).toEqual(['leads', 0, 'state'])
  })

  it('does not mutate its input', () => {
    const before = JSON.stringify([handbookLeads, l, contacts])
    checkLeadFollowUp(handbookLeads, [l], contacts, '2026-07-01T09:00:00+08:00')
    expect(JSON.stringify([handbookLeads, l, contacts])).toBe(before)
  })
})

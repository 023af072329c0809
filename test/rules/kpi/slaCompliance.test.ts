import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, explain, slaCompliance } from '../../../src/index'
import type { SlaItemInput } from '../../../src/index'
import { kpiPolicy } from '../../fixtures/kpi'
import { catchError } from '../../helpers'

// The calendar: Asia/Shanghai, 09:00–12:00 and 13:00–18:00; National Day holidays 1, 2, 5, 6 and 7 October
// 2026 (3 and 4 are a weekend), Saturday 10 October a make-up working day (调休).
const items: SlaItemInput[] = [
  {
    id: 'T-1',
    kind: 'ticket',
    events: {
      received: '2026-09-30T17:00:00+08:00',
      replied: '2026-10-01T16:00:00+08:00',
      resolved: '2026-10-02T17:00:00+08:00',
    },
  },
  {
    id: 'T-2',
    kind: 'ticket',
    events: {
      received: '2026-09-30T10:00:00+08:00',
      replied: '2026-09-30T11:00:00+08:00',
      resolved: '2026-10-02T11:00:00+08:00',
      'first-response': '2026-09-30T11:00:00+08:00',
    },
  },
  {
    id: 'T-3',
    kind: 'ticket',
    events: { received: '2026-09-30T16:00:00+08:00', 'first-response': '2026-10-08T10:30:00+08:00' },
  },
  { id: 'D-1', kind: 'deal', events: { 'need-confirmed': '2026-09-29', 'proposal-sent': '2026-10-09' } },
  { id: 'D-2', kind: 'deal', grade: 'A', events: { signed: '2026-10-08T15:00:00+08:00' } },
  { id: 'D-3', kind: 'deal', grade: 'C', events: { signed: '2026-09-01', delivered: '2026-09-09' } },
]
const asOf = '2026-10-13T12:00:00+08:00'

describe('slaCompliance', () => {
  const report = () => slaCompliance(kpiPolicy, items, { asOf })
  const check = (item: string, rule: string) =>
    report().checks.find((c) => c.item === item && c.rule === rule)

  it('runs clock hours straight through holidays', () => {
    // 17:00 on 30 September + 24 hours; replied after 23 hours
    expect(check('T-1', 'reply')).toMatchObject({
      status: 'met',
      due: '2026-10-01T17:00:00.000+08:00',
      elapsed: 23,
      remaining: null,
      unit: 'hours',
    })
    // resolved exactly at the due time: in time
    expect(check('T-1', 'resolve')).toMatchObject({
      status: 'met',
      due: '2026-10-02T17:00:00.000+08:00',
      elapsed: 48,
    })
    expect(check('T-2', 'resolve')).toMatchObject({ status: 'breached', elapsed: 49 })
  })

  it('counts working hours across the lunch break, a weekend and a public holiday', () => {
    // 16:00–18:00 on 30 September is 2 hours; 1–7 October are holidays or the weekend; 09:00–11:00 on 8 October
    expect(check('T-3', 'first-response')).toMatchObject({
      status: 'met',
      due: '2026-10-08T11:00:00.000+08:00',
      elapsed: 3.5,
    })
    // 10:00 + 4 working hours: 10–12 and 13–15
    expect(check('T-2', 'first-response')).toMatchObject({
      status: 'met',
      due: '2026-09-30T15:00:00.000+08:00',
      elapsed: 1,
    })
    // T-1 has no first response yet: 17:00–18:00 on 30 September, then 8 and 9 October (8 h each), 10 October (make-up day, 8 h), 12 October and 13 October until 12:00 (3 h)
    expect(check('T-1', 'first-response')).toMatchObject({
      status: 'breached',
      elapsed: 1 + 8 + 8 + 8 + 8 + 3,
      remaining: null,
    })
  })

  it('counts working days with the make-up day, and gives time left on open items', () => {
    // 29 September + 3 working days: 30 September, 8 and 9 October
    expect(check('D-1', 'proposal')).toMatchObject({ status: 'met', due: '2026-10-09', elapsed: 3 })
    // signed 8 October: 9, 10 (调休), 12, 13, 14 → due 14 October; as of the 13th, 4 working days used and 1 left
    expect(check('D-2', 'delivery')).toMatchObject({
      status: 'pending',
      due: '2026-10-14',
      elapsed: 4,
      remaining: 1,
      end: null,
    })
    // calendar days: 8 October + 30
    expect(check('D-2', 'visit')).toMatchObject({
      status: 'pending',
      due: '2026-11-07',
      elapsed: 5,
      remaining: 25,
      unit: 'days',
    })
    // 1 September (Tuesday) + 5 working days = 8 September; delivered on the 9th
    expect(check('D-3', 'delivery')).toMatchObject({ status: 'breached', due: '2026-09-08', elapsed: 6 })
  })

  it('applies rules only to the kinds and grades they name, and to items whose clock has started', () => {
    expect(check('D-3', 'visit')).toBeUndefined()
    expect(check('D-1', 'first-response')).toBeUndefined()
    expect(report().checks.map((c) => `${c.item}/${c.rule}`)).toEqual([
      'T-1/reply',
      'T-1/resolve',
      'T-1/first-response',
      'T-2/reply',
      'T-2/resolve',
      'T-2/first-response',
      'T-3/reply',
      'T-3/resolve',
      'T-3/first-response',
      'D-1/proposal',
      'D-2/delivery',
      'D-2/visit',
      'D-3/delivery',
    ])
  })

  it('gives each rule its compliance rate over the decided items', () => {
    expect(
      report().rules.map((r) => [
        r.rule,
        r.checked,
        r.met,
        r.breached,
        r.pending,
        r.complianceRate?.toString() ?? null,
      ]),
    ).toEqual([
      // T-3 has no reply 13 days later: breached
      ['reply', 3, 2, 1, 0, '0.6666666666666666666666666666666666666667'],
      ['resolve', 3, 1, 2, 0, '0.3333333333333333333333333333333333333333'],
      ['first-response', 3, 2, 1, 0, '0.6666666666666666666666666666666666666667'],
      ['proposal', 1, 1, 0, 0, '1'],
      ['delivery', 2, 0, 1, 1, '0'],
      ['visit', 1, 0, 0, 1, null],
    ])
    expect(explain(report())[4]).toBe(
      'Delivery within 5 working days of signing: 0 met, 1 breached, 1 open; compliance 0%',
    )
    expect(explain(report(), { locale: 'zh-CN' })[0]).toBe(
      '24 小时内答复：达标 2，超时 1，未完成 0；达标率 66.6666%',
    )
    expect(explain(check('D-2', 'delivery')!)).toEqual([
      'D-2 / Delivery within 5 working days of signing: open, 1 working days left (due 2026-10-14)',
    ])
  })

  it('takes a calendar from the options over the policy one', () => {
    const weekendsOnly = slaCompliance(kpiPolicy, [items[3]!], {
      asOf,
      calendar: { timeZone: 'Asia/Shanghai' },
    })
    // without the holidays: 30 September, 1 and 2 October
    expect(weekendsOnly.checks[0]).toMatchObject({ due: '2026-10-02', status: 'breached', elapsed: 8 })
    expect(compileKpiPolicy(kpiPolicy).sla(items, { asOf })).toEqual(report())
  })

  it('rejects dates on hour rules, stops before starts, and bad options, with their paths', () => {
    const dated = [{ id: 'T-9', events: { received: '2026-09-30' } }]
    expect(catchError(() => slaCompliance(kpiPolicy, dated, { asOf })).issues[0]).toMatchObject({
      path: ['items', 0, 'events', 'received'],
      code: 'sla.needs-instant',
    })
    const reversed = [
      { id: 'T-9', events: { received: '2026-09-30T10:00:00+08:00', replied: '2026-09-30T09:00:00+08:00' } },
    ]
    expect(catchError(() => slaCompliance(kpiPolicy, reversed, { asOf })).issues[0]).toMatchObject({
      path: ['items', 0, 'events', 'replied'],
      code: 'sla.end-before-start',
    })
    expect(catchError(() => slaCompliance(kpiPolicy, items, { asOf: '2026-10-13' })).issues[0]).toMatchObject(
      { path: ['options', 'asOf'] },
    )
    const halfDay = {
      ...kpiPolicy,
      sla: [{ ...kpiPolicy.sla[3]!, within: { amount: '2.5', unit: 'business-days' as const } }],
    }
    expect(catchError(() => slaCompliance(halfDay, items, { asOf })).issues[0]).toMatchObject({
      path: ['sla', 0, 'within', 'amount'],
      code: 'sla.whole-days',
    })
  })
})

describe('slaCompliance — filters, open hour clocks and errors (gaps a mutation run found)', () => {
  it('skips items without the kind or grade a rule names, and counts what it checked', () => {
    const report = slaCompliance(
      kpiPolicy,
      [
        { id: 'X-1', events: { received: '2026-10-13T09:00:00+08:00' } },
        { id: 'X-2', kind: 'deal', events: { signed: '2026-10-08' } },
        { id: 'X-3', kind: 'deal', grade: 'C', events: { signed: '2026-10-08' } },
      ],
      { asOf: '2026-10-13T10:00:00+08:00' },
    )
    // X-1 has no kind: the ticket-only first-response rule skips it; X-2 has no grade and X-3 is C: the visit rule (A, B) skips both
    expect(report.checks.map((c) => `${c.item}/${c.rule}`)).toEqual([
      'X-1/reply',
      'X-1/resolve',
      'X-2/delivery',
      'X-3/delivery',
    ])
    expect(report.rules.map((r) => [r.rule, r.checked])).toEqual([
      ['reply', 1],
      ['resolve', 1],
      ['first-response', 0],
      ['proposal', 0],
      ['delivery', 2],
      ['visit', 0],
    ])
  })

  it('gives the time left on an open hour clock, straight and in working hours', () => {
    const items = [{ id: 'T-9', kind: 'ticket', events: { received: '2026-10-09T17:00:00+08:00' } }]
    const report = slaCompliance(kpiPolicy, items, { asOf: '2026-10-10T10:00:00+08:00' })
    // 24 hours from Friday 17:00 is Saturday 17:00: 7 hours left at 10:00
    expect(report.checks.find((c) => c.rule === 'reply')).toMatchObject({
      status: 'pending',
      elapsed: 17,
      remaining: 7,
      due: '2026-10-10T17:00:00.000+08:00',
    })
    // 4 working hours: Friday 17–18, then Saturday 10 October (a make-up working day) 09:00–12:00: due 12:00, 2 left at 10:00
    expect(report.checks.find((c) => c.rule === 'first-response')).toMatchObject({
      status: 'pending',
      elapsed: 2,
      remaining: 2,
      due: '2026-10-10T12:00:00.000+08:00',
    })
    expect(explain(report.checks.find((c) => c.rule === 'first-response')!)).toEqual([
      'T-9 / First response within 4 working hours: open, 2 working hours left (due 2026-10-10T12:00:00.000+08:00)',
    ])
  })

  it('rejects a day clock that stops before it starts, with INVALID_INPUT', () => {
    const error = catchError(() =>
      slaCompliance(kpiPolicy, [{ id: 'D-9', events: { signed: '2026-10-08', delivered: '2026-10-07' } }], {
        asOf,
      }),
    )
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['items', 0, 'events', 'delivered'],
      'sla.end-before-start',
    ])
    expect(
      catchError(() =>
        slaCompliance(kpiPolicy, [{ id: 'T-9', events: { received: '2026-09-30' } }], { asOf }),
      ).code,
    ).toBe('INVALID_INPUT')
    expect(catchError(() => slaCompliance(kpiPolicy, 'tickets' as never, { asOf })).issues[0]).toMatchObject({
      path: ['items'],
    })
    expect(catchError(() => slaCompliance({ ...kpiPolicy, kpis: [] }, [], { asOf })).code).toBe(
      'INVALID_POLICY',
    )
  })
})

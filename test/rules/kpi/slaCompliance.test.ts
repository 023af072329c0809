import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, explain, slaCompliance } from '../../../src/index'
import type { KpiPolicyInput, SlaItemInput } from '../../../src/index'
import { kpiPolicy } from '../../fixtures/kpi'
import { catchError } from '../../helpers'
import { nationalDayOffice2026 } from '../../fixtures/calendar'

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
    // without the holidays: 30 September, 1 and 2 October are the 3 working days; the weekend of 3 and 4
    // October uses none, so the last day in time is Sunday 4 October (Monday the 5th would be the 4th)
    expect(weekendsOnly.checks[0]).toMatchObject({ due: '2026-10-04', status: 'breached', elapsed: 8 })
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
    // 4 working hours: Friday 17–18, then Saturday 10 October (a make-up working day) 09:00–12:00: used up at
    // 12:00; the lunch break uses none, so the last instant in time is 13:00; 2 left at 10:00
    expect(report.checks.find((c) => c.rule === 'first-response')).toMatchObject({
      status: 'pending',
      elapsed: 2,
      remaining: 2,
      due: '2026-10-10T13:00:00.000+08:00',
    })
    expect(explain(report.checks.find((c) => c.rule === 'first-response')!)).toEqual([
      'T-9 / First response within 4 working hours: open, 2 working hours left (due 2026-10-10T13:00:00.000+08:00)',
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

describe('slaCompliance — the boundary: elapsed ≤ limit is in time, and due is the last instant in time', () => {
  // Asia/Shanghai, 09:00–12:00 and 13:00–18:00; 1, 2, 5, 6 and 7 October 2026 are holidays (3 and 4 a weekend),
  // Saturday 10 October a make-up working day (调休)
  const calendar = nationalDayOffice2026
  const policy = {
    id: 'sla',
    version: '1',
    effectiveFrom: '2026-01-01',
    calendar,
    kpis: [],
    sla: [
      { id: 'bh', label: '6 h', from: 'a', to: 'b', within: { amount: 6, unit: 'business-hours' as const } },
      { id: 'bd', label: '2 d', from: 'c', to: 'd', within: { amount: 2, unit: 'business-days' as const } },
    ],
  } satisfies KpiPolicyInput
  const asOf = '2026-12-01T00:00:00+08:00'
  const clock = (a: string, b: string | undefined, rule = 'bh', at = asOf) => {
    const [from, to] = rule === 'bh' ? ['a', 'b'] : ['c', 'd']
    const events = b === undefined ? { [from]: a } : { [from]: a, [to]: b }
    const c = slaCompliance(policy, [{ id: 'T', events }], { asOf: at }).checks.find((x) => x.rule === rule)!
    return { status: c.status, due: c.due, elapsed: c.elapsed, remaining: c.remaining }
  }

  it('the issue #19 case: 11:00 → 18:15 against 6 working hours is met, as its 6 hours used say', () => {
    // Tuesday 29 September: 11–12 (1 h) + 13–18 (5 h) = 6 h, used up at 18:00; nothing is used until
    // 09:00 on Wednesday, so that is the last instant in time
    expect(clock('2026-09-29T11:00:00+08:00', '2026-09-29T18:15:00+08:00')).toEqual({
      status: 'met',
      due: '2026-09-30T09:00:00.000+08:00',
      elapsed: 6,
      remaining: null,
    })
    // late in the evening, still 6 h used
    expect(clock('2026-09-29T11:00:00+08:00', '2026-09-29T23:59:59+08:00').status).toBe('met')
  })

  it('a stop exactly at due is met; one millisecond later is breached', () => {
    expect(clock('2026-09-29T11:00:00+08:00', '2026-09-30T09:00:00+08:00')).toMatchObject({
      status: 'met',
      elapsed: 6,
    })
    // 6 h + 1 ms = 6 + 1 / 3,600,000 h
    expect(clock('2026-09-29T11:00:00+08:00', '2026-09-30T09:00:00.001+08:00')).toMatchObject({
      status: 'breached',
      elapsed: 6 + 1 / 3_600_000,
    })
    // used up inside a window: 10:00 + 10–12 (2 h) + 13–17 (4 h) = 17:00
    expect(clock('2026-09-29T10:00:00+08:00', '2026-09-29T17:00:00+08:00')).toMatchObject({
      status: 'met',
      due: '2026-09-29T17:00:00.000+08:00',
      elapsed: 6,
    })
    // 17:00:01 is 6 h and 1 s: 6 + 1 / 3,600 h
    expect(clock('2026-09-29T10:00:00+08:00', '2026-09-29T17:00:01+08:00')).toMatchObject({
      status: 'breached',
      elapsed: 6 + 1 / 3_600,
    })
  })

  it('counts the make-up working day (调休) and lets its lunch break and the Sunday after use nothing', () => {
    // Friday 9 October 14–18 (4 h), Saturday 10 October (调休) 09–11 (2 h): due 11:00 on the Saturday
    expect(clock('2026-10-09T14:00:00+08:00', '2026-10-10T11:00:00+08:00')).toMatchObject({
      status: 'met',
      due: '2026-10-10T11:00:00.000+08:00',
      elapsed: 6,
    })
    // Friday 15–18 (3 h), Saturday 09–12 (3 h): used up at 12:00; the lunch break uses none, so 13:00
    expect(clock('2026-10-09T15:00:00+08:00', '2026-10-10T12:30:00+08:00')).toMatchObject({
      status: 'met',
      due: '2026-10-10T13:00:00.000+08:00',
      elapsed: 6,
    })
    // Saturday (调休) 11:00: 11–12 (1 h) + 13–18 (5 h), used up at 18:00; Sunday 11 October is off, so the
    // last instant in time is 09:00 on Monday 12 October; a stop on Sunday is met
    expect(clock('2026-10-10T11:00:00+08:00', '2026-10-11T10:00:00+08:00')).toEqual({
      status: 'met',
      due: '2026-10-12T09:00:00.000+08:00',
      elapsed: 6,
      remaining: null,
    })
  })

  it('runs across the National Day holidays', () => {
    // Wednesday 30 September 16–18 (2 h); 1–7 October off; Thursday 8 October 09–12 (3 h) and 13–14 (1 h)
    expect(clock('2026-09-30T16:00:00+08:00', '2026-10-08T14:00:00+08:00')).toMatchObject({
      status: 'met',
      due: '2026-10-08T14:00:00.000+08:00',
      elapsed: 6,
    })
    // a stop on a holiday has used 2 h
    expect(clock('2026-09-30T16:00:00+08:00', '2026-10-05T10:00:00+08:00')).toMatchObject({
      status: 'met',
      elapsed: 2,
    })
    // 11:00 → 18:15 on 30 September: 6 h used at 18:00, and nothing more until 09:00 on 8 October
    expect(clock('2026-09-30T11:00:00+08:00', '2026-09-30T18:15:00+08:00')).toMatchObject({
      status: 'met',
      due: '2026-10-08T09:00:00.000+08:00',
      elapsed: 6,
    })
  })

  it('counts working days the same way: the last day in time is the day before the next working day', () => {
    // Tuesday 29 September + 2 working days: 30 September (1), 8 October (2); the 3rd would be 9 October
    expect(clock('2026-09-29', '2026-10-08', 'bd')).toEqual({
      status: 'met',
      due: '2026-10-08',
      elapsed: 2,
      remaining: null,
    })
    expect(clock('2026-09-29', '2026-10-09', 'bd')).toMatchObject({ status: 'breached', elapsed: 3 })
    // Wednesday 23 September: Thursday 24 (1), Friday 25 (2); the weekend uses none, Monday 28 is the 3rd:
    // Saturday and Sunday are still in time
    expect(clock('2026-09-23', '2026-09-26', 'bd')).toEqual({
      status: 'met',
      due: '2026-09-27',
      elapsed: 2,
      remaining: null,
    })
    expect(clock('2026-09-23', '2026-09-28', 'bd')).toMatchObject({ status: 'breached', elapsed: 3 })
  })

  it('keeps an open clock pending while it has used no more than its limit', () => {
    // 6 h used by 18:00; at 20:00 nothing is left but nothing is late either
    expect(clock('2026-09-29T11:00:00+08:00', undefined, 'bh', '2026-09-29T20:00:00+08:00')).toEqual({
      status: 'pending',
      due: '2026-09-30T09:00:00.000+08:00',
      elapsed: 6,
      remaining: 0,
    })
    expect(clock('2026-09-29T11:00:00+08:00', undefined, 'bh', '2026-09-30T09:30:00+08:00')).toMatchObject({
      status: 'breached',
      elapsed: 6.5,
      remaining: null,
    })
    // looked at before the clock starts: nothing used, the whole limit left (not the time from asOf)
    expect(clock('2026-09-29T11:00:00+08:00', undefined, 'bh', '2026-09-28T09:00:00+08:00')).toEqual({
      status: 'pending',
      due: '2026-09-30T09:00:00.000+08:00',
      elapsed: 0,
      remaining: 6,
    })
    expect(clock('2026-09-29', undefined, 'bd', '2026-09-28T09:00:00+08:00')).toEqual({
      status: 'pending',
      due: '2026-10-08',
      elapsed: 0,
      remaining: 2,
    })
  })

  it('needs no placeholder KPI in a policy used only for service times', () => {
    expect(slaCompliance(policy, [], { asOf }).rules.map((r) => r.rule)).toEqual(['bh', 'bd'])
  })
})

describe('slaCompliance — far dates and long clocks return or throw at once (issue #26)', () => {
  const issueOf = (fn: () => unknown) => {
    const error = catchError(fn)
    return [error.code, error.issues[0]?.path, error.issues[0]?.code]
  }
  const evaluator = compileKpiPolicy(kpiPolicy)

  it('refuses an asOf or an event outside 1900-01-01..2200-12-31, on the exact and the compiled path', () => {
    for (const run of [slaCompliance.bind(null, kpiPolicy), evaluator.sla, evaluator.slaStatus]) {
      for (const far of ['9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'])
        expect(issueOf(() => run(items, { asOf: far }))).toEqual([
          'INVALID_INPUT',
          ['options', 'asOf'],
          'instant.out-of-range',
        ])
      expect(issueOf(() => run([{ id: 'D-9', events: { signed: '9999-12-31' } }], { asOf }))).toEqual([
        'INVALID_INPUT',
        ['items', 0, 'events', 'signed'],
        'date.out-of-range',
      ])
      const ticket = { id: 'T-9', kind: 'ticket', events: { received: '9999-12-31T00:00:00Z' } }
      expect(issueOf(() => run([items[0]!, ticket], { asOf }))).toEqual([
        'INVALID_INPUT',
        ['items', 1, 'events', 'received'],
        'instant.out-of-range',
      ])
    }
  })

  it('measures an open ticket in working hours over at most 3,660 days, in working days over 36,600', () => {
    const old = [{ id: 'T-9', kind: 'ticket', events: { received: '2000-01-03T09:00:00+08:00' } }]
    // 26 years open: the clock-hour rules are breached at once, the working-hour rule would walk 9,500 days
    expect(issueOf(() => slaCompliance(kpiPolicy, old, { asOf }))).toEqual([
      'INVALID_INPUT',
      ['options', 'asOf'],
      'calendar.span-too-long',
    ])
    // ten years open is within the bound: breached (under a policy in force in 2009)
    const report = slaCompliance({ ...kpiPolicy, effectiveFrom: '2000-01-01' }, old, {
      asOf: '2009-12-31T12:00:00+08:00',
    })
    expect(report.checks.map((c) => c.status)).toEqual(['breached', 'breached', 'breached'])
    // a deal signed in 1950 and open in 2026: 76 years of working days (27,700 days) are counted
    const deal = [{ id: 'D-9', kind: 'deal', grade: 'C', events: { signed: '1950-01-02' } }]
    expect(slaCompliance(kpiPolicy, deal, { asOf }).checks[0]).toMatchObject({ status: 'breached' })
  })

  it('refuses a working-hour limit that the calendar cannot reach within 3,660 days, at the start event', () => {
    const policy = {
      ...kpiPolicy,
      calendar: { hours: [{ start: '09:00', end: '09:01' }] },
      sla: [{ ...kpiPolicy.sla[2]!, within: { amount: 1_000, unit: 'business-hours' as const } }],
    }
    expect(issueOf(() => slaCompliance(policy, [items[0]!], { asOf }))).toEqual([
      'INVALID_INPUT',
      ['items', 0, 'events', 'received'],
      'calendar.span-too-long',
    ])
  })
})

describe('slaCompliance with versions', () => {
  // 2026.2 from 13 October allows 48 hours for a reply instead of 24
  const v1: KpiPolicyInput = { ...kpiPolicy, effectiveTo: '2026-10-12' }
  const v2: KpiPolicyInput = {
    ...kpiPolicy,
    version: '2026.2',
    effectiveFrom: '2026-10-13',
    sla: kpiPolicy.sla.map((r) =>
      r.id === 'reply' ? { ...r, within: { amount: 48, unit: 'hours' as const } } : r,
    ),
  }
  const late = [
    {
      id: 'T-9',
      kind: 'ticket',
      events: { received: '2026-10-10T09:00:00+08:00', replied: '2026-10-11T19:00:00+08:00' },
    },
  ]

  it('measures with the version in force on the date of asOf as written, and stamps it', () => {
    // replied 34 hours after receipt: breached against 24 hours, met against 48
    const reply = (r: ReturnType<typeof slaCompliance>) => r.checks.find((c) => c.rule === 'reply')?.status
    // 23:30 on 12 October in Shanghai is 15:30 UTC: the date as written (12 October) picks 2026.1
    const before = slaCompliance([v1, v2], late, { asOf: '2026-10-12T23:30:00+08:00' })
    expect([reply(before), before.policy.version]).toEqual(['breached', '2026.1'])
    const after = slaCompliance([v1, v2], late, { asOf: '2026-10-13T00:30:00+08:00' })
    expect([reply(after), after.policy]).toEqual([
      'met',
      { id: 'kpi-2026', version: '2026.2', effectiveFrom: '2026-10-13' },
    ])
  })

  it('stamps the compiled reports too', () => {
    const desk = compileKpiPolicy(v2)
    const stamp = { id: 'kpi-2026', version: '2026.2', effectiveFrom: '2026-10-13' }
    expect(desk.sla(late, { asOf }).policy).toEqual(stamp)
    expect(desk.slaStatus(late, { asOf }).policy).toEqual(stamp)
  })

  it('says when no version is in force on asOf', () => {
    const error = catchError(() => slaCompliance([v1, v2], late, { asOf: '2025-10-13T00:30:00+08:00' }))
    expect([error.code, error.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['options', 'asOf']])
  })
})

describe('slaCompliance: event names', () => {
  const asOf = '2026-10-09T18:00:00+08:00'
  it('refuses an event name within a typo of one the rules use (repiled for replied), on both paths', () => {
    // an integrator's case: `repiled` left the reply clock running, and the ticket was reported breached
    const typo: SlaItemInput[] = [
      {
        id: 'T-9',
        kind: 'ticket',
        events: { received: '2026-09-30T10:00:00+08:00', repiled: '2026-09-30T11:00:00+08:00' },
      },
    ]
    const issue = {
      code: 'key.unknown-near',
      path: ['items', 0, 'events', 'repiled'],
      params: { key: 'repiled', suggestion: 'replied' },
    }
    expect(catchError(() => slaCompliance(kpiPolicy, typo, { asOf }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [issue],
    })
    expect(catchError(() => compileKpiPolicy(kpiPolicy).slaStatus(typo, { asOf }))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [issue],
    })
  })
  it('lets event names no rule uses and no rule name resembles pass through (a CRM’s other events)', () => {
    // T-1 with an `invoiced` event besides the ones the rules use: the same checks as without it
    const first = items[0]!
    const extra = { ...first, events: { ...first.events, invoiced: '2026-10-03T10:00:00+08:00' } }
    const statuses = (item: SlaItemInput) =>
      slaCompliance(kpiPolicy, [item], { asOf }).checks.map((c) => [c.rule, c.status, c.elapsed])
    expect(statuses(extra)).toEqual(statuses(first))
    expect(statuses(extra).length).toBeGreaterThan(0)
  })
})

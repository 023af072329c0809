// The compiled SLA statuses on hand-computed tickets (#20): the working-time table and the hand-read instants
// give the due instant and the working time of the exact report, at the edges of working days, across a
// make-up Saturday (调休), across a holiday, for tickets received outside working hours.
import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, slaCompliance } from '../../../src/index'
import type { SlaItemInput } from '../../../src/index'
import { kpiPolicy } from '../../fixtures/kpi'

// The fixture's calendar: China 2026 (Asia/Shanghai), 09:00–12:00 and 13:00–18:00; National Day 1–7 October
// off, Thursday 8 and Friday 9 October worked, Saturday 10 October a make-up working day (调休). Its `first-response` rule:
// 4 working hours from `received`, tickets only.
const evaluator = compileKpiPolicy(kpiPolicy)
const asOf = '2026-10-31T00:00:00+08:00'
const at = (instant: string) => Date.parse(instant)

/** The `first-response` status of one ticket on the fast path, and the exact report's check beside it. */
function firstResponse(received: string, responded?: string, when = asOf) {
  const events: Record<string, string> = { received }
  if (responded !== undefined) events['first-response'] = responded
  const items: SlaItemInput[] = [{ id: 'T-1', kind: 'ticket', events }]
  const fast = evaluator.slaStatus(items, { asOf: when }).checks.find((c) => c.rule === 'first-response')
  const exact = slaCompliance(kpiPolicy, items, { asOf: when }).checks.find(
    (c) => c.rule === 'first-response',
  )
  return { fast, exact }
}

describe('compileKpiPolicy(...).slaStatus (hand-computed)', () => {
  it('is due at the start of the next working day when the limit runs out at the end of one', () => {
    // Tuesday 29 September 14:00 + 4 working hours: 14:00–18:00 uses all 4, so nothing more is used until
    // 09:00 on Wednesday 30 September: the last instant in time is 09:00 the next morning
    const due = at('2026-09-30T09:00:00+08:00')
    for (const responded of [
      '2026-09-29T18:00:00+08:00',
      '2026-09-29T23:59:00+08:00',
      '2026-09-30T09:00:00+08:00',
    ]) {
      const { fast, exact } = firstResponse('2026-09-29T14:00:00+08:00', responded)
      expect(fast).toEqual({
        item: 'T-1',
        rule: 'first-response',
        status: 'met',
        due,
        elapsed: 4,
        remaining: null,
        unit: 'business-hours',
      })
      expect(exact?.due).toBe('2026-09-30T09:00:00.000+08:00')
    }
    // one millisecond later: 4 hours and 1 ms used (1 / 3,600,000 of an hour)
    const late = firstResponse('2026-09-29T14:00:00+08:00', '2026-09-30T09:00:00.001+08:00')
    expect(late.fast).toMatchObject({ status: 'breached', due, elapsed: 4 + 1 / 3_600_000 })
    expect(late.exact).toMatchObject({ status: 'breached', elapsed: 4 + 1 / 3_600_000 })
  })

  it('counts a make-up Saturday (调休) as a working day', () => {
    // Friday 9 October 16:00: 16:00–18:00 is 2 hours; Saturday 10 October is worked: 09:00–11:00 the other 2
    const { fast, exact } = firstResponse('2026-10-09T16:00:00+08:00', '2026-10-10T10:30:00+08:00')
    // 2 hours on Friday + 09:00–10:30 on Saturday = 3.5 hours
    expect(fast).toMatchObject({ status: 'met', due: at('2026-10-10T11:00:00+08:00'), elapsed: 3.5 })
    expect(exact).toMatchObject({ status: 'met', due: '2026-10-10T11:00:00.000+08:00', elapsed: 3.5 })
    // answered on Monday 12 October 09:30: 2 + 8 (the whole Saturday) + 0.5 = 10.5 hours, breached
    expect(firstResponse('2026-10-09T16:00:00+08:00', '2026-10-12T09:30:00+08:00').fast).toMatchObject({
      status: 'breached',
      elapsed: 10.5,
    })
  })

  it('skips a public holiday', () => {
    // Wednesday 30 September 16:00: 2 hours that day; 1–7 October are off (National Day); Thursday 8
    // October 09:00–11:00 the other 2 hours
    const due = at('2026-10-08T11:00:00+08:00')
    const { fast, exact } = firstResponse('2026-09-30T16:00:00+08:00', '2026-10-08T12:30:00+08:00')
    // 2 hours on 30 September + 09:00–12:00 on 8 October (the lunch break does not count) = 5 hours
    expect(fast).toMatchObject({ status: 'breached', due, elapsed: 5, remaining: null })
    expect(exact).toMatchObject({ status: 'breached', due: '2026-10-08T11:00:00.000+08:00', elapsed: 5 })
  })

  it('starts the clock at the next working hour for a ticket received outside working hours', () => {
    // Tuesday 29 September 20:30: nothing until 09:00 on 30 September; 09:00–12:00 is 3 hours, 13:00–14:00
    // the 4th, so it is due at 14:00; answered at 12:45 (lunch break): 3 hours used
    const evening = firstResponse('2026-09-29T20:30:00+08:00', '2026-09-30T12:45:00+08:00')
    expect(evening.fast).toMatchObject({ status: 'met', due: at('2026-09-30T14:00:00+08:00'), elapsed: 3 })
    expect(evening.exact).toMatchObject({ status: 'met', due: '2026-09-30T14:00:00.000+08:00', elapsed: 3 })
    // Saturday 3 October 10:00 (inside the holiday): the clock starts on Thursday 8 October, 09:00–12:00 and
    // 13:00–14:00; still open on 8 October at 13:30: 3.5 hours used, 0.5 left
    const weekend = firstResponse('2026-10-03T10:00:00+08:00', undefined, '2026-10-08T13:30:00+08:00')
    expect(weekend.fast).toMatchObject({
      status: 'pending',
      due: at('2026-10-08T14:00:00+08:00'),
      elapsed: 3.5,
      remaining: 0.5,
    })
    expect(weekend.exact).toMatchObject({ status: 'pending', elapsed: 3.5, remaining: 0.5 })
    // written in UTC (02:00Z is 10:00 in Beijing) and with a fraction: the same clock
    const utc = firstResponse('2026-10-03T02:00:00.000Z', undefined, '2026-10-08T05:30:00Z')
    expect(utc.fast).toEqual(weekend.fast)
  })

  it('measures an instant written with a long fraction (read by Date.parse) as the exact path does', () => {
    // 09:00:00.1234 is read as 09:00:00.123 by both paths (a fraction past milliseconds is cut)
    const { fast, exact } = firstResponse('2026-09-30T09:00:00.1234+08:00', '2026-09-30T09:30:00+08:00')
    expect(fast).toMatchObject({ status: 'met', elapsed: (30 * 60_000 - 123) / 3_600_000 })
    expect(fast?.elapsed).toBe(exact?.elapsed)
    expect(fast?.due).toBe(at(exact?.due ?? ''))
  })

  it('builds its status objects when they are first read, once', () => {
    const items: SlaItemInput[] = [
      { id: 'T-1', kind: 'ticket', events: { received: '2026-09-29T14:00:00+08:00' } },
    ]
    const report = evaluator.slaStatus(items, { asOf })
    // changing the input afterwards changes nothing in the report
    ;(items[0] as { id: string }).id = 'T-9'
    expect(report.checks.map((c) => c.item)).toEqual(['T-1', 'T-1', 'T-1'])
    expect(report.checks).toBe(report.checks)
    expect(JSON.parse(JSON.stringify(report)).checks).toHaveLength(3)
  })
})

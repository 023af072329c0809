import { describe, expect, it } from 'vitest'
import { complaintReport, Dec, explain, measureKpi, type ComplaintInput } from '../../../src/index'
import { fullRecord, service, workingHoursPolicy } from '../../fixtures/complaint'
import { catchError } from '../../helpers'

const policy = workingHoursPolicy

// Working hours 09–12, 13–18; 2026-10-01..07 off. Minor: reply 8 h, resolve 16 h; major: 4 h and 8 h.
const complaints: ComplaintInput[] = [
  // A: reply 09–12 + 13–17 = 7 h ≤ 8 met; resolved 09-30 12:00 = 8 h + 3 h = 11 h ≤ 16 met
  service('A', '2026-09-29T09:00:00+08:00', {
    replied: '2026-09-29T17:00:00+08:00',
    resolved: '2026-09-30T12:00:00+08:00',
    substantiated: true,
    responsible: ['li'],
  }),
  // B: reply 2 h (09-30 16–18) + 10-08 3 h (09–12) + 3 h 1 min (13–16:01) = 8 h 1 min > 8, stopped late; open at 10-09 17:00:
  // resolve 2 + 8 + 7 = 17 h > 16, due 10-09 16:00 → overdue
  service('B', '2026-09-30T16:00:00+08:00', { replied: '2026-10-08T16:01:00+08:00' }),
  // C: major quality, no reply by 10-09 17:00: 3 + 4 = 7 h > 4 (due 14:00) → overdue; resolve 7 ≤ 8 pending
  {
    id: 'C',
    kind: 'quality',
    severity: 'major',
    received: '2026-10-09T09:00:00+08:00',
    record: { ...fullRecord, colourCode: undefined },
  },
  // D: major service, reply 1 h ≤ 4 met, resolved 3 + 4 = 7 h ≤ 8 met; li's second offence, zhang's first
  service('D', '2026-10-08T09:00:00+08:00', {
    severity: 'major',
    replied: '2026-10-08T10:00:00+08:00',
    resolved: '2026-10-08T17:00:00+08:00',
    substantiated: true,
    responsible: ['li', 'zhang'],
  }),
]
const asOf = '2026-10-09T17:00:00+08:00'

describe('complaintReport', () => {
  it('runs the example of its doc comment', () => {
    const report = complaintReport(
      {
        id: 'complaints',
        version: '1',
        effectiveFrom: '2026-01-01',
        roles: [{ id: 'sales-manager', label: '销售经理' }],
        kinds: [{ id: 'service', label: '服务投诉', handlers: ['sales-manager'] }],
        severities: [{ id: 'minor', label: '一般' }],
        clocks: { reply: { amount: 24, unit: 'hours' }, resolve: { amount: 48, unit: 'hours' } },
        penalties: {
          currency: 'CNY',
          rules: [{ id: 'service', label: '服务投诉罚款', kinds: ['service'], fine: { min: 20, max: 100 } }],
        },
      },
      [
        service('F-1', '2026-06-01T09:00:00+08:00', {
          replied: '2026-06-01T15:00:00+08:00',
          resolved: '2026-06-02T11:00:00+08:00',
          substantiated: true,
          responsible: ['wang'],
        }),
        service('F-2', '2026-06-02T09:00:00+08:00'),
      ],
      { asOf: '2026-06-04T10:00:00+08:00' },
    )
    expect(report.resolutionRate?.toString()).toBe('0.5')
    expect(report.meetsResolutionTarget).toBe(false)
    expect(report.overdue.map((o) => `${o.complaint} ${o.clock}`)).toEqual(['F-2 reply', 'F-2 resolve'])
    expect(report.penalties[0]?.fine?.toString()).toBe('20')
  })

  it('counts, rates and overdue items, computed by hand', () => {
    const report = complaintReport(policy, complaints, { asOf })
    // resolved: A and D of 4 → 2 ÷ 4 = 0.5, below the 100 % rule
    expect([report.total, report.resolved, report.open]).toEqual([4, 2, 2])
    expect(report.resolutionRate?.toString()).toBe('0.5')
    expect(report.resolutionTarget.toString()).toBe('1')
    expect(report.meetsResolutionTarget).toBe(false)
    // reply: A, D met; B (late), C (open past due) breached → 2 ÷ 4
    expect(report.reply).toEqual({ met: 2, breached: 2, pending: 0, onTimeRate: new Dec('0.5') })
    // resolve: A, D met; B breached; C pending → 2 ÷ 3
    expect([report.resolve.met, report.resolve.breached, report.resolve.pending]).toEqual([2, 1, 1])
    expect(report.resolve.onTimeRate?.eq(new Dec(2).div(3))).toBe(true)
    expect(report.overdue).toEqual([
      { complaint: 'B', clock: 'resolve', due: '2026-10-09T16:00:00.000+08:00', elapsed: 17 },
      { complaint: 'C', clock: 'reply', due: '2026-10-09T14:00:00.000+08:00', elapsed: 7 },
    ])
    const c = report.complaints[2]
    expect(c?.resolve).toEqual({
      status: 'pending',
      // 8 working hours run out at 18:00, the end of a window: due when the next one opens, on Saturday
      // 10-10, a make-up working day (调休)
      due: '2026-10-10T09:00:00.000+08:00',
      elapsed: 7,
      remaining: 1,
    })
    expect(c?.missingFields).toEqual(['colourCode'])
    const b = report.complaints[1]
    expect(b?.reply.status).toBe('breached')
    expect(b?.reply.elapsed).toBeCloseTo(8 + 1 / 60, 10)
    // the KPI input: resolved in time ÷ resolutions decided = 2 ÷ 3
    expect(report.timeliness).toEqual({ formula: 'complaint-timeliness', onTime: 2, total: 3 })
    expect(measureKpi(report.timeliness).value?.eq(new Dec(2).div(3))).toBe(true)
  })

  it('suggests penalties: the bottom of the range first, the top for a severe case, dismissal only suggested', () => {
    const report = complaintReport(policy, complaints, { asOf })
    // A (09-29): li, first offence, service rule 20–100 → 20
    // D (10-08): major → service-severe 100–100 with dismissal; li's second offence: min(100, 100 + 40) = 100
    expect(
      report.penalties.map((p) => [
        p.complaint,
        p.person,
        p.rule,
        p.offence,
        p.fine?.toString(),
        p.dismissalSuggested,
      ]),
    ).toEqual([
      ['A', 'li', 'service', 1, '20', false],
      ['D', 'li', 'service-severe', 2, '100', true],
      ['D', 'zhang', 'service-severe', 1, '100', true],
    ])
    expect(report.penalties[0]?.fineRange).toEqual({ min: new Dec(20), max: new Dec(100) })
    expect(report.penalties[0]?.currency).toBe('CNY')
  })

  it('escalates repeat offences within the window, and the window is inclusive', () => {
    const history = [
      // li: 20, 60, 100, min(100, 140) = 100 and dismissal suggested from the fourth offence
      ...['2026-01-05', '2026-03-01', '2026-06-01', '2026-09-01'].map((d, i) =>
        service(`L${i + 1}`, `${d}T10:00:00+08:00`, { substantiated: true, responsible: ['li'] }),
      ),
      // 2027-09-01 is 365 days after 2026-09-01: that offence still counts (the 2026-06-01 one does not) → 2nd
      service('L5', '2027-09-01T10:00:00+08:00', { substantiated: true, responsible: ['li'] }),
      // wang: 2027-01-11 is 366 days after 2026-01-10 → a first offence again
      service('W1', '2026-01-10T10:00:00+08:00', { substantiated: true, responsible: ['wang'] }),
      service('W2', '2027-01-11T10:00:00+08:00', { substantiated: true, responsible: ['wang'] }),
      // not substantiated: no penalty, and no offence counted
      service('W3', '2027-01-12T10:00:00+08:00', { responsible: ['wang'] }),
    ]
    const report = complaintReport(policy, history, { asOf: '2027-12-31T00:00:00+08:00' })
    expect(
      report.penalties.map((p) => [p.complaint, p.offence, p.fine?.toString(), p.dismissalSuggested]),
    ).toEqual([
      ['L1', 1, '20', false],
      ['W1', 1, '20', false],
      ['L2', 2, '60', false],
      ['L3', 3, '100', false],
      ['L4', 4, '100', true],
      ['W2', 1, '20', false],
      ['L5', 2, '60', false],
    ])
  })

  it('a quality complaint gets a notice and no fine (考核方案), and a policy without penalties suggests none', () => {
    const quality = { ...complaints[2], substantiated: true, responsible: ['zhao'] } as ComplaintInput
    const report = complaintReport(policy, [quality], { asOf })
    expect(report.penalties.map((p) => [p.rule, p.fine, p.fineRange, p.dismissalSuggested])).toEqual([
      ['quality', null, null, false],
    ])
    expect(complaintReport({ ...policy, penalties: undefined }, [quality], { asOf }).penalties).toEqual([])
  })

  it('meets the 100 % rule when every complaint is resolved, and has no rates without complaints', () => {
    const done = complaintReport(policy, [complaints[0] as ComplaintInput, complaints[3] as ComplaintInput], {
      asOf,
    })
    expect([done.resolutionRate?.toString(), done.meetsResolutionTarget]).toEqual(['1', true])
    const none = complaintReport(policy, [], { asOf })
    expect([none.total, none.resolutionRate, none.meetsResolutionTarget, none.reply.onTimeRate]).toEqual([
      0,
      null,
      null,
      null,
    ])
    expect(none.timeliness).toEqual({ formula: 'complaint-timeliness', onTime: 0, total: 0 })
  })

  it('a reply exactly at its deadline is in time; a resolution alone stops the reply clock too', () => {
    // received 09-30 16:00, reply due 10-08 16:00 (8 working hours); resolved then, without a reply
    const onTime = service('E', '2026-09-30T16:00:00+08:00', { resolved: '2026-10-08T16:00:00+08:00' })
    const report = complaintReport(policy, [onTime], { asOf })
    expect([report.complaints[0]?.reply.status, report.complaints[0]?.reply.elapsed]).toEqual(['met', 8])
    expect(report.overdue).toEqual([])
  })

  it('explains the report in both languages', () => {
    const report = complaintReport(policy, complaints, { asOf })
    expect(explain(report, { locale: 'en' })).toEqual([
      '4 complaints: 2 resolved, 2 open',
      'Resolution rate 50% is below the target 100%',
      'Reply: 2 in time, 2 late, 0 open and in time; on-time rate 50%',
      'Resolution: 2 in time, 1 late, 1 open and in time; on-time rate 66.6666%',
      'Complaint B: Resolution was due by 2026-10-09T16:00:00.000+08:00 and is still outstanding',
      'Complaint C: Reply was due by 2026-10-09T14:00:00.000+08:00 and is still outstanding',
      'li, complaint A, offence 1 under "Service": fine 20 CNY (range 20–100)',
      'li, complaint D, offence 2 under "Service, severe": fine 100 CNY (range 100–100)',
      'Dismissal of li is suggested by the rule (offence 2): a suggestion for management, not an action',
      'zhang, complaint D, offence 1 under "Service, severe": fine 100 CNY (range 100–100)',
      'Dismissal of zhang is suggested by the rule (offence 1): a suggestion for management, not an action',
    ])
    expect(explain(report, { locale: 'zh-CN' }).slice(0, 2)).toEqual([
      '共 4 件投诉：已解决 2 件，未解决 2 件',
      '解决率 50%，未达目标 100%',
    ])
    expect(explain(report, { locale: 'zh-CN' })[6]).toBe(
      'li，投诉 A，第 1 次，依“服务投诉”：罚款 20 CNY（范围 20—100）',
    )
  })

  it('rejects bad complaints and options at their paths', () => {
    const cases: [unknown, unknown, string, string, (string | number)[]][] = [
      [
        [complaints[0], { ...complaints[1], id: 'A' }],
        { asOf },
        'INVALID_INPUT',
        'ids.duplicate',
        ['complaints', 1, 'id'],
      ],
      [
        [complaints[0], service('Z', '2026-10-09T16:00:00+08:00', { resolved: '2026-10-09T17:00:01+08:00' })],
        { asOf },
        'INVALID_INPUT',
        'complaint.after-as-of',
        ['complaints', 1, 'resolved'],
      ],
      [
        [{ ...complaints[0], kind: 'price' }],
        { asOf },
        'INVALID_INPUT',
        'complaint.unknown-kind',
        ['complaints', 0, 'kind'],
      ],
      [complaints, { asOf: '2026-10-09' }, 'INVALID_INPUT', 'invalid_format', ['options', 'asOf']],
      [complaints, { asOf, calendar: {} }, 'INVALID_INPUT', 'key.unknown', ['options', 'calendar']],
      [
        complaints,
        { asOf: '2025-12-31T09:00:00+08:00' },
        'NO_POLICY_IN_FORCE',
        'versions.none-in-force',
        ['options', 'asOf'],
      ],
    ]
    for (const [list, options, code, issue, path] of cases) {
      const error = catchError(() => complaintReport(policy, list as never, options as never))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], issue).toEqual([code, issue, path])
    }
  })

  it('does not mutate its input', () => {
    const copy = structuredClone(complaints)
    complaintReport(policy, complaints, { asOf })
    expect(complaints).toEqual(copy)
  })
})

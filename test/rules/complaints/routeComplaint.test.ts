import { describe, expect, it } from 'vitest'
import {
  compileComplaintPolicy,
  explain,
  parseSalesPolicy,
  routeComplaint,
  type ComplaintInput,
  type ComplaintPolicyInput,
} from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { fullRecord, service, workingHoursPolicy } from '../../fixtures/complaint'
import { catchError } from '../../helpers'

const policy = workingHoursPolicy

describe('routeComplaint', () => {
  it('runs the example of its doc comment (the handbook: quality → 销售总监或销售经理, major → 总经理)', () => {
    const route = routeComplaint(policy, {
      id: 'ZL-1',
      kind: 'quality',
      severity: 'major',
      received: '2026-06-01T10:00:00+08:00',
      record: { receipt: 'FP-88', product: '釉面砖 600×600' },
    })
    expect(route.handlers.map((h) => h.role)).toEqual(['sales-director', 'sales-manager'])
    expect(route.escalation).toEqual([
      { role: 'general-manager', label: { en: 'General manager', 'zh-CN': '总经理' }, reason: 'severity' },
    ])
    expect(route.missingFields).toEqual(['specification', 'quantity', 'grade', 'colourCode', 'purchaseDate'])
    expect(route.policy).toEqual({ id: 'complaints', version: '1', effectiveFrom: '2026-01-01' })
  })

  it('escalates a major non-quality complaint after the office: the kind first, then the severity', () => {
    // service → handled by 销售副总 or 销售经理, then 公司办公室; major → then 总经理
    const route = routeComplaint(policy, service('FW-1', '2026-06-01T10:00:00+08:00', { severity: 'major' }))
    expect(route.handlers.map((h) => h.role)).toEqual(['sales-vp', 'sales-manager'])
    expect(route.escalation.map((e) => [e.role, e.reason])).toEqual([
      ['office', 'kind'],
      ['general-manager', 'severity'],
    ])
    // a minor one stops at the office
    const minor = routeComplaint(policy, service('FW-2', '2026-06-01T10:00:00+08:00'))
    expect(minor.escalation.map((e) => e.role)).toEqual(['office'])
  })

  it('names each role once: a severity escalating to a handler or an earlier step adds nothing', () => {
    const twice = {
      ...policy,
      severities: [
        { id: 'minor', label: '一般', escalateTo: ['sales-manager', 'office', 'general-manager'] },
      ],
      penalties: undefined,
    }
    const route = routeComplaint(twice, service('FW-3', '2026-06-01T10:00:00+08:00'))
    expect(route.escalation.map((e) => e.role)).toEqual(['office', 'general-manager'])
  })

  it('runs the working-hour clock across the National Day holiday', () => {
    // received Wed 2026-09-30 16:00; 09–12 + 13–18 = 8 h a day; 10-01..07 off.
    // reply 8 h: 2 h on 09-30 (16–18), then 10-08: 3 h (09–12) + 3 h (13–16) → 10-08 16:00
    // resolve 16 h: 2 h + 8 h on 10-08 (10) + 10-09 3 h (13) + 3 h (16) → 10-09 16:00
    const route = routeComplaint(policy, service('FW-4', '2026-09-30T16:00:00+08:00'))
    expect(route.deadlines).toEqual([
      { clock: 'reply', amount: '8', unit: 'business-hours', due: '2026-10-08T16:00:00.000+08:00' },
      { clock: 'resolve', amount: '16', unit: 'business-hours', due: '2026-10-09T16:00:00.000+08:00' },
    ])
  })

  it('a clock running out at the end of a working day is due when the next working window opens', () => {
    // received 09-30 09:00, 8 working hours → used up at 18:00 the same day; nothing is used until the
    // next window, which opens after the holiday: due 10-08 09:00 (the SLA clock's rule)
    const route = routeComplaint(policy, service('FW-5', '2026-09-30T09:00:00+08:00'))
    expect(route.deadlines[0]?.due).toBe('2026-10-08T09:00:00.000+08:00')
  })

  it('uses the severity’s own clocks: a major complaint must be answered within 4 working hours', () => {
    // received 09-30 16:00: 2 h on 09-30, then 10-08 09–11 → reply due 10-08 11:00;
    // resolve 8 h: 2 h + 3 h (09–12) + 3 h (13–16) → 10-08 16:00
    const route = routeComplaint(policy, {
      id: 'ZL-2',
      kind: 'quality',
      severity: 'major',
      received: '2026-09-30T16:00:00+08:00',
      record: fullRecord,
    })
    expect(route.deadlines.map((d) => [d.amount, d.due])).toEqual([
      ['4', '2026-10-08T11:00:00.000+08:00'],
      ['8', '2026-10-08T16:00:00.000+08:00'],
    ])
    expect(route.missingFields).toEqual([])
  })

  it('encodes the handbook in examples/policy.json: 24 h / 48 h on the clock, quality record fields', () => {
    const document = parseSalesPolicy(examplePolicy())
    const route = routeComplaint(document.complaints as ComplaintPolicyInput, {
      id: 'ZL-3',
      kind: 'quality',
      severity: 'major',
      received: '2026-09-30T16:00:00+08:00',
    })
    // 24 and 48 clock hours: the holiday does not stop them
    expect(route.deadlines.map((d) => d.due)).toEqual([
      '2026-10-01T16:00:00.000+08:00',
      '2026-10-02T16:00:00.000+08:00',
    ])
    expect(route.handlers.map((h) => h.role)).toEqual(['sales-director', 'sales-manager'])
    expect(route.escalation.map((e) => e.role)).toEqual(['general-manager'])
    expect(route.missingFields).toHaveLength(7)
    const billing = routeComplaint(document.complaints as ComplaintPolicyInput, {
      id: 'KP-1',
      kind: 'billing',
      severity: 'minor',
      received: '2026-09-30T16:00:00+08:00',
    })
    expect(billing.escalation.map((e) => e.role)).toEqual(['office'])
    expect(billing.missingFields).toEqual(['receipt'])
  })

  it('explains the route in both languages', () => {
    const route = routeComplaint(policy, {
      id: 'ZL-4',
      kind: 'quality',
      severity: 'major',
      received: '2026-09-30T16:00:00+08:00',
      record: { ...fullRecord, colourCode: undefined },
    })
    expect(explain(route, { locale: 'en' })).toEqual([
      'Complaint ZL-4: Quality complaint, severity Major',
      'Handled by Sales director or Sales manager',
      'Step 1: escalated to General manager, as the severity is Major',
      'Reply due within 4 working hours: by 2026-10-08T11:00:00.000+08:00',
      'Resolution due within 8 working hours: by 2026-10-08T16:00:00.000+08:00',
      'The record lacks fields the Quality complaint requires: colour code',
    ])
    expect(explain(route, { locale: 'zh-CN' })).toEqual([
      '投诉 ZL-4：质量投诉，严重程度重大',
      '由销售总监或销售经理处理',
      '第 1 步：升级至总经理（严重程度为重大）',
      '答复时限 4 工作小时：截止 2026-10-08T11:00:00.000+08:00',
      '解决时限 8 工作小时：截止 2026-10-08T16:00:00.000+08:00',
      '登记缺少质量投诉要求的字段：色号',
    ])
  })

  it('says each kind once in the step a whole kind is reported by (a service manager found "complaint complaint")', () => {
    const route = routeComplaint(policy, {
      id: 'FW-1',
      kind: 'service',
      severity: 'major',
      received: '2026-09-30T16:00:00+08:00',
    })
    const sentences = explain(route, { locale: 'en' })
    expect(sentences.some((s) => /complaint complaint/i.test(s))).toBe(false)
    expect(sentences).toContain('Step 1: reported to Company office, as for every Service complaint')
  })

  it('picks the version in force on the day written in received', () => {
    const v2 = {
      ...policy,
      version: '2',
      effectiveFrom: '2026-07-01',
      clocks: { ...policy.clocks, reply: { amount: 2, unit: 'hours' } },
    } as const
    const v1 = { ...policy, effectiveTo: '2026-06-30' }
    const evaluator = compileComplaintPolicy([v1, v2])
    expect(evaluator.routeComplaint(service('A', '2026-06-30T23:00:00+08:00')).policy.version).toBe('1')
    const july = evaluator.routeComplaint(service('B', '2026-07-01T10:00:00+08:00'))
    expect([july.policy.version, july.deadlines[0]?.due]).toEqual(['2', '2026-07-01T12:00:00.000+08:00'])
    const error = catchError(() => evaluator.routeComplaint(service('C', '2025-12-31T10:00:00+08:00')))
    expect([error.code, error.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['complaint', 'received']])
  })

  it('rejects what the policy does not know, and events before receipt, at their paths', () => {
    const cases: [ComplaintInput, string, (string | number)[]][] = [
      [
        { ...service('X', '2026-06-01T10:00:00+08:00'), kind: 'price' },
        'complaint.unknown-kind',
        ['complaint', 'kind'],
      ],
      [
        { ...service('X', '2026-06-01T10:00:00+08:00'), severity: 'grave' },
        'complaint.unknown-severity',
        ['complaint', 'severity'],
      ],
      [
        service('X', '2026-06-01T10:00:00+08:00', { replied: '2026-06-01T09:59:59+08:00' }),
        'complaint.before-received',
        ['complaint', 'replied'],
      ],
      [
        service('X', '2026-06-01T10:00:00+08:00', { record: { quantity: 0 } }),
        'decimal.not-positive',
        ['complaint', 'record', 'quantity'],
      ],
      [
        service('X', '2026-06-01T10:00:00+08:00', { responsible: ['li', 'li'] }),
        'ids.duplicate',
        ['complaint', 'responsible', 1],
      ],
      [service('X', '2250-06-01T10:00:00+08:00'), 'instant.out-of-range', ['complaint', 'received']],
    ]
    for (const [complaint, code, path] of cases) {
      const error = catchError(() => routeComplaint(policy, complaint))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], code).toEqual([
        'INVALID_INPUT',
        code,
        path,
      ])
    }
    const unknownKey = catchError(() =>
      routeComplaint(policy, { ...service('X', '2026-06-01T10:00:00+08:00'), sevrity: 'minor' } as never),
    )
    expect(unknownKey.issues[0]?.path).toEqual(['complaint', 'sevrity'])
  })

  it('rejects a bad policy at the path of the bad field', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [
        { ...policy, kinds: [{ ...policy.kinds[0], handlers: ['sales-director', 'ceo'] }] },
        'complaint.unknown-role',
        ['kinds', 0, 'handlers', 1],
      ],
      [
        { ...policy, severities: [{ id: 'major', label: '重大', escalateTo: ['board'] }] },
        'complaint.unknown-role',
        ['severities', 0, 'escalateTo', 0],
      ],
      [
        {
          ...policy,
          penalties: {
            ...policy.penalties,
            rules: [{ id: 'r', label: 'r', kinds: ['service'], fine: { min: 100, max: 20 } }],
          },
        },
        'complaint.fine-reversed',
        ['penalties', 'rules', 0, 'fine', 'max'],
      ],
      [
        { ...policy, penalties: { ...policy.penalties, rules: [{ id: 'r', label: 'r', kinds: ['price'] }] } },
        'complaint.unknown-kind',
        ['penalties', 'rules', 0, 'kinds', 0],
      ],
      [{ ...policy, calendar: undefined }, 'complaint.needs-calendar', ['clocks', 'reply', 'unit']],
    ]
    for (const [bad, code, path] of cases) {
      const error = catchError(() => routeComplaint(bad as never, service('X', '2026-06-01T10:00:00+08:00')))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], code).toEqual([
        'INVALID_POLICY',
        code,
        path,
      ])
    }
  })

  it('does not mutate its input', () => {
    const complaint = service('X', '2026-06-01T10:00:00+08:00', {
      record: { ...fullRecord },
      responsible: ['li'],
    })
    const before = structuredClone(complaint)
    const copy = structuredClone(policy)
    routeComplaint(policy, complaint)
    expect(complaint).toEqual(before)
    expect(policy).toEqual(copy)
  })
})

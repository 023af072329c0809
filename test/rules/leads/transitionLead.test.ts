import { describe, expect, it } from 'vitest'
import { compileLeadPolicy, explain, transitionLead } from '../../../src/index'
import { handbookLeads, lead } from '../../fixtures/lead'
import { examplePolicy } from '../../fixtures/policy'
import { catchError } from '../../helpers'

const at = '2026-06-02T10:00:00+08:00'

describe('transitionLead — 及时更新线索状态', () => {
  it('accepts new → contacted with the note the policy requires', () => {
    const d = transitionLead(handbookLeads, lead({ id: 'L1' }), {
      to: 'contacted',
      at,
      note: '电话沟通，客户有意向',
    })
    expect(d).toMatchObject({ lead: 'L1', from: 'new', to: 'contacted', accepted: true, state: 'contacted' })
    expect(d.refusals).toEqual([])
    expect(d.policy).toEqual({ id: 'leads', version: '2026.1', effectiveFrom: '2026-01-01' })
    expect(explain(d)).toEqual(['Lead L1: the policy allows New → Contacted', 'Lead L1 enters Contacted'])
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '线索 L1：政策允许 新线索 → 已联系',
      '线索 L1 进入已联系',
    ])
  })

  it('refuses a transition the graph lacks (new → converted) and keeps the state', () => {
    const d = transitionLead(handbookLeads, lead({ id: 'L1' }), { to: 'converted', at, owner: 'wang' })
    expect(d.accepted).toBe(false)
    expect(d.state).toBe('new')
    expect(d.refusals).toEqual([{ rule: 'transition-not-allowed', field: null, value: null, limit: null }])
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '线索 L1：政策不允许从 新线索 流转到 已转商机',
      '线索 L1 不能进入已转商机（违反 1 项规则）',
    ])
  })

  it('refuses a disqualification without its reason, and accepts it with one', () => {
    const contacted = lead({ id: 'L2', state: 'contacted' })
    const refused = transitionLead(handbookLeads, contacted, { to: 'disqualified', at })
    expect(refused.refusals).toEqual([{ rule: 'field-missing', field: 'reason', value: null, limit: null }])
    expect(explain(refused)[1]).toBe('Entering Disqualified requires reason, which the event lacks')
    const ok = transitionLead(handbookLeads, contacted, { to: 'disqualified', at, reason: '无预算' })
    expect(ok.state).toBe('disqualified')
  })

  it('qualifies from the grade: medium reaches it, low is refused (scores by hand)', () => {
    // need clear (2 of 2 × 0.5) + budget none (0) = 50 → medium (cut 50, inclusive)
    const medium = transitionLead(handbookLeads, lead({ id: 'L3' }), {
      to: 'qualified',
      at,
      ratings: { need: 'clear', budget: 'none' },
    })
    expect(medium.accepted).toBe(true)
    expect(medium.screening?.score.toString()).toBe('50')
    expect(medium.screening?.grade).toBe('medium')
    // need vague (1/2 × 50 = 25) + budget none (0) = 25 → low, below medium
    const low = transitionLead(handbookLeads, lead({ id: 'L3' }), {
      to: 'qualified',
      at,
      ratings: { need: 'vague', budget: 'none' },
    })
    expect(low.accepted).toBe(false)
    expect(low.refusals).toEqual([{ rule: 'grade-below', field: 'ratings', value: 'low', limit: 'medium' }])
    expect(explain(low)).toEqual([
      'Lead L3: the policy allows New → Qualified',
      'Screening: score 25, grade Low; entering Qualified needs at least medium',
      'Grade Low is below medium: the lead may not enter Qualified',
      'Lead L3 may not enter Qualified (1 rule(s) broken)',
    ])
  })

  it("the guide's example on the example policy's matrix: 66 → medium (accepted), 24 → low (refused)", () => {
    const leads = examplePolicy().leads
    // 4/5 × 0.3 + 3/5 × 0.3 + 3/5 × 0.2 + 3/5 × 0.2 = 0.24 + 0.18 + 0.12 + 0.12 = 0.66
    const ratings = { need: 'clear', budget: 'planned', decision: 'identified', competition: 'some' }
    const ok = transitionLead(leads, lead({ id: 'L1' }), { to: 'qualified', at, ratings })
    expect([ok.accepted, ok.screening?.score.toString(), ok.screening?.grade]).toEqual([true, '66', 'medium'])
    // 2/5 × 0.3 + 0 + 0 + 3/5 × 0.2 = 0.12 + 0.12 = 0.24
    const low = { need: 'vague', budget: 'none', decision: 'unknown', competition: 'some' }
    const refused = transitionLead(leads, lead({ id: 'L1' }), { to: 'qualified', at, ratings: low })
    expect([refused.accepted, refused.screening?.score.toString(), refused.refusals[0]?.rule]).toEqual([
      false,
      '24',
      'grade-below',
    ])
  })

  it('reports missing ratings once when the transition both requires them and screens', () => {
    const d = transitionLead(handbookLeads, lead({ id: 'L4' }), { to: 'qualified', at })
    expect(d.refusals).toEqual([{ rule: 'field-missing', field: 'ratings', value: null, limit: null }])
  })

  it('picks the version in force on the event date', () => {
    const v2 = { ...handbookLeads, version: '2026.2', effectiveFrom: '2026-07-01' }
    const versions = [{ ...handbookLeads, effectiveTo: '2026-06-30' }, v2]
    const d = transitionLead(versions, lead({ id: 'L1' }), {
      to: 'contacted',
      at: '2026-07-01T09:00:00+08:00',
      note: 'x',
    })
    expect(d.policy.version).toBe('2026.2')
    const e = catchError(() =>
      transitionLead(versions, lead({ id: 'L1' }), {
        to: 'contacted',
        at: '2025-12-31T09:00:00+08:00',
        note: 'x',
      }),
    )
    expect(e.code).toBe('NO_POLICY_IN_FORCE')
    expect(e.issues[0]?.path).toEqual(['event', 'at'])
  })

  it('rejects unknown states, sources and grades with their paths', () => {
    const states = catchError(() =>
      transitionLead(handbookLeads, lead({ id: 'L', state: 'won' }), { to: 'new', at }),
    )
    expect([states.code, states.issues[0]?.code, states.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'lead.unknown-state',
      ['lead', 'state'],
    ])
    const to = catchError(() => transitionLead(handbookLeads, lead({ id: 'L' }), { to: 'won', at }))
    expect(to.issues[0]?.path).toEqual(['event', 'to'])
    const source = catchError(() =>
      transitionLead(handbookLeads, lead({ id: 'L', source: 'tv' }), { to: 'new', at }),
    )
    expect(source.issues[0]).toMatchObject({ code: 'lead.unknown-source', path: ['lead', 'source'] })
    const grade = catchError(() =>
      transitionLead(handbookLeads, lead({ id: 'L', grade: 'A' }), { to: 'new', at }),
    )
    expect(grade.issues[0]).toMatchObject({ code: 'lead.unknown-grade', path: ['lead', 'grade'] })
    const rating = catchError(() =>
      transitionLead(handbookLeads, lead({ id: 'L' }), {
        to: 'qualified',
        at,
        ratings: { need: 'huge', budget: 'none' },
      }),
    )
    expect(rating.issues[0]?.path).toEqual(['event', 'ratings', 'need'])
    const key = catchError(() =>
      transitionLead(handbookLeads, lead({ id: 'L' }), { to: 'new', at, reasn: 'x' } as never),
    )
    expect(key.issues[0]?.path).toEqual(['event', 'reasn'])
  })

  it('rejects a policy whose transitions name unknown states or grades', () => {
    const bad = {
      ...handbookLeads,
      transitions: [{ from: ['new', 'won'], to: 'contacted', minGrade: 'A' }],
    }
    const e = catchError(() => compileLeadPolicy(bad))
    expect(e.code).toBe('INVALID_POLICY')
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['lead.unknown-state', 'transitions.0.from.1'],
      ['lead.unknown-grade', 'transitions.0.minGrade'],
    ])
    const noScreen = { ...handbookLeads, screening: undefined }
    expect(catchError(() => compileLeadPolicy(noScreen)).issues[0]?.code).toBe('lead.no-screening')
    const pool = { ...handbookLeads, poolState: 'disqualified' }
    expect(catchError(() => compileLeadPolicy(pool)).issues[0]).toMatchObject({
      code: 'lead.pool-closed',
      path: ['poolState'],
    })
  })

  it('does not mutate its input', () => {
    const l = lead({ id: 'L1' })
    const before = JSON.stringify([handbookLeads, l])
    transitionLead(handbookLeads, l, { to: 'contacted', at, note: 'x' })
    expect(JSON.stringify([handbookLeads, l])).toBe(before)
  })
})

// `evaluate leads` and `explain leads` through the built command, as another system runs them (issue #23).
import { describe, expect, it } from 'vitest'
import { evaluate, run } from './run'

const lead = {
  id: 'L-1',
  state: 'new',
  source: 'trade-show',
  region: 'east',
  createdAt: '2026-09-24T16:00:00+08:00',
}

describe('sales-rules evaluate leads', () => {
  it('decides a transition, an assignment and a follow-up check, one per line, and reports a bad line', async () => {
    const lines = [
      { lead, event: { to: 'disqualified', at: '2026-09-25T10:00:00+08:00' } },
      {
        lead,
        reps: [
          { id: 'he', team: 'east', load: 3 },
          { id: 'ma', team: 'east', load: 1 },
        ],
      },
      // the bundle's leads policy inherits the company calendar: 中秋 09-25..27 are days off, so 8 business
      // hours from Thursday 09-24 16:00 run out on Monday 09-28 at 16:00
      { leads: [{ ...lead, owner: 'ma' }], contacts: [], asOf: '2026-09-28T16:00:01+08:00' },
      { lead: { ...lead, state: 'won' }, event: { to: 'new', at: '2026-09-25T10:00:00+08:00' } },
    ]
    const result = await evaluate('leads', lines)
    expect(result.status).toBe(1)
    const { out } = result
    expect(out[0]?.result.refusals).toEqual([
      { rule: 'field-missing', field: 'reason', value: null, limit: null },
    ])
    expect([out[1]?.result.owner, out[1]?.result.rule, out[1]?.result.nextCursor]).toEqual([
      'ma',
      'east',
      { east: 'ma' },
    ])
    expect(out[2]?.result.overdueFirstContacts).toEqual(['L-1'])
    expect(out[2]?.result.leads[0].firstContact.due).toBe('2026-09-28T16:00:00.000+08:00')
    expect(out[3]).toMatchObject({ line: 4, ok: false, error: { code: 'INVALID_INPUT' } })
    expect(result.stderr).toBe('sales-rules evaluate leads: 4 lines, 3 decided, 1 rejected\n')
  })

  it('explains a refused transition in Chinese', async () => {
    const line = JSON.stringify({
      lead,
      event: { to: 'converted', at: '2026-09-25T10:00:00+08:00', owner: 'ma' },
    })
    const result = await run(
      ['explain', 'leads', '--policy', 'examples/policy.json', '--locale', 'zh-CN'],
      line,
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('线索 L-1：政策不允许从 新线索 流转到 已转商机')
  })
})

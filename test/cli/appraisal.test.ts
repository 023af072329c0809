// `evaluate appraisal` through the built command, as another system runs it (issue #24).
import { describe, expect, it } from 'vitest'
import { evaluate } from './run'

describe('sales-rules evaluate appraisal', () => {
  it('appraises a line, calibrates a group, and reports a bad line', async () => {
    const lines = [
      // examples/policy.json: KPI 60 %, self 10 %, supervisor 20 %, peers 10 % (1–5 scales)
      // KPI 100 → 60; self 5 → 10; supervisor 4 → 75 × 0.2 = 15; peers 4 → 7.5: 92.50 → A
      {
        person: 'REP-12',
        period: { start: '2026-06-01', end: '2026-06-30' },
        kpiResults: [{ month: '2026-06', score: 100 }],
        ratings: { self: 5, supervisor: 4, peers: [4] },
      },
      // 10 people, at most 10 % S: of 97 and 96 only 97 keeps S
      {
        appraisals: [97, 96, 80, 80, 80, 80, 80, 80, 80, 50].map((score, i) => ({ person: `p${i}`, score })),
        options: { asOf: '2026-06-30' },
      },
      { person: 'REP-13', period: { start: '2026-06-01', end: '2026-07-31' } },
    ]
    const result = await evaluate('appraisal', lines)
    expect(result.status).toBe(1)
    const { out } = result
    expect(out[0]?.['ok']).toBe(true)
    expect([out[0]?.['result']?.score, out[0]?.['result']?.rating]).toEqual(['92.50', 'A'])
    expect(out[1]?.['result']?.moves).toEqual([{ person: 'p1', score: '96', from: 'S', to: 'A' }])
    expect(out[2]?.['ok']).toBe(false)
    expect(out[2]?.['error']?.issues?.[0]?.path).toEqual(['input', 'period', 'end'])
  })
})

// `evaluate training` through the built command, as another system runs it.
import { describe, expect, it } from 'vitest'
import { evaluate } from './run'

const results = [
  { course: 'safety', date: '2026-01-12', passed: true },
  { course: 'sales-process', date: '2026-01-14', score: '0.92' },
  { course: 'product-knowledge', date: '2026-01-15', score: '0.9' },
  { course: 'crm', date: '2026-01-16', score: '0.89' },
]

describe('sales-rules evaluate training', () => {
  it('checks each person, with examples/policy.json’s 90 % pass mark', async () => {
    const lines = [
      { person: { id: 'E-7', role: 'sales-rep' }, results, options: { asOf: '2026-02-01' } },
      {
        person: { id: 'E-8', role: 'sales-rep' },
        results: results.slice(0, 3),
        options: { asOf: '2026-02-01' },
      },
      { person: { id: 'E-9', role: 'intern' }, results, options: { asOf: '2026-02-01' } },
    ]
    const result = await evaluate('training', lines)
    expect(result.status).toBe(1)
    const { out } = result
    // 0.89 < 0.9: the CRM exam is failed; 0.9 on product knowledge passes
    expect([out[0]?.result.mayWork, out[0]?.result.missing]).toEqual([
      false,
      [{ course: 'crm', label: { en: 'CRM use exam', 'zh-CN': 'CRM使用考核' }, reason: 'failed' }],
    ])
    expect(out[1]?.result.missing.map((m: { reason: string }) => m.reason)).toEqual(['never-taken'])
    expect(out[2]).toMatchObject({ line: 3, ok: false, error: { code: 'INVALID_INPUT' } })
    expect(result.stderr).toBe('sales-rules evaluate training: 3 lines, 2 decided, 1 rejected\n')
  })
})

// `evaluate complaints` and `explain complaints` through the built command, as another system runs them.
import { describe, expect, it } from 'vitest'
import { evaluate, run } from './run'

const quality = {
  id: 'ZL-1',
  kind: 'quality',
  severity: 'major',
  received: '2026-09-30T16:00:00+08:00',
  record: { receipt: 'FP-1', product: '抛光砖', specification: '800×800', quantity: 120, grade: '优等品' },
}

describe('sales-rules evaluate complaints', () => {
  it('routes a complaint per line, reports on a list, and rejects a bad line', async () => {
    const lines = [
      quality,
      {
        complaints: [
          { ...quality, replied: '2026-09-30T17:00:00+08:00' },
          { id: 'FW-1', kind: 'service', severity: 'minor', received: '2026-10-01T09:00:00+08:00' },
        ],
        options: { asOf: '2026-10-04T09:00:00+08:00' },
      },
      { ...quality, kind: 'price' },
    ]
    const result = await evaluate('complaints', lines)
    expect(result.status).toBe(1)
    const { out } = result
    // the company calendar's zone; 24 h / 48 h on the clock, across the holiday
    expect(out[0]?.result.deadlines.map((d: { due: string }) => d.due)).toEqual([
      '2026-10-01T16:00:00.000+08:00',
      '2026-10-02T16:00:00.000+08:00',
    ])
    expect(out[0]?.result.escalation.map((e: { role: string }) => e.role)).toEqual(['general-manager'])
    expect(out[0]?.result.missingFields).toEqual(['colourCode', 'purchaseDate'])
    // ZL-1 replied in an hour, unresolved after 65 h; FW-1 untouched for 72 h: both past 48 h
    expect([out[1]?.result.resolutionRate, out[1]?.result.reply.onTimeRate]).toEqual(['0', '0.5'])
    expect(
      out[1]?.result.overdue.map((o: { complaint: string; clock: string }) => `${o.complaint} ${o.clock}`),
    ).toEqual(['ZL-1 resolve', 'FW-1 reply', 'FW-1 resolve'])
    expect(out[2]).toMatchObject({ line: 3, ok: false, error: { code: 'INVALID_INPUT' } })
    expect(result.stderr).toBe('sales-rules evaluate complaints: 3 lines, 2 decided, 1 rejected\n')
  })

  it('explains a route in Chinese', async () => {
    const result = await run(
      ['explain', 'complaints', '--policy', 'examples/policy.json', '--locale', 'zh-CN'],
      JSON.stringify(quality),
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('由销售总监或销售经理处理')
    expect(result.stdout).toContain('升级至分公司总经理或总经理（严重程度为重大事件）')
  })

  it('prints the JSON Schema of the complaints policy', async () => {
    const schema = await run(['schema', 'complaints'], '')
    expect(schema.status).toBe(0)
    expect(JSON.parse(schema.stdout).$id).toBe('https://sales-rules.dev/schemas/complaints.schema.json')
  })
})

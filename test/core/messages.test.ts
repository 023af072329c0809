import { describe, expect, it } from 'vitest'
import { en, type MessageCode } from '../../src/core/messages/en'
import { zhCN } from '../../src/core/messages/zh-CN'
import { renderMessage, type TraceValue } from '../../src/core/trace'
import { evaluateKpis, explain, gradeCustomers } from '../../src/index'
import { juneMeasurements, kpiPolicy } from '../fixtures/kpi'
import { paretoPolicy } from '../fixtures/customer'

/** A sample value for a placeholder: a number for counts, a fraction for percentages, a label otherwise. */
function sample(name: string, format: string | undefined): TraceValue {
  if (format === 'percent') return '0.25'
  if (format?.startsWith('plural:')) return 1
  return { en: `Label ${name}`, 'zh-CN': `标签${name}` }
}

function paramsOf(template: string): Record<string, TraceValue> {
  const params: Record<string, TraceValue> = {}
  for (const m of template.matchAll(/\{(\w+)(?::([^}]+))?\}/g))
    params[m[1] as string] = sample(m[1] as string, m[2])
  return params
}

const codes = Object.keys(en) as MessageCode[]

describe('every message, rendered in both locales', () => {
  it.each(codes)('%s', (code) => {
    const params = { ...paramsOf(zhCN[code]), ...paramsOf(en[code]) }
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = renderMessage(code, params, locale)
      // every placeholder filled, no doubled or edge spaces
      expect(text, `${locale} ${code}`).not.toMatch(/\{\w+(?::[^}]*)?\}/)
      expect(text, `${locale} ${code}`).not.toMatch(/ {2}/)
      expect(text, `${locale} ${code}`).toBe(text.trim())
      // labels, never the other language's text or a raw object
      expect(text, `${locale} ${code}`).not.toContain(locale === 'en' ? '标签' : 'Label ')
      expect(text).not.toContain('[object Object]')
    }
  })

  it('uses Intl.PluralRules for English plurals', () => {
    const held = (periods: number) => renderMessage('kpi.trend-streak', { kpi: 'Revenue', periods }, 'en')
    expect([held(1), held(3)]).toEqual([
      'Revenue worsened 1 period in a row',
      'Revenue worsened 3 periods in a row',
    ])
  })

  it('sets a Latin word in Chinese text off with spaces, once', () => {
    expect(
      renderMessage('grading.movement', { movement: '降', previous: 'A 类', grade: 'B 类' }, 'zh-CN'),
    ).toBe('由 A 类降至 B 类')
    expect(
      renderMessage('grading.movement', { movement: '降', previous: '重点', grade: '普通' }, 'zh-CN'),
    ).toBe('由重点降至普通')
  })
})

describe('labels, not ids, in the sentences of a real evaluation', () => {
  it('names KPIs and grades by their labels', () => {
    const kpis = explain(
      evaluateKpis(kpiPolicy, juneMeasurements, { period: { start: '2026-06-01', end: '2026-06-30' } }),
      {
        locale: 'zh-CN',
      },
    )
    const ids = kpiPolicy.kpis.map((k) => k.id)
    for (const line of kpis)
      for (const id of ids) expect(line, line).not.toMatch(new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`))
    const grading = gradeCustomers(
      paretoPolicy,
      [
        { id: 'c1', value: 700 },
        { id: 'c2', value: 300, previous: { grade: 'A', periodsBelow: 1 } },
        { id: 'c3' },
      ],
      { asOf: '2026-06-30' },
    )
    const lines = explain(grading, { locale: 'zh-CN' }).concat(
      grading.customers.flatMap((c) => explain(c, { locale: 'zh-CN' })),
    )
    for (const line of lines) expect(line, line).not.toMatch(/(^|[^\w-])new([^\w-]|$)/)
    for (const line of [...kpis, ...lines]) expect(line).not.toMatch(/ {2}/)
  })
})

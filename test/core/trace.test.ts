import { describe, expect, it } from 'vitest'
import { en } from '../../src/core/messages/en'
import { zhCN } from '../../src/core/messages/zh-CN'
import { explain } from '../../src/index'
import { catchError } from '../helpers'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::[^}]+)?\}/g)].map((m) => m[1]).sort()

describe('message catalogs', () => {
  it('have a message for every code in both locales, with the same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort())
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[code].trim().length, code).toBeGreaterThan(0)
      expect(placeholders(zhCN[code]), code).toEqual(placeholders(en[code]))
    }
  })
})

describe('explain', () => {
  const decision = {
    trace: [
      { code: 'allocate.part', params: { index: 1, weight: '0.4', amount: '40.00' } },
      {
        code: 'prorate.basis',
        params: {
          amount: '10.00',
          period: 'Q2',
          basis: { en: 'calendar days', 'zh-CN': '自然日' },
          covered: 1,
          total: 2,
        },
      },
    ],
  } as const

  it('renders each step in English by default and in Chinese on request', () => {
    expect(explain(decision)).toEqual([
      'Part 1 (weight 0.4) gets 40.00',
      'Prorated 10.00 over Q2 by calendar days: 1 of 2 units',
    ])
    expect(explain(decision, { locale: 'zh-CN' })).toEqual([
      '第 1 份（权重 0.4）分得 40.00',
      '按自然日将 10.00 在 Q2 内分摊：覆盖 1 / 2 个单位',
    ])
  })

  it('falls back to the other language for a one-language label', () => {
    const only = {
      trace: [
        {
          code: 'prorate.basis',
          params: { amount: '1', period: 'P', basis: { 'zh-CN': '整月' }, covered: 1, total: 1 },
        },
      ],
    } as const
    expect(explain(only)[0]).toBe('Prorated 1 over P by 整月: 1 of 1 units')
  })

  it('rejects an unknown code or locale', () => {
    expect(
      catchError(() => explain({ trace: [{ code: 'nope' as 'allocate.part', params: {} }] })).issues[0]?.path,
    ).toEqual(['trace', 0, 'code'])
    expect(catchError(() => explain(decision, { locale: 'fr' as 'en' })).issues[0]?.path).toEqual([
      'options',
      'locale',
    ])
  })
})

describe('explain — formats and fallbacks (gaps a mutation run found)', () => {
  it('writes a percent parameter as a percentage, a plain label as is, and leaves a missing parameter visible', () => {
    expect(explain({ trace: [{ code: 'opportunity.coverage', params: { coverage: '0.875' } }] })).toEqual([
      'The rated dimensions carry 87.5% of the total weight',
    ])
    expect(
      explain({ trace: [{ code: 'opportunity.coverage', params: { coverage: '0.12345678' } }] }),
    ).toEqual(['The rated dimensions carry 12.3456% of the total weight'])
    expect(
      explain(
        {
          trace: [
            {
              code: 'prorate.basis',
              params: { amount: '1', period: 'P', basis: '自然日', covered: 1, total: 1 },
            },
          ],
        },
        { locale: 'en' },
      ),
    ).toEqual(['Prorated 1 over P by 自然日: 1 of 1 units'])
    expect(explain({ trace: [{ code: 'opportunity.coverage', params: {} }] })).toEqual([
      'The rated dimensions carry {coverage:percent} of the total weight',
    ])
  })

  it('renders an empty label as nothing, and says INVALID_INPUT for a bad decision or options', () => {
    expect(
      explain({
        trace: [
          { code: 'prorate.basis', params: { amount: '1', period: 'P', basis: {}, covered: 1, total: 1 } },
        ],
      }),
    ).toEqual(['Prorated 1 over P by : 1 of 1 units'])
    expect(catchError(() => explain(null as never)).code).toBe('INVALID_INPUT')
    expect(catchError(() => explain({ trace: [] }, { locale: 'fr' as 'en' })).code).toBe('INVALID_INPUT')
  })
})

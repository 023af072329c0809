// The building blocks of the expense reports, by hand: monthly phasing of an even line, the status
// a control gives, and a line's name in traces.
import { describe, expect, it } from 'vitest'
import { Dec, ExpenseBudgetSchema } from '../../../src/index'
import { lineName, phaseLines, statusOf } from '../../../src/rules/expense-budget/_lib/lines'
import { expenseBudget } from '../../fixtures/expense'

const budgetOf = (lines: unknown[], extra: object = {}) =>
  ExpenseBudgetSchema.parse({ ...expenseBudget, lines, ...extra })

describe('expense lines', () => {
  it('spreads an even line over twelve months, the leftover cents to the first months', () => {
    // 100.00 = 12 × 8.33 + 0.04: April to July get 8.34
    const budget = budgetOf([{ category: 'travel', dimensions: { region: 'east' }, amount: '100' }])
    const months = [...phaseLines(budget, '2027-03-31').values()][0]?.months.map((m) => m.budget.toFixed(2))
    expect(months).toEqual([
      '8.34',
      '8.34',
      '8.34',
      '8.34',
      '8.33',
      '8.33',
      '8.33',
      '8.33',
      '8.33',
      '8.33',
      '8.33',
      '8.33',
    ])
    // 0.05 at scale 2: five months of 0.01, then zeros; at scale 0, 7 → seven months of 1
    expect(
      [
        ...phaseLines(
          budgetOf([{ category: 'travel', dimensions: { region: 'east' }, amount: '0.05' }]),
          '2027-03-31',
        ).values(),
      ][0]?.months.map((m) => m.budget.toString()),
    ).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01', '0', '0', '0', '0', '0', '0', '0'])
    const whole = budgetOf([{ category: 'travel', dimensions: { region: 'east' }, amount: '7' }], {
      rounding: { scale: 0, mode: 'half-up' },
    })
    expect([...phaseLines(whole, '2027-03-31').values()][0]?.months.map((m) => m.budget.toString())).toEqual([
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
    ])
    // a line amount with three decimals is rounded to the budget's cents first (half-up), then spread
    const odd = [
      ...phaseLines(
        budgetOf([{ category: 'travel', dimensions: { region: 'east' }, amount: '0.125' }]),
        '2027-03-31',
      ).values(),
    ][0]?.months.map((m) => m.budget.toString())
    expect(odd?.reduce((s, m) => s.plus(m), new Dec(0)).toString()).toBe('0.13')
  })

  it('statusOf: over, warning or within against the budget the control names', () => {
    const control = { warnAt: new Dec('0.9'), action: 'approval' as const, against: 'to-date' as const }
    const d = (v: string) => new Dec(v)
    expect(statusOf(control, d('90'), d('100'), d('1000'))).toEqual({ status: 'warning', action: 'warn' })
    expect(statusOf(control, d('89.99'), d('100'), d('1000'))).toEqual({ status: 'within', action: null })
    expect(statusOf(control, d('100'), d('100'), d('1000'))).toEqual({ status: 'warning', action: 'warn' })
    expect(statusOf(control, d('100.01'), d('100'), d('1000'))).toEqual({
      status: 'over',
      action: 'approval',
    })
    expect(statusOf({ ...control, against: 'annual' }, d('100.01'), d('100'), d('1000'))).toEqual({
      status: 'within',
      action: null,
    })
    expect(statusOf({ ...control, against: 'annual' }, d('900'), d('100'), d('1000'))).toEqual({
      status: 'warning',
      action: 'warn',
    })
    expect(statusOf({ ...control, against: 'both' }, d('100.01'), d('100'), d('1000'))).toEqual({
      status: 'over',
      action: 'approval',
    })
    // each control checks only the budget it names: here to date is 200 and the year 100
    expect(statusOf(control, d('150'), d('200'), d('100'))).toEqual({ status: 'within', action: null })
    expect(statusOf({ ...control, against: 'both' }, d('150'), d('200'), d('100'))).toEqual({
      status: 'over',
      action: 'approval',
    })
    expect(statusOf({ ...control, against: 'annual' }, d('150'), d('200'), d('100'))).toEqual({
      status: 'over',
      action: 'approval',
    })
    // nothing spent against a budget of zero is within, not a warning
    expect(statusOf(control, d('0'), d('0'), d('0'))).toEqual({ status: 'within', action: null })
  })

  it('lineName: the category label and the dimension values, in each language', () => {
    const budget = budgetOf(
      expenseBudget.lines.map((l) => ({ ...l, dimensions: { ...l.dimensions, channel: 'online' } })),
      { dimensions: ['region', 'channel'] },
    )
    expect(lineName(budget, 'travel', { region: 'east', channel: 'online' })).toEqual({
      en: 'Travel / east / online',
      'zh-CN': '差旅 / east / online',
    })
    expect(lineName(budget, 'travel', { region: 'east', channel: '' })).toEqual({
      en: 'Travel / east',
      'zh-CN': '差旅 / east',
    })
    expect(lineName(budget, 'travel', {})).toEqual({ en: 'Travel', 'zh-CN': '差旅' })
    expect(lineName(budget, 'office', { region: 'west' })).toBe('office / west')
    expect(lineName(budget, 'office', {})).toBe('office')
    // a copy: a trace never shares the budget's own label object
    const travel = budget.categories.find((c) => c.id === 'travel')?.label
    expect(lineName(budget, 'travel', {})).not.toBe(travel)
    const chineseOnly = budgetOf(
      expenseBudget.lines.filter((l) => l.category === 'travel'),
      { categories: [{ id: 'travel', label: { 'zh-CN': '差旅' } }] },
    )
    expect(lineName(chineseOnly, 'travel', { region: 'east' })).toEqual({
      en: '差旅 / east',
      'zh-CN': '差旅 / east',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { budgetVariance, checkExpense, compileExpenseBudget, explain } from '../../../src/index'
import type { ExpenseBudgetInput } from '../../../src/index'
import { expenseBudget } from '../../fixtures/expense'
import { catchError } from '../../helpers'

const money = (d: { toFixed(n: number): string } | null | undefined) => d?.toFixed(2) ?? null
const entries = [
  { date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '50000' },
  { date: '2026-05-20', category: 'marketing', dimensions: { region: 'east' }, amount: '90000' },
  {
    date: '2026-05-25',
    category: 'marketing',
    dimensions: { region: 'east' },
    amount: '-5000',
    description: 'refund from the trade-show organiser',
  },
  { date: '2026-04-15', category: 'travel', dimensions: { region: 'east' }, amount: '12000' },
  { date: '2026-05-02', category: 'travel', dimensions: { region: 'west' }, amount: '40000' },
  { date: '2026-05-05', category: 'office', dimensions: { region: 'east' }, amount: '800' },
  { date: '2026-06-01', category: 'travel', dimensions: { region: 'east' }, amount: '999' }, // after asOf
]

describe('budgetVariance', () => {
  const report = () =>
    budgetVariance(expenseBudget, entries, {
      asOf: '2026-05-15',
      groupBy: ['category', 'region'],
      revenue: '2000000',
    })

  it('phases each line as its policy says, and says which', () => {
    const leaf = (category: string, region: string) =>
      report().rows.find(
        (r) => r.level === 2 && r.group['category'] === category && r.group['region'] === region,
      )
    // distribution: April 5 % + May 5 % (a started month counts in full) of 1,200,000
    expect(money(leaf('marketing', 'east')?.budgetToDate)).toBe('120000.00')
    // even: 10,000 a month × 2
    expect(money(leaf('travel', 'east')?.budgetToDate)).toBe('20000.00')
    // linear by calendar days: 365,000 × 45 of 365 days (1 April – 15 May)
    expect(money(leaf('travel', 'west')?.budgetToDate)).toBe('45000.00')
    expect(leaf('travel', 'west')?.phasings).toEqual(['linear'])
  })

  it('computes actual, variance (positive = under budget), utilisation and status', () => {
    const marketing = report().rows.find((r) => r.level === 2 && r.group['category'] === 'marketing')
    // actual 50,000 + 90,000 − 5,000 refund (the 20 and 25 May entries are after asOf: only 50,000 counts)
    expect(money(marketing?.actual)).toBe('50000.00')
    expect(money(marketing?.variance)).toBe('70000.00')
    expect(marketing).toMatchObject({ favourable: true, status: 'within', action: null })
    const west = report().rows.find((r) => r.level === 2 && r.group['region'] === 'west')
    expect([money(west?.actual), money(west?.variance), west?.utilisation?.toFixed(4), west?.status]).toEqual(
      ['40000.00', '5000.00', '0.8889', 'within'],
    )
  })

  it('rolls rows up exactly and reports the unbudgeted office spending in its own row', () => {
    const total = report().rows[0]!
    const categories = report().rows.filter((r) => r.level === 1)
    expect(categories.map((r) => r.group['category'])).toEqual([
      'entertainment',
      'marketing',
      'office',
      'travel',
    ])
    const sumOf = (key: 'budget' | 'budgetToDate' | 'actual' | 'variance') =>
      categories.reduce((s, r) => s.plus(r[key]), total[key].minus(total[key]))
    for (const key of ['budget', 'budgetToDate', 'actual', 'variance'] as const)
      expect(sumOf(key).eq(total[key])).toBe(true)
    const office = categories.find((r) => r.group['category'] === 'office')
    expect(office).toMatchObject({
      unbudgeted: true,
      status: 'over',
      action: 'approval',
      approver: 'sales-director',
    })
    expect(money(total.actual)).toBe('102800.00')
    expect(report().entries).toEqual({ counted: 4, ignored: 3 })
  })

  it('gives the expense ratio and the savings rate', () => {
    // 102,800 / 2,000,000 = 5.14 %
    expect(report().expenseRatio?.toString()).toBe('0.0514')
    expect(explain(report(), { locale: 'zh-CN' }).at(-1)).toMatch(
      /^销售费用率 5.14%（销售收入 2000000.00）；费用节约率 /,
    )
  })

  it('groups by month with months summing to the line', () => {
    const monthly = budgetVariance(expenseBudget, entries, {
      asOf: '2027-03-31',
      groupBy: ['category', 'month'],
    })
    const travel = monthly.rows.filter((r) => r.level === 2 && r.group['category'] === 'travel')
    expect(travel).toHaveLength(12)
    expect(
      travel.reduce((s, r) => s.plus(r.budget), travel[0]!.budget.minus(travel[0]!.budget)).toFixed(2),
    ).toBe('485000.00')
    // at the end of the year the budget to date is the whole budget
    const total = monthly.rows[0]!
    expect(total.budgetToDate.eq(total.budget)).toBe(true)
  })

  it('rejects an unknown grouping, a distribution that does not add up, duplicate lines and unbudgeted entries when the policy says so', () => {
    expect(
      catchError(() => budgetVariance(expenseBudget, [], { asOf: '2026-05-15', groupBy: ['team'] }))
        .issues[0],
    ).toMatchObject({ path: ['options', 'groupBy', 0] })
    const badDistribution: ExpenseBudgetInput = {
      ...expenseBudget,
      lines: [
        { ...expenseBudget.lines[0]!, phasing: { kind: 'distribution', months: Array(12).fill('0.08') } },
      ],
    }
    expect(
      catchError(() => budgetVariance(badDistribution, [], { asOf: '2026-05-15' })).issues[0],
    ).toMatchObject({ path: ['lines', 0, 'phasing', 'months'], code: 'expense.distribution-total' })
    const duplicate: ExpenseBudgetInput = {
      ...expenseBudget,
      lines: [expenseBudget.lines[1]!, expenseBudget.lines[1]!],
    }
    expect(catchError(() => budgetVariance(duplicate, [], { asOf: '2026-05-15' })).issues[0]).toMatchObject({
      path: ['lines', 1],
      code: 'expense.duplicate-line',
    })
    const strict: ExpenseBudgetInput = { ...expenseBudget, unbudgeted: 'error' }
    expect(catchError(() => budgetVariance(strict, entries, { asOf: '2026-05-15' })).issues[0]).toMatchObject(
      { path: ['entries', 5], code: 'expense.unbudgeted-entry' },
    )
  })
})

describe('checkExpense', () => {
  const spent = [{ date: '2026-04-20', category: 'travel', dimensions: { region: 'east' }, amount: '15000' }]
  const next = (amount: string, category = 'travel') => ({
    date: '2026-05-10',
    category,
    dimensions: { region: 'east' },
    amount,
  })

  it('allows, warns, and asks for approval past the budget to date', () => {
    // travel east: 20,000 to date by 10 May (April and May counted in full)
    expect(checkExpense(expenseBudget, spent, next('2000'), { asOf: '2026-05-10' })).toMatchObject({
      decision: 'allowed',
      checkedAgainst: 'to-date',
    })
    expect(checkExpense(expenseBudget, spent, next('3000'), { asOf: '2026-05-10' }).decision).toBe('warning') // 18,000 = 90 %
    const over = checkExpense(expenseBudget, spent, next('5000.01'), { asOf: '2026-05-10' })
    expect(over).toMatchObject({ decision: 'approval', approver: 'sales-director' })
    expect(money(over.remaining)).toBe('-0.01')
    expect(explain(over, { locale: 'zh-CN' }).at(-1)).toBe('超出预算：需 sales-director 审批')
  })

  it('stops entertainment over the annual or the to-date budget, whichever is tighter', () => {
    // entertainment east: 60,000 a year, 10,000 to date by 10 May; control: stop, against both
    const result = checkExpense(expenseBudget, [], next('10000.01', 'entertainment'), { asOf: '2026-05-10' })
    expect(result).toMatchObject({ decision: 'stopped', checkedAgainst: 'to-date' })
    expect(
      checkExpense(expenseBudget, [], next('8000', 'entertainment'), { asOf: '2026-05-10' }).decision,
    ).toBe('warning')
  })

  it('checks spending with no budget line against zero', () => {
    expect(
      checkExpense(expenseBudget, [], next('100', 'marketing-asia'), { asOf: '2026-05-10' }),
    ).toMatchObject({ decision: 'approval', unbudgeted: true })
  })
})

describe('budgetVariance — every row and the whole explanation (gaps a mutation run found)', () => {
  const few = [
    { date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '70000' },
    { date: '2026-05-02', category: 'travel', dimensions: { region: 'west' }, amount: '40000' },
    { date: '2026-05-03', category: 'entertainment', dimensions: { region: 'east' }, amount: '9500' },
    { date: '2026-05-04', category: 'travel', dimensions: { region: 'north' }, amount: '300' },
  ]
  const report = () =>
    budgetVariance(expenseBudget, few, {
      asOf: '2026-05-15',
      groupBy: ['category', 'region'],
      revenue: '2000000',
    })
  const row = (r: ReturnType<typeof report>['rows'][number]) => [
    r.level,
    Object.values(r.group).join('/'),
    money(r.budgetToDate),
    money(r.actual),
    money(r.variance),
    r.favourable,
    r.status,
    r.action,
    r.approver,
    r.phasings.join(','),
    r.unbudgeted,
  ]

  it('rolls lines up to categories and the total, each row with its status, action, approver and phasings', () => {
    // entertainment: 9,500 of 10,000 to date = 95 %, past its own 80 % warning level; north has no budget: over, approval
    expect(report().rows.map(row)).toEqual([
      [
        0,
        '',
        '195000.00',
        '119800.00',
        '75200.00',
        true,
        'within',
        null,
        null,
        'distribution,even,linear,unbudgeted',
        false,
      ],
      [1, 'entertainment', '10000.00', '9500.00', '500.00', true, 'warning', 'warn', null, 'even', false],
      [
        2,
        'entertainment/east',
        '10000.00',
        '9500.00',
        '500.00',
        true,
        'warning',
        'warn',
        null,
        'even',
        false,
      ],
      [
        1,
        'marketing',
        '120000.00',
        '70000.00',
        '50000.00',
        true,
        'within',
        null,
        null,
        'distribution',
        false,
      ],
      [
        2,
        'marketing/east',
        '120000.00',
        '70000.00',
        '50000.00',
        true,
        'within',
        null,
        null,
        'distribution',
        false,
      ],
      [
        1,
        'travel',
        '65000.00',
        '40300.00',
        '24700.00',
        true,
        'within',
        null,
        null,
        'even,linear,unbudgeted',
        false,
      ],
      [2, 'travel/east', '20000.00', '0.00', '20000.00', true, 'within', null, null, 'even', false],
      [
        2,
        'travel/north',
        '0.00',
        '300.00',
        '-300.00',
        false,
        'over',
        'approval',
        'sales-director',
        'unbudgeted',
        true,
      ],
      [2, 'travel/west', '45000.00', '40000.00', '5000.00', true, 'within', null, null, 'linear', false],
    ])
    // 119,800 ÷ 2,000,000 = 5.99 %; 75,200 ÷ 195,000 = 0.385641…
    expect([report().expenseRatio?.toString(), report().savingsRate?.toFixed(6), report().entries]).toEqual([
      '0.0599',
      '0.385641',
      { counted: 4, ignored: 0 },
    ])
  })

  it('explains each line, the total and the ratios', () => {
    expect(explain(report())).toEqual([
      'Marketing and promotion / east: budget 1200000.00, to date 120000.00 (monthly distribution), actual 70000.00, variance 50000.00: within budget',
      'Travel / east: budget 120000.00, to date 20000.00 (even by month), actual 0.00, variance 20000.00: within budget',
      'Travel / west: budget 365000.00, to date 45000.00 (time-linear), actual 40000.00, variance 5000.00: within budget',
      'Business entertainment / east: budget 60000.00, to date 10000.00 (even by month), actual 9500.00, variance 500.00: warning',
      'Travel / north: budget 0.00, to date 0.00 (unbudgeted), actual 300.00, variance -300.00: over budget',
      'Total: budget 1745000.00, to date 195000.00, actual 119800.00, variance 75200.00 (38.5641%)',
      'Expense ratio 5.99% of revenue 2000000.00; savings rate 38.5641%',
    ])
    expect(explain(report(), { locale: 'zh-CN' }).slice(-2)).toEqual([
      '合计：预算 1745000.00，截至目前 195000.00，实际 119800.00，差异 75200.00（38.5641%）',
      '销售费用率 5.99%（销售收入 2000000.00）；费用节约率 38.5641%',
    ])
    // without revenue there is no ratio, and no sentence for it
    const plain = budgetVariance(expenseBudget, few, { asOf: '2026-05-15' })
    expect([plain.expenseRatio, explain(plain).at(-1)?.startsWith('Total:')]).toEqual([null, true])
    expect(budgetVariance(expenseBudget, few, { asOf: '2026-05-15', revenue: 0 }).expenseRatio).toBeNull()
  })

  it('groups by a dimension only, and names a grouping key the budget does not have', () => {
    const byRegion = budgetVariance(expenseBudget, few, { asOf: '2026-05-15', groupBy: ['region'] })
    expect(byRegion.rows.map((r) => [r.level, r.group['region'] ?? '', money(r.actual)])).toEqual([
      [0, '', '119800.00'],
      [1, 'east', '79500.00'],
      [1, 'north', '300.00'],
      [1, 'west', '40000.00'],
    ])
    expect(
      catchError(() =>
        budgetVariance(expenseBudget, few, { asOf: '2026-05-15', groupBy: ['region', 'channel'] }),
      ).issues[0],
    ).toMatchObject({
      path: ['options', 'groupBy', 1],
      code: 'expense.unknown-dimension',
      params: { dimension: 'channel' },
    })
  })
})

describe('checkExpense — explained, and every control (gaps a mutation run found)', () => {
  const spent = [{ date: '2026-04-20', category: 'travel', dimensions: { region: 'east' }, amount: '15000' }]
  const next = (amount: string, category = 'travel') => ({
    date: '2026-05-10',
    category,
    dimensions: { region: 'east' },
    amount,
  })
  const options = { asOf: '2026-05-10' }
  const summary = (r: ReturnType<typeof checkExpense>) => [
    r.decision,
    r.approver,
    r.checkedAgainst,
    money(r.budget),
    money(r.spent),
    money(r.remaining),
    r.unbudgeted,
  ]

  it('explains the sum checked and the verdict, in both languages', () => {
    // travel east: 15,000 spent + 2,000 = 17,000 of 20,000 to date = 85 %
    const allowed = checkExpense(expenseBudget, spent, next('2000'), options)
    expect(summary(allowed)).toEqual(['allowed', null, 'to-date', '20000.00', '15000.00', '3000.00', false])
    expect(explain(allowed)).toEqual([
      'Travel / east: 15000.00 spent, 2000.00 more makes 17000.00 against the to-date budget 20000.00 (85%)',
      'Allowed; 3000.00 left',
    ])
    expect(explain(allowed, { locale: 'zh-CN' })).toEqual([
      '差旅 / east：已支出 15000.00，再支出 2000.00 后为 17000.00，对比截至目前的预算 20000.00（85%）',
      '允许；剩余 3000.00',
    ])
    expect(explain(checkExpense(expenseBudget, spent, next('3000'), options))[1]).toBe(
      'Allowed with a warning: past 90% of the budget; 2000.00 left',
    )
    expect(explain(checkExpense(expenseBudget, spent, next('5000.01'), options))[1]).toBe(
      'Over budget: needs approval by sales-director',
    )
    // entertainment: its own control (stop, against both); 10,000 to date is the tighter budget
    const stopped = checkExpense(expenseBudget, [], next('10000.01', 'entertainment'), options)
    expect(summary(stopped)).toEqual(['stopped', null, 'to-date', '10000.00', '0.00', '-0.01', false])
    expect(explain(stopped)).toEqual([
      'Business entertainment / east: 0.00 spent, 10000.01 more makes 10000.01 against the to-date budget 10000.00 (100.0001%)',
      'Over budget: stopped',
    ])
  })

  it('checks the annual budget when the control says so, and warns or lets through when the action says so', () => {
    const annualWarn = {
      ...expenseBudget,
      control: { ...expenseBudget.control, against: 'annual' as const, action: 'warn' as const },
    }
    // 20,000.01 of the annual 120,000: far from both limits
    expect(summary(checkExpense(annualWarn, spent, next('5000.01'), options))).toEqual([
      'allowed',
      null,
      'annual',
      '120000.00',
      '15000.00',
      '99999.99',
      false,
    ])
    const overAnnual = checkExpense(annualWarn, spent, next('105000.01'), options)
    expect(summary(overAnnual)).toEqual(['warning', null, 'annual', '120000.00', '15000.00', '-0.01', false])
    expect(explain(overAnnual)).toEqual([
      'Travel / east: 15000.00 spent, 105000.01 more makes 120000.01 against the annual budget 120000.00 (100%)',
      'Over budget by 0.01: allowed with a warning',
    ])
    expect(explain(overAnnual, { locale: 'zh-CN' })[1]).toBe('超出预算 0.01：允许但预警')
    const ignore = { ...expenseBudget, control: { ...expenseBudget.control, action: 'ignore' as const } }
    const through = checkExpense(ignore, spent, next('50000'), options)
    expect(summary(through)).toEqual(['allowed', null, 'to-date', '20000.00', '15000.00', '-45000.00', false])
    expect(explain(through)[1]).toBe('Over budget by 45000.00: allowed, as the control ignores it')
    // the line's own control wins over the category's, which wins over the budget's
    const lineControl = {
      ...expenseBudget,
      lines: expenseBudget.lines.map((l) =>
        l.category === 'travel' && l.dimensions.region === 'east'
          ? { ...l, control: { action: 'stop' as const } }
          : l,
      ),
    }
    expect(checkExpense(lineControl, spent, next('5000.01'), options).decision).toBe('stopped')
  })

  it('checks a line with no budget under its category’s control, against zero', () => {
    // entertainment west has no line: the entertainment control (stop) applies, not the budget's (approval)
    const west = {
      date: '2026-05-10',
      category: 'entertainment',
      dimensions: { region: 'west' },
      amount: '100',
    }
    const r = checkExpense(expenseBudget, [], west, options)
    expect(summary(r)).toEqual(['stopped', null, 'to-date', '0.00', '0.00', '-100.00', true])
    expect(explain(r, { locale: 'zh-CN' })).toEqual([
      '业务招待 / west：已支出 0.00，再支出 100.00 后为 100.00，对比截至目前的预算 0.00（0%）',
      '超出预算：禁止支出',
    ])
    // and the annual budget in Chinese
    const annual = { ...expenseBudget, control: { ...expenseBudget.control, against: 'annual' as const } }
    expect(explain(checkExpense(annual, spent, next('5000'), options), { locale: 'zh-CN' })[0]).toBe(
      '差旅 / east：已支出 15000.00，再支出 5000.00 后为 20000.00，对比年度预算 120000.00（16.6666%）',
    )
  })

  it('the compiled budget checks as checkExpense does, and names the path of bad options', () => {
    const evaluator = compileExpenseBudget(expenseBudget)
    expect(JSON.stringify(evaluator.check(spent, next('3000'), options))).toBe(
      JSON.stringify(checkExpense(expenseBudget, spent, next('3000'), options)),
    )
    const error = catchError(() => evaluator.variances(spent, 42 as never))
    expect([error.code, error.issues[0]?.path]).toEqual(['INVALID_INPUT', ['options']])
  })

  it('names the path of a bad entry or option', () => {
    expect(
      catchError(() => checkExpense(expenseBudget, spent, { ...next('1'), amount: 'x' }, options)).issues[0]
        ?.path,
    ).toEqual(['entry', 'amount'])
    expect(
      catchError(() => checkExpense(expenseBudget, spent, next('1'), { asOf: '2026-02-30' })).issues[0]?.path,
    ).toEqual(['options', 'asOf'])
    expect(
      catchError(() =>
        checkExpense(
          expenseBudget,
          [{ date: '2026-04-20', category: 'travel', amount: 'x' }],
          next('1'),
          options,
        ),
      ).issues[0]?.path,
    ).toEqual(['entries', 0, 'amount'])
  })
})

describe('compileExpenseBudget', () => {
  it('gives several groupings from one pass, each equal to its own report', () => {
    const evaluator = compileExpenseBudget(expenseBudget)
    const [byCategory, byRegion] = evaluator.variances(entries, {
      asOf: '2026-05-15',
      groupings: [['category'], ['region', 'category']],
    })
    expect(JSON.stringify(byCategory)).toBe(
      JSON.stringify(budgetVariance(expenseBudget, entries, { asOf: '2026-05-15', groupBy: ['category'] })),
    )
    expect(JSON.stringify(byRegion)).toBe(
      JSON.stringify(evaluator.variance(entries, { asOf: '2026-05-15', groupBy: ['region', 'category'] })),
    )
    expect(
      catchError(() =>
        evaluator.variances(entries, { asOf: '2026-05-15', groupings: [['category'], ['team']] }),
      ).issues[0]?.path,
    ).toEqual(['options', 'groupings', 1, 0])
  })
})

import { describe, expect, it } from 'vitest'
import { diffSalesPolicies, explain } from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { catchError } from '../../helpers'

describe('diffSalesPolicies', () => {
  const before = examplePolicy()
  const after = examplePolicy()
  // the handbook change under review: a rep may quote up to 80,000; the clearance override goes; a KPI is added; satisfaction is listed first
  after.quoteApproval.ladder[0].limits.maxNetTotal = '80000.00'
  after.kpi.kpis.unshift(after.kpi.kpis.splice(5, 1)[0])
  after.quoteApproval.overrides = after.quoteApproval.overrides.slice(0, 1)
  after.kpi.kpis.push({
    id: 'gross-margin',
    label: { en: 'Gross margin rate', 'zh-CN': '毛利率' },
    unit: 'ratio',
    direction: 'higher-is-better',
    formula: 'gross-margin-rate',
  })
  after.commission.cap = '60000.00'
  const diff = () => diffSalesPolicies(before, after, { from: '2026.1', to: '2026.2' })

  it('finds each change, matching roles and KPIs by id, and ignores another spelling of the same number', () => {
    expect(diff().changes.map((c) => [c.kind, c.where])).toEqual([
      ['changed', 'quoteApproval.ladder[sales-rep].limits.maxNetTotal'],
      ['removed', 'quoteApproval.overrides[1]'],
      ['reordered', 'kpi.kpis'],
      ['added', 'kpi.kpis[gross-margin]'],
    ])
    expect(diff().changes[2]?.after).toEqual([
      'satisfaction',
      'revenue',
      'new-customers',
      'conversion',
      'expense-ratio',
      'churn',
      'complaints',
    ])
    expect(diff().changes[0]).toMatchObject({
      path: ['quoteApproval', 'ladder', 'sales-rep', 'limits', 'maxNetTotal'],
      before: '50000',
      after: '80000',
    })
  })

  it('says what changed in English and Chinese', () => {
    expect(explain(diff())).toEqual([
      'Quote approval: quoteApproval.ladder[sales-rep].limits.maxNetTotal changed from 50000 to 80000',
      'Quote approval: quoteApproval.overrides[1] removed (was {"category":"clearance","extraDiscount":"0.1"})',
      'KPIs: kpi.kpis reordered from revenue, new-customers, conversion, expense-ratio, churn, satisfaction, complaints to satisfaction, revenue, new-customers, conversion, expense-ratio, churn, complaints',
      'KPIs: kpi.kpis[gross-margin] added: {"id":"gross-margin","label":{"en":"Gross margin rate","zh-CN":"毛利率"},"unit":"r…',
      '4 changes from 2026.1 to 2026.2',
    ])
    expect(explain(diff(), { locale: 'zh-CN' })[0]).toBe(
      '报价审批：quoteApproval.ladder[sales-rep].limits.maxNetTotal 由 50000 改为 80000',
    )
  })

  it('names the company header and reports a version list against a single version as one change', () => {
    const moved = {
      ...examplePolicy(),
      company: 'Example Trading Group',
      commission: [examplePolicy().commission],
    }
    expect(diffSalesPolicies(examplePolicy(), moved).changes.map((c) => [c.kind, c.where])).toEqual([
      ['changed', 'company'],
      ['changed', 'commission'],
    ])
    expect(explain(diffSalesPolicies(examplePolicy(), moved), { locale: 'zh-CN' })[0]).toBe(
      '公司：company 由 Example Trading Co. (示例贸易有限公司) 改为 Example Trading Group',
    )
  })

  it('rejects an invalid document with the side in the path', () => {
    const bad = { ...examplePolicy(), currency: 'yuan' }
    expect(catchError(() => diffSalesPolicies(examplePolicy(), bad)).issues[0]).toMatchObject({
      path: ['after', 'currency'],
    })
    expect(
      catchError(() => diffSalesPolicies(examplePolicy(), examplePolicy(), { from: '' })).issues[0],
    ).toMatchObject({ path: ['options', 'from'] })
  })
})

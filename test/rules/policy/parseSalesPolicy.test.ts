import { describe, expect, it } from 'vitest'
import {
  explain,
  parseSalesPolicy,
  POLICY_DOMAINS,
  salesPolicyJsonSchema,
  validateSalesPolicy,
} from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { catchError } from '../../helpers'

describe('parseSalesPolicy', () => {
  it('validates examples/policy.json, every domain of it', () => {
    const policy = parseSalesPolicy(examplePolicy())
    expect(POLICY_DOMAINS.filter((d) => policy[d] !== undefined)).toEqual([...POLICY_DOMAINS])
    expect([policy.company, policy.currency, policy.locale, policy.fiscalYearStartMonth]).toEqual([
      'Example Trading Co. (示例贸易有限公司)',
      'CNY',
      'zh-CN',
      4,
    ])
  })

  it('gives a domain policy the company calendar, rounding, fiscal-year start and currency it leaves out', () => {
    const document = examplePolicy()
    delete document.kpi.calendar
    document.rounding = { scale: 0, mode: 'half-even' }
    const policy = parseSalesPolicy(document)
    const kpi = policy.kpi as {
      calendar?: { timeZone: string }
      fiscalYearStartMonth: number
      rounding: unknown
      currency?: string
    }
    expect([kpi.calendar?.timeZone, kpi.fiscalYearStartMonth, kpi.rounding, kpi.currency]).toEqual([
      'Asia/Shanghai',
      4,
      { scale: 0, mode: 'half-even' },
      'CNY',
    ])
    // a policy that names its own keeps it: the commission plan's rounding is its own
    expect((policy.commission as { rounding: unknown }).rounding).toEqual({ scale: 2, mode: 'half-up' })
    expect((policy.customerGrading as { calendar?: { timeZone: string } }).calendar?.timeZone).toBe(
      'Asia/Shanghai',
    )
  })

  it('checks across domains: currency, fiscal year, grades and approvers', () => {
    const document = examplePolicy()
    document.commission.currency = 'USD'
    document.kpi.fiscalYearStartMonth = 1
    document.quoteApproval.overrides[0].customerGrade = 'VIP'
    document.commission.eligibility = { customerGrades: ['A', 'Z'] }
    document.kpi.sla[5].grades = ['A', 'S']
    document.expenseBudget.categories[0].control = { action: 'approval', approver: 'cfo' }
    const error = catchError(() => parseSalesPolicy(document))
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['commission.currency', 'policy.currency'],
      ['kpi.fiscalYearStartMonth', 'policy.fiscal-start'],
      ['quoteApproval.overrides.0.customerGrade', 'policy.unknown-grade'],
      ['commission.eligibility.customerGrades.1', 'policy.unknown-grade'],
      ['kpi.sla.5.grades.1', 'policy.unknown-grade'],
      ['expenseBudget.categories.0.control.approver', 'policy.unknown-role'],
    ])
    expect(error.issues[0]?.message).toBe('The currency USD differs from the company currency CNY')
  })

  it('takes lists of versions: same id, no overlap, and reports a bad field inside a version by its path', () => {
    const document = examplePolicy()
    const v1 = document.commission
    document.commission = [v1, { ...v1, version: '2026.2', effectiveFrom: '2026-07-01' }]
    expect(Array.isArray(parseSalesPolicy(document).commission)).toBe(true)
    document.commission = [
      v1,
      { ...v1, version: '2026.2', effectiveFrom: '2025-12-01', effectiveTo: '2026-02-01' },
    ]
    expect(
      catchError(() => parseSalesPolicy(document)).issues.map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['commission.0.effectiveFrom', 'versions.overlap']])
    document.commission = [v1, { ...v1, id: 'other-plan', version: '2026.2', effectiveFrom: '2026-07-01' }]
    expect(
      catchError(() => parseSalesPolicy(document)).issues.map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['commission.1.id', 'policy.version-id']])
    // a bad field deep inside a version keeps its path, not a bare "invalid union"
    document.commission = [v1, { ...v1, version: '2026.2', effectiveFrom: '2026-07-01', cap: '-5' }]
    expect(
      catchError(() => parseSalesPolicy(document)).issues.map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['commission.1.cap', 'decimal.negative']])
    document.commission = { ...v1, cap: 'lots' }
    expect(
      catchError(() => parseSalesPolicy(document)).issues.map((i) => [i.path.join('.'), i.code]),
    ).toEqual([['commission.cap', 'decimal.not-a-number']])
  })

  it('does not mutate the document, and rejects prototype keys as unknown keys without polluting', () => {
    const document = examplePolicy()
    const copy = structuredClone(document)
    parseSalesPolicy(document)
    expect(document).toEqual(copy)
    const hostile = JSON.parse(
      `{"company":"x","currency":"CNY","__proto__":{"polluted":true},"kpi":{"__proto__":{"polluted":true},"id":"k","version":"1","effectiveFrom":"2026-01-01","kpis":[{"id":"a","label":"A","unit":"count","direction":"higher-is-better"}]}}`,
    )
    const error = catchError(() => parseSalesPolicy(hostile))
    expect([error.code, error.issues.map((i) => [i.path, i.code])]).toEqual([
      'INVALID_POLICY',
      [
        [['kpi', '__proto__'], 'key.unknown'],
        [['__proto__'], 'key.unknown'],
      ],
    ])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('validateSalesPolicy', () => {
  it('returns the policy, or every issue, without throwing', () => {
    const ok = validateSalesPolicy(examplePolicy())
    expect(ok.ok).toBe(true)
    expect(explain(ok)[0]).toBe(
      'The sales policy of Example Trading Co. (示例贸易有限公司) is valid: opportunityScoring, customerGrading, quoteApproval, commission, expenseBudget, kpi, orderRelease, expenseClaims, complaints, training, leads, appraisal',
    )
    const bad = validateSalesPolicy({ company: '', currency: 'RMB ', kpi: 'none' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['company', 'currency', 'kpi'])
      expect(explain(bad, { locale: 'zh-CN' })).toEqual(['销售政策有 3 个问题'])
    }
    for (const junk of [undefined, null, 42, 'policy', [], { company: 'x' }])
      expect(validateSalesPolicy(junk).ok).toBe(false)
  })
})

describe('validateSalesPolicy and salesPolicyJsonSchema — what they say (gaps a mutation run found)', () => {
  it('names the company and the domains of a valid document, or none', () => {
    expect(explain(validateSalesPolicy(examplePolicy()))).toEqual([
      'The sales policy of Example Trading Co. (示例贸易有限公司) is valid: opportunityScoring, customerGrading, quoteApproval, commission, expenseBudget, kpi, orderRelease, expenseClaims, complaints, training, leads, appraisal',
    ])
    const bare = validateSalesPolicy({ company: 'X', currency: 'CNY' })
    expect([bare.ok, explain(bare)]).toEqual([true, ['The sales policy of X is valid: —']])
  })

  it('identifies each schema by its file, for the whole document or one domain', () => {
    const whole = salesPolicyJsonSchema()
    expect([whole.$schema, whole.$id, whole.title, (whole as { required?: string[] }).required]).toEqual([
      'https://json-schema.org/draft/2020-12/schema',
      'https://sales-rules.dev/schemas/sales-policy.schema.json',
      'sales-rules sales policy',
      ['company', 'currency'],
    ])
    const commission = salesPolicyJsonSchema('commission')
    expect([
      commission.$id,
      commission.title,
      Object.keys((commission as { properties: object }).properties).slice(0, 3),
    ]).toEqual([
      'https://sales-rules.dev/schemas/commission.schema.json',
      'sales-rules commission',
      ['id', 'version', 'effectiveFrom'],
    ])
  })
})

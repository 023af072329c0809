// schemas fix: the exported zod SalesPolicySchema accepts and returns what parseSalesPolicy does; its errors are
// zod's own; z.toJSONSchema does not work on the exported schemas (salesPolicyJsonSchema does).
import fc from 'fast-check'
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import {
  DOMAIN_SCHEMAS,
  parseSalesPolicy,
  POLICY_DOMAINS,
  QuoteSchema,
  SalesPolicySchema,
  salesPolicyJsonSchema,
  validateSalesPolicy,
} from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { locate, runCount } from '../../helpers'

/** A copy of the example with one leaf replaced (the generator of policy.prop.test.ts). */
function edited(walk: readonly number[], value: unknown): ReturnType<typeof examplePolicy> {
  const document = examplePolicy()
  const at = locate(document, walk)
  if (at !== undefined) at.parent[at.key] = value
  return document
}

const walkArb = fc.array(fc.nat(), { minLength: 1, maxLength: 6 })
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom('0', '1.5', '2026-07-01', 'A', 'sales-rep', 'USD', 3, 4, 1, undefined),
)

describe('the exported SalesPolicySchema', () => {
  it('accepts examples/policy.json and gives what parseSalesPolicy gives (the KPI inherits fiscal month 4)', () => {
    const document = examplePolicy()
    // the example's kpi policy leaves out fiscalYearStartMonth; the company's is 4
    expect(document.fiscalYearStartMonth).toBe(4)
    expect(document.kpi.fiscalYearStartMonth).toBeUndefined()
    const result = SalesPolicySchema.safeParse(document)
    expect(result.error?.issues).toBeUndefined()
    expect(result.data).toEqual(parseSalesPolicy(examplePolicy()))
    expect((result.data?.kpi as { fiscalYearStartMonth: number }).fiscalYearStartMonth).toBe(4)
    // the input is not changed by the defaults
    expect(document.kpi.fiscalYearStartMonth).toBeUndefined()
  })

  it('table: accepts and rejects the same documents as parseSalesPolicy', () => {
    const cases: [string, (d: ReturnType<typeof examplePolicy>) => void, boolean][] = [
      ['the example', () => {}, true],
      ['kpi month written as the company’s', (d) => (d.kpi.fiscalYearStartMonth = 4), true],
      ['kpi month 1 against the company’s 4', (d) => (d.kpi.fiscalYearStartMonth = 1), false],
      // the example's expense budget writes month 4 itself
      ['company month 1 against the budget’s 4', (d) => (d.fiscalYearStartMonth = 1), false],
      [
        'company and budget month 1, kpi inherits 1',
        (d) => (d.fiscalYearStartMonth = d.expenseBudget.fiscalYearStartMonth = 1),
        true,
      ],
      [
        'no month anywhere: all default to 1',
        (d) => delete d.fiscalYearStartMonth && delete d.expenseBudget.fiscalYearStartMonth,
        true,
      ],
      ['budget month left out: inherits 4', (d) => delete d.expenseBudget.fiscalYearStartMonth, true],
      ['kpi currency left out: inherits CNY', (d) => delete d.kpi.currency, true],
      ['kpi currency USD', (d) => (d.kpi.currency = 'USD'), false],
      ['unknown key in a domain', (d) => (d.kpi.fiscalYearStart = 4), false],
      ['unknown top-level key', (d) => (d.fiscalYear = 4), false],
      ['company month 13', (d) => (d.fiscalYearStartMonth = 13), false],
    ]
    for (const [label, edit, ok] of cases) {
      const a = examplePolicy()
      edit(a)
      const b = structuredClone(a)
      expect(validateSalesPolicy(a).ok, label).toBe(ok)
      const result = SalesPolicySchema.safeParse(b)
      expect(result.success, label).toBe(ok)
      if (ok) expect(result.data, label).toEqual(parseSalesPolicy(a))
    }
  })

  it('property: on random edits of the example it succeeds exactly when parseSalesPolicy does, with the same output', () => {
    fc.assert(
      fc.property(walkArb, valueArb, (walk, value) => {
        const document = edited(walk, value)
        const copy = structuredClone(document)
        const result = SalesPolicySchema.safeParse(document)
        const validated = validateSalesPolicy(copy)
        expect(result.success).toBe(validated.ok)
        if (validated.ok) expect(result.data).toEqual(parseSalesPolicy(copy))
      }),
      // two full parses of the whole document per run: a tenth of FC_RUNS
      { numRuns: runCount('FC_RUNS', 100, 10) },
    )
  }, 300_000)

  it('reports zod’s own unrecognized_keys at the parent path, where the functions report key.unknown-near per key', () => {
    const document = examplePolicy()
    document.quoteApproval.ladder[0].limits.maxNetTotl = 1
    expect(SalesPolicySchema.safeParse(document).error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_keys', ['quoteApproval', 'ladder', 0, 'limits']],
    ])
    const result = validateSalesPolicy(document)
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'key.unknown-near',
        ['quoteApproval', 'ladder', 0, 'limits', 'maxNetTotl'],
        { key: 'maxNetTotl', suggestion: 'maxNetTotal' },
      ],
    ])
  })
})

describe('JSON Schema of the exported schemas (what docs/core.md and the changelog promise)', () => {
  it('z.toJSONSchema throws on them; salesPolicyJsonSchema gives the JSON Schema of each', () => {
    for (const schema of [SalesPolicySchema, QuoteSchema, ...Object.values(DOMAIN_SCHEMAS)])
      expect(() => z.toJSONSchema(schema as z.ZodType)).toThrow(/cannot be represented in JSON Schema/)
    expect(() => z.toJSONSchema(DOMAIN_SCHEMAS.commission as z.ZodType, { io: 'input' })).toThrow(
      'Custom types cannot be represented in JSON Schema',
    )
    for (const domain of [undefined, ...POLICY_DOMAINS])
      expect(salesPolicyJsonSchema(domain)).toMatchObject({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
      })
  })
})

describe('DOMAIN_SCHEMAS', () => {
  it('types every domain it holds: the five newer ones too (leads was missing from the type)', () => {
    expect(Object.keys(DOMAIN_SCHEMAS).sort()).toEqual([
      'appraisal',
      'commission',
      'complaints',
      'customerGrading',
      'expenseBudget',
      'expenseClaims',
      'kpi',
      'leads',
      'opportunityScoring',
      'orderRelease',
      'quoteApproval',
      'training',
    ])
    // each is reachable by its name (a type error before) and refuses an empty document
    for (const schema of [
      DOMAIN_SCHEMAS.leads,
      DOMAIN_SCHEMAS.orderRelease,
      DOMAIN_SCHEMAS.expenseClaims,
      DOMAIN_SCHEMAS.complaints,
      DOMAIN_SCHEMAS.training,
    ])
      expect(schema.safeParse({}).success).toBe(false)
  })
})

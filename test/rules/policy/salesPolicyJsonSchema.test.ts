// The published JSON Schema, checked with an independent validator (ajv): the example policy is
// valid; documents the zod schema rejects are rejected by the JSON Schema too wherever JSON Schema
// can say so; and the JSON Schema never rejects a document the library accepts.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { POLICY_DOMAINS, salesPolicyJsonSchema, validateSalesPolicy } from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { catchError, locate, runCount } from '../../helpers'

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
const validateDocument = ajv.compile(salesPolicyJsonSchema())
const jsonSchemaAccepts = (document: unknown) => validateDocument(document) === true

type Doc = ReturnType<typeof examplePolicy>

/** Changes the zod schema rejects and JSON Schema can express. */
const expressible: [string, (d: Doc) => void][] = [
  ['no company', (d) => delete d.company],
  ['a currency in lower case', (d) => (d.currency = 'cny')],
  ['a currency as a number', (d) => (d.currency = 156)],
  ['an unknown locale', (d) => (d.locale = 'fr')],
  ['a fiscal month 13', (d) => (d.fiscalYearStartMonth = 13)],
  ['no ladder', (d) => delete d.quoteApproval.ladder],
  ['a ladder that is a string', (d) => (d.quoteApproval.ladder = 'sales-rep')],
  ['an unknown rounding mode', (d) => (d.commission.rounding.mode = 'bankers')],
  ['a day that does not exist', (d) => (d.commission.effectiveFrom = '2026-02-30')],
  ['a decimal that is not a number', (d) => (d.commission.cap = '60k')],
  ['a negative number where none may be', (d) => (d.commission.cap = -1)],
  ['a fraction above 1', (d) => (d.expenseBudget.control.warnAt = 1.5)],
  ['a negative decimal string where none may be', (d) => (d.commission.cap = '-60000')],
  ['an id with a space at the end', (d) => (d.kpi.id = 'kpi ')],
  ['an unknown alert level', (d) => (d.kpi.kpis[0].bands[0].level = 'red')],
  ['an SLA in weeks', (d) => (d.kpi.sla[0].within.unit = 'weeks')],
  ['a time zone that is a number', (d) => (d.calendar.timeZone = 8)],
  ['NaN written as a string', (d) => (d.commission.cap = 'NaN')],
]

/** Changes only the library can catch: JSON Schema cannot express them (listed in the guide). */
const inexpressible: [string, (d: Doc) => void][] = [
  ['scorecard weights adding up to 0.9', (d) => (d.kpi.scorecard.weights[0].weight = '0.2')],
  [
    'no KPI and no SLA rule',
    (d) => {
      d.kpi.kpis = []
      d.kpi.sla = []
      delete d.kpi.scorecard
    },
  ],
  ['a duplicate KPI id', (d) => (d.kpi.kpis[1].id = 'revenue')],
  ['bands out of order', (d) => (d.kpi.kpis[3].bands[2].from = '0.05')],
  ['a grade unknown to the grading policy', (d) => (d.quoteApproval.overrides[0].customerGrade = 'VIP')],
  ['a commission in another currency', (d) => (d.commission.currency = 'USD')],
  ['effectiveTo before effectiveFrom', (d) => (d.kpi.effectiveTo = '2025-12-31')],
  ['a positive decimal string that is zero', (d) => (d.kpi.kpis[1].target.value = '0.00')],
  ['a decimal string of 10^15', (d) => (d.commission.cap = '1000000000000000')],
  ['an unknown IANA time zone', (d) => (d.calendar.timeZone = 'Mars/Olympus')],
]

describe('salesPolicyJsonSchema', () => {
  it('accepts examples/policy.json, and each domain schema accepts its policy', () => {
    expect(validateDocument.errors ?? []).toEqual([])
    expect(jsonSchemaAccepts(examplePolicy())).toBe(true)
    for (const domain of POLICY_DOMAINS) {
      const validate = ajv.compile(salesPolicyJsonSchema(domain))
      expect(validate(examplePolicy()[domain]), domain).toBe(true)
    }
  })

  it.each(expressible)('rejects %s, as the library does', (_name, change) => {
    const document = examplePolicy()
    change(document)
    expect(validateSalesPolicy(document).ok).toBe(false)
    expect(jsonSchemaAccepts(document)).toBe(false)
  })

  it.each(inexpressible)('leaves %s to the library (JSON Schema cannot express it)', (_name, change) => {
    const document = examplePolicy()
    change(document)
    expect(validateSalesPolicy(document).ok).toBe(false)
    expect(jsonSchemaAccepts(document)).toBe(true)
  })

  it('never rejects a document the library accepts (random edits of the example)', () => {
    const leafValue = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      fc.constantFrom(
        '0',
        '-0',
        ' 12.50 ',
        '1e3',
        '0.10',
        12.5,
        0,
        -0,
        'CNY',
        '2026-06-30',
        'A',
        'sales-rep',
      ),
    )
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), leafValue, (walk, value) => {
        const document = examplePolicy()
        // follow a random path of keys and indexes down the document, then replace what is there
        const at = locate(document, walk)
        if (at === undefined) return
        at.parent[at.key] = value
        if (validateSalesPolicy(document).ok) expect(jsonSchemaAccepts(document)).toBe(true)
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('rejects an unknown domain', () => {
    expect(catchError(() => salesPolicyJsonSchema('pricing' as never)).issues[0]).toMatchObject({
      path: ['domain'],
    })
  })
})

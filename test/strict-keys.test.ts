// Strict objects: an unknown key anywhere a user writes data is an error with the key's path and,
// when a known key is close, a "did you mean" hint (design principle 8). The whole example policy is
// walked key by key: a typo in any key is rejected by the library and by the published JSON Schema.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import {
  allocate,
  budgetVariance,
  compileQuoteApprovalPolicy,
  explain,
  gradeCustomers,
  requiredApprovals,
  salesPolicyJsonSchema,
  validateSalesPolicy,
  type PathSegment,
} from '../src/index'
import { editDistance, nearestName } from '../src/core/nearest'
import { renderMessage } from '../src/core/trace'
import { examplePolicy } from './fixtures/policy'
import { catchError } from './helpers'

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }))
const jsonSchemaAccepts = ajv.compile(salesPolicyJsonSchema())

/** The path of every object in a JSON value (arrays are walked, not listed). */
function objectPaths(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]))
  if (typeof value !== 'object' || value === null) return []
  return [path, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key]))]
}

const at = (root: unknown, path: readonly PathSegment[]) =>
  path.reduce<any>((node, key) => (node as Record<PathSegment, unknown>)[key], root)

/** A typo of a key: a one- or two-letter key in capitals (`X`), a longer one with a letter doubled. */
const typoOf = (key: string) => (key.length <= 2 ? key.toUpperCase() : `${key.slice(0, 2)}${key.slice(1)}`)

/** The document with one key renamed, in place (the key keeps its position). */
function rename(document: unknown, path: readonly PathSegment[], key: string, to: string): void {
  const object = at(document, path) as Record<string, unknown>
  const entries = Object.entries(object).map(([k, v]): [string, unknown] => [k === key ? to : k, v])
  for (const k of Object.keys(object)) delete object[k]
  Object.assign(object, Object.fromEntries(entries))
}

/**
 * Keys whose object is a map the policy itself defines: a misspelt dimension name is caught by the
 * budget's own check (`expense.unknown-dimension`), not as an unknown key.
 */
const isDimension = (path: readonly PathSegment[]) => path.at(-1) === 'dimensions'

describe('unknown keys in examples/policy.json', () => {
  const document = examplePolicy()
  const fresh = () => structuredClone(document)
  const cases = objectPaths(document).flatMap((path) =>
    Object.keys(at(document, path) as object).map((key) => ({ path, key })),
  )

  it('walks every key of every object of the example', () => {
    // 227 objects, 638 keys when this test was written; the example only grows
    expect(objectPaths(document).length).toBeGreaterThanOrEqual(227)
    expect(cases.length).toBeGreaterThanOrEqual(638)
  })

  it('rejects a typo in any key, naming the key and the key it should be; so does the JSON Schema', () => {
    // the JSON Schema, one key at a time
    for (const { path, key } of cases) {
      const changed = fresh()
      rename(changed, path, key, typoOf(key))
      const where = `${[...path, key].join('.')}`
      if (!isDimension(path)) expect(jsonSchemaAccepts(changed), where).toBe(false)
      else {
        // a dimension is checked against the budget's own list, once everything else is valid
        const result = validateSalesPolicy(changed)
        expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code]), where).toEqual([
          [[...path, key], 'expense.dimension-missing'],
          [[...path, typoOf(key)], 'expense.unknown-dimension'],
        ])
      }
    }
    // the library: every key of every object at one depth misspelt at once (objects at one depth
    // never contain each other, so each misspelt key is still reached), one document per depth
    const depths = [...new Set(cases.map((c) => c.path.length))]
    for (const depth of depths) {
      const changed = fresh()
      const here = cases.filter((c) => c.path.length === depth && !isDimension(c.path))
      for (const { path, key } of here) rename(changed, path, key, typoOf(key))
      const result = validateSalesPolicy(changed)
      expect(result.ok, `depth ${depth}`).toBe(false)
      const issues = result.ok ? [] : result.issues
      for (const { path, key } of here) {
        const typo = typoOf(key)
        const where = `${[...path, key].join('.')} → ${typo}`
        expect(issues, where).toContainEqual({
          path: [...path, typo],
          code: 'key.unknown-near',
          message: `Unknown key "${typo}": did you mean "${key}"?`,
          params: { key: typo, suggestion: key },
        })
      }
    }
  })

  it('reports every unknown key of one object at its own path, each with its own hint or none', () => {
    const changed = fresh()
    changed.quoteApproval.ladder[3].limits.maxNetTotl = '50000'
    changed.quoteApproval.ladder[3].limits.colour = 'red'
    const result = validateSalesPolicy(changed)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: ['quoteApproval', 'ladder', 3, 'limits', 'maxNetTotl'],
        code: 'key.unknown-near',
        message: 'Unknown key "maxNetTotl": did you mean "maxNetTotal"?',
        params: { key: 'maxNetTotl', suggestion: 'maxNetTotal' },
      },
      {
        path: ['quoteApproval', 'ladder', 3, 'limits', 'colour'],
        code: 'key.unknown',
        message: 'Unknown key "colour"',
        params: { key: 'colour' },
      },
    ])
  })

  it('names a misspelt discriminator (kind) as well as saying no option fits', () => {
    const changed = fresh()
    rename(changed, ['customerGrading', 'method'], 'kind', 'kidn')
    const result = validateSalesPolicy(changed)
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: ['customerGrading', 'method', 'kind'],
        code: 'invalid_union',
        message: "Invalid discriminator value. Expected 'pareto' | 'thresholds' | 'weighted'",
      },
      {
        path: ['customerGrading', 'method', 'kidn'],
        code: 'key.unknown-near',
        message: 'Unknown key "kidn": did you mean "kind"?',
        params: { key: 'kidn', suggestion: 'kind' },
      },
    ])
  })
})

describe('unknown keys in the cases of issue 18', () => {
  const quote = {
    id: 'Q-1',
    currency: 'CNY',
    customer: { id: 'c', grade: 'A' },
    requestedBy: 'sales-rep',
    lines: [{ product: 'MRI-200', quantity: 1, listPrice: '98000' }],
  }

  it('a ladder rung with limits { maxNetTotl } is rejected, not read as "no limit"', () => {
    const policy = examplePolicy().quoteApproval
    policy.ladder[0].limits = { maxNetTotl: '50000' }
    const error = catchError(() => compileQuoteApprovalPolicy(policy))
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issues).toEqual([
      {
        path: ['ladder', 0, 'limits', 'maxNetTotl'],
        code: 'key.unknown-near',
        message: 'Unknown key "maxNetTotl": did you mean "maxNetTotal"?',
        params: { key: 'maxNetTotl', suggestion: 'maxNetTotal' },
      },
    ])
    // before: the rung had no limit, and a ¥9,000,000 quote was auto-approved by the rep
    expect(() =>
      requiredApprovals(policy, { ...quote, lines: [{ product: 'X', quantity: 1, listPrice: '9000000' }] }),
    ).toThrow(/maxNetTotl/)
  })

  it('a quote line with dicount is rejected, not priced at list', () => {
    const policy = examplePolicy().quoteApproval
    const error = catchError(() =>
      requiredApprovals(policy, { ...quote, lines: [{ ...quote.lines[0], dicount: '0.2' }] } as never),
    )
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues).toEqual([
      {
        path: ['quote', 'lines', 0, 'dicount'],
        code: 'key.unknown-near',
        message: 'Unknown key "dicount": did you mean "discount"?',
        params: { key: 'dicount', suggestion: 'discount' },
      },
    ])
  })

  it('inputs and options of other domains are strict too', () => {
    const policy = examplePolicy()
    const customers = catchError(() =>
      gradeCustomers(policy.customerGrading, [{ id: 'c1', vaule: '100' }] as never, { asOf: '2026-06-30' }),
    )
    expect([customers.code, customers.issues.filter((i) => i.code.startsWith('key.'))]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['customers', 0, 'vaule'],
          code: 'key.unknown-near',
          message: 'Unknown key "vaule": did you mean "value"?',
          params: { key: 'vaule', suggestion: 'value' },
        },
      ],
    ])
    const options = catchError(() =>
      budgetVariance(policy.expenseBudget, [], { asOf: '2026-06-30', groupby: ['category'] } as never),
    )
    expect([options.code, options.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['options', 'groupby'],
          code: 'key.unknown-near',
          message: 'Unknown key "groupby": did you mean "groupBy"?',
          params: { key: 'groupby', suggestion: 'groupBy' },
        },
      ],
    ])
    const explained = catchError(() =>
      explain(allocate('10', ['1', '1'], { scale: 2, mode: 'half-up' }), { lcoale: 'en' } as never),
    )
    expect(explained.issues).toEqual([
      {
        path: ['options', 'lcoale'],
        code: 'key.unknown-near',
        message: 'Unknown key "lcoale": did you mean "locale"?',
        params: { key: 'lcoale', suggestion: 'locale' },
      },
    ])
  })
})

describe('the did-you-mean hint', () => {
  it('measures edits: insertions, deletions, substitutions and swaps of neighbours count 1', () => {
    expect(editDistance('maxNetTotl', 'maxNetTotal')).toBe(1) // one letter left out
    expect(editDistance('dicount', 'discount')).toBe(1)
    expect(editDistance('dicsount', 'discount')).toBe(1) // two neighbours swapped
    expect(editDistance('kitten', 'sitting')).toBe(3) // k→s, e→i, +g
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('abc', 'abc')).toBe(0)
  })

  it('suggests the nearest key within a third of its length (1 to 3 edits), a case slip first', () => {
    const known = ['maxNetTotal', 'maxAverageDiscount', 'maxLineDiscount', 'minMarginRate']
    expect(nearestName('maxNetTotl', known)).toBe('maxNetTotal')
    expect(nearestName('MaxNetTotal', known)).toBe('maxNetTotal')
    expect(nearestName('maxLineDiscnt', known)).toBe('maxLineDiscount') // 2 edits, 15 letters: within 3
    expect(nearestName('colour', known)).toBeUndefined()
    expect(nearestName('ID', ['id', 'if'])).toBe('id') // a case slip beats one edit
    expect(nearestName('ab', ['abcd'])).toBeUndefined() // 2 edits: more than a third of 4 letters
    expect(nearestName('xy', ['x', 'y'])).toBe('x') // a tie goes to the first known key
  })

  it('has a Chinese sentence', () => {
    expect(renderMessage('key.unknown-near', { key: 'maxNetTotl', suggestion: 'maxNetTotal' }, 'zh-CN')).toBe(
      '未知字段“maxNetTotl”，是否应为“maxNetTotal”？',
    )
    expect(renderMessage('key.unknown', { key: 'colour' }, 'zh-CN')).toBe('未知字段“colour”')
  })
})

describe('sales-rules validate with a misspelt key', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sales-rules-strict-'))
  const document = examplePolicy()
  rename(document, ['quoteApproval', 'ladder', 3, 'limits'], 'maxNetTotal', 'maxNetTotl')
  const file = join(scratch, 'typo.json')
  writeFileSync(file, JSON.stringify(document))
  const run = (args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' })

  it('exits 1 naming the key and the suggestion, in English and in Chinese', () => {
    const en = run(['validate', file])
    expect([en.status, en.stdout]).toEqual([
      1,
      'quoteApproval.ladder.3.limits.maxNetTotl: Unknown key "maxNetTotl": did you mean "maxNetTotal"?\n',
    ])
    const zh = run(['validate', file, '--locale', 'zh-CN'])
    expect([zh.status, zh.stdout]).toEqual([
      1,
      'quoteApproval.ladder.3.limits.maxNetTotl: 未知字段“maxNetTotl”，是否应为“maxNetTotal”？\n',
    ])
  })
})

import * as z from 'zod'
import type { PathSegment } from '../../core/errors'
import { atPath, parseWith } from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import type { SalesPolicyInput } from '../../models/policy'
import { parseSalesPolicy } from './parseSalesPolicy'
import { once } from '../../core/once'

/**
 * Options of {@link diffSalesPolicies}.
 *
 * @group Sales policy
 */
export interface DiffSalesPoliciesOptions {
  /** What to call the first document in sentences (default `before`). */
  readonly from?: string
  /** What to call the second document (default `after`). */
  readonly to?: string
}

/**
 * One change between two versions of a sales policy.
 *
 * @group Sales policy
 */
export interface PolicyChange {
  /**
   * `added`, `removed`, `changed`, or `reordered` (a list of things with ids whose order changed: the ids
   * before and after).
   */
  readonly kind: 'added' | 'removed' | 'changed' | 'reordered'
  /**
   * Where: keys of objects, and for lists of things with an id (roles, KPIs, grades, tiers…) the id, else the
   * index.
   */
  readonly path: readonly PathSegment[]
  /** The path written for people: `quoteApproval.ladder[sales-rep].limits.maxNetTotal`. */
  readonly where: string
  /** The value before, as JSON (decimals as strings); `undefined` when added. */
  readonly before?: unknown
  /** The value after; `undefined` when removed. */
  readonly after?: unknown
}

/**
 * The changes between two sales policies, for a reviewer of a handbook change.
 *
 * @group Sales policy
 */
export interface PolicyDiff {
  /** Every change, in document order. */
  readonly changes: readonly PolicyChange[]
  /** Each change in words, and a summary. */
  readonly trace: readonly TraceStep[]
}

const OptionsSchema = once(() =>
  z
    .strictObject({ from: z.string().min(1).max(100).optional(), to: z.string().min(1).max(100).optional() })
    .optional(),
)

/** Keys that identify the items of a list, in order of preference. */
const ITEM_KEYS = ['id', 'role', 'kpi', 'key', 'category', 'version', 'stage', 'grade'] as const

const DOMAIN_LABEL: Readonly<Record<string, LocalizedText>> = {
  opportunityScoring: { en: 'Opportunity scoring', 'zh-CN': '销售机会评估' },
  customerGrading: { en: 'Customer grading', 'zh-CN': '客户分级' },
  quoteApproval: { en: 'Quote approval', 'zh-CN': '报价审批' },
  commission: { en: 'Commission', 'zh-CN': '销售提成' },
  expenseBudget: { en: 'Expense budget', 'zh-CN': '销售费用预算' },
  kpi: { en: 'KPIs', 'zh-CN': '监控指标' },
}
const COMPANY: LocalizedText = { en: 'Company', 'zh-CN': '公司' }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The key that identifies every item of both lists, if there is one. */
function itemKey(a: readonly Json[], b: readonly Json[]): string | undefined {
  const items = [...a, ...b]
  return ITEM_KEYS.find((key) => {
    if (!items.every((item) => isObject(item) && typeof item[key] === 'string')) return false
    const unique = (list: readonly Json[]) =>
      new Set(list.map((item) => (item as Record<string, Json>)[key])).size === list.length
    return unique(a) && unique(b)
  })
}

function walk(
  a: Json | undefined,
  b: Json | undefined,
  path: PathSegment[],
  where: string,
  out: PolicyChange[],
): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return
  if (a === undefined) {
    out.push({ kind: 'added', path, where, after: b })
    return
  }
  if (b === undefined) {
    out.push({ kind: 'removed', path, where, before: a })
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = itemKey(a, b)
    if (key === undefined) {
      for (let i = 0; i < Math.max(a.length, b.length); i += 1)
        walk(a[i], b[i], [...path, i], `${where}[${i}]`, out)
      return
    }
    const id = (item: Json) => (item as Record<string, string>)[key] as string
    const after = new Map(b.map((item) => [id(item), item]))
    const before = new Map(a.map((item) => [id(item), item]))
    const common = (list: readonly Json[], other: ReadonlyMap<string, Json>) =>
      list.map(id).filter((k) => other.has(k))
    const order = [common(a, after), common(b, before)]
    if (JSON.stringify(order[0]) !== JSON.stringify(order[1]))
      out.push({ kind: 'reordered', path, where, before: order[0], after: order[1] })
    for (const item of a) walk(item, after.get(id(item)), [...path, id(item)], `${where}[${id(item)}]`, out)
    for (const item of b)
      if (!before.has(id(item))) walk(undefined, item, [...path, id(item)], `${where}[${id(item)}]`, out)
    return
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))]
    for (const k of keys)
      walk(
        Object.hasOwn(a, k) ? a[k] : undefined,
        Object.hasOwn(b, k) ? b[k] : undefined,
        [...path, k],
        where === '' ? k : `${where}.${k}`,
        out,
      )
    return
  }
  out.push({ kind: 'changed', path, where, before: a, after: b })
}

/** A value for a sentence: strings as they are, anything else as compact JSON, cut at 80 characters. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

/**
 * What changed between two versions of a sales policy, in words: each added, removed or changed
 * field, with lists of roles, KPIs, grades, tiers or versions matched by their id (so a reordered
 * ladder is one `reordered` change, and a changed limit is named by its role). Both documents are validated
 * first and compared with every default filled in, so spelling out a default is not a change and
 * `'0.10'` equals `'0.1'`.
 *
 * @param before - The policy in force; see {@link SalesPolicyInput}.
 * @param after - The proposed policy.
 * @param options - What to call each document in sentences.
 * @returns The changes, with a trace in English or Chinese.
 * @throws {SalesRulesError} `INVALID_POLICY` when either document is invalid (paths start with `before` or
 * `after`); `INVALID_INPUT` for bad options.
 *
 * @example
 * const before = {
 *   company: '示例贸易',
 *   currency: 'CNY',
 *   commission: {
 *     id: 'plan',
 *     version: '1',
 *     effectiveFrom: '2026-01-01',
 *     currency: 'CNY',
 *     rates: { kind: 'flat', rate: '0.03' },
 *   },
 * }
 * const after = {
 *   ...before,
 *   commission: { ...before.commission, version: '2', rates: { kind: 'flat', rate: '0.035' } },
 * }
 * const diff = diffSalesPolicies(before, after, { from: '2026.1', to: '2026.2' })
 * diff.changes.map((c) => c.where) //=> ['commission.version', 'commission.rates.rate']
 * explain(diff, { locale: 'zh-CN' })[1] //=> '销售提成：commission.rates.rate 由 0.03 改为 0.035'
 *
 * @group Sales policy
 */
export function diffSalesPolicies(
  before: SalesPolicyInput | unknown,
  after: SalesPolicyInput | unknown,
  options?: DiffSalesPoliciesOptions,
): PolicyDiff {
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  const a = JSON.parse(JSON.stringify(atPath(['before'], () => parseSalesPolicy(before)))) as Json
  const b = JSON.parse(JSON.stringify(atPath(['after'], () => parseSalesPolicy(after)))) as Json
  const changes: PolicyChange[] = []
  walk(a, b, [], '', changes)
  const trace = changes.map((c) => {
    const head = c.path[0]
    const domain = typeof head === 'string' ? (DOMAIN_LABEL[head] ?? COMPANY) : COMPANY
    if (c.kind === 'added') return step('diff.added', { domain, path: c.where, after: shown(c.after) })
    if (c.kind === 'removed') return step('diff.removed', { domain, path: c.where, before: shown(c.before) })
    if (c.kind === 'reordered')
      return step('diff.reordered', {
        domain,
        path: c.where,
        before: (c.before as string[]).join(', '),
        after: (c.after as string[]).join(', '),
      })
    return step('diff.changed', { domain, path: c.where, before: shown(c.before), after: shown(c.after) })
  })
  trace.push(
    step('diff.summary', { count: changes.length, from: opts?.from ?? 'before', to: opts?.to ?? 'after' }),
  )
  return { changes, trace }
}

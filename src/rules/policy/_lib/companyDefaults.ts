import * as z from 'zod'
import { once } from '../../../core/once'
import { SalesPolicySchema, type PolicyDomain, type SalesPolicyInput } from '../../../models/policy'

/** The optional fields a domain policy inherits from the company header when it leaves them out. */
const INHERITED: Readonly<Record<PolicyDomain, readonly string[]>> = {
  opportunityScoring: [],
  customerGrading: ['calendar'],
  quoteApproval: [],
  commission: ['rounding'],
  expenseBudget: ['rounding', 'fiscalYearStartMonth', 'calendar'],
  kpi: ['currency', 'rounding', 'fiscalYearStartMonth', 'calendar'],
  orderRelease: [],
  // expense claims: the deadline counts the company's business days (调休 included)
  expenseClaims: ['rounding', 'calendar'],
  // complaints
  complaints: ['calendar'],
  // training
  training: [],
  // leads (线索管理)
  leads: ['calendar'],
  // appraisal (issue 24): its rounding is of scores, not money, so it inherits nothing
  appraisal: [],
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A copy of a sales policy document in which every domain policy that leaves out the company's
 * calendar, rounding, fiscal-year start or currency gets the company's. The input is never changed;
 * anything that is not a plain object is passed through for the schema to report.
 *
 * @group Sales policy
 */
export function withCompanyDefaults(document: unknown): unknown {
  if (!isRecord(document)) return document
  const out: Record<string, unknown> = { ...document }
  const fill = (domain: PolicyDomain, policy: unknown): unknown => {
    if (!isRecord(policy)) return policy
    const filled: Record<string, unknown> = { ...policy }
    for (const key of INHERITED[domain]) {
      if (filled[key] === undefined && Object.hasOwn(document, key) && document[key] !== undefined)
        filled[key] = document[key]
    }
    return filled
  }
  for (const domain of Object.keys(INHERITED) as PolicyDomain[]) {
    if (!Object.hasOwn(document, domain)) continue
    const value = document[domain]
    out[domain] = Array.isArray(value) ? value.map((v) => fill(domain, v)) : fill(domain, value)
  }
  return out
}

/**
 * The sales policy document schema with the company defaults filled in first: it accepts and
 * returns what `parseSalesPolicy` does (the exported `SalesPolicySchema`). @internal
 */
export const SalesPolicyDocumentSchema = once(() =>
  z.preprocess((document: SalesPolicyInput) => withCompanyDefaults(document), SalesPolicySchema()),
)

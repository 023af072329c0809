import { parseWith, readOnce } from '../../core/schema'
import { SalesPolicySchema, type SalesPolicy, type SalesPolicyInput } from '../../models/policy'
import { withCompanyDefaults } from './_lib/companyDefaults'

/**
 * Validates a whole sales policy document (销售管理制度) and returns it parsed: every default
 * filled in, decimals as {@link Decimal}s. A domain policy that leaves out the calendar, the
 * rounding, the fiscal-year start or (for KPIs) the currency inherits the company's. Besides each
 * domain's own checks, the document is checked across domains: versions of one policy share its id
 * and never overlap, every currency is the company's, every fiscal year starts in the company's
 * month, grades named by quote overrides, commission eligibility and SLA rules are grades of the
 * customer grading policy, and approvers named by the expense budget are roles of the quote ladder.
 *
 * @param document - The policy document, e.g. `JSON.parse` of a policy file; see {@link SalesPolicyInput}.
 * @returns The validated policy.
 * @throws {SalesRulesError} `INVALID_POLICY` with every issue and its path (`policy.currency`,
 * `policy.unknown-grade`, `versions.overlap`…).
 *
 * @example
 * const policy = parseSalesPolicy({
 *   company: '示例贸易',
 *   currency: 'CNY',
 *   quoteApproval: {
 *     id: 'q',
 *     version: '1',
 *     effectiveFrom: '2026-01-01',
 *     currency: 'CNY',
 *     ladder: [
 *       { role: 'sales-rep', label: '销售代表', limits: { maxNetTotal: 50000 } },
 *       { role: 'sales-manager', label: '销售经理' },
 *     ],
 *   },
 * })
 * policy.locale //=> 'zh-CN'
 *
 * @group Sales policy
 */
export function parseSalesPolicy(document: SalesPolicyInput | unknown): SalesPolicy {
  // read once before the company defaults look at it, so a getter or a proxy is reported, not thrown
  return parseWith(
    SalesPolicySchema(),
    withCompanyDefaults(readOnce(document, 'INVALID_POLICY')),
    'INVALID_POLICY',
  )
}

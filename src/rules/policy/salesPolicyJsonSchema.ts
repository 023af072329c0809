import * as z from 'zod'
import { decimalJsonSchema, parseWith } from '../../core/schema'
import { DOMAIN_SCHEMAS, POLICY_DOMAINS, SalesPolicySchema, type PolicyDomain } from '../../models/policy'
import { once } from '../../core/once'

/**
 * The file name of each published JSON Schema in `schemas/`, by domain (`sales-policy` for the whole
 * document).
 *
 * @group Sales policy
 */
export const SCHEMA_FILES: Readonly<Record<PolicyDomain | 'salesPolicy', string>> = {
  salesPolicy: 'sales-policy.schema.json',
  opportunityScoring: 'opportunity-scoring.schema.json',
  customerGrading: 'customer-grading.schema.json',
  quoteApproval: 'quote-approval.schema.json',
  commission: 'commission.schema.json',
  expenseBudget: 'expense-budget.schema.json',
  kpi: 'kpi.schema.json',
  orderRelease: 'order-release.schema.json',
  expenseClaims: 'expense-claims.schema.json',
  // complaints
  complaints: 'complaints.schema.json',
  // training
  training: 'training.schema.json',
  // leads (线索管理)
  leads: 'leads.schema.json',
  // appraisal (issue 24)
  appraisal: 'appraisal.schema.json',
}

const DomainSchema = once(() => z.literal(POLICY_DOMAINS).optional())

/**
 * The JSON Schema (draft 2020-12) of the sales policy document, or of one domain's policy, made
 * from the library's own zod schemas: what a system in another language validates a policy
 * document with. It describes documents as written (defaults may be left out). It checks types,
 * required fields, choices, dates, id and currency formats, number bounds, and decimal strings;
 * it cannot express what needs more than one field (weights adding up to 1, cut scores or bands in
 * order, unique ids, references between domains, non-overlapping versions), nor a decimal
 * string's sign, magnitude or precision, nor a number's precision — {@link validateSalesPolicy}
 * checks all of those.
 *
 * @param domain - A domain key (`commission`, `kpi`…) for that policy alone; the whole document when left
 * out.
 * @returns The JSON Schema, with `$schema`, `$id` and `title`.
 * @throws {SalesRulesError} `INVALID_INPUT` for an unknown domain.
 *
 * @example
 * const schema = salesPolicyJsonSchema()
 * schema.$id //=> 'https://sales-rules.dev/schemas/sales-policy.schema.json'
 * ;(schema.required as string[]).includes('currency') //=> true
 *
 * @group Sales policy
 */
export function salesPolicyJsonSchema(domain?: PolicyDomain): Record<string, unknown> {
  const d = parseWith(DomainSchema(), domain, 'INVALID_INPUT', ['domain'])
  const schema = d === undefined ? SalesPolicySchema() : DOMAIN_SCHEMAS[d]()
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const decimal = decimalJsonSchema(ctx.zodSchema)
      if (decimal !== undefined) Object.assign(ctx.jsonSchema, decimal)
    },
  }) as Record<string, unknown>
  const { $schema, ...rest } = json
  const file = SCHEMA_FILES[d ?? 'salesPolicy']
  return {
    $schema,
    $id: `https://sales-rules.dev/schemas/${file}`,
    title: `sales-rules ${d ?? 'sales policy'}`,
    ...rest,
  }
}

// @ts-nocheck
export { diffSalesPolicies } from './diffSalesPolicies'
export type { DiffSalesPoliciesOptions, PolicyChange, PolicyDiff } from './diffSalesPolicies'
export { parseSalesPolicy } from './parseSalesPolicy'
export { SCHEMA_FILES, salesPolicyJsonSchema } from './salesPolicyJsonSchema'
export { validateSalesPolicy } from './validateSalesPolicy'
export type { SalesPolicyValidation } from './validateSalesPolicy'

// The benchmarks time the built package (`dist/index.js`), the code users run, not the TypeScript sources
// through tsx: tsx loads each source module on its own, and an imported function is then reached through a
// getter between modules, which the bundle does not have (the quote route measured a few per cent slower
// that way). Types come from the sources. `npm run bench` builds first; a bench run without a build fails
// here with the path it looked for.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type * as SalesRules from '../src/index'

const dist = new URL('../dist/index.js', import.meta.url)
if (!existsSync(fileURLToPath(dist))) throw new Error(`${fileURLToPath(dist)} is missing: run npm run build`)
const lib = (await import(dist.href)) as typeof SalesRules

export const {
  addBusinessDays,
  allocate,
  budgetVariance,
  businessDaysBetween,
  checkExpenseClaim,
  compileCommissionPlan,
  compileCustomerGrading,
  compileExpenseBudget,
  compileExpenseClaimPolicy,
  compileKpiPolicy,
  compileLeadPolicy,
  compileOrderReleasePolicy,
  compileQuoteApprovalPolicy,
  compileScoringMatrix,
  parseAmount,
  slaCompliance,
} = lib

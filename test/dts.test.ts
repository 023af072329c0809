// The published declarations document themselves: in dist/index.d.ts (and .d.cts), as an editor's
// hover reads them, the fields of the input types carry their docs and the public schemas print as
// `z.ZodType<Output, Input>`, not as expanded zod internals. global-setup builds dist/ first.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

function declarations(file: string) {
  const path = join(process.cwd(), 'dist', file)
  const program = ts.createProgram([path], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(path)
  if (!source) throw new Error(`no ${path}`)
  const module = checker.getSymbolAtLocation(source)
  if (!module) throw new Error(`${path} is not a module`)
  const exports = new Map(checker.getExportsOfModule(module).map((s) => [s.name, s]))
  const exported = (name: string) => {
    const symbol = exports.get(name)
    if (!symbol) throw new Error(`${name} is not exported`)
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  }
  const doc = (symbol: ts.Symbol | undefined) =>
    symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)) : undefined
  /** The doc an editor shows on hover of `Type[path…]` (`[]` steps into an array's element). */
  const hover = (typeName: string, ...path: string[]) => {
    let type = checker.getDeclaredTypeOfSymbol(exported(typeName))
    let symbol: ts.Symbol | undefined
    for (const step of path) {
      if (step === '[]') {
        type = checker.getIndexTypeOfType(type, ts.IndexKind.Number) ?? type
        continue
      }
      symbol = type.getProperty(step)
      if (!symbol) throw new Error(`${typeName} has no ${path.join('.')}`)
      type = checker.getNonNullableType(checker.getTypeOfSymbol(symbol))
    }
    return doc(symbol)
  }
  /** The paths of the fields (at any depth, in every member of a union) that have no doc. */
  const undocumented = (typeName: string) => {
    const missing: string[] = []
    const seen = new Set<ts.Type>()
    const walk = (type: ts.Type, path: string) => {
      if (seen.has(type)) return
      seen.add(type)
      if (type.isUnion()) return type.types.forEach((t) => walk(t, path))
      const element = checker.isArrayType(type)
        ? checker.getIndexTypeOfType(type, ts.IndexKind.Number)
        : undefined
      if (element) return walk(element, `${path}[]`)
      const name = type.getSymbol()?.name
      // decimals and other library classes are documented where they are declared
      if (!(type.flags & ts.TypeFlags.Object) || name === 'Decimal' || name === 'Record') return
      for (const property of type.getProperties()) {
        const at = `${path}.${property.name}`
        if (doc(property) === '') missing.push(at)
        walk(checker.getNonNullableType(checker.getTypeOfSymbol(property)), at)
      }
    }
    walk(checker.getDeclaredTypeOfSymbol(exported(typeName)), typeName)
    return missing
  }
  return { hover, undocumented }
}

/** The input types made named interfaces for issue #18's last step; every field must carry its doc. */
const INPUT_TYPES = [
  'KpiDefinitionInput',
  'KpiScorecardInput',
  'KpiFormulaInput',
  'KpiPolicyInput',
  'CommissionPlanInput',
  'CommissionTransactionInput',
  'CommissionPaymentInput',
  'EmploymentInput',
  'AdjustmentInput',
  'CommissionInput',
  'CommissionYearInput',
  'OrderReleasePolicyInput',
  'OrderInput',
  'OrderContextInput',
  'ContractInput',
  // typesc
  'ComplaintPolicyInput',
  'ComplaintInput',
  'TrainingPolicyInput',
  'TrainingResultInput',
  'TraineeInput',
]

/**
 * The validated (output) types made named interfaces for issue #18, with their named parts (typesa, typesc,
 * then order release, leads, complaints, training, appraisal and expense claims); every field documented.
 */
const OUTPUT_TYPES = [
  'Quote',
  'QuoteApprovalPolicy',
  'CustomerGradingPolicy',
  'OpportunityScoringMatrix',
  'CommissionPlan',
  'ExpenseBudget',
  'BudgetApproval',
  'DateRange',
  'Versioned',
  'BusinessCalendar',
  // typesc
  'KpiDefinition',
  'KpiPolicy',
  'SalesPolicy',
  // order release, leads, complaints, training, appraisal, expense claims
  'OrderReleasePolicy',
  'Order',
  'OrderContext',
  'Contract',
  'LeadPolicy',
  'Lead',
  'LeadEvent',
  'SalesRep',
  'LeadContact',
  'ComplaintPolicy',
  'Complaint',
  'TrainingPolicy',
  'TrainingResult',
  'AppraisalPolicy',
  'ExpenseClaimPolicy',
  'ExpenseClaim',
]

describe.each(['index.d.ts', 'index.d.cts'])('dist/%s', (file) => {
  const dts = declarations(file)

  it('shows the doc of each QuoteInput field on hover', () => {
    expect(dts.hover('QuoteInput', 'currency')).toBe('The currency of every price.')
    expect(dts.hover('QuoteInput', 'lines')).toBe('The lines, at least one.')
    expect(dts.hover('QuoteInput', 'lines', '[]', 'listPrice')).toBe('List price per unit (目录价).')
    expect(dts.hover('QuoteInput', 'customer', 'grade')).toBe("The customer's grade (e.g. `A`).")
  })

  it('documents the fields of the policy inputs too', () => {
    expect(dts.hover('QuoteApprovalPolicyInput', 'ladder', '[]', 'limits', 'maxNetTotal')).toBe(
      'The highest net total (after every discount) the role may approve.',
    )
    expect(dts.hover('QuoteApprovalPolicyInput', 'effectiveFrom')).toBe(
      'First day the version is in force, `YYYY-MM-DD`.',
    )
    expect(dts.hover('SalesPolicyInput', 'company')).toBe("The company's name.")
  })

  it('documents the fields of the KPI, commission and order-release inputs', () => {
    expect(dts.hover('KpiDefinitionInput', 'bands', '[]', 'level')).toBe('The alert level of the band.')
    expect(dts.hover('KpiDefinitionInput', 'deduction', 'per')).toBe(
      'The points taken off per occurrence, more than zero.',
    )
    expect(dts.hover('KpiScorecardInput', 'weights', '[]', 'weight')).toBe(
      'Its weight, a fraction (`0.4` = 40 %).',
    )
    expect(dts.hover('KpiPolicyInput', 'escalation', 'critical')).toBe('Roles told of `critical` alerts.')
    expect(dts.hover('KpiPolicyInput', 'effectiveFrom')).toBe(
      'First day the version is in force, `YYYY-MM-DD`.',
    )
    expect(dts.hover('CommissionPlanInput', 'draw', 'recoverable')).toBe(
      'Whether later earnings above the draw repay it.',
    )
    expect(dts.hover('CommissionPlanInput', 'version')).toBe(
      'The version label, unique among the versions of one id (e.g. `2026.2`).',
    )
    expect(dts.hover('CommissionTransactionInput', 'original', 'date')).toBe(
      "The sale's date (the clawback window counts from it).",
    )
    expect(dts.hover('CommissionPaymentInput', 'transactionId')).toBe('The transaction paid.')
    expect(dts.hover('EmploymentInput', 'start')).toBe('First day employed, `YYYY-MM-DD`.')
    expect(dts.hover('AdjustmentInput', 'reason')).toBe('Why (1–500 characters).')
    expect(dts.hover('CommissionInput', 'transactions', '[]', 'amount')).toBe(
      'Net revenue after discounts: positive for a sale, the amount given back for a refund (positive too).',
    )
    expect(dts.hover('CommissionInput', 'period', 'start')).toBe('First day, `YYYY-MM-DD`.')
    expect(dts.hover('CommissionYearInput', 'previous', 'settled')).toBe(
      'The year-to-date earnings settled so far (paid, carried or forfeited above the cap).',
    )
    expect(dts.hover('OrderReleasePolicyInput', 'credit', 'grades', '[]', 'limit')).toBe('Its credit limit.')
    expect(dts.hover('OrderReleasePolicyInput', 'contracts', 'chain', '[]', 'role')).toBe(
      "The approver's role id (e.g. `audit`).",
    )
    expect(dts.hover('OrderInput', 'lines', '[]', 'unitPrice')).toBe('The price per unit on the order.')
    expect(dts.hover('OrderContextInput', 'override', 'reason')).toBe('Why.')
    expect(dts.hover('ComplaintPolicyInput', 'penalties', 'rules', '[]', 'fine', 'max')).toBe(
      'The highest fine (e.g. 100).',
    )
    expect(dts.hover('TrainingPolicyInput', 'roles', '[]', 'required')).toBe(
      'The courses a person in this role must hold a valid pass of to work (上岗), at least one.',
    )
    expect(dts.hover('ContractInput', 'deviations')).toBe(
      "The clauses changed from the company's standard template (统一蓝本); none when left out or empty.",
    )
  })

  it('documents every field of every named input type, at any depth', () => {
    const undocumented = INPUT_TYPES.flatMap((name) => dts.undocumented(name))
    expect(undocumented).toEqual([])
  })

  it('shows the doc of the validated order, lead, complaint, training, appraisal and claim types on hover', () => {
    expect(dts.hover('OrderReleasePolicy', 'credit', 'grades', '[]', 'limit')).toBe('Its credit limit.')
    expect(dts.hover('OrderContext', 'payments', '[]', 'confirmation', 'by')).toBe(
      'The confirming role (e.g. `finance`).',
    )
    expect(dts.hover('LeadPolicy', 'assignment', '[]', 'method')).toBe(
      '`round-robin` or `load` (the fewest open leads).',
    )
    expect(dts.hover('ComplaintPolicy', 'penalties', 'rules', '[]', 'fine', 'max')).toBe(
      'The highest fine (e.g. 100).',
    )
    expect(dts.hover('TrainingPolicy', 'courses', '[]', 'prerequisites')).toBe(
      "Courses that must have been passed, on or before the day of this course's result, for it to count; none\nby default.",
    )
    expect(dts.hover('AppraisalPolicy', 'bands', '[]', 'bonusMultiplier')).toBe(
      'The multiplier of the performance bonus (`1.2`: 120 %); 1 when left out.',
    )
    expect(dts.hover('ExpenseClaim', 'lines', '[]', 'invoice', 'number')).toBe(
      'The invoice number (发票号码); the key of the duplicate check.',
    )
  })

  it('shows the doc of each field of the validated (output) types on hover', () => {
    expect(dts.hover('Quote', 'lines', '[]', 'listPrice')).toBe('List price per unit (目录价).')
    expect(dts.hover('Quote', 'discount')).toBe(
      'A discount on the whole quote after the line prices, a fraction (zero when left out).',
    )
    expect(dts.hover('QuoteApprovalPolicy', 'ladder', '[]', 'limits', 'maxNetTotal')).toBe(
      'The highest net total (after every discount) the role may approve.',
    )
    expect(dts.hover('QuoteApprovalPolicy', 'effectiveFrom')).toBe(
      'First day the version is in force, `YYYY-MM-DD`.',
    )
    expect(dts.hover('QuoteApprovalPolicy', 'contractReview', 'approver', 'role')).toBe(
      "The approver's role id.",
    )
    expect(dts.hover('CustomerGradingPolicy', 'grades', '[]', 'followUp', 'minContacts')).toBe(
      'The least number of contacts in each window.',
    )
    expect(dts.hover('OpportunityScoringMatrix', 'priorityGrid', 'x', 'tiers', '[]', 'from')).toBe(
      "The lowest value in the tier, inclusive; the first tier's `from` is the axis minimum.",
    )
    expect(dts.hover('ExpenseBudget', 'lines', '[]', 'control', 'warnAt')).toBe(
      'Warn from this share of the budget checked (0.9 = 90 %, the default); a value equal to it warns.',
    )
    expect(dts.hover('BudgetApproval', 'history', '[]', 'on')).toBe('The day.')
    expect(dts.hover('BusinessCalendar', 'hours', '[]', 'start')).toBe('When work starts, `HH:mm`.')
    expect(dts.hover('DateRange', 'end')).toBe('Last day (inclusive), `YYYY-MM-DD`.')
    expect(dts.hover('KpiPolicy', 'kpis', '[]', 'deduction', 'per')).toBe(
      'The points taken off per occurrence, more than zero.',
    )
    expect(dts.hover('KpiPolicy', 'scorecard', 'weights', '[]', 'weight')).toBe(
      'Its weight, a fraction (`0.4` = 40 %).',
    )
    expect(dts.hover('KpiDefinition', 'bands', '[]', 'level')).toBe('The alert level of the band.')
    expect(dts.hover('SalesPolicy', 'locale')).toBe(
      'The locale of explanations by default (`zh-CN` when left out).',
    )
  })

  it('documents every field of every named output type, at any depth', () => {
    const undocumented = OUTPUT_TYPES.flatMap((name) => dts.undocumented(name))
    expect(undocumented).toEqual([])
  })

  it('prints the public schemas by their named types', () => {
    const text = readFileSync(join(process.cwd(), 'dist', file), 'utf8')
    const declared = (name: string) => new RegExp(`declare const ${name}: ([^;]+);`).exec(text)?.[1]
    expect(declared('QuoteSchema')).toBe('z.ZodType<Quote, QuoteInput>')
    expect(declared('QuoteApprovalPolicySchema')).toBe(
      'z.ZodType<QuoteApprovalPolicy, QuoteApprovalPolicyInput>',
    )
    expect(declared('SalesPolicySchema')).toBe('z.ZodType<SalesPolicy, SalesPolicyInput>')
  })
})

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
  return { hover }
}

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

// Type-checks every code sample (JSDoc `@example`s, ```ts blocks of README.md and docs/*.md) as a
// reader would paste it into a `strict` TypeScript file: `sales-rules` resolves to src/index.ts, a
// JSDoc example sees the whole API (as if imported), a Markdown block imports what it uses. Each
// sample is its own module in one in-memory program, so the check costs one type-check of src/.
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import * as api from '../src/index'
import { jsdocExamples, markdownExamples, type Sample } from './samples'

const root = process.cwd()
const samples = [...jsdocExamples(), ...markdownExamples()]
const dir = join(root, '.samples')
const fileOf = (i: number) => join(dir, `sample-${i}.ts`)

function moduleText(sample: Sample): string {
  const imports = /^\s*import\s/m.test(sample.code)
    ? ''
    : `import { ${Object.keys(api).join(', ')} } from 'sales-rules'\n`
  return `${imports}${sample.code}\nexport {}\n`
}

function diagnosticsBySample(): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
    baseUrl: root,
    paths: { 'sales-rules': ['src/index.ts'] },
  }
  const texts = new Map(samples.map((s, i) => [fileOf(i), moduleText(s)]))
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.fileExists = (file) => texts.has(resolve(file)) || ts.sys.fileExists(file)
  host.readFile = (file) => texts.get(resolve(file)) ?? readFile(file)
  host.getSourceFile = (file, language, onError) => {
    const text = texts.get(resolve(file))
    return text === undefined
      ? getSourceFile(file, language, onError)
      : ts.createSourceFile(file, text, language)
  }
  const program = ts.createProgram([...texts.keys()], options, host)
  const found = new Map<string, string[]>()
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? resolve(diagnostic.file.fileName) : '(global)'
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    const where = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
    const lines = found.get(file) ?? []
    lines.push(`${where ? `line ${where.line}: ` : ''}TS${diagnostic.code} ${text}`)
    found.set(file, lines)
  }
  return found
}

describe('code samples type-check under strict', () => {
  let found = new Map<string, string[]>()
  beforeAll(() => {
    found = diagnosticsBySample()
  }, 180_000)

  it('type-checks the library itself without errors', () => {
    const outside = [...found].filter(([file]) => !file.startsWith(dir))
    expect(outside).toEqual([])
  })

  it.each(samples.map((s, i) => [s.label, i] as const))('%s', (_label, i) => {
    expect(found.get(fileOf(i)) ?? []).toEqual([])
  })
})

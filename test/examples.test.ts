// Runs every `@example` of the public API: each line `expression //=> expected` becomes an
// assertion that the expression deep-equals the expected value.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

interface Example {
  readonly file: string
  readonly line: number
  readonly code: string
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const examples: Example[] = []
  lines.forEach((text, index) => {
    if (!/^\s*\*\s*@example\s*$/.test(text)) return
    const body: string[] = []
    for (let i = index + 1; i < lines.length; i += 1) {
      const line = lines[i] ?? ''
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w+/.test(line)) break
      body.push(line.replace(/^\s*\* ?/, ''))
    }
    examples.push({ file: relative(process.cwd(), file), line: index + 1, code: body.join('\n') })
  })
  return examples
}

function toProgram(code: string): string {
  const lines = code.split('\n').map((line) => {
    const at = line.indexOf('//=>')
    if (at < 0) return line
    const expression = line.slice(0, at).trim().replace(/^;/, '')
    const expected = line.slice(at + 4).trim()
    return `__check((${expression}), (${expected}), ${JSON.stringify(expression)})`
  })
  return ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022 } })
    .outputText
}

const examples = sourceFiles(join(process.cwd(), 'src')).flatMap(examplesOf)

describe('JSDoc examples', () => {
  it('finds an example for every exported function', () => {
    const documented = new Set(examples.map((e) => e.code))
    const functions = Object.entries(api).filter(
      ([, value]) => typeof value === 'function' && !/^[A-Z]/.test(String((value as { name?: string }).name)),
    )
    for (const [name] of functions) {
      expect(
        [...documented].some((code) => code.includes(`${name}(`)),
        `${name} has an @example`,
      ).toBe(true)
    }
  })

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))(
    '%s runs and holds',
    (_label, example) => {
      const checks: string[] = []
      const check = (actual: unknown, expected: unknown, expression: string) => {
        expect(actual, expression).toEqual(expected)
        checks.push(expression)
      }
      const names = Object.keys(api)
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the JSDoc example is this test's purpose
      const run = new Function('__check', ...names, toProgram(example.code)) as (...args: unknown[]) => void
      run(check, ...names.map((n) => (api as Record<string, unknown>)[n]))
      expect(checks.length, 'the example asserts something with //=>').toBeGreaterThan(0)
    },
  )
})

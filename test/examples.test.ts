// Runs every `@example` of the public API and every ```ts block of README.md and docs/*.md: each line `expression //=> expected` becomes an
// assertion that the expression deep-equals the expected value.
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'
import { jsdocExamples, markdownExamples } from './samples'

/** The sample as a function body: its imports of the package dropped (the API is passed in), each `//=>` a check. */
function toProgram(code: string): string {
  const lines = code.split('\n').map((line) => {
    if (/^\s*import\s.*from\s+'sales-rules'/.test(line)) return ''
    const at = line.indexOf('//=>')
    if (at < 0) return line
    const expression = line.slice(0, at).trim().replace(/^;/, '')
    const expected = line.slice(at + 4).trim()
    return `__check((${expression}), (${expected}), ${JSON.stringify(expression)})`
  })
  return ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022 } })
    .outputText
}

const examples = jsdocExamples()
const samples = [...examples, ...markdownExamples()]

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

  it.each(samples.map((e) => [e.label, e] as const))('%s runs and holds', (_label, example) => {
    const checks: string[] = []
    const check = (actual: unknown, expected: unknown, expression: string) => {
      expect(actual, expression).toEqual(expected)
      checks.push(expression)
    }
    const names = Object.keys(api)
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the sample is this test's purpose
    const run = new Function('__check', ...names, toProgram(example.code)) as (...args: unknown[]) => void
    run(check, ...names.map((n) => (api as Record<string, unknown>)[n]))
    expect(checks.length, 'the example asserts something with //=>').toBeGreaterThan(0)
  })
})

// Every code sample a reader can copy: each JSDoc `@example` in src/ and each ```ts block in README.md
// and docs/*.md. test/examples.test.ts runs them (each `expression //=> expected` line becomes an
// assertion) and test/samples-typecheck.test.ts type-checks them, as written, under `strict`.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface Sample {
  /** Where it is, `file:line` of its first line. */
  readonly label: string
  readonly file: string
  readonly line: number
  /** The code as a reader copies it. */
  readonly code: string
  /** A JSDoc example (the API is in scope) or a Markdown block (imports what it uses). */
  readonly kind: 'jsdoc' | 'markdown'
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

function jsdocSamples(file: string): Sample[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const samples: Sample[] = []
  lines.forEach((text, index) => {
    if (!/^\s*\*\s*@example\s*$/.test(text)) return
    const body: string[] = []
    for (let i = index + 1; i < lines.length; i += 1) {
      const line = lines[i] ?? ''
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w+/.test(line)) break
      body.push(line.replace(/^\s*\* ?/, ''))
    }
    const path = relative(process.cwd(), file)
    samples.push({
      label: `${path}:${index + 1}`,
      file: path,
      line: index + 1,
      code: body.join('\n'),
      kind: 'jsdoc',
    })
  })
  return samples
}

function markdownSamples(file: string): Sample[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const samples: Sample[] = []
  lines.forEach((text, index) => {
    if (!/^```ts\s*$/.test(text)) return
    const body: string[] = []
    for (let i = index + 1; i < lines.length && !/^```\s*$/.test(lines[i] ?? ''); i += 1)
      body.push(lines[i] ?? '')
    const path = relative(process.cwd(), file)
    samples.push({
      label: `${path}:${index + 1}`,
      file: path,
      line: index + 1,
      code: body.join('\n'),
      kind: 'markdown',
    })
  })
  return samples
}

/** Every JSDoc example under src/. */
export function jsdocExamples(root = process.cwd()): Sample[] {
  return sourceFiles(join(root, 'src')).flatMap(jsdocSamples)
}

/** Every ```ts block of README.md and docs/*.md. */
export function markdownExamples(root = process.cwd()): Sample[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name))
  return [join(root, 'README.md'), ...docs].flatMap(markdownSamples)
}

// Every `npx sales-rules …` command in README.md and docs/*.md runs as written, from the package's
// root, against the files in examples/ (the sample JSON Lines exist for that): exit 0, some output.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run } from './run'

const documents = ['README.md', ...readdirSync('docs').map((name) => `docs/${name}`)].filter((f) =>
  f.endsWith('.md'),
)

/** The `npx sales-rules` lines of the ```sh blocks of a Markdown file, without their comments. */
function commands(file: string): string[] {
  const blocks = readFileSync(file, 'utf8').match(/```sh\n[\s\S]*?```/g) ?? []
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx sales-rules '))
}

const all = documents.flatMap((file) => commands(file).map((command) => ({ file, command })))

describe('the command lines of the guides', () => {
  it('finds the commands of README.md and docs/policy.md', () => {
    expect(all.filter((c) => c.file === 'README.md').length).toBe(2)
    expect(all.filter((c) => c.file === 'docs/policy.md').length).toBe(7)
  })

  it.each(all)('$file: $command', async ({ command }) => {
    const words = command.split(/\s+/).slice(2)
    // `> out` is the shell's business (dropped); `< in` becomes the standard input
    const out = words.indexOf('>')
    if (out >= 0) words.splice(out, 2)
    const from = words.indexOf('<')
    const input = from >= 0 ? readFileSync(words.splice(from, 2)[1] as string, 'utf8') : ''
    const result = await run(words, input)
    expect([result.status, result.stderr.includes('rejected') ? result.stderr : '']).toEqual([
      0,
      result.stderr.includes('rejected') ? expect.stringMatching(/ 0 rejected\n$/) : '',
    ])
    expect(result.stdout.length).toBeGreaterThan(0)
  })
})

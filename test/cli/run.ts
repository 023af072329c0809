// Runs the built command line (dist/cli.js) as a child process, as another system would run it: the one
// helper of the CLI tests.
import { spawnSync } from 'node:child_process'

/** What a run of the command gave. */
export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `sales-rules <args>` with `input` on stdin, under `LANG=lang` (`C.UTF-8` unless told). */
export function run(args: readonly string[], input?: string, lang = 'C.UTF-8'): CliRun {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Runs `sales-rules evaluate <domain> --policy examples/policy.json` on `lines` (one JSON line each) and
 * reads each line it printed back as JSON.
 */
export function evaluate(domain: string, lines: readonly unknown[]): CliRun & { out: Record<string, any>[] } {
  const result = run(
    ['evaluate', domain, '--policy', 'examples/policy.json'],
    lines.map((l) => JSON.stringify(l)).join('\n'),
  )
  const out = result.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, any>)
  return { ...result, out }
}

// The helpers of the CLI tests. `run` runs the command's `main` (src/cli/index.ts) in-process, with its
// arguments, standard input and LANG, as `sales-rules` would: a child process per call cost the test suite
// about a second each (issue #26, test time). `runProcess` runs the built command (dist/cli.js) as a child
// process, as another system would run it: a few tests keep doing so, to check the built command, its
// streams and its exit code.
import { spawnSync } from 'node:child_process'
import { Readable } from 'node:stream'
import { main } from '../../src/cli/index'

/** What a run of the command gave. */
export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `sales-rules <args>` in-process with `input` on stdin, under `LANG=lang` (`C.UTF-8` unless told):
 * what it writes and its exit code, as the command gives them.
 */
export async function run(args: readonly string[], input?: string, lang = 'C.UTF-8'): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const saved = process.env['LANG']
  process.env['LANG'] = lang
  try {
    const status = await main(
      args,
      (line) => (stdout += `${line}\n`),
      (line) => (stderr += `${line}\n`),
      Readable.from(input === undefined || input === '' ? [] : [input]),
    )
    return { status, stdout, stderr }
  } finally {
    if (saved === undefined) delete process.env['LANG']
    else process.env['LANG'] = saved
  }
}

/** Runs the built `sales-rules <args>` (dist/cli.js) as a child process, as `run` does in-process. */
export function runProcess(args: readonly string[], input?: string, lang = 'C.UTF-8'): CliRun {
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
export async function evaluate(
  domain: string,
  lines: readonly unknown[],
): Promise<CliRun & { out: Record<string, any>[] }> {
  const result = await run(
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

/** A rep's quote under examples/policy.json: 98,000 less 12 % = 86,240, over the rep's 50,000 limit. */
export const quote = {
  id: 'Q-1',
  currency: 'CNY',
  customer: { id: 'c', grade: 'A' },
  requestedBy: 'sales-rep',
  // examples/policy.json requires both on every quote (handbook 01: 交货期、付款方式)
  paymentTerms: 'prepaid',
  deliveryDate: '2026-07-15',
  lines: [{ product: 'MRI-200', quantity: 1, listPrice: '98000', discount: '0.12', unitCost: '61000' }],
}

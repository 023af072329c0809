// The command line: its `main` in-process for the details (./run.ts), and the built command (dist/cli.js) as a
// child process, as another system would run it, for its streams and exit codes.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { quote, run, runProcess } from './run'
import { examplePolicy } from '../fixtures/policy'

const scratch = mkdtempSync(join(tmpdir(), 'sales-rules-cli-'))
const file = (name: string, content: string) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

describe('sales-rules validate', () => {
  it('exits 0 for a valid policy, in English unless --locale or LANG says Chinese', async () => {
    const result = await run(['validate', 'examples/policy.json'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      'examples/policy.json: The sales policy of Example Trading Co. (示例贸易有限公司) is valid: opportunityScoring, customerGrading, quoteApproval, commission, expenseBudget, kpi, orderRelease, expenseClaims, complaints, training, leads, appraisal\n',
    )
    const chinese =
      'examples/policy.json: Example Trading Co. (示例贸易有限公司) 的销售政策有效：opportunityScoring, customerGrading, quoteApproval, commission, expenseBudget, kpi, orderRelease, expenseClaims, complaints, training, leads, appraisal\n'
    expect((await run(['validate', 'examples/policy.json'], undefined, 'zh_CN.UTF-8')).stdout).toBe(chinese)
    expect((await run(['validate', 'examples/policy.json', '--locale', 'zh-CN'])).stdout).toBe(chinese)
    // --locale wins over LANG
    expect(
      (await run(['validate', 'examples/policy.json', '--locale', 'en'], undefined, 'zh_CN.UTF-8')).stdout,
    ).toBe(result.stdout)
  })

  it('prints errors in the same language as successes', async () => {
    const bad = examplePolicy()
    bad.commission.currency = 'USD'
    const path = file('currency.json', JSON.stringify(bad))
    expect((await run(['validate', path])).stdout).toBe(
      'commission.currency: The currency USD differs from the company currency CNY\n',
    )
    expect((await run(['validate', path], undefined, 'zh_CN.UTF-8')).stdout).toBe(
      'commission.currency: 币种 USD 与公司币种 CNY 不一致\n',
    )
    // an invalid policy given to evaluate: the issues on standard error, in the locale too
    const evaluated = await run(['evaluate', 'commission', '--policy', path], '', 'zh_CN.UTF-8')
    expect([evaluated.status, evaluated.stderr]).toEqual([
      1,
      'sales-rules: INVALID_POLICY\n  commission.currency: 币种 USD 与公司币种 CNY 不一致\n',
    ])
  })

  it('exits 1 and prints each issue as path: message, in English, Chinese or JSON', async () => {
    const bad = examplePolicy()
    bad.commission.currency = 'USD'
    bad.kpi.kpis[0].bands[0].level = 'red'
    const path = file('bad.json', JSON.stringify(bad))
    const text = await run(['validate', path, '--locale', 'en'])
    expect(text.status).toBe(1)
    expect(text.stdout.split('\n')).toEqual([
      'kpi.kpis.0.bands.0.level: Invalid option: expected one of "ok"|"notice"|"warning"|"critical"',
      '',
    ])
    bad.kpi.kpis[0].bands[0].level = 'critical'
    const zh = await run(['validate', file('bad2.json', JSON.stringify(bad)), '--locale', 'zh-CN'])
    expect(zh.stdout).toBe('commission.currency: 币种 USD 与公司币种 CNY 不一致\n')
    const json = await run(['validate', join(scratch, 'bad2.json'), '--format', 'json'])
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      issues: [
        {
          path: ['commission', 'currency'],
          code: 'policy.currency',
          message: 'The currency USD differs from the company currency CNY',
          params: { currency: 'USD', expected: 'CNY' },
        },
      ],
    })
  })

  it('exits 2 for a missing or unreadable file and for bad usage', async () => {
    expect(await run(['validate', join(scratch, 'nope.json')])).toMatchObject({ status: 2, stdout: '' })
    expect((await run(['validate', file('broken.json', '{ "company": ')])).stderr).toMatch(
      /^sales-rules: .*broken\.json is not JSON/,
    )
    expect((await run(['frobnicate'])).status).toBe(2)
    expect((await run(['validate', 'examples/policy.json', '--format', 'xml'])).status).toBe(2)
    expect((await run([])).status).toBe(2)
    expect(await run(['--help'])).toMatchObject({ status: 0 })
  })
})

describe('sales-rules schema', () => {
  it('prints the JSON Schema of the document or of one domain', async () => {
    const whole = await run(['schema'])
    expect(whole.status).toBe(0)
    expect(JSON.parse(whole.stdout).$id).toBe('https://sales-rules.dev/schemas/sales-policy.schema.json')
    expect(JSON.parse((await run(['schema', 'kpi'])).stdout).title).toBe('sales-rules kpi')
    expect((await run(['schema', 'pricing'])).status).toBe(2)
  })

  it('spells domains in kebab-case, as evaluate does, and keeps the camelCase key as an alias', async () => {
    const kebab = await run(['schema', 'customer-grading'])
    expect(kebab.status).toBe(0)
    expect(JSON.parse(kebab.stdout).$id).toBe('https://sales-rules.dev/schemas/customer-grading.schema.json')
    expect((await run(['schema', 'customerGrading'])).stdout).toBe(kebab.stdout)
    expect((await run(['schema', 'pricing'])).stderr).toBe(
      'sales-rules: unknown domain pricing; use one of opportunity-scoring, customer-grading, quote-approval, commission, expense-budget, kpi, order-release, expense-claims, complaints, training, leads, appraisal\n',
    )
    const line = JSON.stringify(quote)
    const alias = await run(['evaluate', 'quoteApproval', '--policy', 'examples/policy.json'], line)
    expect(alias.stdout).toBe(
      (await run(['evaluate', 'quote-approval', '--policy', 'examples/policy.json'], line)).stdout,
    )
    expect(alias.stderr).toBe('sales-rules evaluate quote-approval: 1 line, 1 decided, 0 rejected\n')
  })
})

describe('sales-rules evaluate and explain', () => {
  it('streams one decision per JSON line, reports bad lines with their number, and goes on', async () => {
    const input = [
      JSON.stringify(quote),
      '',
      'not json',
      JSON.stringify({ id: 'Q-2' }),
      JSON.stringify({ ...quote, id: 'Q-3', lines: [{ ...quote.lines[0], discount: '0.02' }] }),
    ].join('\n')
    const result = await run(['evaluate', 'quote-approval', '--policy', 'examples/policy.json'], input)
    expect(result.status).toBe(1)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ])
    // 86,240 net is over the rep's 50,000: the supervisor; 96,040 at 2 % is still over it
    expect([lines[0].result.requiredRole, lines[3].result.requiredRole]).toEqual([
      'sales-supervisor',
      'sales-supervisor',
    ])
    expect(lines[1].error.code).toBe('MALFORMED_LINE')
    expect(lines[2].error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(lines[2].error.issues[0].path).toEqual(['quote', 'currency'])
    // the blank line is skipped and not counted: 4 lines, 2 decided + 2 rejected
    expect(result.stderr).toBe('sales-rules evaluate quote-approval: 4 lines, 2 decided, 2 rejected\n')
  })

  it('writes the issues of a rejected line in the --locale (a comp analyst found them always in English)', async () => {
    const bad = JSON.stringify({ ...quote, id: 'Q-9', lines: [{ ...quote.lines[0], quantity: '-1' }] })
    const issueOf = async (args: string[]) => {
      const result = await run(
        ['evaluate', 'quote-approval', '--policy', 'examples/policy.json', ...args],
        bad,
      )
      return JSON.parse(result.stdout.trim()).error.issues[0] as {
        code: string
        path: unknown[]
        message: string
      }
    }
    const en = await issueOf([])
    const zh = await issueOf(['--locale', 'zh-CN'])
    // the same issue (code and path), its message in each language
    expect([zh.code, zh.path]).toEqual([en.code, en.path])
    expect(en.message).toMatch(/^[^\u4e00-\u9fff]+$/)
    expect(zh.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('reads facts from a file, picks a version by --date, and explains decisions in the --locale', async () => {
    const versions = examplePolicy()
    versions.commission = [
      versions.commission,
      {
        ...versions.commission,
        version: '2026.2',
        effectiveFrom: '2026-07-01',
        gate: { minAttainment: '0.5' },
      },
    ]
    const policy = file('versions.json', JSON.stringify(versions))
    const facts = file(
      'statements.jsonl',
      `${JSON.stringify({ rep: 'REP-12', period: { start: '2026-06-01', end: '2026-06-30' }, quota: '600000', transactions: [{ id: 'SO-1', date: '2026-06-03', amount: '240000' }] })}\n`,
    )
    expect(await run(['evaluate', 'commission', '--policy', policy, '--input', facts])).toMatchObject({
      status: 2,
      stderr: `sales-rules: ${policy} lists versions of commission: give --date YYYY-MM-DD to pick the one in force\n`,
    })
    expect(await run(['evaluate', 'commission', '--policy', policy, '--locale', 'zh-CN'])).toMatchObject({
      status: 2,
      stderr: `sales-rules: ${policy} 列出了 commission 的多个版本：请用 --date YYYY-MM-DD 选出当日生效的版本\n`,
    })
    // a whole policy without the domain's key
    const { complaints: _, ...withoutComplaints } = examplePolicy()
    const partial = file('partial.json', JSON.stringify(withoutComplaints))
    expect(await run(['evaluate', 'complaints', '--policy', partial], '')).toMatchObject({
      status: 2,
      stderr: `sales-rules: ${partial} has no complaints policy\n`,
    })
    expect(await run(['evaluate', 'complaints', '--policy', partial], '', 'zh_CN.UTF-8')).toMatchObject({
      status: 2,
      stderr: `sales-rules: ${partial} 中没有 complaints 政策\n`,
    })
    const june = await run([
      'evaluate',
      'commission',
      '--policy',
      policy,
      '--input',
      facts,
      '--date',
      '2026-06-30',
    ])
    expect(june.status).toBe(0)
    // 240,000 of 600,000 is 40 %, above the first version's 30 % gate: 2 % on the attainment tiers = 4,800.00
    expect(JSON.parse(june.stdout).result.commission).toBe('4800.00')
    // the July version, picked by --date, is not in force in June: a single plan is a list of one version
    const late = await run([
      'evaluate',
      'commission',
      '--policy',
      policy,
      '--input',
      facts,
      '--date',
      '2026-07-15',
    ])
    expect(late.stdout).toContain('NO_POLICY_IN_FORCE')
    const julyFacts = file(
      'july.jsonl',
      `${JSON.stringify({ rep: 'REP-12', period: { start: '2026-07-01', end: '2026-07-31' }, quota: '600000', transactions: [{ id: 'SO-2', date: '2026-07-03', amount: '240000' }] })}\n`,
    )
    const july = await run([
      'explain',
      'commission',
      '--policy',
      policy,
      '--input',
      julyFacts,
      '--date',
      '2026-07-15',
      '--locale',
      'en',
    ])
    // the same 40 % in July is below the second version's 50 % gate
    expect(july.stdout).toContain('Gate not met (0.4 below 0.5): no commission this period')
  })

  it('measures SLA items one per line against --as-of', async () => {
    const ticket = {
      id: 'T-1',
      kind: 'ticket',
      events: { received: '2026-09-30T17:00:00+08:00', replied: '2026-10-01T16:00:00+08:00' },
    }
    const result = await run(
      [
        'explain',
        'sla',
        '--policy',
        'examples/policy.json',
        '--as-of',
        '2026-10-13T12:00:00+08:00',
        '--locale',
        'en',
      ],
      JSON.stringify(ticket),
    )
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('line 1:')
    expect(result.stdout).toContain('Reply within 24 hours: 1 met, 0 breached, 0 open; compliance 100%')
    expect(
      (await run(['evaluate', 'sla', '--policy', 'examples/policy.json'], JSON.stringify(ticket))).status,
    ).toBe(2)
  })
})

describe('the built command (dist/cli.js), run as a child process', () => {
  it('gives the exit codes, the standard streams and the LANG of the in-process runs', () => {
    const valid = runProcess(['validate', 'examples/policy.json'], undefined, 'zh_CN.UTF-8')
    expect(valid.status).toBe(0)
    expect(valid.stdout).toMatch(
      /^examples\/policy\.json: Example Trading Co\. \(示例贸易有限公司\) 的销售政策有效：/,
    )
    expect(runProcess(['frobnicate'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'sales-rules: unknown command frobnicate\n',
    })
    // the quote of 86,240 net (98,000 less 12 %) on standard input: over the rep's 50,000, the supervisor's
    const input = [JSON.stringify(quote), JSON.stringify({ id: 'Q-2' })].join('\n')
    const streamed = runProcess(['evaluate', 'quote-approval', '--policy', 'examples/policy.json'], input)
    expect(streamed.status).toBe(1)
    const lines = streamed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.line, l.ok, l.result?.requiredRole ?? l.error.code])).toEqual([
      [1, true, 'sales-supervisor'],
      [2, false, 'INVALID_INPUT'],
    ])
    expect(streamed.stderr).toBe('sales-rules evaluate quote-approval: 2 lines, 1 decided, 1 rejected\n')
  })
})

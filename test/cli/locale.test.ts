// The command's own messages (the summary on stderr, a malformed line, an unreadable file) speak the run's
// locale, from the message catalogs, as its decisions and validation issues do; English plurals by
// `Intl.PluralRules` ("1 line", "4 lines").
import { describe, expect, it } from 'vitest'
import { quote, run } from './run'

// 4 lines: two valid quotes (decided), one malformed line and one quote without a currency (rejected)
const fourLines = [
  JSON.stringify(quote),
  '{x',
  JSON.stringify({ ...quote, id: 'Q-2' }),
  JSON.stringify({ id: 'Q-3' }),
].join('\n')

const evaluate = ['evaluate', 'quote-approval', '--policy', 'examples/policy.json']

describe('the summary line on stderr', () => {
  it('says "1 line" for one line and "4 lines" for four, in English', async () => {
    const one = await run(evaluate, JSON.stringify(quote))
    expect([one.status, one.stderr]).toEqual([
      0,
      'sales-rules evaluate quote-approval: 1 line, 1 decided, 0 rejected\n',
    ])
    const four = await run(evaluate, fourLines)
    expect([four.status, four.stderr]).toEqual([
      1,
      'sales-rules evaluate quote-approval: 4 lines, 2 decided, 2 rejected\n',
    ])
  })

  it('speaks Chinese with --locale zh-CN and with LANG=zh_CN', async () => {
    const summary = 'sales-rules evaluate quote-approval: 共 4 行：2 行已判定，2 行被拒绝\n'
    expect((await run([...evaluate, '--locale', 'zh-CN'], fourLines)).stderr).toBe(summary)
    expect((await run(evaluate, fourLines, 'zh_CN.UTF-8')).stderr).toBe(summary)
    expect(
      (
        await run(
          ['explain', 'quote-approval', '--policy', 'examples/policy.json', '--locale', 'zh-CN'],
          JSON.stringify(quote),
        )
      ).stderr,
    ).toBe('sales-rules explain quote-approval: 共 1 行：1 行已判定，0 行被拒绝\n')
  })
})

describe('a malformed line', () => {
  // JSON.parse's own detail stays as the engine gives it, in parentheses, as zod's details do
  const detail = "Expected property name or '}' in JSON at position 1"

  it('is MALFORMED_LINE with a Chinese message in zh-CN', async () => {
    const result = await run([...evaluate, '--locale', 'zh-CN'], '{x')
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({
      line: 1,
      ok: false,
      error: { code: 'MALFORMED_LINE', message: `不是有效的 JSON（${detail}）` },
    })
    const text = await run(
      ['explain', 'quote-approval', '--policy', 'examples/policy.json'],
      '{x',
      'zh_CN.UTF-8',
    )
    expect(text.stdout).toBe(`第 1 行：不是有效的 JSON（${detail}）\n`)
  })

  it('keeps its English message in en', async () => {
    const result = await run(evaluate, '{x')
    expect(JSON.parse(result.stdout).error).toEqual({
      code: 'MALFORMED_LINE',
      message: `malformed JSON: ${detail}`,
    })
  })
})

describe('an unreadable file', () => {
  it('is a usage error (exit 2) in the run’s locale', async () => {
    const input = await run([...evaluate, '--input', 'nope.jsonl', '--locale', 'zh-CN'])
    expect(input.status).toBe(2)
    expect(input.stderr).toMatch(/^sales-rules: 无法读取 nope\.jsonl（ENOENT: [^\n]*）\n$/)
    const policy = await run(['evaluate', 'quote-approval', '--policy', 'nope.json'], '', 'zh_CN.UTF-8')
    expect(policy.status).toBe(2)
    expect(policy.stderr).toMatch(/^sales-rules: 无法读取 nope\.json（ENOENT: [^\n]*）\n$/)
    const english = await run([...evaluate, '--input', 'nope.jsonl'])
    expect(english.stderr).toMatch(/^sales-rules: cannot read nope\.jsonl: ENOENT: [^\n]*\n$/)
  })

  it('names a policy file that is not JSON in the run’s locale', async () => {
    const result = await run(['validate', 'README.md', '--locale', 'zh-CN'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^sales-rules: README\.md 不是有效的 JSON（[^\n]*）\n$/)
  })
})

describe('usage errors and line prefixes', () => {
  // each usage error (exit 2) in English and in Chinese: the catalog's `cli.*` messages
  const cases: [string, string[], string, string][] = [
    ['an unknown command', ['frobnicate'], 'unknown command frobnicate', '未知的命令 frobnicate'],
    [
      'an unknown domain to evaluate',
      ['evaluate', 'nope', '--policy', 'examples/policy.json'],
      'unknown domain nope; use one of ',
      '未知的领域 nope；可用：',
    ],
    [
      'an unknown schema domain',
      ['schema', 'nope'],
      'unknown domain nope; use one of ',
      '未知的领域 nope；可用：',
    ],
    [
      'an unknown format',
      ['validate', 'examples/policy.json', '--format', 'xml'],
      'unknown format xml; use text or json',
      '未知的格式 xml；可用：text 或 json',
    ],
    [
      'no policy file to validate',
      ['validate'],
      'give the policy file: sales-rules validate <policy.json>',
      '请指定政策文件：sales-rules validate <policy.json>',
    ],
    [
      'no domain to evaluate',
      ['evaluate'],
      'give the domain: sales-rules evaluate <domain> --policy <file>',
      '请指定领域：sales-rules evaluate <领域> --policy <文件>',
    ],
    [
      'no --policy',
      ['explain', 'quote-approval'],
      'give the policy with --policy <file>',
      '请用 --policy <文件> 指定政策',
    ],
    [
      'sla without --as-of',
      ['evaluate', 'sla', '--policy', 'examples/policy.json'],
      'sla needs --as-of <instant>, e.g. 2026-10-13T12:00:00+08:00',
      'sla 需要 --as-of <时刻>，例如 2026-10-13T12:00:00+08:00',
    ],
  ]
  it.each(cases)('%s', async (_, args, english, chinese) => {
    const en = await run(args, '')
    expect(en.status).toBe(2)
    expect(en.stderr.startsWith(`sales-rules: ${english}`), en.stderr).toBe(true)
    const zh = await run(args, '', 'zh_CN.UTF-8')
    expect(zh.status).toBe(2)
    expect(zh.stderr.startsWith(`sales-rules: ${chinese}`), zh.stderr).toBe(true)
  })

  it('names an unknown --locale in the language of LANG', async () => {
    const en = await run([...evaluate, '--locale', 'fr'], '')
    expect([en.status, en.stderr]).toEqual([2, 'sales-rules: unknown locale fr; use en, zh-CN\n'])
    const zh = await run([...evaluate, '--locale', 'fr'], '', 'zh_CN.UTF-8')
    expect([zh.status, zh.stderr]).toEqual([2, 'sales-rules: 未知的语言 fr；可用：en, zh-CN\n'])
  })

  it('prefixes a rejected line of `explain` with its number in the run’s locale', async () => {
    const args = ['explain', 'quote-approval', '--policy', 'examples/policy.json']
    const en = await run(args, JSON.stringify({ id: 'Q-3' }))
    expect(en.stdout.startsWith('line 1: INVALID_INPUT: '), en.stdout).toBe(true)
    const zh = await run([...args, '--locale', 'zh-CN'], `\n${JSON.stringify({ id: 'Q-3' })}`)
    expect(zh.stdout.startsWith('第 2 行：INVALID_INPUT: '), zh.stdout).toBe(true)
  })
})

describe('locale tags and blank lines', () => {
  it('takes --locale in any case, as locale tags are compared', async () => {
    const summary = 'sales-rules evaluate quote-approval: 共 1 行：1 行已判定，0 行被拒绝\n'
    for (const tag of ['zh-cn', 'ZH-CN', 'zh-CN'])
      expect((await run([...evaluate, '--locale', tag], JSON.stringify(quote))).stderr).toBe(summary)
  })

  it('skips blank lines without counting them, and numbers the others by their place in the input', async () => {
    // line 1 blank, line 2 a quote, line 3 blank (spaces), line 4 malformed: 2 lines, 1 decided, 1 rejected
    const result = await run(evaluate, `\n${JSON.stringify(quote)}\n   \n{x`)
    expect(result.stderr).toBe('sales-rules evaluate quote-approval: 2 lines, 1 decided, 1 rejected\n')
    expect(result.stdout.split('\n').map((l) => (l === '' ? l : JSON.parse(l).line))).toEqual([2, 4, ''])
  })
})

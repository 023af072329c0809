// The `sales-rules` command: the only code of the package that does I/O. It validates policy
// documents, prints JSON Schemas, and streams JSON Lines through a domain's rules for systems
// that do not run TypeScript.
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import {
  budgetVariance,
  checkExpense,
  compileCommissionPlan,
  compileCustomerGrading,
  compileKpiPolicy,
  compileLeadPolicy,
  compileOrderReleasePolicy,
  compileExpenseClaimPolicy,
  compileComplaintPolicy,
  compileTrainingPolicy,
  compileQuoteApprovalPolicy,
  compileScoringMatrix,
  explain,
  LOCALES,
  parseSalesPolicy,
  policyInForce,
  POLICY_DOMAINS,
  salesPolicyJsonSchema,
  SalesRulesError,
  validateSalesPolicy,
  type Locale,
  type PolicyDomain,
  type SalesRulesIssue,
  type Traced,
  // appraisal (issue 24)
  appraise,
  calibrate,
} from '../index'
import { en, type MessageCode } from '../core/messages/en'
import { renderMessage } from '../core/trace'

const USAGE = `Usage: sales-rules <command> [options]

Commands:
  validate <policy.json>             Validate a sales policy document (exit 0 valid, 1 invalid)
      --format text|json             Output format (text by default)
  schema [domain]                    Print the JSON Schema of the policy document, or of one domain
                                     ({POLICY_DOMAINS})
  evaluate <domain> --policy <file>  Read JSON Lines (--input <file>, or standard input) and write
                                     one decision per line as JSON; domains: {DOMAINS}
      --date YYYY-MM-DD              Pick the policy version in force on this date (for version lists;
                                     order-release and contracts pick by each line's asOf / date)
                                     order-release lines: { "order": …, "context": … }; contracts: a contract
                                     expense-claims lines: { "claim": …, "options": { "asOf": … } }
                                     complaints lines: a complaint (its route), or
                                     { "complaints": […], "options": { "asOf": … } } (a report)
                                     training lines: { "person": …, "results": […], "options": { "asOf": … } }
                                     leads lines: { "lead", "event" } (transition), { "lead", "reps",
                                     "options" } (assignment) or { "leads", "contacts", "asOf" } (follow-up)
                                     appraisal lines: an appraisal input, or { "appraisals": […],
                                     "options": { "asOf": … } } to calibrate (picked by period end / asOf)
      --as-of <instant>              The report instant for sla
  explain <domain> --policy <file>   The same, with each decision's explanation as text

Options of every command:
  --locale en|zh-CN                  Language of the messages: en by default, zh-CN when LANG starts with zh

Domains are written in kebab-case (customer-grading); the camelCase keys of the policy document
(customerGrading) are accepted as aliases.

Exit codes: 0 success, 1 invalid policy or a rejected input line, 2 usage or unreadable file.`

/** CLI domain names → the policy key and how one input line is decided. */
const DOMAINS = {
  'opportunity-scoring': 'opportunityScoring',
  'customer-grading': 'customerGrading',
  'quote-approval': 'quoteApproval',
  commission: 'commission',
  'expense-budget': 'expenseBudget',
  kpi: 'kpi',
  sla: 'kpi',
  'order-release': 'orderRelease',
  contracts: 'orderRelease',
  'expense-claims': 'expenseClaims',
  // complaints
  complaints: 'complaints',
  // training
  training: 'training',
  // leads (线索管理)
  leads: 'leads',
  // appraisal (issue 24)
  appraisal: 'appraisal',
} as const satisfies Record<string, PolicyDomain>

/** The kebab-case name of each policy domain, the one spelling the CLI prints. */
const DOMAIN_NAMES = {
  opportunityScoring: 'opportunity-scoring',
  customerGrading: 'customer-grading',
  quoteApproval: 'quote-approval',
  commission: 'commission',
  expenseBudget: 'expense-budget',
  kpi: 'kpi',
  orderRelease: 'order-release',
  expenseClaims: 'expense-claims',
  // complaints
  complaints: 'complaints',
  // training
  training: 'training',
  // leads (线索管理)
  leads: 'leads',
  // appraisal (issue 24)
  appraisal: 'appraisal',
} as const satisfies Record<PolicyDomain, string>

/** A CLI domain name from its kebab-case spelling or its camelCase alias (the policy key). */
function cliDomain(name: string): CliDomain | undefined {
  if (Object.hasOwn(DOMAINS, name)) return name as CliDomain
  return Object.hasOwn(DOMAIN_NAMES, name) ? DOMAIN_NAMES[name as PolicyDomain] : undefined
}

/** A policy domain from its kebab-case name or its camelCase key. */
function policyDomain(name: string): PolicyDomain | undefined {
  if (Object.hasOwn(DOMAIN_NAMES, name)) return name as PolicyDomain
  const found = POLICY_DOMAINS.find((d) => DOMAIN_NAMES[d] === name)
  return found
}

type CliDomain = keyof typeof DOMAINS

/**
 * A usage error: exit code 2. One made with a catalog `code` is rendered in the run's locale when it is
 * printed (`main`), as the rest of the run's messages are; `message` is its English text.
 */
class UsageError extends Error {
  constructor(
    message: string,
    readonly code?: MessageCode,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message)
  }

  /** A usage error with the catalog's message `code`. */
  static of(code: MessageCode, params: Readonly<Record<string, string>>): UsageError {
    return new UsageError(renderMessage(code, params, 'en'), code, params)
  }

  /** The message in `locale`. */
  in(locale: Locale): string {
    return this.code === undefined ? this.message : renderMessage(this.code, this.params, locale)
  }
}

function readJson(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw UsageError.of('cli.cannot-read', { file, detail: (error as Error).message })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw UsageError.of('cli.not-json', { file, detail: (error as Error).message })
  }
}

/**
 * The locale of the CLI's messages: `--locale`, else `zh-CN` when `LANG` starts with `zh`, else `en`
 * (never the policy's own locale, so that a run's successes and errors speak one language).
 */
function localeOf(value: string | undefined, lang: string | undefined = process.env['LANG']): Locale {
  if (value === undefined) return lang?.toLowerCase().startsWith('zh') === true ? 'zh-CN' : 'en'
  // as written or in any case (`zh-cn`, `ZH-CN`), as locale tags are compared
  const locale = LOCALES.find((l) => l.toLowerCase() === value.toLowerCase())
  if (locale === undefined)
    throw UsageError.of('cli.unknown-locale', { locale: value, choices: LOCALES.join(', ') })
  return locale
}

/**
 * An issue's message in a locale: the library's own codes from the catalogs, zod's with a translated lead.
 */
function issueMessage(issue: SalesRulesIssue, locale: Locale): string {
  if (locale === 'en') return issue.message
  if (Object.hasOwn(en, issue.code))
    return renderMessage(issue.code as MessageCode, issue.params ?? {}, locale)
  const code = `zod.${issue.code}`
  return renderMessage(
    (Object.hasOwn(en, code) ? code : 'zod.other') as MessageCode,
    { detail: issue.message },
    locale,
  )
}

function formatIssue(issue: SalesRulesIssue, locale: Locale): string {
  const message = issueMessage(issue, locale)
  return issue.path.length === 0 ? message : `${issue.path.join('.')}: ${message}`
}

function validate(
  file: string,
  format: string,
  locale: string | undefined,
  out: (line: string) => void,
): number {
  if (format !== 'text' && format !== 'json') throw UsageError.of('cli.unknown-format', { format })
  const lang = localeOf(locale)
  const result = validateSalesPolicy(readJson(file))
  if (format === 'json') {
    out(
      JSON.stringify(
        result.ok
          ? { ok: true, explanation: explain(result, { locale: lang }) }
          : { ok: false, issues: result.issues.map((i) => ({ ...i, message: issueMessage(i, lang) })) },
      ),
    )
  } else if (result.ok) {
    out(`${file}: ${explain(result, { locale: lang })[0] ?? ''}`)
  } else {
    for (const issue of result.issues) out(formatIssue(issue, lang))
  }
  return result.ok ? 0 : 1
}

/** The domain policy of a file: a whole sales policy (validated across domains) or a domain policy alone. */
function loadDomainPolicy(file: string, domain: CliDomain, date: string | undefined): unknown {
  const document = readJson(file)
  const key = DOMAINS[domain]
  const isBundle =
    typeof document === 'object' &&
    document !== null &&
    !Array.isArray(document) &&
    Object.hasOwn(document, 'company')
  const bundle = isBundle ? parseSalesPolicy(document) : undefined
  const value = bundle === undefined ? document : bundle[key]
  if (value === undefined) throw UsageError.of('cli.no-domain-policy', { file, key })
  if (!Array.isArray(value) || (date === undefined && PICKS_OWN_VERSION.has(domain))) return value
  if (date === undefined) throw UsageError.of('cli.versions-need-date', { file, key })
  return policyInForce(value as { effectiveFrom: string }[], date)
}

/** Domains whose rules take every version and pick the one in force on each input's own date. */
const PICKS_OWN_VERSION: ReadonlySet<CliDomain> = new Set([
  'order-release',
  'contracts',
  'expense-claims',
  // complaints
  'complaints',
  // training
  'training',
  // leads
  'leads',
  // appraisal
  'appraisal',
])

type Decide = (fact: unknown) => Traced

function object(fact: unknown): Record<string, unknown> {
  return typeof fact === 'object' && fact !== null && !Array.isArray(fact)
    ? (fact as Record<string, unknown>)
    : {}
}

/** How each domain decides one input line. */
function decider(domain: CliDomain, policy: unknown, asOf: string | undefined): Decide {
  switch (domain) {
    case 'opportunity-scoring': {
      const matrix = compileScoringMatrix(policy as never)
      return (fact) => matrix.score((object(fact)['ratings'] ?? fact) as never)
    }
    case 'customer-grading': {
      const grading = compileCustomerGrading(policy as never)
      return (fact) => grading.grade(object(fact)['customers'] as never, object(fact)['options'] as never)
    }
    case 'quote-approval': {
      const quotes = compileQuoteApprovalPolicy(policy as never)
      return (fact) => quotes.requiredApprovals(fact as never)
    }
    case 'commission': {
      const plan = compileCommissionPlan(policy as never)
      return (fact) => plan.calculate(fact as never)
    }
    case 'expense-budget':
      return (fact) => {
        const f = object(fact)
        return f['entry'] === undefined
          ? budgetVariance(policy as never, f['entries'] as never, f['options'] as never)
          : checkExpense(
              policy as never,
              (f['entries'] ?? []) as never,
              f['entry'] as never,
              f['options'] as never,
            )
      }
    case 'kpi': {
      const kpis = compileKpiPolicy(policy as never)
      return (fact) => kpis.evaluate(object(fact)['measurements'] as never, object(fact)['options'] as never)
    }
    case 'order-release': {
      const orders = compileOrderReleasePolicy(policy as never)
      return (fact) =>
        orders.checkOrderRelease(object(fact)['order'] as never, object(fact)['context'] as never)
    }
    case 'contracts': {
      const contracts = compileOrderReleasePolicy(policy as never)
      return (fact) => contracts.requiredContractApprovals(fact as never)
    }
    case 'expense-claims': {
      // one line: { claim, options } (options as checkExpenseClaim's: asOf, budget, entries, advances…)
      const claims = compileExpenseClaimPolicy(policy as never)
      return (fact) => claims.check(object(fact)['claim'] as never, object(fact)['options'] as never)
    }
    // leads (线索管理): one line is a transition, an assignment or a follow-up check, by its keys
    case 'leads': {
      const leads = compileLeadPolicy(policy as never)
      return (fact) => {
        const f = object(fact)
        if (f['event'] !== undefined) return leads.transitionLead(f['lead'] as never, f['event'] as never)
        if (f['reps'] !== undefined)
          return leads.assignLead(f['lead'] as never, f['reps'] as never, f['options'] as never)
        return leads.checkLeadFollowUp(
          f['leads'] as never,
          (f['contacts'] ?? []) as never,
          f['asOf'] as never,
        )
      }
    }
    case 'sla': {
      if (asOf === undefined) throw UsageError.of('cli.needs-as-of', { domain: 'sla' })
      const kpis = compileKpiPolicy(policy as never)
      return (fact) => kpis.sla([fact as never], { asOf })
    }
    // complaints: a complaint → its route; { "complaints": [...], "options": { "asOf": … } } → a report
    case 'complaints': {
      const complaints = compileComplaintPolicy(policy as never)
      return (fact) =>
        Array.isArray(object(fact)['complaints'])
          ? complaints.complaintReport(object(fact)['complaints'] as never, object(fact)['options'] as never)
          : complaints.routeComplaint(fact as never)
    }
    // training: { "person": …, "results": […], "options": { "asOf": … } } → a certification check
    case 'training': {
      const training = compileTrainingPolicy(policy as never)
      return (fact) =>
        training.checkCertification(
          object(fact)['person'] as never,
          object(fact)['results'] as never,
          object(fact)['options'] as never,
        )
    }
    // appraisal (issue 24)
    case 'appraisal':
      return (fact) => {
        const f = object(fact)
        return f['appraisals'] === undefined
          ? appraise(policy as never, fact as never)
          : calibrate(policy as never, f['appraisals'] as never, f['options'] ?? {})
      }
  }
}

interface StreamOptions {
  readonly domain: string
  readonly policyFile: string | undefined
  readonly input: string | undefined
  readonly date: string | undefined
  readonly asOf: string | undefined
  readonly locale: string | undefined
  readonly text: boolean
}

async function stream(
  options: StreamOptions,
  out: (line: string) => void,
  err: (line: string) => void,
  stdin: NodeJS.ReadableStream,
): Promise<number> {
  const domain = cliDomain(options.domain)
  if (domain === undefined)
    throw UsageError.of('cli.unknown-domain', {
      domain: options.domain,
      choices: Object.keys(DOMAINS).join(', '),
    })
  if (options.policyFile === undefined) throw UsageError.of('cli.needs-policy', {})
  const locale = localeOf(options.locale)
  const policy = loadDomainPolicy(options.policyFile, domain, options.date)
  const decide = decider(domain, policy, options.asOf)
  let input: NodeJS.ReadableStream
  if (options.input === undefined) input = stdin
  else {
    try {
      accessSync(options.input, constants.R_OK)
    } catch (error) {
      throw UsageError.of('cli.cannot-read', { file: options.input, detail: (error as Error).message })
    }
    input = createReadStream(options.input, 'utf8')
  }
  let number = 0
  let decided = 0
  let rejected = 0
  for await (const raw of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    number += 1
    if (raw.trim() === '') continue
    let fact: unknown
    try {
      fact = JSON.parse(raw) as unknown
    } catch (error) {
      rejected += 1
      const message = renderMessage('cli.malformed-line', { detail: (error as Error).message }, locale)
      out(
        options.text
          ? renderMessage('cli.line-error', { line: number, detail: message }, locale)
          : JSON.stringify({ line: number, ok: false, error: { code: 'MALFORMED_LINE', message } }),
      )
      continue
    }
    try {
      const result = decide(fact)
      decided += 1
      if (options.text) {
        out(renderMessage('cli.line', { line: number }, locale))
        for (const sentence of explain(result, { locale })) out(`  ${sentence}`)
      } else out(JSON.stringify({ line: number, ok: true, result }))
    } catch (error) {
      if (!(error instanceof SalesRulesError)) throw error
      rejected += 1
      if (options.text)
        out(
          renderMessage(
            'cli.line-error',
            {
              line: number,
              detail: `${error.code}: ${error.issues.map((i) => formatIssue(i, locale)).join('; ')}`,
            },
            locale,
          ),
        )
      else {
        // each issue's message in the run's locale, as `explain` and `validate` speak it
        const issues = error.issues.map((i) => ({ ...i, message: issueMessage(i, locale) }))
        out(JSON.stringify({ line: number, ok: false, error: { code: error.code, issues } }))
      }
    }
  }
  const command = options.text ? 'explain' : 'evaluate'
  // blank lines are skipped and not counted: the lines are those decided and those rejected
  const summary = renderMessage('cli.summary', { lines: decided + rejected, decided, rejected }, locale)
  err(`sales-rules ${command} ${domain}: ${summary}`)
  return rejected === 0 ? 0 : 1
}

/**
 * Runs the command line on `argv` (the arguments after the command's name), writing lines with `out` and
 * `err` and reading facts from `stdin` when no `--input` is given; returns the exit code. `src/cli/bin.ts`
 * runs it on the process; the tests run it in-process too.
 */
export async function main(
  argv: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  let locale = localeOf(undefined)
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        locale: { type: 'string' },
        policy: { type: 'string' },
        input: { type: 'string' },
        date: { type: 'string' },
        'as-of': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    locale = localeOf(values.locale)
    const [command, argument] = positionals
    if (values.help === true || command === undefined) {
      out(
        USAGE.replace('{DOMAINS}', Object.keys(DOMAINS).join(', ')).replace(
          '{POLICY_DOMAINS}',
          POLICY_DOMAINS.map((d) => DOMAIN_NAMES[d]).join(', '),
        ),
      )
      return command === undefined && values.help !== true ? 2 : 0
    }
    switch (command) {
      case 'validate':
        if (argument === undefined) throw UsageError.of('cli.needs-policy-file', {})
        return validate(argument, values.format, values.locale, out)
      case 'schema': {
        const domain = argument === undefined ? undefined : policyDomain(argument)
        if (argument !== undefined && domain === undefined)
          throw UsageError.of('cli.unknown-domain', {
            domain: argument,
            choices: POLICY_DOMAINS.map((d) => DOMAIN_NAMES[d]).join(', '),
          })
        out(JSON.stringify(salesPolicyJsonSchema(domain), null, 2))
        return 0
      }
      case 'evaluate':
      case 'explain':
        if (argument === undefined) throw UsageError.of('cli.needs-domain', { command })
        return await stream(
          {
            domain: argument,
            policyFile: values.policy,
            input: values.input,
            date: values.date,
            asOf: values['as-of'],
            locale: values.locale,
            text: command === 'explain',
          },
          out,
          err,
          stdin,
        )
      default:
        throw UsageError.of('cli.unknown-command', { command })
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`sales-rules: ${error.in(locale)}`)
      return 2
    }
    if (
      error instanceof Error &&
      'code' in error &&
      String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      err(`sales-rules: ${error.message}`)
      return 2
    }
    if (error instanceof SalesRulesError) {
      err(`sales-rules: ${error.code}`)
      for (const issue of error.issues) err(`  ${formatIssue(issue, locale)}`)
      return 1
    }
    throw error
  }
}

/**
 * Traces: the machine-readable steps behind every decision, and `explain()`, which renders them
 * as sentences in English or Chinese from the message catalogs.
 */
import * as z from 'zod'
import { Dec, normalize, percent, type Decimal } from './decimal'
import { en, type MessageCode } from './messages/en'
import { zhCN } from './messages/zh-CN'
import { parseWith } from './schema'
import { once } from './once'

/**
 * The locales explanations are written in.
 *
 * @group Core
 */
export const LOCALES = ['en', 'zh-CN'] as const

/**
 * A locale of the message catalogs: `en` or `zh-CN`.
 *
 * @group Core
 */
export type Locale = (typeof LOCALES)[number]

/**
 * A text in English, Chinese or both; a plain string is the same in every locale.
 *
 * @group Core
 */
export type LocalizedText =
  | string
  | {
      /** The English text. */
      readonly en?: string | undefined
      /** The Simplified Chinese text. */
      readonly 'zh-CN'?: string | undefined
    }

/**
 * A value a trace step may carry: a string (decimals are written as strings), a number, a boolean or a
 * localized text.
 *
 * @group Core
 */
export type TraceValue = string | number | boolean | Exclude<LocalizedText, string>

/**
 * One step of a decision: a message code and the values that fill its sentence.
 *
 * @group Core
 */
export interface TraceStep {
  /** The message code; see the message catalogs. */
  readonly code: MessageCode
  /** The values named in the message, decimals as strings. */
  readonly params: Readonly<Record<string, TraceValue>>
}

/**
 * Anything with a trace: every decision the library returns.
 *
 * @group Core
 */
export interface Traced {
  /** The steps that led to the decision, in order. */
  readonly trace: readonly TraceStep[]
}

/**
 * Options of {@link explain}.
 *
 * @group Core
 */
export interface ExplainOptions {
  /** The language of the sentences; English by default. */
  readonly locale?: Locale
}

const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageCode, string>>>> = { en, 'zh-CN': zhCN }

/**
 * Builds a trace step; decimals become strings so the step serialises as JSON unchanged.
 *
 * @group Core
 */
export function step(
  code: MessageCode,
  params: Readonly<Record<string, TraceValue | Decimal>> = {},
): TraceStep {
  const out: Record<string, TraceValue> = {}
  for (const [key, value] of Object.entries(params)) {
    out[key] = Dec.isDecimal(value) ? normalize(value).toString() : value
  }
  return { code, params: out }
}

/**
 * Picks the text of a label for a locale, falling back to the other locale.
 *
 * @group Core
 */
function localize(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text
  return (locale === 'en' ? (text.en ?? text['zh-CN']) : (text['zh-CN'] ?? text.en)) ?? ''
}

/**
 * Renders one message with its parameters in a locale.
 *
 * @group Core
 */
export function renderMessage(
  code: MessageCode,
  params: Readonly<Record<string, TraceValue>>,
  locale: Locale,
): string {
  const template = CATALOGS[locale][code]
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined, offset: number) => {
    if (!Object.hasOwn(params, name)) return whole
    const value = params[name] as TraceValue
    const text = typeof value === 'object' ? localize(value, locale) : String(value)
    const shown =
      format === 'percent'
        ? percent(new Dec(text))
        : format?.startsWith('plural:')
          ? plural(text, format, locale)
          : text
    return locale === 'zh-CN' ? spaced(template, offset, whole.length, shown) : shown
  })
}

/** `{name}`, `{name:percent}` or `{name:plural:one|other}`. */
const PLACEHOLDER = /\{(\w+)(?::(percent|plural:[^|}]+\|[^}]+))?\}/g

const PLURALS = new Map<Locale, Intl.PluralRules>()

/**
 * `{count:plural:customer|customers}`: the number and the form `Intl.PluralRules` picks for it ("1 customer",
 * "3 customers").
 */
function plural(text: string, format: string, locale: Locale): string {
  const [one, other] = format.slice('plural:'.length).split('|') as [string, string]
  let rules = PLURALS.get(locale)
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale)
    PLURALS.set(locale, rules)
  }
  return `${text} ${rules.select(Number(text)) === 'one' ? one : other}`
}

const HAN = /[\u3400-\u9fff]/
const LATIN = /[A-Za-z0-9]/

/**
 * A Latin word or a number set in Chinese text takes a space on each side where it meets a Chinese character
 * (未达 B 类, not 未达B 类); the templates leave that space out around values that may be Chinese.
 */
function spaced(template: string, offset: number, length: number, value: string): string {
  const before = template[offset - 1] ?? ''
  const after = template[offset + length] ?? ''
  const head = HAN.test(before) && LATIN.test(value[0] ?? '') ? ' ' : ''
  const tail = HAN.test(after) && LATIN.test(value[value.length - 1] ?? '') ? ' ' : ''
  return head + value + tail
}

const TraceValueSchema = once(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.object({ en: z.string().optional(), 'zh-CN': z.string().optional() }),
  ]),
)

const TracedSchema = once(() =>
  z.object({
    trace: z.array(
      z.object({
        code: z.literal(Object.keys(en) as MessageCode[]),
        params: z.record(z.string(), TraceValueSchema()),
      }),
    ),
  }),
)

const ExplainOptionsSchema = once(() => z.strictObject({ locale: z.literal(LOCALES).optional() }).optional())

/**
 * Renders a decision's trace as sentences, one per step.
 *
 * @param decision - Any result with a `trace` (every rule returns one).
 * @param options - `locale`: `en` (default) or `zh-CN`.
 * @returns One sentence per trace step, in order.
 * @throws {SalesRulesError} `INVALID_INPUT` when the decision has no valid trace (paths from the decision's
 * root, e.g. `['trace', 0, 'code']`) or the locale is unknown (`['options', 'locale']`).
 *
 * @example
 * const { trace } = allocate('100.00', [1, 1, 1], { scale: 2, mode: 'half-up' })
 * explain({ trace }, { locale: 'zh-CN' })[0] //=> '按权重将 100.00 分摊为 3 份（最大余额法，保留 2 位小数）'
 *
 * @group Core
 */
export function explain(decision: Traced, options?: ExplainOptions): string[] {
  const { trace } = parseWith(TracedSchema(), decision, 'INVALID_INPUT')
  const locale = parseWith(ExplainOptionsSchema(), options, 'INVALID_INPUT', ['options'])?.locale ?? 'en'
  return trace.map((s) => renderMessage(s.code, s.params, locale))
}

import * as z from 'zod'
import { checkInForce, stampOf, type PolicyStamp } from '../../../core/versioning'
import { compileCalendar, type CompiledCalendar } from '../../../core/calendar'
import {
  compareProduct,
  Dec,
  HUNDRED,
  max,
  min,
  percent,
  ratio,
  readDecimal,
  sum,
  truncate,
  ZERO,
  type Decimal,
} from '../../../core/decimal'
import type { PathSegment } from '../../../core/errors'
import { BASIS_LABEL, DateRangeSchema } from '../../../core/period'
import { DateSchema, DecimalSchema, fail, parseWith, whenValid, addIssue } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import {
  KpiFormulaInputSchema,
  KpiMeasurementsSchema,
  severityOf,
  type AlertLevel,
  type KpiDefinition,
  type LowerIsBetterFormula,
  type KpiPolicy,
  type KpiUnit,
} from '../../../models/kpi'
import { measureOf, type MeasureContext } from '../measureKpi'
import { monthlyTargets, targetBetween } from './targets'
import { once } from '../../../core/once'

/**
 * Options of an evaluation.
 *
 * @group KPIs and SLAs
 */
const EvaluateOptionsSchema = once(() =>
  z.strictObject({ period: DateRangeSchema(), asOf: DateSchema().optional() }).check(
    whenValid((o, ctx) => {
      if (o.asOf !== undefined && o.asOf < o.period.start)
        addIssue(ctx, 'kpi.asof-before-period', ['asOf'], { asOf: o.asOf, start: o.period.start })
    }),
  ),
)

/**
 * A KPI ready for evaluation: its definition, weight, monthly targets and band bounds as doubles.
 *
 * @group KPIs and SLAs
 */
export interface CompiledKpi {
  readonly def: KpiDefinition
  readonly index: number
  readonly weight: Decimal | undefined
  readonly months: readonly Decimal[] | undefined
  /** `bounds[i]` is band i's `from` as a double (`-Infinity` for the first band). */
  readonly bounds: readonly number[]
  /**
   * For attainment bands: the factor F of `v ≥ F·t` (higher is better) or `v ≤ F·t` (lower is better), as a
   * decimal and a double.
   */
  readonly factors: readonly ExactFactor[]
  /**
   * `boundTexts[i]` is band i's `from` in canonical plain text (see {@link canonicalText}), `''` for the
   * first.
   */
  readonly boundTexts: readonly string[]
  /** The fixed target as a plain number (read as {@link levelOf} reads a value), else `undefined`. */
  readonly fixedTarget: number | undefined
  /** How attainment is computed for a lower-is-better KPI (`null` for the other directions). */
  readonly lower: LowerIsBetterFormula | null
}

/**
 * An attainment factor F as a decimal, a double, and, when it has at most 15 decimals and fits, the integers
 * `num ÷ scale` it equals exactly (`num` `null` otherwise), for deciding ties in integers.
 *
 * @group KPIs and SLAs
 */
interface ExactFactor {
  readonly exact: Decimal
  readonly approx: number
  readonly num: number | null
  readonly scale: number
}

/** F as the exact fraction `num ÷ 10^dp` in doubles, when both are safe integers. */
function exactFactor(exact: Decimal): ExactFactor {
  const dp = exact.decimalPlaces()
  const scaled = dp <= 15 ? exact.times(new Dec(10).pow(dp)) : undefined
  const num = scaled !== undefined && scaled.abs().lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : null
  return { exact, approx: exact.toNumber(), num, scale: 10 ** Math.min(dp, 15) }
}

/**
 * A plain decimal text (`-?digits(.digits)?`) in canonical form: no leading zeros in the integer part, no
 * trailing zeros in the fraction, no sign on zero. Two plain texts are the same decimal exactly when their
 * canonical forms are equal.
 */
export function canonicalText(text: string): string {
  const negative = text.startsWith('-')
  const body = negative ? text.slice(1) : text
  const dot = body.indexOf('.')
  let int = dot < 0 ? body : body.slice(0, dot)
  let frac = dot < 0 ? '' : body.slice(dot + 1)
  let i = 0
  while (i < int.length - 1 && int[i] === '0') i += 1
  int = int.slice(i)
  let j = frac.length
  while (j > 0 && frac[j - 1] === '0') j -= 1
  frac = frac.slice(0, j)
  const out = frac === '' ? int : `${int}.${frac}`
  return out === '0' || !negative ? out : `-${out}`
}

/**
 * `canonicalText(text) === canonical`, without building the canonical text: the fast path's test of a value
 * whose double equals a band's bound (no string is made per value). @internal
 */
export function isCanonicalOf(text: string, canonical: string): boolean {
  const negative = text.charCodeAt(0) === 45 // '-'
  let i = negative ? 1 : 0
  let dot = text.indexOf('.', i)
  if (dot < 0) dot = text.length
  // the integer part without its leading zeros (one digit kept), the fraction without its trailing zeros
  while (i < dot - 1 && text.charCodeAt(i) === 48) i += 1
  let end = text.length
  while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end -= 1
  if (end === dot + 1) end = dot // no fraction digit left: no point either
  const signed = negative && !(end === dot && dot - i === 1 && text.charCodeAt(i) === 48)
  let c = signed ? 1 : 0
  if (canonical.length !== c + end - i || (signed && canonical.charCodeAt(0) !== 45)) return false
  for (let p = i; p < end; p += 1, c += 1) if (text.charCodeAt(p) !== canonical.charCodeAt(c)) return false
  return true
}

/**
 * A validated KPI policy, compiled once.
 *
 * @group KPIs and SLAs
 */
export interface CompiledKpiPolicy {
  readonly policy: KpiPolicy
  readonly kpis: readonly CompiledKpi[]
  readonly byId: ReadonlyMap<string, CompiledKpi>
  readonly calendar: CompiledCalendar | undefined
  /**
   * Periodic targets already computed, by KPI, period and date (bounded; derived from the validated policy
   * only).
   */
  readonly targets: Map<string, { readonly target: Decimal; readonly periodTarget: Decimal }>
}

const TARGET_TABLE_LIMIT = 10_000

/**
 * Compiles a validated policy.
 *
 * @group KPIs and SLAs
 */
export function compileKpis(policy: KpiPolicy): CompiledKpiPolicy {
  const weights = new Map((policy.scorecard?.weights ?? []).map((w) => [w.kpi, w.weight]))
  const kpis = policy.kpis.map((def, index): CompiledKpi => {
    const lower =
      def.direction === 'lower-is-better'
        ? (def.lowerIsBetterAttainment ?? policy.lowerIsBetterAttainment)
        : null
    return {
      def,
      index,
      weight: weights.get(def.id),
      months: def.target?.kind === 'periodic' ? monthlyTargets(def.target, policy) : undefined,
      bounds: def.bands.map((b) => (b.from === undefined ? Number.NEGATIVE_INFINITY : b.from.toNumber())),
      // reflected: 2 − v ÷ t ≥ from ⇔ v ≤ (2 − from)·t; inverse: t ÷ v ≥ from ⇔ from·v ≤ t (v > 0)
      factors: def.bands.map((b) =>
        exactFactor(b.from === undefined ? ZERO : lower === 'reflected' ? new Dec(2).minus(b.from) : b.from),
      ),
      boundTexts: def.bands.map((b) => (b.from === undefined ? '' : canonicalText(b.from.toFixed()))),
      fixedTarget: def.target?.kind === 'fixed' ? plainNumber(def.target.value.toString()) : undefined,
      lower,
    }
  })
  return {
    policy,
    kpis,
    byId: new Map(kpis.map((k) => [k.def.id, k])),
    calendar: policy.calendar === undefined ? undefined : compileCalendar(policy.calendar),
    targets: new Map(),
  }
}

const LEVEL_LABEL: Readonly<Record<AlertLevel, LocalizedText>> = {
  ok: { en: 'ok', 'zh-CN': '正常' },
  notice: { en: 'notice', 'zh-CN': '关注' },
  warning: { en: 'warning', 'zh-CN': '预警' },
  critical: { en: 'critical', 'zh-CN': '严重' },
}

const MISSING_LABEL = {
  exclude: { en: 'leave it out of the scorecard', 'zh-CN': '不计入考核' },
  zero: { en: 'count it as zero', 'zh-CN': '按零计' },
  critical: { en: 'raise a critical alert and score 0', 'zh-CN': '发出严重预警并记 0 分' },
} as const

const KIND_LABEL: Readonly<Record<KpiAlertKind, LocalizedText>> = {
  missing: { en: 'missing data', 'zh-CN': '数据缺失' },
  threshold: { en: 'threshold', 'zh-CN': '超出阈值' },
  'trend-streak': { en: 'worsening trend', 'zh-CN': '持续恶化' },
  'trend-change': { en: 'sharp adverse change', 'zh-CN': '大幅反向变动' },
}

const ON_LABEL = {
  value: { en: 'value', 'zh-CN': '数值' },
  attainment: { en: 'attainment', 'zh-CN': '达成率' },
} as const

/** Writes a value of a unit for a sentence: ratios as percentages, money at the policy's scale. */
function display(unit: KpiUnit, value: Decimal, scale: number): string {
  if (unit === 'ratio') return percent(value)
  if (unit === 'money') return value.toFixed(scale)
  return truncate(value, 4).toString()
}

/** The index of the band holding `x` (exact): the last band whose `from` is at most `x`. */
function bandIndex(def: KpiDefinition, x: Decimal): number {
  for (let i = def.bands.length - 1; i > 0; i -= 1) if ((def.bands[i]?.from as Decimal).lte(x)) return i
  return 0
}

/**
 * The index of the attainment band holding `value ÷ target` (exact, by cross-multiplication; the target is
 * above zero).
 */
function attainmentBand(k: CompiledKpi, value: Decimal, target: Decimal): number {
  const { def, lower } = k
  for (let i = def.bands.length - 1; i > 0; i -= 1) {
    const from = def.bands[i]?.from as Decimal
    // higher: v ÷ t ≥ from ⇔ v ≥ from × t
    // reflected: max(0, 2 − v ÷ t) ≥ from ⇔ from ≤ 0 or v ≤ (2 − from) × t
    // inverse: t ÷ v ≥ from ⇔ from ≤ 0 or v ≤ 0 (the best value) or from × v ≤ t
    if (
      lower === null
        ? compareProduct(value, from, target) >= 0
        : !from.gt(0) ||
          (lower === 'reflected'
            ? compareProduct(value, new Dec(2).minus(from), target) <= 0
            : !value.gt(0) || compareProduct(target, from, value) >= 0)
    )
      return i
  }
  return 0
}

/**
 * Attainment: value ÷ target (higher is better); for lower is better, 2 − value ÷ target, not below 0
 * (`reflected`) or target ÷ value (`inverse`, `null` for a value of zero or less: the best possible).
 */
function attainmentOf(k: CompiledKpi, value: Decimal, target: Decimal): Decimal | null {
  if (k.lower === null) return ratio(value, target)
  if (k.lower === 'reflected') return max(ZERO, new Dec(2).minus(ratio(value, target)))
  return value.gt(0) ? ratio(target, value) : null
}

/**
 * What kind of alert.
 *
 * @group KPIs and SLAs
 */
export type KpiAlertKind = 'missing' | 'threshold' | 'trend-streak' | 'trend-change'

/**
 * An alert raised by a KPI (预警).
 *
 * @group KPIs and SLAs
 */
export interface KpiAlert {
  /** The KPI's id. */
  readonly kpi: string
  /** Its name. */
  readonly label: LocalizedText
  /** The alert's level. */
  readonly level: AlertLevel
  /**
   * `threshold` (the value left its band), `missing` (no data), `trend-streak` (worsened several periods in a
   * row) or `trend-change` (a large move the wrong way).
   */
  readonly kind: KpiAlertKind
  /** The roles to tell: the policy's escalation for the level and the KPI's own. */
  readonly notify: readonly string[]
  /** Why, and who is told. */
  readonly trace: readonly TraceStep[]
}

/**
 * One KPI's result for a period.
 *
 * @group KPIs and SLAs
 */
export interface KpiResult {
  /** The KPI's id. */
  readonly kpi: string
  /** Its name. */
  readonly label: LocalizedText
  /** Its unit. */
  readonly unit: KpiUnit
  /** `measured`, or `missing` when no value was given (or its formula had no base). */
  readonly status: 'measured' | 'missing'
  /** The value evaluated (zero for a missing value the policy counts as zero); `null` when missing. */
  readonly value: Decimal | null
  /** The target to the evaluation date (prorated for periodic targets); `null` without a target. */
  readonly target: Decimal | null
  /** The target of the whole period; `null` without a target. */
  readonly periodTarget: Decimal | null
  /**
   * Value ÷ target to date (higher is better) or 2 − value ÷ target, not below 0 (lower is better); `null`
   * without a target or with a zero target to date.
   */
  readonly attainment: Decimal | null
  /** The alert level; `null` for a missing value left out of the scorecard. */
  readonly level: AlertLevel | null
  /** The index of the band the value fell in; `null` when no band applies. */
  readonly band: number | null
  /** The scorecard points: the band's score, else attainment (capped) × 100; `null` when not scored. */
  readonly score: Decimal | null
  /** The KPI's weight in the scorecard; `null` when it is not in it. */
  readonly weight: Decimal | null
  /** The steps behind this KPI's figures. */
  readonly trace: readonly TraceStep[]
}

/**
 * A period's KPI evaluation (绩效考核结果).
 *
 * @group KPIs and SLAs
 */
export interface KpiEvaluation {
  /** The period evaluated. */
  readonly period: {
    /** First day. */
    readonly start: string
    /** Last day (inclusive). */
    readonly end: string
  }
  /** The evaluation date: targets are prorated to it. */
  readonly asOf: string
  /** Each KPI of the policy, in the policy's order. */
  readonly kpis: readonly KpiResult[]
  /**
   * The weighted scorecard total, over the KPIs scored; `null` without a scorecard or with nothing scored.
   */
  readonly score: Decimal | null
  /** The share of the scorecard weight that was scored (1 when nothing was left out). */
  readonly coverage: Decimal | null
  /** The rating of the total; `null` when there is no total. */
  readonly rating: string | null
  /** Every alert, the most severe first. */
  readonly alerts: readonly KpiAlert[]
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** Each KPI's steps, the total, and the alerts. */
  readonly trace: readonly TraceStep[]
}

interface Measured {
  readonly value: Decimal | null
  readonly history: readonly Decimal[]
  readonly trace: readonly TraceStep[]
}

function measurementOf(
  k: CompiledKpi,
  raw: z.output<ReturnType<typeof KpiMeasurementsSchema>>[string] | undefined,
  path: readonly PathSegment[],
  context: MeasureContext,
): Measured {
  if (raw === undefined || raw === null) return { value: null, history: [], trace: [] }
  if (Dec.isDecimal(raw)) return { value: raw, history: [], trace: [] }
  const m = raw
  if (m.inputs !== undefined && m.value !== undefined)
    fail('INVALID_INPUT', 'kpi.value-or-inputs', [...path, 'inputs'])
  if (m.inputs === undefined) return { value: m.value ?? null, history: m.history, trace: [] }
  if (k.def.formula === undefined)
    fail('INVALID_INPUT', 'kpi.no-formula', [...path, 'inputs'], { kpi: k.def.id })
  const input = parseWith(KpiFormulaInputSchema(), { ...m.inputs, formula: k.def.formula }, 'INVALID_INPUT', [
    ...path,
    'inputs',
  ])
  const measure = measureOf(input, [...path, 'inputs'], context)
  return { value: measure.value, history: m.history, trace: measure.trace }
}

function notifyOf(policy: KpiPolicy, def: KpiDefinition, level: AlertLevel): string[] {
  const byLevel = level === 'ok' ? [] : (policy.escalation[level] ?? [])
  return [...new Set([...byLevel, ...def.notify])]
}

function alertOf(
  policy: KpiPolicy,
  def: KpiDefinition,
  level: AlertLevel,
  kind: KpiAlertKind,
  reason: TraceStep,
): KpiAlert {
  const notify = notifyOf(policy, def, level)
  return {
    kpi: def.id,
    label: def.label,
    level,
    kind,
    notify,
    trace: [
      reason,
      step('kpi.alert', {
        level: LEVEL_LABEL[level],
        kpi: def.label,
        kind: KIND_LABEL[kind],
        notify: notify.length === 0 ? '—' : notify.join(', '),
      }),
    ],
  }
}

/** Trend alerts of a KPI: worsening streak and a large adverse move. */
function trendAlerts(
  policy: KpiPolicy,
  def: KpiDefinition,
  value: Decimal,
  history: readonly Decimal[],
): KpiAlert[] {
  const trend = def.trend
  if (trend === undefined || history.length === 0 || def.direction === 'target-band') return []
  const sign = def.direction === 'higher-is-better' ? 1 : -1
  const series = [...history, value]
  const alerts: KpiAlert[] = []
  if (trend.worsenedPeriods !== undefined) {
    let streak = 0
    for (let i = series.length - 1; i > 0; i -= 1) {
      const change = (series[i] as Decimal).minus(series[i - 1] as Decimal).times(sign)
      if (!change.isNegative() || change.isZero()) break
      streak += 1
    }
    if (streak >= trend.worsenedPeriods)
      alerts.push(
        alertOf(
          policy,
          def,
          trend.level,
          'trend-streak',
          step('kpi.trend-streak', { kpi: def.label, periods: streak }),
        ),
      )
  }
  const previous = history[history.length - 1] as Decimal
  if (trend.adverseChange !== undefined && !previous.isZero()) {
    const adverse = previous.minus(value).times(sign).div(previous.abs())
    if (adverse.gt(trend.adverseChange)) {
      alerts.push(
        alertOf(
          policy,
          def,
          trend.level,
          'trend-change',
          step('kpi.trend-change', {
            kpi: def.label,
            change: adverse,
            previous: display(def.unit, previous, policy.rounding.scale),
            value: display(def.unit, value, policy.rounding.scale),
          }),
        ),
      )
    }
  }
  return alerts
}

function targetsOf(
  c: CompiledKpiPolicy,
  k: CompiledKpi,
  start: string,
  end: string,
  asOf: string,
): { target: Decimal; periodTarget: Decimal } | undefined {
  const t = k.def.target
  if (t === undefined) return undefined
  if (t.kind === 'fixed') return { target: t.value, periodTarget: t.value }
  if (t.kind === 'zero') return { target: ZERO, periodTarget: ZERO }
  const key = `${k.index}|${start}|${end}|${asOf}`
  const known = c.targets.get(key)
  if (known !== undefined) return known
  const months = k.months as readonly Decimal[]
  const made = {
    target: targetBetween(months, t, c.policy, c.calendar, start, asOf < end ? asOf : end),
    periodTarget: targetBetween(months, t, c.policy, c.calendar, start, end),
  }
  if (c.targets.size >= TARGET_TABLE_LIMIT) c.targets.clear()
  c.targets.set(key, made)
  return made
}

function evaluateOne(
  c: CompiledKpiPolicy,
  k: CompiledKpi,
  raw: Measured,
  start: string,
  end: string,
  asOf: string,
  path: readonly PathSegment[],
): { result: KpiResult; alerts: KpiAlert[] } {
  const { def } = k
  const { policy } = c
  const scale = policy.rounding.scale
  const trace: TraceStep[] = [...raw.trace]
  const alerts: KpiAlert[] = []
  const weight = k.weight ?? null
  const targets = targetsOf(c, k, start, end, asOf)
  const base = {
    kpi: def.id,
    label: def.label,
    unit: def.unit,
    target: targets?.target ?? null,
    periodTarget: targets?.periodTarget ?? null,
    weight,
  }
  if (raw.value === null && def.missing !== 'zero') {
    trace.push(step('kpi.missing', { kpi: def.label, rule: MISSING_LABEL[def.missing] }))
    if (def.missing === 'critical') {
      alerts.push(alertOf(policy, def, 'critical', 'missing', trace[trace.length - 1] as TraceStep))
      if (weight !== null) trace.push(step('kpi.score', { kpi: def.label, score: '0', weight }))
    } else if (weight !== null) trace.push(step('kpi.excluded', { kpi: def.label }))
    const critical = def.missing === 'critical'
    return {
      result: {
        ...base,
        status: 'missing',
        value: null,
        attainment: null,
        level: critical ? 'critical' : null,
        band: null,
        score: critical && weight !== null ? ZERO : null,
        trace,
      },
      alerts,
    }
  }
  if (raw.value === null) trace.push(step('kpi.missing', { kpi: def.label, rule: MISSING_LABEL.zero }))
  const value = raw.value ?? ZERO
  if ((def.unit === 'count' || def.unit === 'duration') && value.isNegative())
    fail('INVALID_INPUT', 'kpi.negative', [...path, def.id], { unit: def.unit })
  trace.push(step('kpi.value', { kpi: def.label, value: display(def.unit, value, scale) }))
  let attainment: Decimal | null = null
  if (targets !== undefined) {
    const t = def.target
    trace.push(
      t?.kind === 'zero'
        ? step('kpi.target-zero', { kpi: def.label })
        : t?.kind === 'periodic'
          ? step('kpi.target', {
              kpi: def.label,
              target: display(def.unit, targets.target, scale),
              periodTarget: display(def.unit, targets.periodTarget, scale),
              proration: BASIS_LABEL[t.proration],
            })
          : step('kpi.target-fixed', { kpi: def.label, target: display(def.unit, targets.target, scale) }),
    )
    if (t?.kind === 'zero') {
      // no attainment: the KPI is scored by deduction or by its bands
    } else if (targets.target.isZero()) trace.push(step('kpi.no-target-yet', { kpi: def.label }))
    else {
      attainment = attainmentOf(k, value, targets.target)
      trace.push(
        k.lower === null
          ? step('kpi.attainment', { kpi: def.label, attainment: attainment as Decimal })
          : k.lower === 'reflected'
            ? step('kpi.attainment-lower', { kpi: def.label, attainment: attainment as Decimal })
            : attainment === null
              ? step('kpi.attainment-inverse-best', {
                  kpi: def.label,
                  value: display(def.unit, value, scale),
                })
              : step('kpi.attainment-inverse', { kpi: def.label, attainment }),
      )
    }
  }
  let level: AlertLevel = 'ok'
  let band: number | null = null
  // an inverse attainment of a value ≤ 0 is null but the best: it is in the top band
  const inverseBest =
    k.lower === 'inverse' && targets !== undefined && !targets.target.isZero() && !value.gt(0)
  const x = def.bandsOn === 'attainment' ? attainment : value
  if (def.bands.length === 0) trace.push(step('kpi.no-bands', { kpi: def.label, level: LEVEL_LABEL.ok }))
  else if (x !== null || (def.bandsOn === 'attainment' && inverseBest)) {
    band =
      def.bandsOn === 'attainment'
        ? attainmentBand(k, value, targets?.target as Decimal)
        : bandIndex(def, x as Decimal)
    const b = def.bands[band] as KpiDefinition['bands'][number]
    level = b.level
    const shown = x === null ? '∞' : def.bandsOn === 'attainment' ? percent(x) : display(def.unit, x, scale)
    const bound = (d: Decimal) => (def.bandsOn === 'attainment' ? percent(d) : display(def.unit, d, scale))
    const reason =
      b.from === undefined
        ? step('kpi.band-first', {
            kpi: def.label,
            on: ON_LABEL[def.bandsOn],
            x: shown,
            next: bound(def.bands[1]?.from ?? ZERO),
            level: LEVEL_LABEL[level],
          })
        : step('kpi.band', {
            kpi: def.label,
            on: ON_LABEL[def.bandsOn],
            x: shown,
            from: bound(b.from),
            level: LEVEL_LABEL[level],
          })
    trace.push(reason)
    if (level !== 'ok') alerts.push(alertOf(policy, def, level, 'threshold', reason))
  }
  if (raw.value !== null) {
    const trends = trendAlerts(policy, def, value, raw.history)
    for (const alert of trends) trace.push(alert.trace[0] as TraceStep)
    alerts.push(...trends)
  }
  const score = weight === null ? null : scoreOf(k, policy, value, band, attainment, inverseBest, trace)
  if (weight !== null)
    trace.push(
      score === null
        ? step('kpi.excluded', { kpi: def.label })
        : step('kpi.score', { kpi: def.label, score: truncate(score, 4), weight }),
    )
  return {
    result: {
      ...base,
      status: raw.value === null ? 'missing' : 'measured',
      value,
      attainment,
      level,
      band,
      score,
      trace,
    },
    alerts,
  }
}

/**
 * A measured KPI's scorecard points: by deduction (full − per × value, not below its floor), else the band's
 * score, else the attainment (capped) × 100 (the cap for an inverse attainment's best value); then not below
 * the scorecard's `scoreFloor`. `null` when nothing gives a score.
 */
function scoreOf(
  k: CompiledKpi,
  policy: KpiPolicy,
  value: Decimal,
  band: number | null,
  attainment: Decimal | null,
  inverseBest: boolean,
  trace: TraceStep[],
): Decimal | null {
  const { def } = k
  const cap = policy.scorecard?.cap ?? ZERO
  const floor = policy.scorecard?.scoreFloor ?? ZERO
  let raw: Decimal | null
  const d = def.deduction
  if (d !== undefined) {
    raw = max(d.floor, d.full.minus(d.per.times(value)))
    trace.push(
      step('kpi.deduction', {
        kpi: def.label,
        full: d.full,
        per: d.per,
        count: value,
        floor: d.floor,
        score: raw,
      }),
    )
  } else {
    const bandScore = band === null ? undefined : def.bands[band]?.score
    raw =
      bandScore ??
      (attainment !== null ? min(attainment, cap).times(HUNDRED) : inverseBest ? cap.times(HUNDRED) : null)
  }
  if (raw === null || !raw.lt(floor)) return raw
  trace.push(step('kpi.score-floored', { kpi: def.label, score: truncate(raw, 4), floor }))
  return floor
}

const KIND_ORDER: Readonly<Record<KpiAlertKind, number>> = {
  missing: 0,
  threshold: 1,
  'trend-streak': 2,
  'trend-change': 3,
}

/**
 * Evaluates the measurements of a period against a compiled policy.
 *
 * @group KPIs and SLAs
 */
export function evaluateCompiled(
  c: CompiledKpiPolicy,
  measurements: unknown,
  options: unknown,
): KpiEvaluation {
  const opts = parseWith(EvaluateOptionsSchema(), options, 'INVALID_INPUT', ['options'])
  // the decision's date is the period's end: a compiled policy not in force on it does not decide
  checkInForce(c.policy, opts.period.end, ['options', 'period', 'end'])
  const parsed = parseWith(KpiMeasurementsSchema(), measurements, 'INVALID_INPUT', ['measurements'])
  for (const id of Object.keys(parsed))
    if (!c.byId.has(id)) fail('INVALID_INPUT', 'kpi.unknown', ['measurements', id], { kpi: id })
  const { start, end } = opts.period
  const asOf = opts.asOf === undefined || opts.asOf > end ? end : opts.asOf
  const results: KpiResult[] = []
  const alerts: { alert: KpiAlert; index: number }[] = []
  for (const k of c.kpis) {
    const path = ['measurements', k.def.id]
    const raw = Object.hasOwn(parsed, k.def.id) ? parsed[k.def.id] : undefined
    const { result, alerts: raised } = evaluateOne(
      c,
      k,
      measurementOf(k, raw, path, { period: opts.period, timeZone: c.policy.calendar?.timeZone }),
      start,
      end,
      asOf,
      ['measurements'],
    )
    results.push(result)
    for (const alert of raised) alerts.push({ alert, index: k.index })
  }
  alerts.sort(
    (a, b) =>
      severityOf(b.alert.level) - severityOf(a.alert.level) ||
      a.index - b.index ||
      KIND_ORDER[a.alert.kind] - KIND_ORDER[b.alert.kind],
  )
  const trace: TraceStep[] = results.flatMap((r) => r.trace)
  const card = c.policy.scorecard
  let score: Decimal | null = null
  let coverage: Decimal | null = null
  let rating: string | null = null
  if (card !== undefined) {
    const scored = results.filter((r) => r.weight !== null && r.score !== null)
    coverage = sum(scored.map((r) => r.weight as Decimal))
    if (!coverage.isZero()) {
      score = ratio(sum(scored.map((r) => (r.score as Decimal).times(r.weight as Decimal))), coverage)
      const total = score
      // the last rating starts at 0 (the policy is validated so), so every total finds one
      rating = card.ratings.find((r) => r.minScore.lte(total))?.id ?? null
      trace.push(step('kpi.total', { score: truncate(score, 4), coverage, rating: rating ?? '—' }))
    }
  }
  const sortedAlerts = alerts.map((a) => a.alert)
  trace.push(...sortedAlerts.flatMap((a) => a.trace.slice(-1)))
  return {
    period: { start, end },
    asOf,
    kpis: results,
    score,
    coverage,
    rating,
    alerts: sortedAlerts,
    policy: stampOf(c.policy),
    trace,
  }
}

/**
 * A plain number read exactly as the decimal path would read it, or `undefined` (the caller then takes the
 * exact path).
 */
function plainNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return undefined
    if (Number.isInteger(value)) return value === 0 ? 0 : value
    const text = String(value)
    const dot = text.indexOf('.')
    return text.includes('e') || dot < 0 || text.length - dot - 1 > 12 ? undefined : value
  }
  return typeof value === 'string' ? plainTextNumber(value) : undefined
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]

/**
 * The double of a text matching `^-?\d{1,15}(?:\.\d{1,12})?$` (checked by its character codes, cheaper than
 * a regular expression call), the value `Number(text)` gives, or `undefined` for any other text or a
 * magnitude of 10^15 or more. With at most 15 digits in all, the digits make an integer D below 2^53 (exact
 * in a double) and D ÷ 10^f (f fraction digits, 10^f exact) is one correctly rounded division: the double
 * nearest the decimal, as `Number(text)` reads it, without its conversion call; longer texts take that call.
 * Zero comes out as 0, never -0. @internal
 */
export function plainTextNumber(text: string): number | undefined {
  const length = text.length
  const negative = text.charCodeAt(0) === 45 // '-'
  let i = negative ? 1 : 0
  const intStart = i
  let digits = 0
  let code = text.charCodeAt(i)
  while (code >= 48 && code <= 57) {
    digits = digits * 10 + (code - 48)
    i += 1
    code = text.charCodeAt(i)
  }
  const intDigits = i - intStart
  if (intDigits === 0 || intDigits > 15) return undefined
  let fracDigits = 0
  if (i < length) {
    if (code !== 46) return undefined // '.'
    i += 1
    code = text.charCodeAt(i)
    while (code >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48)
      i += 1
      code = text.charCodeAt(i)
    }
    fracDigits = i - intStart - intDigits - 1
    if (i < length || fracDigits === 0 || fracDigits > 12) return undefined
  }
  if (intDigits + fracDigits > 15) {
    const n = Number(text)
    return Math.abs(n) >= 1e15 ? undefined : n === 0 ? 0 : n
  }
  if (digits === 0) return 0
  const n = digits / (POWERS_OF_TEN[fracDigits] as number)
  return negative ? -n : n
}

/** The exact reading of a value for the slow path (throws with `path` on a bad value). */
function exact(value: unknown, path: readonly PathSegment[]): Decimal {
  const d = readDecimal(value)
  if (typeof d === 'string') return parseWith(DecimalSchema(), value, 'INVALID_INPUT', path)
  return d
}

/**
 * The alert level of one value (and target, for attainment bands) — the level
 * {@link evaluateCompiled} gives. Doubles decide every comparison they decide exactly (a double
 * comparison of correctly rounded decimals is exact unless the two doubles are equal; a product
 * is trusted only outside its error bound); anything else goes through decimals. It must agree with
 * {@link exactLevel}, errors included (`test/fast-exact.prop.test.ts` holds it to that).
 *
 * @group KPIs and SLAs
 */
export function levelOf(k: CompiledKpi, value: unknown, target: unknown): AlertLevel {
  const { def } = k
  const v = plainNumber(value)
  if (v === undefined || (v < 0 && (def.unit === 'count' || def.unit === 'duration')))
    return exactLevel(k, value, target)
  const bands = def.bands
  if (bands.length === 0) return 'ok'
  if (def.bandsOn === 'value') {
    // bands on the value: the highest band whose bound the value passes; on a bound, decimals decide
    for (let i = bands.length - 1; i > 0; i -= 1) {
      const b = k.bounds[i] as number
      if (v > b) return (bands[i] as { level: AlertLevel }).level
      // equal doubles: the same decimal (compared as canonical text) is on the bound, so in the band
      if (v === b)
        return isCanonicalOf(String(value), k.boundTexts[i] as string)
          ? (bands[i] as { level: AlertLevel }).level
          : exactLevel(k, value, target)
    }
    return (bands[0] as { level: AlertLevel }).level
  }
  const t = target === undefined ? k.fixedTarget : plainNumber(target)
  if (t === undefined || !(t > 0)) return exactLevel(k, value, target)
  const lower = k.lower !== null
  if (k.lower === 'inverse') {
    // t / v ≥ from ⇔ from ≤ 0, or v ≤ 0 (the best value: the top band), or from·v ≤ t
    if (!(v > 0)) return (bands[bands.length - 1] as { level: AlertLevel }).level
    for (let i = bands.length - 1; i > 0; i -= 1) {
      const f = k.factors[i] as ExactFactor
      if (f.approx <= 0) return (bands[i] as { level: AlertLevel }).level
      const p = f.approx * v
      const diff = t - p
      // within the product's rounding error the doubles cannot tell: integers decide (from·v ≤ t ⇔
      // num·v ≤ t·scale) when v and t are integers and the products safe, else decimals
      if (Math.abs(diff) <= 1e-15 * (Math.abs(t) + Math.abs(p)) + 1e-300) {
        const tie = integerTie(f, v, t)
        if (tie === undefined) return exactLevel(k, value, target)
        if (tie <= 0) return (bands[i] as { level: AlertLevel }).level
        continue
      }
      if (diff > 0) return (bands[i] as { level: AlertLevel }).level
    }
    return (bands[0] as { level: AlertLevel }).level
  }
  for (let i = bands.length - 1; i > 0; i -= 1) {
    const f = k.factors[i] as ExactFactor
    // higher: v / t ≥ from ⇔ v ≥ from·t; lower: max(0, 2 − v / t) ≥ from ⇔ from ≤ 0 or v ≤ (2 − from)·t
    if (lower && f.approx >= 2) return (bands[i] as { level: AlertLevel }).level
    const p = f.approx * t
    const diff = v - p
    // within the product's rounding error the doubles cannot tell: integers decide (F·t against v as
    // num·t against v·scale) when v and t are integers and the products safe, else decimals
    if (Math.abs(diff) <= 1e-15 * (Math.abs(v) + Math.abs(p)) + 1e-300) {
      const tie = integerTie(f, t, v)
      if (tie === undefined) return exactLevel(k, value, target)
      if (lower ? tie >= 0 : tie <= 0) return (bands[i] as { level: AlertLevel }).level
      continue
    }
    if (lower ? diff < 0 : diff > 0) return (bands[i] as { level: AlertLevel }).level
  }
  return (bands[0] as { level: AlertLevel }).level
}

/**
 * The sign of `F·x − y` computed exactly in integers (`num·x` against `y·scale`), or `undefined` when x or y
 * is not an integer, F has no exact integer form, or a product is beyond 2^53 (a product of integers that
 * comes out at most `MAX_SAFE_INTEGER` in doubles is exact; one beyond it rounds to at least 2^53).
 */
function integerTie(f: ExactFactor, x: number, y: number): number | undefined {
  if (f.num === null || !Number.isInteger(x) || !Number.isInteger(y)) return undefined
  const left = f.num * x
  const right = y * f.scale
  if (Math.abs(left) > Number.MAX_SAFE_INTEGER || Math.abs(right) > Number.MAX_SAFE_INTEGER) return undefined
  return left > right ? 1 : left < right ? -1 : 0
}

/** The level by exact decimals alone (the fast path's reference; exported for its test). @internal */
export function exactLevel(k: CompiledKpi, value: unknown, target: unknown): AlertLevel {
  const { def } = k
  const v = exact(value, ['value'])
  if ((def.unit === 'count' || def.unit === 'duration') && v.isNegative())
    fail('INVALID_INPUT', 'kpi.negative', ['value'], { unit: def.unit })
  if (def.bands.length === 0) return 'ok'
  if (def.bandsOn === 'value') return (def.bands[bandIndex(def, v)] as { level: AlertLevel }).level
  const t =
    target === undefined
      ? def.target?.kind === 'fixed'
        ? def.target.value
        : undefined
      : exact(target, ['target'])
  if (t === undefined) fail('INVALID_INPUT', 'kpi.needs-target', ['target'], { kpi: def.id })
  if (!t.gt(0)) fail('INVALID_INPUT', 'decimal.not-positive', ['target'])
  return (def.bands[attainmentBand(k, v, t)] as { level: AlertLevel }).level
}

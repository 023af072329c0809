import type * as z from 'zod'
import { ONE, ratio, type Decimal } from '../../../core/decimal'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { stampOf, type PolicyStamp } from '../../../core/versioning'
import type { AppraisalPolicy, CalibrationEntriesSchema } from '../../../models/appraisal'
import { bandLabel, bandOf } from './score'

type Entry = z.output<ReturnType<typeof CalibrationEntriesSchema>>[number]

/**
 * One rating's count before and after calibration, against its limit.
 *
 * @group Appraisal
 */
export interface CalibrationBand {
  /** The rating. */
  readonly rating: string
  /** Its name (the rating's id when the policy gives no label). */
  readonly label: LocalizedText
  /** The largest share the guidance allows; `null` without a limit. */
  readonly maxShare: Decimal | null
  /** The largest number allowed: `maxShare × total`, rounded down; `null` without a limit. */
  readonly limit: number | null
  /** How many the scores rated so. */
  readonly before: number
  /** How many keep or get the rating after calibration. */
  readonly after: number
  /** `before ÷ total`. */
  readonly shareBefore: Decimal
}

/**
 * A rating that must move down to meet the guidance.
 *
 * @group Appraisal
 */
export interface CalibrationMove {
  /** The person. */
  readonly person: string
  /** The score. */
  readonly score: Decimal
  /** The rating of the score. */
  readonly from: string
  /** The rating after calibration (lower). */
  readonly to: string
}

/**
 * The distribution of a group's ratings against the guidance (强制分布), and the ratings that must move.
 *
 * @group Appraisal
 */
export interface Calibration {
  /** How many appraisals were calibrated. */
  readonly total: number
  /** Each rating, the best first. */
  readonly bands: readonly CalibrationBand[]
  /** Each appraisal in the order given, with its rating before and after. */
  readonly appraisals: readonly {
    /** The person. */
    readonly person: string
    /** The score. */
    readonly score: Decimal
    /** The rating of the score. */
    readonly rating: string
    /** The rating after calibration: the same or lower, never higher. */
    readonly calibrated: string
  }[]
  /** The ratings that must move, the best rating first, then the lowest score first. */
  readonly moves: readonly CalibrationMove[]
  /** True when no rating must move. */
  readonly withinGuidance: boolean
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** Each limited rating, each move and each tie at a cut. */
  readonly trace: readonly TraceStep[]
}

/** Keep priority: a higher score first, then the tie-break parts' points, then the earlier id. */
function keepOrder(policy: AppraisalPolicy): (a: Entry, b: Entry) => number {
  const tieBreak = policy.distribution?.tieBreak ?? []
  return (a, b) => {
    const byScore = b.score.comparedTo(a.score)
    if (byScore !== 0) return byScore
    for (const part of tieBreak) {
      const pa = a.points[part]
      const pb = b.points[part]
      // points given rank above points missing
      if (pa === undefined || pb === undefined) {
        if (pa !== pb) return pa === undefined ? 1 : -1
        continue
      }
      const c = pb.comparedTo(pa)
      if (c !== 0) return c
    }
    return a.person < b.person ? -1 : a.person > b.person ? 1 : 0
  }
}

/**
 * Calibration: from the best band down, a band over its limit keeps its first `limit` members by {@link
 * keepOrder} (or, with `ties: 'move-all'`, only those scoring strictly above the cut's score) and moves the
 * rest one band down, where they count against that band's limit in turn. Nobody ever moves up.
 */
export function calibrateWith(policy: AppraisalPolicy, entries: readonly Entry[]): Calibration {
  const n = entries.length
  const order = keepOrder(policy)
  const trace: TraceStep[] = [step('appraisal.calibrate', { count: n })]
  const start = entries.map((e) => bandOf(policy, e.score).index)
  const at = [...start]
  const limits = new Map((policy.distribution?.limits ?? []).map((l) => [l.rating, l.maxShare]))
  if (policy.distribution === undefined) trace.push(step('appraisal.no-distribution'))
  const moves: CalibrationMove[] = []
  policy.bands.forEach((band, b) => {
    const share = limits.get(band.rating)
    if (share === undefined) return
    const limit = share.times(n).floor().toNumber()
    const members = entries.map((e, i) => ({ e, i })).filter((x) => at[x.i] === b)
    const params = { rating: bandLabel(band), count: members.length, limit, share }
    if (members.length <= limit) {
      trace.push(step('appraisal.band-within', params))
      return
    }
    members.sort((x, y) => order(x.e, y.e))
    let keep = limit
    const cut = members[limit] as (typeof members)[number]
    const lastKept = members[limit - 1]
    if (lastKept !== undefined && lastKept.e.score.eq(cut.e.score)) {
      if (policy.distribution?.ties === 'move-all') {
        while (keep > 0 && (members[keep - 1] as (typeof members)[number]).e.score.eq(cut.e.score)) keep -= 1
        trace.push(step('appraisal.tie-move-all', { rating: bandLabel(band), score: cut.e.score }))
      } else trace.push(step('appraisal.tie-broken', { rating: bandLabel(band), score: cut.e.score }))
    }
    trace.push(step('appraisal.band-over', { ...params, moved: members.length - keep }))
    const below = policy.bands[b + 1] as (typeof policy.bands)[number]
    for (const { e, i } of members.slice(keep).reverse()) {
      at[i] = b + 1
      moves.push({ person: e.person, score: e.score, from: band.rating, to: below.rating })
      trace.push(
        step('appraisal.moved', {
          person: e.person,
          score: e.score,
          from: bandLabel(band),
          to: bandLabel(below),
        }),
      )
    }
  })
  // a person moved twice (S → A → B) is one move from the first rating to the last
  const merged = new Map<string, CalibrationMove>()
  for (const m of moves) {
    const before = merged.get(m.person)
    merged.set(m.person, before === undefined ? m : { ...before, to: m.to })
  }
  const bands = policy.bands.map((band, b): CalibrationBand => {
    const share = limits.get(band.rating) ?? null
    const before = start.filter((x) => x === b).length
    return {
      rating: band.rating,
      label: bandLabel(band),
      maxShare: share,
      limit: share === null ? null : share.times(n).floor().toNumber(),
      before,
      after: at.filter((x) => x === b).length,
      shareBefore: ratio(ONE.times(before), ONE.times(n)),
    }
  })
  if (merged.size === 0 && policy.distribution !== undefined) trace.push(step('appraisal.within-guidance'))
  return {
    total: n,
    bands,
    appraisals: entries.map((e, i) => ({
      person: e.person,
      score: e.score,
      rating: policy.bands[start[i] as number]?.rating ?? '',
      calibrated: policy.bands[at[i] as number]?.rating ?? '',
    })),
    moves: [...merged.values()],
    withinGuidance: merged.size === 0,
    policy: stampOf(policy),
    trace,
  }
}

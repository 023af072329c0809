import { describe, expect, it } from 'vitest'
import { calibrate, defineAppraisalPolicy, explain, type CalibrationEntryInput } from '../../../src/index'
import { handbookAppraisal } from '../../fixtures/appraisal'
import { catchError } from '../../helpers'

// ten people; S (≥ 95) at most 20 % → 2, A (≥ 85) at most 30 % → 3
// before: S p01 97, p02 96, p03 96, p04 95; A p05 90, p06 88, p07 86, p08 85; B p09 80; D p10 50
const group: CalibrationEntryInput[] = [
  { person: 'p01', score: 97 },
  { person: 'p02', score: 96, points: { supervisor: '87.5' } },
  { person: 'p03', score: 96, points: { supervisor: 100 } },
  { person: 'p04', score: 95 },
  { person: 'p05', score: 90 },
  { person: 'p06', score: 88 },
  { person: 'p07', score: 86 },
  { person: 'p08', score: 85 },
  { person: 'p09', score: 80 },
  { person: 'p10', score: 50 },
]

describe('calibrate', () => {
  it('runs the JSDoc example', () => {
    const policy = defineAppraisalPolicy({
      id: 'appraisal',
      version: '1',
      effectiveFrom: '2026-01-01',
      parts: [{ part: 'supervisor', weight: 1 }],
      bands: [{ rating: 'A', minScore: 90 }, { rating: 'B', minScore: 70 }, { rating: 'C' }],
      distribution: { limits: [{ rating: 'A', maxShare: '0.2' }] },
    })
    // 5 people, at most 20 % A → 1; p1 (95) keeps A, p2 (92) moves to B
    const scores = [95, 92, 80, 75, 60].map((score, i) => ({ person: `p${i + 1}`, score }))
    const result = calibrate(policy, scores)
    expect(result.moves.map((m) => `${m.person}: ${m.from} → ${m.to}`)).toEqual(['p2: A → B'])
  })

  it('breaks a tie at the cut by the supervisor’s points and cascades the overflow down', () => {
    const result = calibrate(handbookAppraisal, group)
    // S: p01 97 keeps; p02 and p03 tie at 96, p03's supervisor points (100 > 87.5) keep S; p02 and p04 → A
    // A: p02 96, p04 95, p05 90 keep (3); p06 88, p07 86, p08 85 → B
    expect(result.bands.map((b) => [b.rating, b.before, b.after, b.limit])).toEqual([
      ['S', 4, 2, 2],
      ['A', 4, 3, 3],
      ['B', 1, 4, null],
      ['C', 0, 0, null],
      ['D', 1, 1, null],
    ])
    expect(result.moves.map((m) => `${m.person} ${m.from}→${m.to}`)).toEqual([
      'p04 S→A',
      'p02 S→A',
      'p08 A→B',
      'p07 A→B',
      'p06 A→B',
    ])
    expect(result.appraisals.map((a) => a.calibrated).join('')).toBe('SASAABBBBD')
    expect(result.withinGuidance).toBe(false)
    expect(explain(result).slice(0, 5)).toEqual([
      'Calibrating 10 appraisals',
      'Outstanding: the cut falls on a tie at 96, broken by the tie rule',
      'Outstanding: 4 over the limit of 2 (20%); 2 move down',
      'p04 (95) moves from Outstanding to Exceeds',
      'p02 (96) moves from Outstanding to Exceeds',
    ])
    expect(explain(result, { locale: 'zh-CN' })[2]).toBe('卓越：4 人，超过上限 2 人（20%）；2 人下调')
  })

  it('breaks a tie by the earlier id when the tie-break points are equal', () => {
    const tied = group.map((g) => ({ person: g.person, score: g.score }))
    const result = calibrate(handbookAppraisal, tied)
    // p02 and p03 both 96 with no supervisor points: p02 (the earlier id) keeps S
    expect(result.appraisals.slice(0, 4).map((a) => a.calibrated)).toEqual(['S', 'S', 'A', 'A'])
  })

  it('moves every appraisal tied at the cut with ties: move-all', () => {
    const policy = {
      ...handbookAppraisal,
      distribution: { ...handbookAppraisal.distribution, ties: 'move-all' as const },
    }
    const result = calibrate(policy, group)
    // S: only p01 (97) is strictly above the tie at 96: p02, p03, p04 → A (S holds 1 of the 2 allowed)
    // A: p02 96, p03 96, p04 95 keep; p05 90, p06, p07, p08 → B
    expect(result.bands.map((b) => b.after)).toEqual([1, 3, 5, 0, 1])
    expect(explain(result)[1]).toBe('Outstanding: the cut falls on a tie at 96; every tied appraisal moves')
  })

  it('moves nobody when the group is within the guidance, or without a distribution', () => {
    const within = calibrate(handbookAppraisal, group.slice(4))
    // 6 people: S limit 1 (20 % of 6 = 1.2, rounded down), A limit 1 (1.8 → 1): A holds 4 → 3 move
    expect(within.bands[1]).toMatchObject({ before: 4, after: 1, limit: 1 })
    const { distribution: _none, ...free } = handbookAppraisal
    const result = calibrate(free, group)
    expect(result.moves).toEqual([])
    expect(result.withinGuidance).toBe(true)
    expect(explain(result)).toEqual([
      'Calibrating 10 appraisals',
      'The policy has no forced distribution: no rating moves',
    ])
    const small = calibrate(handbookAppraisal, [{ person: 'a', score: 80 }])
    expect(explain(small).at(-1)).toBe('Every rating is within the guidance')
  })

  it('reports bad input at its path', () => {
    const dup = catchError(() =>
      calibrate(handbookAppraisal, [group[0], group[0]] as CalibrationEntryInput[]),
    )
    expect([dup.code, dup.issues[0]?.code, dup.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'ids.duplicate',
      ['appraisals', 1, 'person'],
    ])
    const needsDate = catchError(() => calibrate([handbookAppraisal], group))
    expect([needsDate.code, needsDate.issues[0]?.path]).toEqual(['INVALID_INPUT', ['options', 'asOf']])
    expect(calibrate([handbookAppraisal], group, { asOf: '2026-12-31' }).policy.version).toBe('2026.1')
  })
})

// An own `__proto__` key (as JSON.parse makes it) is never dropped without a word (review of stop 20): a
// strict object reports it as an unknown key, and so now does a record (`z.record` skips it silently), on
// the exact and the fast paths alike.
import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, compileScoringMatrix, scoreOpportunity, slaCompliance } from '../../src/index'
import { handbookMatrix } from '../fixtures/opportunity'
import { kpiPolicy } from '../fixtures/kpi'
import { catchError } from '../helpers'

const issuesOf = (fn: () => unknown) => {
  const error = catchError(fn)
  return [error.code, error.issues.map((i) => [i.path, i.code])]
}

describe('an own __proto__ key in a record', () => {
  // need clear 4/5, budget approved 5/5, decision identified, competition some: a complete rating
  const ratings = JSON.parse(
    '{"need":"clear","budget":"approved","decision":"identified","competition":"some","__proto__":"x"}',
  ) as Record<string, string>
  const unknownAt = (path: (string | number)[]) => ['INVALID_INPUT', [[path, 'key.unknown']]]

  it('is an unknown key of the ratings for score, grade and scoreOpportunity', () => {
    const evaluator = compileScoringMatrix(handbookMatrix)
    expect(issuesOf(() => evaluator.grade(ratings))).toEqual(unknownAt(['ratings', '__proto__']))
    expect(issuesOf(() => evaluator.score(ratings))).toEqual(unknownAt(['ratings', '__proto__']))
    expect(issuesOf(() => scoreOpportunity(handbookMatrix, ratings))).toEqual(
      unknownAt(['ratings', '__proto__']),
    )
    // the same ratings without it: 0.3 × 4/5 + 0.3 × 5/5 + 0.2 × 3/5 + 0.2 × 3/5 = 24 + 30 + 12 + 12 = 78
    const clean = JSON.parse(
      '{"need":"clear","budget":"approved","decision":"identified","competition":"some"}',
    )
    expect(evaluator.score(clean).score.toString()).toBe('78')
    expect(evaluator.grade(clean).grade).toBe(evaluator.score(clean).grade)
  })

  it('is an unknown key of a ticket’s events, on the compiled SLA path as on the exact report', () => {
    const items = [
      JSON.parse(
        '{"id":"T-1","kind":"ticket","events":{"received":"2026-09-29T14:00:00+08:00","__proto__":"2026-09-29T15:00:00+08:00"}}',
      ),
    ]
    const asOf = '2026-10-31T00:00:00+08:00'
    const expected = ['INVALID_INPUT', [[['items', 0, 'events', '__proto__'], 'key.unknown']]]
    expect(issuesOf(() => slaCompliance(kpiPolicy, items, { asOf }))).toEqual(expected)
    expect(issuesOf(() => compileKpiPolicy(kpiPolicy).slaStatus(items, { asOf }))).toEqual(expected)
  })

  it('is reported once where a strict object already reports it', () => {
    const quoteLike = JSON.parse('{"__proto__":{"polluted":true}}')
    const error = catchError(() => compileScoringMatrix({ ...handbookMatrix, ...quoteLike }))
    expect(error.issues.filter((i) => i.path.join('.') === '__proto__')).toHaveLength(1)
  })
})

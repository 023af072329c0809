import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { policyInForce } from '../../src/index'
import { parseWith } from '../../src/core/schema'
import { checkVersionDates, VersionedSchema } from '../../src/core/versioning'
import { catchError } from '../helpers'

const v1 = { id: 'plan', version: '1', effectiveFrom: '2026-01-01' }
const v2 = { id: 'plan', version: '2', effectiveFrom: '2026-07-01', effectiveTo: '2026-12-31' }

describe('policyInForce', () => {
  it('picks the version whose dates contain the day, boundaries included', () => {
    expect(policyInForce([v2, v1], '2026-06-30')).toBe(v1)
    expect(policyInForce([v2, v1], '2026-07-01')).toBe(v2)
    expect(policyInForce([v2, v1], '2026-12-31')).toBe(v2)
  })

  it('throws NO_POLICY_IN_FORCE before the first version and after an explicit end', () => {
    expect(catchError(() => policyInForce([v1, v2], '2025-12-31'))).toMatchObject({
      code: 'NO_POLICY_IN_FORCE',
      issues: [{ path: ['date'] }],
    })
    expect(catchError(() => policyInForce([v1, v2], '2027-01-01')).code).toBe('NO_POLICY_IN_FORCE')
  })

  it('rejects overlapping versions and a reversed version', () => {
    const overlapping = catchError(() =>
      policyInForce([{ ...v1, effectiveTo: '2026-07-01' }, v2], '2026-03-01'),
    )
    expect(overlapping).toMatchObject({
      code: 'INVALID_POLICY',
      issues: [{ path: ['versions', 1, 'effectiveFrom'], code: 'versions.overlap' }],
    })
    const sameStart = catchError(() => policyInForce([v1, { ...v1, version: '1b' }], '2026-03-01'))
    expect(sameStart.issues[0]?.code).toBe('versions.overlap')
    const reversed = catchError(() => policyInForce([{ ...v1, effectiveTo: '2025-12-01' }], '2026-03-01'))
    expect(reversed.issues[0]).toMatchObject({
      path: ['versions', 0, 'effectiveTo'],
      code: 'versions.reversed',
    })
  })

  it('does not mutate the list', () => {
    const list = Object.freeze([Object.freeze({ ...v2 }), Object.freeze({ ...v1 })])
    expect(policyInForce(list, '2026-08-01').version).toBe('2')
    expect(list.map((v) => v.version)).toEqual(['2', '1'])
  })
})

describe('policyInForce — edges (gaps a mutation run found)', () => {
  it('accepts a one-day version and versions that meet without a gap, in any order', () => {
    const oneDay = { ...v1, version: '0', effectiveFrom: '2025-12-31', effectiveTo: '2025-12-31' }
    const list = [v2, { ...v1, effectiveTo: '2026-06-30' }, oneDay]
    expect(policyInForce(list, '2025-12-31').version).toBe('0')
    expect(policyInForce(list, '2026-01-01').version).toBe('1')
    expect(policyInForce(list, '2026-06-30').version).toBe('1')
    expect(policyInForce(list, '2026-07-01').version).toBe('2')
  })

  it('picks the latest start on or before the day, wherever it is listed', () => {
    const v3 = { ...v1, version: '3', effectiveFrom: '2026-04-01' }
    expect(policyInForce([v3, v1], '2026-05-01').version).toBe('3')
    expect(policyInForce([v1, v3], '2026-05-01').version).toBe('3')
    expect(policyInForce([v1, v3], '2026-03-31').version).toBe('1')
  })

  it('names the versions, dates and day in its issues', () => {
    const overlap = catchError(() => policyInForce([v2, { ...v1, effectiveTo: '2026-07-01' }], '2026-03-01'))
      .issues[0]
    expect(overlap).toMatchObject({
      path: ['versions', 0, 'effectiveFrom'],
      code: 'versions.overlap',
      params: { version: '2', other: '1', start: '2026-07-01' },
    })
    const reversed = catchError(() => policyInForce([{ ...v1, effectiveTo: '2025-12-31' }], '2026-03-01'))
      .issues[0]
    expect(reversed).toMatchObject({ params: { start: '2026-01-01', end: '2025-12-31' } })
    const none = catchError(() => policyInForce([v1], '2025-06-30'))
    expect(none.issues[0]).toMatchObject({
      path: ['date'],
      code: 'versions.none-in-force',
      params: { date: '2025-06-30' },
    })
    expect(catchError(() => policyInForce([v1], '2026-02-30')).issues[0]).toMatchObject({ path: ['date'] })
    expect(catchError(() => policyInForce([v1], '2026-02-30')).code).toBe('INVALID_INPUT')
  })

  it('rejects a reversed header in a single policy too', () => {
    expect(
      catchError(() => policyInForce([{ ...v2, effectiveTo: '2026-06-30' }], '2026-07-01')).issues[0],
    ).toMatchObject({ path: ['versions', 0, 'effectiveTo'], code: 'versions.reversed' })
  })
})

describe('version headers and lists — the issue each gets', () => {
  const header = VersionedSchema().check(z.superRefine(checkVersionDates))
  it('a header may end on the day it starts, not before', () => {
    expect(parseWith(header, { ...v1, effectiveTo: '2026-01-01' }, 'INVALID_POLICY')).toMatchObject({
      effectiveTo: '2026-01-01',
    })
    expect(parseWith(header, v1, 'INVALID_POLICY')).toMatchObject({ effectiveFrom: '2026-01-01' })
    expect(
      catchError(() => parseWith(header, { ...v1, effectiveTo: '2025-12-31' }, 'INVALID_POLICY')).issues,
    ).toEqual([
      {
        path: ['effectiveTo'],
        message: expect.stringContaining('2025-12-31'),
        code: 'versions.reversed',
        params: { start: '2026-01-01', end: '2025-12-31' },
      },
    ])
  })

  it('of two versions starting the same day, the one listed later is the overlap, in either order', () => {
    const b = { ...v1, version: '1b' }
    expect(catchError(() => policyInForce([v1, b], '2026-03-01')).issues[0]).toMatchObject({
      path: ['versions', 1, 'effectiveFrom'],
      params: { version: '1b', other: '1' },
    })
    expect(catchError(() => policyInForce([b, v1], '2026-03-01')).issues[0]).toMatchObject({
      path: ['versions', 1, 'effectiveFrom'],
      params: { version: '1', other: '1b' },
    })
    const c = { ...v1, version: '1c' }
    expect(catchError(() => policyInForce([c, v2, b, v1], '2026-03-01')).issues.map((i) => i.path)).toEqual([
      ['versions', 2, 'effectiveFrom'],
      ['versions', 3, 'effectiveFrom'],
    ])
  })
})

/**
 * Property of issue #18 item 6: for any policy dates and any decision date, passing `p` and passing `[p]`
 * give the same result, or the same error code and path; and the policy decides exactly when its dates
 * cover the decision's date.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkExpenseClaim,
  checkOrderRelease,
  evaluateKpis,
  requiredApprovals,
  SalesRulesError,
  type PathSegment,
} from '../../src/index'
import { shiftDate } from '../../src/core/dates'
import { claimOf, claimPolicy } from '../fixtures/expense-claim'
import { juneMeasurements, kpiPolicy } from '../fixtures/kpi'
import { handbookPolicy, tileContext, tileOrder } from '../fixtures/order'
import { quotePolicy, repQuote } from '../fixtures/quote'

/** A day within two years from 2025-06-01 (so around every fixture's decision date in 2026). */
const day = fc.integer({ min: 0, max: 730 }).map((n) => shiftDate('2025-06-01', n))

/** Policy dates: a start and, or not, an end on or after it. */
const dates = fc
  .tuple(day, fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }))
  .map(([from, length]) => ({
    effectiveFrom: from,
    ...(length === undefined ? {} : { effectiveTo: shiftDate(from, length) }),
  }))

type Outcome =
  | { readonly ok: string }
  | {
      readonly code: string
      readonly path: readonly PathSegment[] | undefined
      readonly issue: string | undefined
    }

/** A call's result as JSON, or its error's code, first path and issue code. */
function outcome(run: () => unknown): Outcome {
  try {
    return { ok: JSON.stringify(run()) }
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    return { code: error.code, path: error.issues[0]?.path, issue: error.issues[0]?.code }
  }
}

const inForce = (d: { effectiveFrom: string; effectiveTo?: string }, date: string) =>
  d.effectiveFrom <= date && (d.effectiveTo === undefined || date <= d.effectiveTo)

/** Checks `p` against `[p]`, and both against the effective-dating rule. */
function agree(
  policy: { effectiveFrom: string; effectiveTo?: string },
  date: string,
  path: readonly PathSegment[],
  run: (p: unknown) => unknown,
): void {
  const single = outcome(() => run(policy))
  const list = outcome(() => run([policy]))
  expect(single).toEqual(list)
  if (inForce(policy, date)) expect(single).toHaveProperty('ok')
  else expect(single).toEqual({ code: 'NO_POLICY_IN_FORCE', path, issue: 'versions.none-in-force' })
}

describe('a single policy and the list of it agree on every date', () => {
  it('quote approval (the quote’s date, options.asOf)', () => {
    fc.assert(
      fc.property(dates, day, (d, asOf) => {
        agree(d, asOf, ['options', 'asOf'], (p) =>
          requiredApprovals(
            Array.isArray(p)
              ? p.map((v) => ({ ...quotePolicy, ...v }))
              : { ...quotePolicy, ...(p as object) },
            repQuote,
            { asOf },
          ),
        )
      }),
    )
  })

  it('KPI evaluation (the period’s end)', () => {
    const options = { period: { start: '2026-06-01', end: '2026-06-30' } }
    fc.assert(
      fc.property(dates, (d) => {
        agree(d, '2026-06-30', ['options', 'period', 'end'], (p) =>
          evaluateKpis(
            Array.isArray(p) ? p.map((v) => ({ ...kpiPolicy, ...v })) : { ...kpiPolicy, ...(p as object) },
            juneMeasurements,
            options,
          ),
        )
      }),
    )
  })

  it('expense claims (options.asOf)', () => {
    const claim = claimOf([{ id: 'o', date: '2026-09-28', category: 'office', amount: '180' }])
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (d, after) => {
        // the claim is checked on its submission day or up to 60 days later
        const asOf = shiftDate('2026-09-30', after)
        agree(d, asOf, ['options', 'asOf'], (p) =>
          checkExpenseClaim(
            Array.isArray(p)
              ? p.map((v) => ({ ...claimPolicy, ...v }))
              : { ...claimPolicy, ...(p as object) },
            claim,
            { asOf },
          ),
        )
      }),
    )
  })

  it('order release (context.asOf)', () => {
    fc.assert(
      fc.property(dates, (d) => {
        agree(d, tileContext.asOf, ['context', 'asOf'], (p) =>
          checkOrderRelease(
            Array.isArray(p)
              ? p.map((v) => ({ ...handbookPolicy, ...v }))
              : { ...handbookPolicy, ...(p as object) },
            tileOrder,
            tileContext,
          ),
        )
      }),
    )
  })
})

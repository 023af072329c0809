/**
 * A single policy is a list of one version (issue #18, item 6): in every domain, one policy not in force on
 * the decision's date is `NO_POLICY_IN_FORCE` at the date's path, exactly as `[policy]` is; an optional date
 * left out uses the one policy as given.
 */
import { describe, expect, it } from 'vitest'
import {
  appraise,
  budgetVariance,
  calculateCommission,
  calibrate,
  canApprove,
  checkCertification,
  checkExpense,
  checkExpenseClaim,
  checkFollowUpCompliance,
  checkLeadFollowUp,
  checkOpportunityFollowUp,
  checkOrderRelease,
  compileCommissionPlan,
  compileExpenseBudget,
  compileExpenseClaimPolicy,
  compileKpiPolicy,
  compileOrderReleasePolicy,
  defineAppraisalPolicy,
  complaintReport,
  evaluateKpis,
  gradeCustomers,
  requiredApprovals,
  requiredContractApprovals,
  routeComplaint,
  scoreOpportunity,
  slaCompliance,
  transitionLead,
  type PathSegment,
} from '../../src/index'
import { shiftDate } from '../../src/core/dates'
import { flat, input, sale } from '../fixtures/commission'
import { service, workingHoursPolicy } from '../fixtures/complaint'
import { paretoPolicy, tenCustomers } from '../fixtures/customer'
import { expenseBudget } from '../fixtures/expense'
import { claimOf, claimPolicy } from '../fixtures/expense-claim'
import { juneMeasurements, kpiPolicy } from '../fixtures/kpi'
import { handbookLeads, lead } from '../fixtures/lead'
import { handbookMatrix } from '../fixtures/opportunity'
import { handbookPolicy, tileContext, tileOrder } from '../fixtures/order'
import { quotePolicy, repQuote } from '../fixtures/quote'
import { newRep, trainingPolicy } from '../fixtures/training'
import { catchError } from '../helpers'

interface Policy {
  readonly effectiveFrom: string
  readonly effectiveTo?: string | undefined
}

/** One entry point, its decision's date(s) and the path of that date. */
interface Case {
  readonly name: string
  readonly policy: Policy
  /** The first and the last day the decision needs covered (the same day but for a commission period). */
  readonly first: string
  readonly last: string
  readonly path: readonly PathSegment[]
  /** Runs the entry point with `policy` (one policy, or `[policy]` when `list` is true). */
  readonly run: (policy: unknown) => { readonly policy: { readonly effectiveFrom: string } }
  /** Whether the entry point also takes a list of versions (compiled evaluators take one version). */
  readonly list: boolean
}

const leadEventAt = '2026-06-02T10:00:00+08:00'
const appraisalPolicy = defineAppraisalPolicy({
  id: 'appraisal',
  version: '1',
  effectiveFrom: '2026-01-01',
  parts: [
    { part: 'kpi', weight: '0.6' },
    { part: 'supervisor', weight: '0.4', scale: { min: 1, max: 5 } },
  ],
  bands: [{ rating: 'A', minScore: 90 }, { rating: 'B', minScore: 70 }, { rating: 'C' }],
})
const appraisalInput = {
  person: 'rep-1',
  period: { start: '2026-04-01', end: '2026-06-30' },
  kpiResults: [
    { month: '2026-04', score: 90 },
    { month: '2026-05', score: 100 },
    { month: '2026-06', score: 110 },
  ],
  ratings: { supervisor: 4 },
}
const slaTicket = {
  id: 'T-1',
  kind: 'ticket',
  events: { received: '2026-09-30T10:00:00+08:00', 'first-response': '2026-09-30T11:00:00+08:00' },
}
const budgetEntry = { date: '2026-05-05', category: 'office', dimensions: { region: 'east' }, amount: '800' }
const claim = claimOf([{ id: 'o', date: '2026-09-28', category: 'office', amount: '180' }])

const one = (name: string, c: Omit<Case, 'name' | 'last' | 'list'> & { list?: boolean }): Case => ({
  name,
  last: c.first,
  list: true,
  ...c,
})

const cases: readonly Case[] = [
  one('requiredApprovals', {
    policy: quotePolicy,
    first: '2026-06-10',
    path: ['options', 'asOf'],
    run: (p) => requiredApprovals(p as never, repQuote, { asOf: '2026-06-10' }),
  }),
  one('canApprove', {
    policy: quotePolicy,
    first: '2026-06-10',
    path: ['options', 'asOf'],
    run: (p) => canApprove(p as never, 'sales-rep', repQuote, { asOf: '2026-06-10' }),
  }),
  one('evaluateKpis', {
    policy: kpiPolicy,
    first: '2026-06-30',
    path: ['options', 'period', 'end'],
    run: (p) =>
      evaluateKpis(p as never, juneMeasurements, { period: { start: '2026-06-01', end: '2026-06-30' } }),
  }),
  one('compileKpiPolicy(p).evaluate', {
    policy: kpiPolicy,
    first: '2026-06-30',
    path: ['options', 'period', 'end'],
    list: false,
    run: (p) =>
      compileKpiPolicy(p as never).evaluate(juneMeasurements, {
        period: { start: '2026-06-01', end: '2026-06-30' },
      }),
  }),
  one('slaCompliance', {
    policy: kpiPolicy,
    first: '2026-10-13',
    path: ['options', 'asOf'],
    run: (p) => slaCompliance(p as never, [slaTicket], { asOf: '2026-10-13T12:00:00+08:00' }),
  }),
  one('compileKpiPolicy(p).sla', {
    policy: kpiPolicy,
    first: '2026-10-13',
    path: ['options', 'asOf'],
    list: false,
    run: (p) => compileKpiPolicy(p as never).sla([slaTicket], { asOf: '2026-10-13T12:00:00+08:00' }),
  }),
  one('compileKpiPolicy(p).slaStatus', {
    policy: kpiPolicy,
    first: '2026-10-13',
    path: ['options', 'asOf'],
    list: false,
    run: (p) => ({
      policy: compileKpiPolicy(p as never).slaStatus([slaTicket], { asOf: '2026-10-13T12:00:00+08:00' })
        .policy,
    }),
  }),
  one('gradeCustomers', {
    policy: paretoPolicy,
    first: '2026-06-30',
    path: ['options', 'asOf'],
    run: (p) => gradeCustomers(p as never, tenCustomers, { asOf: '2026-06-30' }),
  }),
  one('checkFollowUpCompliance', {
    policy: paretoPolicy,
    first: '2026-06-16',
    path: ['period', 'end'],
    run: (p) => checkFollowUpCompliance(p as never, 'A', [], { start: '2026-06-03', end: '2026-06-16' }),
  }),
  one('scoreOpportunity', {
    policy: handbookMatrix,
    first: '2026-06-10',
    path: ['options', 'asOf'],
    run: (p) =>
      scoreOpportunity(
        p as never,
        { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' },
        { asOf: '2026-06-10' },
      ),
  }),
  one('checkOpportunityFollowUp', {
    policy: handbookMatrix,
    first: '2026-06-11',
    path: ['asOf'],
    run: (p) => checkOpportunityFollowUp(p as never, [], [], '2026-06-11'),
  }),
  one('budgetVariance', {
    policy: expenseBudget,
    first: '2026-05-15',
    path: ['options', 'asOf'],
    run: (p) => budgetVariance(p as never, [budgetEntry], { asOf: '2026-05-15', groupBy: ['category'] }),
  }),
  one('compileExpenseBudget(b).variance', {
    policy: expenseBudget,
    first: '2026-05-15',
    path: ['options', 'asOf'],
    list: false,
    run: (p) =>
      compileExpenseBudget(p as never).variance([budgetEntry], { asOf: '2026-05-15', groupBy: ['category'] }),
  }),
  one('compileExpenseBudget(b).variances', {
    policy: expenseBudget,
    first: '2026-05-15',
    path: ['options', 'asOf'],
    list: false,
    run: (p) =>
      compileExpenseBudget(p as never).variances([budgetEntry], {
        asOf: '2026-05-15',
        groupings: [['category']],
      })[0]!,
  }),
  one('checkExpense', {
    policy: expenseBudget,
    first: '2026-05-10',
    path: ['options', 'asOf'],
    run: (p) => checkExpense(p as never, [], budgetEntry, { asOf: '2026-05-10' }),
  }),
  one('compileExpenseBudget(b).check', {
    policy: expenseBudget,
    first: '2026-05-10',
    path: ['options', 'asOf'],
    list: false,
    run: (p) => compileExpenseBudget(p as never).check([], budgetEntry, { asOf: '2026-05-10' }),
  }),
  {
    name: 'calculateCommission',
    policy: flat,
    first: '2026-06-01',
    last: '2026-06-30',
    path: ['input', 'period'],
    list: true,
    run: (p) => calculateCommission(p as never, input([sale('t1', '10000')])),
  },
  {
    name: 'compileCommissionPlan(p).calculate',
    policy: flat,
    first: '2026-06-01',
    last: '2026-06-30',
    path: ['input', 'period'],
    list: false,
    run: (p) => compileCommissionPlan(p as never).calculate(input([sale('t1', '10000')])),
  },
  {
    name: 'compileCommissionPlan(p).totals',
    policy: flat,
    first: '2026-06-01',
    last: '2026-06-30',
    path: ['input', 'period'],
    list: false,
    // the totals carry no stamp: the plan's own is the one that decided
    run: (p) => {
      const evaluator = compileCommissionPlan(p as never)
      // 10,000 × 3 % = 300.00, on the fast path
      expect(evaluator.totals(input([sale('t1', '10000')]))).toMatchObject({ fastPath: true })
      expect(evaluator.totals(input([sale('t1', '10000')])).commission.toFixed(2)).toBe('300.00')
      return { policy: evaluator.plan }
    },
  },
  {
    name: 'compileCommissionPlan(p).year',
    policy: flat,
    // a plan year from 1 June settled through June: June is every day settled
    first: '2026-06-01',
    last: '2026-06-30',
    path: ['input', 'year'],
    list: false,
    run: (p) => {
      const statements = compileCommissionPlan(p as never).year({
        rep: 'r1',
        year: { start: '2026-06-01', end: '2027-05-31' },
        quota: '1200000',
        transactions: [sale('t1', '10000')],
        through: '2026-06-30',
      })
      // 10,000 × 3 % = 300.00 in June, the one period settled
      expect(statements.map((s) => s.payable.toFixed(2))).toEqual(['300.00'])
      return statements[0]!
    },
  },
  one('appraise', {
    policy: appraisalPolicy,
    first: '2026-06-30',
    path: ['input', 'period', 'end'],
    run: (p) => appraise(p as never, appraisalInput),
  }),
  one('calibrate', {
    policy: appraisalPolicy,
    first: '2026-06-30',
    path: ['options', 'asOf'],
    run: (p) => calibrate(p as never, [], { asOf: '2026-06-30' }),
  }),
  one('checkExpenseClaim', {
    policy: claimPolicy,
    first: '2026-09-30',
    path: ['options', 'asOf'],
    run: (p) => checkExpenseClaim(p as never, claim, { asOf: '2026-09-30' }),
  }),
  one('compileExpenseClaimPolicy(p).check', {
    policy: claimPolicy,
    first: '2026-09-30',
    path: ['options', 'asOf'],
    run: (p) => compileExpenseClaimPolicy(p as never).check(claim, { asOf: '2026-09-30' }),
  }),
  one('compileExpenseClaimPolicy(p).summary', {
    policy: claimPolicy,
    first: '2026-09-30',
    path: ['options', 'asOf'],
    run: (p) => compileExpenseClaimPolicy(p as never).summary(claim, { asOf: '2026-09-30' }),
  }),
  one('checkOrderRelease', {
    policy: handbookPolicy,
    first: tileContext.asOf,
    path: ['context', 'asOf'],
    run: (p) => checkOrderRelease(p as never, tileOrder, tileContext),
  }),
  one('compileOrderReleasePolicy(p).quickRelease', {
    policy: handbookPolicy,
    first: tileContext.asOf,
    path: ['context', 'asOf'],
    run: (p) => {
      const evaluator = compileOrderReleasePolicy(p as never)
      const quick = evaluator.quickRelease(tileOrder, tileContext)
      expect(quick.releasable).toBe(evaluator.checkOrderRelease(tileOrder, tileContext).releasable)
      return evaluator.checkOrderRelease(tileOrder, tileContext)
    },
  }),
  one('requiredContractApprovals', {
    policy: handbookPolicy,
    first: '2026-06-01',
    path: ['contract', 'date'],
    run: (p) =>
      requiredContractApprovals(p as never, {
        id: 'HT-1',
        date: '2026-06-01',
        currency: 'CNY',
        amount: '80000',
      }),
  }),
  one('routeComplaint', {
    policy: workingHoursPolicy,
    first: '2026-06-01',
    path: ['complaint', 'received'],
    run: (p) => routeComplaint(p as never, service('C-1', '2026-06-01T10:00:00+08:00')),
  }),
  one('complaintReport', {
    policy: workingHoursPolicy,
    first: '2026-06-30',
    path: ['options', 'asOf'],
    run: (p) => complaintReport(p as never, [], { asOf: '2026-06-30T18:00:00+08:00' }),
  }),
  one('checkCertification', {
    policy: trainingPolicy,
    first: '2026-02-01',
    path: ['options', 'asOf'],
    run: (p) =>
      checkCertification(p as never, { id: 'E-7', role: 'sales-rep' }, newRep, { asOf: '2026-02-01' }),
  }),
  one('transitionLead', {
    policy: handbookLeads,
    first: '2026-06-02',
    path: ['event', 'at'],
    run: (p) =>
      transitionLead(p as never, lead({ id: 'L1' }), { to: 'contacted', at: leadEventAt, note: '电话沟通' }),
  }),
  one('checkLeadFollowUp', {
    policy: handbookLeads,
    first: '2026-06-02',
    path: ['asOf'],
    run: (p) => checkLeadFollowUp(p as never, [], [], leadEventAt),
  }),
]

/** The policy with its dates replaced (`effectiveTo` left out when undefined). */
function dated(policy: Policy, effectiveFrom: string, effectiveTo?: string): Policy {
  const { effectiveTo: _, ...rest } = policy
  return effectiveTo === undefined ? { ...rest, effectiveFrom } : { ...rest, effectiveFrom, effectiveTo }
}

const earlier = (a: string, b: string) => (a < b ? a : b)

/** The error's code and first issue's path, code and date. */
function refusal(run: () => unknown) {
  const error = catchError(run)
  const [issue] = error.issues
  return { code: error.code, path: issue?.path, issue: issue?.code, date: issue?.params?.['date'] }
}

describe.each(cases)('$name: a single policy is a list of one version', (c) => {
  it('decides on the day of effectiveFrom (in force), with that version', () => {
    const policy = dated(c.policy, c.first)
    expect(c.run(policy).policy.effectiveFrom).toBe(c.first)
    if (c.list) expect(c.run([policy]).policy.effectiveFrom).toBe(c.first)
  })

  it('refuses the day before effectiveFrom: NO_POLICY_IN_FORCE at the date, as [policy] does', () => {
    // in force from the day after the decision's (first) date: that date is not covered
    const policy = dated(c.policy, shiftDate(c.first, 1))
    const expected = {
      code: 'NO_POLICY_IN_FORCE',
      path: c.path,
      issue: 'versions.none-in-force',
      date: c.first,
    }
    expect(refusal(() => c.run(policy))).toEqual(expected)
    if (c.list) expect(refusal(() => c.run([policy]))).toEqual(expected)
  })

  it('decides on the day of effectiveTo (in force)', () => {
    const from = earlier(c.policy.effectiveFrom, c.first)
    const policy = dated(c.policy, from, c.last)
    expect(c.run(policy).policy.effectiveFrom).toBe(from)
    if (c.list) expect(c.run([policy]).policy.effectiveFrom).toBe(from)
  })

  it('refuses the day after effectiveTo: NO_POLICY_IN_FORCE at the date, as [policy] does', () => {
    // in force until the day before the decision's (last) date
    const to = shiftDate(c.last, -1)
    const policy = dated(c.policy, earlier(c.policy.effectiveFrom, to), to)
    const expected = {
      code: 'NO_POLICY_IN_FORCE',
      path: c.path,
      issue: 'versions.none-in-force',
      date: c.last,
    }
    expect(refusal(() => c.run(policy))).toEqual(expected)
    if (c.list) expect(refusal(() => c.run([policy]))).toEqual(expected)
  })
})

describe('an optional date left out: one policy is used as given, a list needs the date', () => {
  // a policy in force only from 2099: no date says it is not in force yet
  const future = <P extends Policy>(p: P): P => ({ ...p, effectiveFrom: '2099-01-01' })

  it('requiredApprovals and canApprove without asOf', () => {
    expect(requiredApprovals(future(quotePolicy), repQuote).policy.effectiveFrom).toBe('2099-01-01')
    expect(canApprove(future(quotePolicy), 'sales-rep', repQuote).policy.effectiveFrom).toBe('2099-01-01')
    expect(refusal(() => requiredApprovals([future(quotePolicy)], repQuote))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'asOf'],
      issue: 'versions.needs-date',
    })
  })

  it('scoreOpportunity without asOf', () => {
    const ratings = { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' }
    // 100 × (0.3×4/5 + 0.3×5/5 + 0.2×3/5 + 0.2×3/5) = 78, as on any date
    const scored = scoreOpportunity(future(handbookMatrix), ratings)
    expect([scored.score.toString(), scored.policy.effectiveFrom]).toEqual(['78', '2099-01-01'])
  })

  it('calibrate without asOf', () => {
    expect(calibrate(future(appraisalPolicy), []).policy.effectiveFrom).toBe('2099-01-01')
  })

  it('a compiled call with no date has nothing to check', () => {
    const evaluator = compileKpiPolicy(future(kpiPolicy))
    expect(evaluator.policy.effectiveFrom).toBe('2099-01-01')
  })
})

describe('the practitioner’s case: a claim dated before its policy', () => {
  it('is refused, not decided by the policy that starts the next day', () => {
    const policy = { ...claimPolicy, effectiveFrom: '2026-10-01' }
    // the claim is checked on 30 September; the policy starts on 1 October
    expect(refusal(() => checkExpenseClaim(policy, claim, { asOf: '2026-09-30' }))).toEqual({
      code: 'NO_POLICY_IN_FORCE',
      path: ['options', 'asOf'],
      issue: 'versions.none-in-force',
      date: '2026-09-30',
    })
  })
})

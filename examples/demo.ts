// `npm run demo`: a month in the life of a sales team, decided by sales-rules from
// examples/policy.json. Every decision is printed with its explanation in English and Chinese.
import { readFileSync } from 'node:fs'
import {
  addBusinessDays,
  allocate,
  // appraisal and year-end profit share (issue 24)
  allocateProfitShare,
  appraise,
  calibrate,
  budgetVariance,
  calculateCommission,
  calculateCommissionYear,
  canApprove,
  checkOrderRelease,
  complaintReport,
  routeComplaint,
  checkExpense,
  checkExpenseClaim,
  checkFollowUpCompliance,
  evaluateKpis,
  explain,
  forecastPipeline,
  gradeCustomers,
  prioritizeOpportunity,
  prorate,
  requiredApprovals,
  requiredContractApprovals,
  scoreOpportunity,
  slaCompliance,
  type Traced,
  checkCertification,
  parseSalesPolicy,
  type SalesPolicyInput,
} from '../src/index'
// leads (线索管理)
import { assignLead, checkLeadFollowUp, checkOpportunityFollowUp, transitionLead } from '../src/index'

/** A domain written as one policy (examples/policy.json lists no versions). */
type One<T> = Exclude<T, readonly unknown[] | undefined>
/** The example handbook: every domain present, each as one policy. */
type ExampleHandbook = { readonly [K in keyof SalesPolicyInput]-?: One<SalesPolicyInput[K]> }

const document: unknown = JSON.parse(readFileSync(new URL('./policy.json', import.meta.url), 'utf8'))
// validated as a whole first (a typo anywhere stops the demo with its path), then used as written
parseSalesPolicy(document)
const policy = document as ExampleHandbook

function show(title: string, decision: Traced, summary: string): void {
  console.log(`\n== ${title}\n   → ${summary}`)
  for (const line of explain(decision)) console.log(`   ${line}`)
  for (const line of explain(decision, { locale: 'zh-CN' })) console.log(`   ${line}`)
}

console.log(`${policy.company} — policies in force on 2026-06-30, currency ${policy.currency}`)

// 1. Grade the customers (客户 ABC 分级) and check the A customers' follow-ups (跟进频率)
const customers = [
  { id: 'CUST-007 华东医疗', value: '4200000', previous: { grade: 'A' } },
  { id: 'CUST-012 西南物流', value: '2600000', previous: { grade: 'A' } },
  { id: 'CUST-031 华北零售', value: '1500000', previous: { grade: 'B' } },
  { id: 'CUST-044 华南电子', value: '900000', previous: { grade: 'A', periodsBelow: 0 } },
  { id: 'CUST-058 东北制造', value: '450000', previous: { grade: 'B' } },
  { id: 'CUST-063 西北能源', value: '250000', previous: { grade: 'C' } },
  { id: 'CUST-071 华中食品', value: '100000', previous: { grade: 'C' } },
  { id: 'CUST-090 新签客户' },
]
const grading = gradeCustomers(policy.customerGrading, customers, { asOf: '2026-06-30' })
show(
  'ABC grading of the customer base',
  grading,
  grading.customers.map((c) => `${c.id.split(' ')[0]}=${c.grade}`).join(' '),
)
const held = grading.customers[3]!
show(`Customer ${held.id}`, held, `${held.grade} (computed ${held.computedGrade}, held: ${held.held})`)
const followUp = checkFollowUpCompliance(
  policy.customerGrading,
  'A',
  ['2026-06-01', '2026-06-03', '2026-06-05T16:30:00+08:00', '2026-06-09', '2026-06-12'],
  { start: '2026-06-01', end: '2026-06-14' },
)
show(
  'Follow-ups of CUST-007 (A: at least 3 a week)',
  followUp,
  followUp.compliant ? 'compliant' : `not compliant; next contact due ${followUp.nextDue}`,
)

// 2. Score the pipeline (销售机会评估)
const pipeline = [
  {
    id: 'OPP-101 华东医疗设备',
    amount: '860000',
    stage: 'negotiation',
    ratings: { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' },
  },
  {
    id: 'OPP-102 西南物流系统',
    amount: '420000',
    stage: 'proposal',
    ratings: { need: 'clear', budget: 'planned', decision: 'engaged', competition: 'none' },
  },
  {
    id: 'OPP-103 华北零售门店',
    amount: '150000',
    stage: 'lead',
    ratings: { need: 'vague', budget: 'none', decision: 'unknown', competition: 'strong' },
  },
]
const first = pipeline[0]!
const scored = scoreOpportunity(policy.opportunityScoring, first.ratings)
show(
  `Opportunity ${first.id}`,
  scored,
  `score ${scored.score.toString()}, grade ${scored.grade}, contact every ${scored.strategy.contactEveryDays} days`,
)
const gated = scoreOpportunity(policy.opportunityScoring, pipeline[1]!.ratings)
show(
  `Opportunity ${pipeline[1]!.id}`,
  gated,
  `score ${gated.score.toString()}, grade ${gated.grade} (the score alone says ${gated.scoreGrade})`,
)
const priority = prioritizeOpportunity(policy.opportunityScoring, { x: first.amount, y: '0.8' })
show(`Priority of ${first.id}`, priority, `${priority.priority}`)
const forecast = forecastPipeline(policy.opportunityScoring, {
  currency: policy.currency,
  opportunities: pipeline,
})
show(
  'Weighted pipeline forecast',
  forecast,
  `${forecast.weighted.toFixed(2)} ${forecast.currency} of ${forecast.amount.toFixed(2)}`,
)

// 3. Approve quotes (报价审批)
const quote = {
  id: 'Q-2026-0618',
  currency: policy.currency,
  customer: { id: 'CUST-007 华东医疗', grade: 'A' },
  requestedBy: 'sales-rep',
  // the handbook: payment first (所有产品均按先款后货方式执行), and every quote names its delivery date
  paymentTerms: 'prepaid',
  deliveryDate: '2026-07-15',
  lines: [
    {
      product: 'MRI-200',
      category: 'devices',
      quantity: 2,
      listPrice: '98000',
      discount: '0.12',
      unitCost: '61000',
    },
    {
      product: 'SVC-3Y',
      category: 'services',
      quantity: 2,
      listPrice: '12000',
      unitPrice: '11000',
      unitCost: '4000',
    },
  ],
}
const approval = requiredApprovals(policy.quoteApproval, quote)
show(
  `Quote ${quote.id} by a sales rep`,
  approval,
  `${approval.autoApproved ? 'auto-approved' : `needs ${approval.requiredRole}`}; chain ${approval.chain.map((c) => c.role).join(' → ') || '—'}; parallel ${approval.parallel.map((p) => p.role).join(', ') || '—'}`,
)
const authority = canApprove(policy.quoteApproval, 'sales-rep', quote)
show(
  'Can the sales rep approve it?',
  authority,
  authority.allowed ? 'yes' : `no, escalate to ${authority.escalateTo}`,
)

// 3b. Review the contract (合同审核) and release the order (先款后货, 财务确认后方可开单发货)
const contract = requiredContractApprovals(policy.orderRelease, {
  id: 'HT-2026-018',
  date: '2026-06-01',
  currency: 'CNY',
  amount: '9100.00',
  type: 'exclusive-distribution',
})
show(
  `Contract ${contract.contractId} (包销)`,
  contract,
  `chain ${contract.chain.map((c) => c.role).join(' → ')}; parallel ${contract.parallel.map((p) => p.role).join(', ')}; seal ${contract.sealRequired ? 'required' : 'not required'}`,
)
const tileOrder = {
  id: 'SO-0601',
  currency: 'CNY',
  customer: { id: 'DEALER-7', grade: 'A' },
  deliveryDate: '2026-06-10',
  lines: [{ product: 'TILE-600', quantity: 200, unitPrice: '45.50' }],
}
const orderFacts = {
  qualification: { approved: true },
  priceList: [{ product: 'TILE-600', price: '45.50' }],
  stockConfirmations: [{ product: 'TILE-600', on: '2026-05-30' }],
}
const wireSlip = { id: 'TT-88', amount: '9100.00', date: '2026-06-01' }
const released = (d: { releasable: boolean; blockers: readonly { rule: string }[] }) =>
  d.releasable ? 'released: invoice and ship' : `blocked: ${d.blockers.map((b) => b.rule).join(', ')}`
const faxed = checkOrderRelease(policy.orderRelease, tileOrder, {
  ...orderFacts,
  asOf: '2026-06-01',
  payments: [wireSlip],
})
show(
  'Order SO-0601 on 2026-06-01: the wire slip is faxed, finance has not confirmed it',
  faxed,
  released(faxed),
)
const confirmedOrder = checkOrderRelease(policy.orderRelease, tileOrder, {
  ...orderFacts,
  asOf: '2026-06-02',
  payments: [{ ...wireSlip, confirmation: { by: 'finance', on: '2026-06-02' } }],
})
show('Order SO-0601 on 2026-06-02: finance confirms the payment', confirmedOrder, released(confirmedOrder))

// 4. Compute commission statements (提成结算)
const statement = calculateCommission(policy.commission, {
  rep: 'REP-12 王伟',
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: '600000',
  transactions: [
    {
      id: 'SO-2606-01',
      date: '2026-06-03',
      amount: '420000',
      category: 'devices',
      customer: { id: 'CUST-007', grade: 'A', isNew: false },
    },
    {
      id: 'SO-2606-02',
      date: '2026-06-12',
      amount: '250000',
      category: 'services',
      customer: { id: 'CUST-090', isNew: true },
      splits: [
        { rep: 'REP-12 王伟', share: '0.6' },
        { rep: 'REP-31 李娜', share: '0.4' },
      ],
    },
    {
      id: 'RF-2606-01',
      type: 'refund',
      date: '2026-06-20',
      amount: '30000',
      original: { id: 'SO-2605-07', date: '2026-05-18', amount: '90000', commission: '2700' },
    },
  ],
  priorBalance: '0',
})
show(
  'June commission statement of REP-12',
  statement,
  `payable ${statement.payable.toFixed(2)} ${statement.currency}, balance ${statement.balance.toFixed(2)}`,
)

// The same rep's year settled month by month on year-to-date figures (年度累计，按月补差)
const months = ['2026-01-20', '2026-02-18', '2026-03-16', '2026-04-21', '2026-05-19', '2026-06-03']
const yearToDate = calculateCommissionYear(policy.commission, {
  rep: 'REP-12 王伟',
  year: { start: '2026-01-01', end: '2026-12-31' },
  quota: '7200000',
  transactions: months.map((date, i) => ({
    id: `SO-${date}`,
    date,
    amount: ['380000', '520000', '900000', '610000', '450000', '670000'][i] as string,
  })),
  through: '2026-06-30',
})
// January to March stay under the 30 % gate on year-to-date attainment and pay the draw; April passes it and catches up
const april = yearToDate[3]!
show(
  'REP-12, April on year-to-date figures (the gate opens)',
  april,
  `earned to date ${april.yearToDate?.earned.toFixed(2)}, settled before ${april.yearToDate?.settled.toFixed(2)}, recovers ${april.recovered.toFixed(2)} of the draws, pays ${april.payable.toFixed(2)}`,
)
console.log(`   payouts January–June: ${yearToDate.map((m) => m.payable.toFixed(2)).join(' · ')}`)

// 5. Check the expense budget (销售费用预算)
const expenses = [
  {
    date: '2026-04-10',
    category: 'marketing',
    dimensions: { region: 'east' },
    amount: '50000',
    description: '上海医疗器械展',
  },
  { date: '2026-04-15', category: 'travel', dimensions: { region: 'east' }, amount: '12000' },
  { date: '2026-05-02', category: 'travel', dimensions: { region: 'west' }, amount: '40000' },
  { date: '2026-05-05', category: 'entertainment', dimensions: { region: 'east' }, amount: '7600' },
]
const variance = budgetVariance(policy.expenseBudget, expenses, {
  asOf: '2026-05-15',
  groupBy: ['category'],
  revenue: '2000000',
})
show(
  'Expense budget variance as of 2026-05-15',
  variance,
  `actual ${variance.rows[0]?.actual.toFixed(2)} of ${variance.rows[0]?.budgetToDate.toFixed(2)} to date; expense ratio ${variance.expenseRatio?.times(100).toFixed(2)}%`,
)
const dinner = checkExpense(
  policy.expenseBudget,
  expenses,
  {
    date: '2026-05-16',
    category: 'entertainment',
    dimensions: { region: 'east' },
    amount: '2800',
    description: '客户答谢宴',
  },
  { asOf: '2026-05-16' },
)
show('A ¥2,800 client dinner (业务招待)', dinner, dinner.decision)

// 5b. An expense claim (费用报销): a trip to Shanghai, checked against the claim policy and the budget
// with the company calendar (调休), an advance (备用金) offset against it
const trip = (id: string, date: string, amount: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  category: 'travel',
  amount,
  cityTier: 'tier-1',
  dimensions: { region: 'east' },
  ...extra,
})
const ticket = {
  number: '26312000000000000101',
  date: '2026-09-21',
  amount: '553',
  taxAmount: '45.66',
  seller: '中国铁路上海局',
}
const claim = checkExpenseClaim(
  { ...policy.expenseClaims, calendar: policy.calendar },
  {
    id: 'BX-2026-0188',
    employee: { id: 'REP-12', level: 'staff' },
    currency: 'CNY',
    submittedOn: '2026-10-10',
    lines: [
      trip('hotel', '2026-09-21', '1740', {
        item: 'hotel',
        quantity: 3,
        invoice: {
          number: '26312000000000000777',
          date: '2026-09-24',
          amount: '1740',
          taxAmount: '98.49',
          seller: '上海某酒店',
        },
      }),
      trip('per-diem', '2026-09-24', '300', { item: 'per-diem', quantity: 3 }),
      trip('train', '2026-09-21', '553', { invoice: ticket }),
      trip('train-again', '2026-09-21', '553', { invoice: ticket }),
      trip('taxi-early', '2026-09-08', '86'),
    ],
  },
  {
    asOf: '2026-10-10',
    budget: policy.expenseBudget,
    entries: expenses,
    advances: [{ id: 'JK-0907', amount: '2000' }],
  },
)
show(
  'A travel claim of ¥3,232 (费用报销)',
  claim,
  `approved ${claim.approved.toFixed(2)} of ${claim.claimed.toFixed(2)}; pays ${claim.netPayable.toFixed(2)}, returns ${claim.refundable.toFixed(2)}`,
)

// 6. Evaluate the monthly KPI scorecard (监控指标与绩效考核) and the service-time report (服务时效)
const june = evaluateKpis(
  policy.kpi,
  {
    revenue: { value: '460000', history: ['520000', '505000', '480000'] },
    'new-customers': 12,
    conversion: {
      inputs: {
        funnel: [
          { stage: 'lead', count: 200 },
          { stage: 'qualified', count: 80 },
          { stage: 'won', count: 40 },
        ],
      },
    },
    'expense-ratio': '0.09',
    churn: { inputs: { atStart: 250, lost: 10 }, history: ['0.02', '0.025'] },
  },
  { period: { start: '2026-06-01', end: '2026-06-30' } },
)
show(
  'June KPI scorecard of the East team',
  june,
  `total ${june.score?.toFixed(2)}, rating ${june.rating}; ${june.alerts.length} alerts, the first ${june.alerts[0]?.level} on ${june.alerts[0]?.kpi}`,
)
const tickets = [
  {
    id: 'T-0930-01',
    kind: 'ticket',
    events: {
      received: '2026-09-30T17:00:00+08:00',
      replied: '2026-10-01T16:00:00+08:00',
      resolved: '2026-10-02T17:00:00+08:00',
    },
  },
  {
    id: 'T-0930-02',
    kind: 'ticket',
    events: { received: '2026-09-30T16:00:00+08:00', 'first-response': '2026-10-08T10:30:00+08:00' },
  },
  {
    id: 'OPP-102 西南物流系统',
    kind: 'deal',
    events: { 'need-confirmed': '2026-09-29', 'proposal-sent': '2026-10-09' },
  },
  { id: 'SO-2610-03 华东医疗', kind: 'deal', grade: 'A', events: { signed: '2026-10-08' } },
]
const sla = slaCompliance(policy.kpi, tickets, { asOf: '2026-10-13T12:00:00+08:00' })
show(
  'Service times as of 13 October (国庆 holidays, 10-10 调休)',
  sla,
  sla.checks.map((c) => `${c.item.split(' ')[0]}/${c.rule}=${c.status}`).join(' '),
)
const open = sla.checks.find((c) => c.status === 'pending')
if (open)
  show(`Open: ${open.item} / ${open.rule}`, open, `due ${open.due}, ${open.remaining} ${open.unit} left`)

// 7. Money and calendars from the core
const cents = { scale: 2, mode: 'half-up' } as const
const split = allocate('12345.67', ['0.4', '0.6'], cents)
show(
  'Split a ¥12,345.67 commission 40/60 between two reps',
  split,
  split.parts.map((p) => p.toFixed(2)).join(' + '),
)
const quota = prorate({
  amount: '300000',
  period: { start: '2026-04-01', end: '2026-06-30' },
  ranges: [{ start: '2026-05-11', end: '2026-06-30' }],
  basis: 'business-days',
  calendar: {
    timeZone: 'Asia/Shanghai',
    holidays: ['2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19'],
    workdays: ['2026-05-09'],
  },
  rounding: cents,
})
show(
  'Quota for a rep who joined on 2026-05-11, prorated over Q2 by working days',
  quota,
  quota.amount.toFixed(2),
)
// the company calendar of examples/policy.json: every 2026 day off and make-up working day (调休)
const national = policy.calendar
console.log(
  `\n== Delivery due 5 working days after signing on 2026-09-28 (国庆, 10-10 调休): ${addBusinessDays(national, '2026-09-28', 5)}`,
)

// 8. Handle complaints (投诉处理): route a quality complaint, report on the month's complaints
// complaints (#23); the company calendar, as parseSalesPolicy gives it to a domain without its own
const complaintPolicy = { ...policy.complaints, calendar: policy.calendar }
const tileComplaint = {
  id: 'ZL-0930 色差',
  kind: 'quality',
  severity: 'major',
  received: '2026-09-30T16:00:00+08:00',
  customer: 'DEALER-7',
  record: { receipt: 'FP-0815', product: '抛光砖', specification: '800×800', quantity: 120, grade: '优等品' },
}
const route = routeComplaint(complaintPolicy, tileComplaint)
show(
  'A major quality complaint on the eve of 国庆',
  route,
  `${route.handlers.map((h) => h.role).join(' or ')} → ${route.escalation.map((e) => e.role).join(' → ')}; ` +
    `missing ${route.missingFields.join(', ')}`,
)
const complaintMonth = complaintReport(
  complaintPolicy,
  [
    { ...tileComplaint, replied: '2026-09-30T17:30:00+08:00', resolved: '2026-10-02T10:00:00+08:00' },
    {
      id: 'FW-0929 态度',
      kind: 'service',
      severity: 'minor',
      received: '2026-09-29T10:00:00+08:00',
      replied: '2026-09-29T15:00:00+08:00',
      resolved: '2026-09-30T11:00:00+08:00',
      substantiated: true,
      responsible: ['REP-31 李娜'],
    },
    { id: 'KP-1008 发票', kind: 'billing', severity: 'minor', received: '2026-10-08T09:00:00+08:00' },
  ],
  { asOf: '2026-10-12T09:00:00+08:00' },
)
show(
  'Complaints on 2026-10-12 (对客户投诉必须做到百分之百的解决)',
  complaintMonth,
  `resolution rate ${complaintMonth.resolutionRate?.toFixed(4) ?? '—'}, overdue ${complaintMonth.overdue.length}, ` +
    `fines ${complaintMonth.penalties.map((p) => `${p.fine?.toFixed(2) ?? '—'} ${p.currency}`).join(', ')}`,
)

// 9. Leads (线索管理): 获取 → 初步筛选和评估 → 分配给相应的销售人员 → 按规定频率沟通 → 及时更新线索状态
// the lead policy with the company calendar, as the sales policy document gives it (国庆 and 中秋 2026)
const leadPolicy = { ...policy.leads, calendar: policy.calendar }
const showLead = {
  id: 'L-0924',
  state: 'new',
  source: 'trade-show',
  region: 'east',
  createdAt: '2026-09-24T15:30:00+08:00',
}
const eastReps = [
  { id: 'he', team: 'east', load: 12 },
  { id: 'ma', team: 'east', load: 9 },
  { id: 'xu', team: 'east', load: 9, capacity: 9 },
]
const given = assignLead(leadPolicy, showLead, eastReps, { asOf: '2026-09-24T16:00:00+08:00' })
show('A trade-show lead from East China (行业展会, 华东区)', given, `owner ${given.owner ?? 'none (pool)'}`)
const owned = { ...showLead, owner: given.owner ?? 'ma', assignedAt: '2026-09-24T16:00:00+08:00' }
const leadFollowUp = checkLeadFollowUp(leadPolicy, [owned], [], '2026-09-28T16:00:01+08:00')
show(
  'First contact within 8 business hours of the assignment, across the 中秋 holidays (09-25..27)',
  leadFollowUp,
  `due ${leadFollowUp.leads[0]?.firstContact?.due ?? '—'}; overdue: ${leadFollowUp.overdueFirstContacts.join(', ') || 'none'}`,
)
const refused = transitionLead(leadPolicy, owned, { to: 'disqualified', at: '2026-09-29T10:00:00+08:00' })
show(
  'Disqualify it without a reason',
  refused,
  refused.accepted
    ? 'accepted'
    : `refused: ${refused.refusals.map((r) => `${r.rule} ${r.field ?? ''}`).join(', ')}`,
)
const qualified = transitionLead(leadPolicy, owned, {
  to: 'qualified',
  at: '2026-09-29T10:00:00+08:00',
  ratings: { need: 'clear', budget: 'planned', decision: 'identified', competition: 'some' },
})
show(
  'Qualify it after screening (初步筛选和评估)',
  qualified,
  `${qualified.state} (score ${qualified.screening?.score.toString() ?? '—'})`,
)
const opportunities = checkOpportunityFollowUp(
  policy.opportunityScoring,
  [
    {
      id: 'OPP-17',
      ratings: { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' },
      since: '2026-06-01',
    },
  ],
  [{ opportunity: 'OPP-17', at: '2026-06-18' }],
  '2026-06-30',
)
show(
  'Is the pipeline followed up as its grade asks (跟进策略)?',
  opportunities,
  `overdue: ${opportunities.overdue.join(', ') || 'none'}`,
)

// 10. Appraise the quarter (绩效考核: 自评, 上级评价, 同事互评), calibrate the team against the forced
// distribution, and share the year-end pool (年终分红) by revenue × the appraisal's bonus multiplier
const q2 = appraise(policy.appraisal, {
  person: 'REP-12',
  period: { start: '2026-04-01', end: '2026-06-30' },
  kpiResults: [
    { month: '2026-04', score: '104.5' },
    { month: '2026-05', score: '98' },
    // the scorecard total is exact (up to 40 digits); an input decimal takes at most 12 decimals
    { month: '2026-06', score: june.score?.toDecimalPlaces(2) ?? 0 },
  ],
  ratings: { self: 5, supervisor: '4.5', peers: [4, 4, 5] },
  history: ['A'],
})
show(
  'Q2 appraisal of REP-12',
  q2,
  `score ${q2.score.toFixed(2)}, rating ${q2.rating}, bonus × ${q2.consequences.bonusMultiplier.toString()}`,
)
const team = [q2.score.toString(), '97.5', '96', '93', '88', '86', '84', '75', '72', '58'].map(
  (score, i) => ({
    person: i === 0 ? 'REP-12' : `REP-${20 + i}`,
    score,
  }),
)
const calibrated = calibrate(policy.appraisal, team)
show(
  'Q2 calibration of a team of ten (S at most 10 %, A at most 20 %)',
  calibrated,
  calibrated.moves.map((m) => `${m.person} ${m.from}→${m.to}`).join(', ') || 'no change',
)
const pool = allocateProfitShare(
  '100000.01',
  [
    { id: 'REP-12', revenue: '5200000', multiplier: '1.2' },
    { id: 'REP-21', revenue: '4100000', multiplier: '1.5' },
    { id: 'REP-22', revenue: '3900000', multiplier: '1' },
  ],
  { shareBy: 'revenue-and-appraisal', cap: '38000' },
)
show(
  'Year-end pool of ¥100,000.01 (年终分红), capped at ¥38,000 a head',
  pool,
  pool.parts.map((p) => `${p.id} ${p.amount.toFixed(2)}`).join(', '),
)

// 11. Pre-job certification (岗前考核): "通过率需达90%", safety training first (合格后方可上岗)
const newHire = [
  { course: 'safety', date: '2026-01-12', passed: true },
  { course: 'sales-process', date: '2026-01-14', score: '0.92' },
  { course: 'product-knowledge', date: '2026-01-15', score: '0.9' },
  { course: 'crm', date: '2026-01-16', score: '0.89' },
]
const firstCheck = checkCertification(policy.training, { id: 'REP-31', role: 'sales-rep' }, newHire, {
  asOf: '2026-02-01',
})
show(
  'REP-31 after the pre-job exams (CRM 89 %, below the 90 % mark)',
  firstCheck,
  `may work: ${firstCheck.mayWork}; missing ${firstCheck.missing.map((m) => `${m.course} (${m.reason})`).join(', ')}`,
)
const retaken = checkCertification(
  policy.training,
  { id: 'REP-31', role: 'sales-rep' },
  [...newHire, { course: 'crm', date: '2026-02-03', score: '0.95' }],
  { asOf: '2026-02-04' },
)
show('REP-31 after retaking the CRM exam (95 %)', retaken, `may work: ${retaken.mayWork}`)

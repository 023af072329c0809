// Service-time clocks (SLA, #20 item 4): the compiled `slaStatus` against the fastest plain loop a
// practitioner would write over the same ticket objects, on data shaped like a service desk's month.
import { compileKpiPolicy, slaCompliance } from './lib'
import type { KpiPolicyInput, SlaItemInput } from '../src/index'
import type { Case } from './harness'

const TICKETS = Number(process.env.BENCH_SLA_ITEMS ?? 100_000)
const LIMIT_HOURS = 4
const HOUR = 3_600_000
const DAY = 86_400_000
const OFFSET = 8 * HOUR // Asia/Shanghai, UTC+8 all year

/** xorshift32: a seeded generator in 32-bit integer arithmetic (no low bits lost to doubles). */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x
  }
}

// China 2026: National Day 1–7 October (1, 2, 5, 6, 7 are holidays, 3 and 4 a weekend), make-up working days
// Sunday 20 September and Saturday 10 October (调休); working hours 09–12 and 13–18
const calendar = {
  timeZone: 'Asia/Shanghai',
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
  hours: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
}
const policy: KpiPolicyInput = {
  id: 'service-desk',
  version: '1',
  effectiveFrom: '2026-01-01',
  calendar,
  kpis: [],
  sla: [
    {
      id: 'first-response',
      label: { en: 'First response within 4 working hours', 'zh-CN': '4 个工作小时内首次响应' },
      from: 'received',
      to: 'first-response',
      within: { amount: LIMIT_HOURS, unit: 'business-hours' },
    },
  ],
}
const evaluator = compileKpiPolicy(policy)
const asOf = '2026-11-30T00:00:00+08:00'

/** An epoch instant written as a ticket system exports it, with the +08:00 offset. */
const written = (ms: number) => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`

// Tickets received over September and October at any minute (nights, weekends and holidays too), first
// answered after a long-tailed delay: most within the hour, some after hours or days; one in five stops
// exactly on its due instant or after hours with exactly 4 working hours used (the boundary cases).
const next = xorshift(20_260_901)
const monthStart = Date.parse('2026-09-01T00:00:00+08:00')
const tickets: SlaItemInput[] = []
for (let i = 0; i < TICKETS; i++) {
  const received = monthStart + (next() % (61 * 24 * 60)) * 60_000
  const kind = next() % 10
  let answered: number
  if (kind < 2) {
    // on the boundary: exactly when 4 working hours are used, or up to 14 hours later (after hours)
    const due = Date.parse(
      evaluator.sla([{ id: 'x', events: { received: written(received) } }], { asOf }).checks[0]!.due,
    )
    answered = kind === 0 ? due : due - (next() % (14 * 60)) * 60_000
    if (answered < received) answered = due
  } else {
    // 0–59 minutes mostly; the tail: x⁴ of a uniform fraction of 6 days
    const u = (next() % 1_000_000) / 1_000_000
    answered =
      received + (kind < 7 ? (next() % 60) * 60_000 : Math.round((u ** 4 * 6 * DAY) / 60_000) * 60_000)
  }
  tickets.push({
    id: `T-${i}`,
    kind: 'ticket',
    events: { received: written(received), 'first-response': written(answered) },
  })
}

// The baseline's calendar table, built once as a hand-written loop would: per day from the first ticket's
// day, whether it is worked and its two windows in epoch milliseconds.
const holidays = new Set(calendar.holidays)
const workdays = new Set(calendar.workdays)
const firstDay = Math.floor((monthStart + OFFSET) / DAY)
const DAYS = 120
const worked = new Uint8Array(DAYS)
for (let d = 0; d < DAYS; d++) {
  const date = new Date((firstDay + d) * DAY).toISOString().slice(0, 10)
  const weekday = new Date((firstDay + d) * DAY).getUTCDay()
  worked[d] = workdays.has(date) || (!holidays.has(date) && weekday !== 0 && weekday !== 6) ? 1 : 0
}
const WINDOWS = [
  [9 * HOUR, 12 * HOUR],
  [13 * HOUR, 18 * HOUR],
] as const

/** Working milliseconds between two instants, from the table (days outside it count as not worked). */
function plainWorked(from: number, to: number): number {
  let total = 0
  const last = Math.floor((to + OFFSET) / DAY)
  for (let day = Math.floor((from + OFFSET) / DAY); day <= last; day++) {
    if (worked[day - firstDay] !== 1) continue
    const midnight = day * DAY - OFFSET
    for (const [a, b] of WINDOWS)
      total += Math.max(0, Math.min(midnight + b, to) - Math.max(midnight + a, from))
  }
  return total
}

/** The baseline: parse both instants, count working time, met when at most 4 hours; one status per ticket. */
function plainStatuses(): Uint8Array {
  const out = new Uint8Array(tickets.length)
  for (let i = 0; i < tickets.length; i++) {
    const events = tickets[i]!.events
    const from = Date.parse(events['received'] as string)
    const to = Date.parse(events['first-response'] as string)
    out[i] = plainWorked(from, to) <= LIMIT_HOURS * HOUR ? 1 : 0
  }
  return out
}

const sample = tickets.slice(0, 10_000)

/** Before timing (the harness calls it): the fast path, the exact path and the baseline agree on every ticket. */
function check(): void {
  const fast = evaluator.slaStatus(tickets, { asOf })
  const plain = plainStatuses()
  const exact = slaCompliance(policy, sample, { asOf })
  fast.checks.forEach((c, i) => {
    if ((c.status === 'met' ? 1 : 0) !== plain[i])
      throw new Error(`bench/sla: baseline disagrees on ticket ${i}`)
    const e = exact.checks[i]
    if (e !== undefined && (e.status !== c.status || e.elapsed !== c.elapsed || Date.parse(e.due) !== c.due))
      throw new Error(`bench/sla: fast and exact paths disagree on ticket ${i}`)
  })
  const boundary = fast.checks.filter((c) => c.elapsed === LIMIT_HOURS).length
  console.log(
    `bench/sla: ${TICKETS.toLocaleString('en-US')} tickets, ${fast.rules[0]?.met} met, ${fast.rules[0]?.breached} breached, ${boundary} with exactly ${LIMIT_HOURS} working hours used; fast, exact and baseline agree`,
  )
}

/**
 * Service-time clocks. What the library does per ticket that the hand loop does not: it checks the ticket as
 * the schema would (a plain record, no unknown key, the id pattern, each event name, each instant read by hand
 * and checked against the supported date range), computes the due instant (the 4th working hour after
 * receipt, a binary search on the calendar's working-time table) and the remaining time besides the elapsed
 * one, and keeps item, rule, status, due, elapsed and remaining per ticket, where the hand loop writes one
 * byte. The status objects of `checks` are made when the report's `checks` are first read (not timed here).
 * The validation is required (#26); the due instant is part of the result.
 */
export const slaCases: Case[] = [
  {
    name: `SLA statuses: ${TICKETS.toLocaleString('en-US')} tickets against 4 working hours, holidays and 调休 (compiled slaStatus; peer: the exact report on 10,000)`,
    items: TICKETS,
    check,
    run: () => evaluator.slaStatus(tickets, { asOf }),
    baseline: plainStatuses,
    peers: { 'slaCompliance (exact, traces)': () => slaCompliance(policy, sample, { asOf }) },
    peerItems: sample.length,
    rounds: 3,
    maxRatio: 3,
  },
]

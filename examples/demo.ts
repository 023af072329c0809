// `npm run demo`: a month in the life of a sales team, decided by sales-rules.
import { allocate, addBusinessDays, explain, prorate } from '../src/index'

function show(title: string, decision: Parameters<typeof explain>[0]): void {
  console.log(`\n== ${title}`)
  for (const line of explain(decision)) console.log(`  ${line}`)
  for (const line of explain(decision, { locale: 'zh-CN' })) console.log(`  ${line}`)
}

const cents = { scale: 2, mode: 'half-up' } as const

show('Split a ¥12,345.67 commission 40/60 between two reps', allocate('12345.67', ['0.4', '0.6'], cents))
show(
  'Quota for a rep who joined on 2026-05-11, prorated over Q2 by working days',
  prorate({
    amount: '300000',
    period: { start: '2026-04-01', end: '2026-06-30' },
    ranges: [{ start: '2026-05-11', end: '2026-06-30' }],
    basis: 'business-days',
    calendar: { timeZone: 'Asia/Shanghai', holidays: ['2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19'], workdays: ['2026-05-09'] },
    rounding: cents,
  }),
)
console.log(`\nDelivery due 5 working days after signing on 2026-09-28: ${addBusinessDays({ holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] }, '2026-09-28', 5)}`)

import { addBusinessDays, allocate, businessDaysBetween, parseAmount } from './lib'
import type { Case } from './harness'

const amounts = Array.from(
  { length: 1000 },
  (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
)
const weights = [3, 3, 4]
const calendar = {
  weekend: [0, 6],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
}

function plainAddBusinessDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  const d = new Date(start)
  let left = days
  while (left > 0) {
    d.setDate(d.getDate() + 1)
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    if (d.getDay() !== 0 && d.getDay() !== 6 && !holidays.has(key)) left -= 1
  }
  return d
}
const holidaySet = new Set(calendar.holidays)

/** Core benchmarks: amount parsing, allocate, business-day arithmetic. */
export const coreCases: Case[] = [
  {
    name: 'parseAmount (1,000 strings)',
    items: amounts.length,
    run: () => amounts.map((a) => parseAmount(a)),
    baseline: () => amounts.map((a) => Number.parseFloat(a)),
  },
  {
    name: 'allocate ¥1,000.01 over 3 weights',
    items: 1,
    run: () => allocate('1000.01', weights, { scale: 2, mode: 'half-up' }),
    baseline: () => {
      const cents = 100001
      const parts = weights.map((w) => Math.floor((cents * w) / 10))
      let left = cents - parts.reduce((a, b) => a + b, 0)
      for (let i = 0; left > 0; i += 1, left -= 1)
        parts[i % parts.length] = (parts[i % parts.length] ?? 0) + 1
      return parts
    },
  },
  {
    name: 'addBusinessDays +20 across a holiday week',
    items: 1,
    run: () => addBusinessDays(calendar, '2026-09-25', 20),
    baseline: () => plainAddBusinessDays(new Date(2026, 8, 25), 20, holidaySet),
  },
  {
    name: 'businessDaysBetween over 30 days',
    items: 1,
    run: () => businessDaysBetween(calendar, '2026-09-25', '2026-10-25'),
    baseline: () => plainAddBusinessDays(new Date(2026, 8, 25), 20, holidaySet),
  },
]

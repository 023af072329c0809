/**
 * English message catalog. Every trace step and every library-made validation issue has a code
 * here; `{name}` is replaced by a parameter, `{name:percent}` shows a fraction as a percentage.
 */
export const en = {
  // validation issues made by the library (zod's own issues keep zod's messages)
  'decimal.not-a-number': 'Expected a decimal number, as a string such as "12.50" or a finite number',
  'decimal.not-finite': 'Expected a finite number, not NaN or Infinity',
  'decimal.too-large': 'The magnitude must be below 10^15',
  'decimal.too-precise': 'At most 12 digits are allowed after the decimal point',
  'decimal.negative': 'Must not be negative',
  'decimal.not-positive': 'Must be greater than zero',
  'decimal.above-max': 'Must be at most {max}',
  'date.invalid': 'Expected a calendar date written YYYY-MM-DD',
  'date.out-of-range': 'The date {date} is outside the supported range {min}..{max}',
  'instant.out-of-range': 'The instant {instant} is outside the supported dates {min}..{max}',
  'instant.invalid': 'Expected an ISO-8601 instant with an offset, such as 2026-06-30T09:00:00+08:00',
  'time.invalid': 'Expected a time of day written HH:mm',
  'timezone.invalid': 'Unknown IANA time zone "{zone}"',
  'label.empty': 'A label needs an English or a Chinese text',
  'range.reversed': 'The end date {end} is before the start date {start}',
  'range.too-long': 'The range {start}..{end} spans more than {max} days',
  'hours.reversed': 'Business hours must end after they start',
  'calendar.no-working-day': 'The calendar has no working day in the week',
  'calendar.overlap': 'The date {date} is both a holiday and a make-up working day',
  'calendar.span-too-long': 'Counting working time from {start} would cover more than {max} days',
  'weights.all-zero': 'At least one weight must be greater than zero',
  'ids.duplicate': 'The id "{id}" is used more than once',
  'versions.overlap': 'Version {version} overlaps version {other}: it starts on {start}, before {other} ends',
  'versions.reversed': 'effectiveTo {end} is before effectiveFrom {start}',
  'versions.needs-date': "A list of policy versions needs the decision's date to pick the one in force",
  'versions.spans-change':
    'The period from {start} spans a change of version on {date}: use calculateCommissions for one ' +
    'statement per version',
  'versions.none-in-force': 'No version is in force on {date}',
  'range.outside-period': 'The range {start}..{end} is not inside the period {period}',
  'range.overlap': 'The range {start}..{end} overlaps {other}',
  'scorecard.no-points': 'Dimension {dimension} needs a level worth more than zero points',
  'scorecard.cut-range': 'The cut score of grade {grade} must be between 0 and 100',
  'scorecard.cut-precision': 'The cut score of grade {grade} may have at most 4 decimals',
  'scorecard.first-cut': 'The lowest grade {grade} must start at 0 so that every score has a grade',
  'scorecard.cuts-increase': 'The cut score of grade {grade} must be above that of {previous}',
  'scorecard.unreachable': 'No combination of ratings reaches grade {grade}',
  'scorecard.unknown-dimension': 'Unknown dimension "{dimension}"',
  'scorecard.unknown-level': 'Unknown level "{level}" for dimension {dimension}',
  'scorecard.unknown-grade': 'Unknown grade "{grade}"',
  'scorecard.missing-rating': 'Dimension {dimension} is not rated, and the policy rejects missing ratings',
  'scorecard.nothing-rated': 'No dimension is rated',
  'grid.tiers-increase': 'Tier {tier} must start above the tier before it',
  'grid.unknown-tier': 'Unknown tier "{tier}"',
  'grid.duplicate-cell': 'The cell {x} × {y} is given more than once',
  'grid.missing-cell': 'The cell {x} × {y} is missing',
  'grid.below-axis': 'The value {value} is below the first tier of the axis, which starts at {from}',
  'grid.no-grid': 'The matrix has no priority grid',
  'stage.unknown': 'Unknown pipeline stage "{stage}"',
  'opportunity.dimension':
    '{dimension}: rated {level} ({points} of {best} points), weight {weight}, adds {contribution} points',
  'opportunity.missing-zero': '{dimension} is not rated and counts as zero points',
  'opportunity.missing-reweight': '{dimension} is not rated; the score is taken over the rated dimensions',
  'opportunity.coverage': 'The rated dimensions carry {coverage:percent} of the total weight',
  'opportunity.score': 'Score {score} of 100 reaches grade {grade} (from {minScore})',
  'opportunity.gate': '{dimension} is {level}, below {atLeast}: the grade is capped at {grade}',
  'opportunity.gate-unrated':
    '{dimension} is not rated, so it does not reach {atLeast}: the grade is capped at {grade}',
  'opportunity.strategy': 'Follow-up for {grade}: contact at least every {days} days, owned by {owner}',
  'opportunity.next-action': 'Next action: {action}',
  'priority.axis': '{axis} {value} is in tier {tier}',
  'priority.cell': '{x} × {y} gives priority {priority}',
  'forecast.line': '{id}: {amount} at stage {stage} ({probability:percent}) weighs {weighted}, grade {grade}',
  'forecast.total':
    'Pipeline {amount}, weighted forecast {weighted} over {count:plural:opportunity|opportunities}',
  'quote.price-twice': 'Give either unitPrice or discount, not both',
  'quote.override-target': 'An override applies to exactly one of customerGrade or category',
  'quote.ladder-shrinks': 'The limits of {role} must not be tighter than those of {below}, the rung below it',
  'quote.currency': 'The quote is in {currency}, the policy in {expected}',
  'quote.unknown-role': 'Unknown role "{role}": it is not on the approval ladder',
  'quote.figures':
    'Net total {net} {currency} on a list total of {list}: average discount {discount:percent}',
  'quote.no-cost': 'No unit cost on every line: the margin is not checked',
  'quote.margin': 'Gross margin {margin}, {rate:percent} of the net total',
  'quote.rule':
    '{rule} {actual} is beyond the limit of {role} ({limit}); the lowest role allowed is {required}',
  'quote.rule-none': '{rule} {actual} is beyond the limit of every role',
  'quote.rule-below':
    '{rule} {actual} is below the minimum {role} may accept ({limit}); the lowest role allowed is {required}',
  'quote.rule-below-none': '{rule} {actual} is below the minimum of every role',
  'quote.payment-terms':
    'Payment terms {terms} differ from the standard {standard}: {approver} must also approve',
  'quote.contract-review': 'Net total {net} is above {above}: {approver} must review the contract',
  'quote.beyond-all': 'No role on the ladder may approve this quote',
  'quote.within': 'Within the authority of {role}: no escalation needed',
  'quote.required': 'Needs approval up to {role} ({steps:plural:signature|signatures} in order)',
  'quote.can-approve': '{role} may approve this quote',
  'quote.cannot-approve': '{role} may not approve this quote; escalate to {next}',
  'quote.cannot-approve-top': '{role} may not approve this quote, and no role above it may either',
  'grading.cut-count': 'There are {cuts} cut-offs for {grades} grades: give one per grade',
  'grading.cuts-increase': 'Cumulative-share cut-offs must strictly increase',
  'grading.cuts-decrease': 'Minimums must strictly decrease from the first grade to the last',
  'grading.pareto-end': 'The last cumulative-share cut-off must be 1 (100 %)',
  'grading.no-history-label': 'The no-history grade {grade} is not one of the grades: give it a label',
  'grading.negative-value': 'A Pareto value may not be negative',
  'grading.duplicate-customer': 'The customer id "{id}" appears more than once',
  'grading.unknown-grade': 'Unknown grade "{grade}"',
  'grading.method-total': 'Graded {count:plural:customer|customers} by {method}: total {measure} {total}',
  'grading.cutoff':
    '{grade} holds customers up to a cumulative share of {cutoff:percent}: values from {minValue}',
  'grading.summary': '{grade}: {count:plural:customer|customers}, {value} ({share:percent} of the total)',
  'grading.pareto':
    'Rank {rank}, value {value}: the customers above it held {before:percent} of the total, under the ' +
    '{grade} cut-off of {cutoff:percent}',
  'grading.pareto-rest':
    'Rank {rank}, value {value}: the customers above it held {before:percent} of the total; the rest are ' +
    '{grade}',
  'grading.threshold': 'Value {value} reaches the {grade} minimum of {minimum}',
  'grading.threshold-rest': 'Value {value} is below every minimum: {grade}',
  'grading.pareto-loss':
    'Value {value} is a loss: graded {grade}, and it adds nothing to the total or the cumulative share',
  'grading.pareto-unranked':
    'Value {value} is not in the summary: at or above the {grade} minimum of {minimum}',
  'grading.pareto-unranked-rest': 'Value {value} is not in the summary: below every minimum, so {grade}',
  'grading.score': 'Score {score} reaches the {grade} cut score of {minScore}',
  'grading.no-history': 'No history: graded {grade}',
  'grading.held':
    'Computed {computed}, below last period’s {previous} for {periods:plural:period|periods} (downgrade ' +
    'after {after}): stays {previous}',
  'grading.override': 'Manual grade {grade} overrides the computed {computed}: {reason}',
  'grading.movement': 'Moved {movement} from {previous} to {grade}',
  'grading.not-value-based':
    'Summaries and value grading need a Pareto or threshold method, not the weighted one',
  'grading.summary-policy': 'The summary was made for another policy or measure',
  'grading.summary-total': 'The summary does not add up: its total or customer count differs from its groups',
  'grading.not-a-column': 'Expected a column of numbers: an array or a typed array',
  'grading.no-follow-up': 'Grade {grade} has no follow-up rule',
  'followup.window-ok': '{start}..{end}: {actual} contacts, {required} required this {per}: compliant',
  'followup.window-short': '{start}..{end}: {actual} contacts, {required} required this {per}: short',
  'followup.gap':
    'Longest gap {days:plural:day|days}; next contact due {due} (every {interval:plural:day|days})',
  'commission.first-tier': 'The first tier must start at 0',
  'commission.tiers-increase': 'Tier bounds must strictly increase',
  'commission.bonus-amount': 'A bonus has either a fixed amount or a rate, not both and not neither',
  'commission.bonus-kpi': 'A KPI bonus names its KPI',
  'commission.collected-on-payment': 'A collected-cash base is recognised on payment',
  'commission.floor-above-cap': 'The floor is above the cap',
  'commission.splits-total': 'Credit shares add up to {total}, not 1',
  'commission.original-missing': 'A refund, cancellation or write-off names its original sale',
  'commission.needs-quota': 'Attainment tiers, attainment gates and this statement need a quota',
  'commission.unknown-transaction': 'The payment is for an unknown transaction "{id}"',
  'commission.credit': '{id} ({date}): credited {credited} of {amount} ({share:percent} share), base {base}',
  'commission.not-eligible': '{id} does not count: its {what} is not eligible',
  'commission.payment': '{id}: {collected} collected on {date}, {fraction:percent} of the deal, base {base}',
  'commission.base-total': 'Commission base {base}',
  'commission.attainment': 'Quota {quota}: attainment {attainment:percent}',
  'commission.prorated': 'Employed {days} of {total} days: quota and targets prorated ({quota})',
  'commission.flat': '{id}: {base} × {rate:percent} = {amount}',
  'commission.category-rate': '{id}: category {category} at its own rate, {base} × {rate:percent} = {amount}',
  'commission.tier-slice': 'Tier from {from}: {slice} × {rate:percent} = {amount}',
  'commission.tier-reached': 'The base reaches the tier from {from}: {rate:percent} on the whole tiered base',
  'commission.tier-total': 'Tiered commission {exact}, rounded to {amount} and shared over the lines by base',
  'commission.tier-line': '{id}: {amount} of the tiered commission, for a base of {base}',
  'commission.gated': 'Gate not met ({value} below {minimum}): no commission this period',
  'commission.capped': 'Commission {amount} capped at {cap}',
  'commission.floored': 'Commission {amount} raised to the floor of {floor}',
  'commission.clawback':
    '{id} ({type}) {days:plural:day|days} after {original}: reverses {amount} of its commission',
  'commission.clawback-late':
    '{id} ({type}) {days:plural:day|days} after {original}: past the {window}-day window, nothing reversed',
  'commission.clawback-none':
    '{id} ({type}) {days:plural:day|days} after {original}: the plan has no clawback, nothing reversed',
  'commission.bonus-met': '{bonus}: {actual} reaches the target {target}: bonus {amount}',
  'commission.bonus-missed': '{bonus}: {actual} is below the target {target}: no bonus',
  'commission.adjustment': 'Adjustment {amount}: {reason}',
  'commission.draw-paid': 'Earnings {earnings} are below the draw of {draw}: the draw is paid',
  'commission.recovered': '{amount} recovered towards the balance owed',
  'commission.payable': 'Payable {payable}; balance carried forward {balance}',
  'commission.cost-missing': 'A gross-profit base needs the cost of {id}',
  'commission.clawback-balance': 'The clawback balance is more than the balance owed ({balance})',
  'commission.collected-missing':
    'On payment recognition, reversing {id} needs the cash collected on {original}: give ' +
    'original.collected or its payments',
  'commission.outside-employment':
    '{id} ({date}) falls outside the employment dates ({start} to {end}): not credited',
  'commission.tail-credit': '{id} ({date}) falls within the {days}-day tail after leaving on {end}: credited',
  'commission.bonus-not-employed': '{bonus}: not employed during the period: no bonus',
  'commission.clawback-uncollected':
    '{id} ({type}) of {amount}: {uncollected} of {original} was never collected and earned no ' +
    'commission, so {reversed} of it reverses commission',
  'commission.clawback-limited':
    '{id}: {earned} was earned on {original} and not yet reversed; the clawback is limited to it',
  'commission.clawback-derived':
    "{id}: commission earned on {original} up to {date}, from the year's own lines: {earned}",
  'commission.clawback-owed':
    '{amount} of clawbacks is more than this period pays above any draw and stays owed (clawback balance ' +
    '{balance})',
  'commission.accelerated-split':
    '{id}: {above} of its base lies above {from:percent} of quota: the commission on it × {multiplier}, ' +
    '+ {amount}',
  'commission.quota-year':
    "Employed {days} of the plan year's {total} days: attainment is measured against the annual quota " +
    'prorated once, {quota}',
  'commission.quota-to-date':
    "Employed {days} days of the plan year's {total} so far: attainment is measured against the quota to " +
    'date, {quota}',
  'commission.currency':
    'The amount is in {currency} and the plan in {plan}: give an exchange rate for {currency} in ' +
    'exchangeRates',
  'commission.converted': '{id}: {amount} {currency} × {rate} = {converted} {plan}',
  'commission.cap-attainment':
    'Attainment {attainment:percent} is above the cap of {cap:percent}: commission is capped at what a ' +
    'base of {base} earns, {amount}',
  'commission.kpi-missing': 'No result for KPI "{kpi}"',
  'expense.unknown-category': 'Unknown expense category "{category}"',
  'expense.dimension-missing': 'The line gives no value for the dimension {dimension}',
  'expense.unknown-dimension': 'Unknown dimension "{dimension}"',
  'expense.outside-year':
    "The expense of {date} is outside the budget's fiscal year ({start} to {end}); " +
    "check it against that year's budget",
  'expense.after-ledger':
    "The expense of {date} is after the ledger's date {asOf}: sum a ledger as of that day to book it",
  'expense.duplicate-line': 'Two lines have the same category and dimension values',
  'expense.distribution-total': 'The monthly distribution adds up to {total}, not 1',
  'expense.unbudgeted-entry': 'The entry matches no budget line',
  'expense.line':
    '{line}: budget {budget}, to date {toDate} ({phasing}), actual {actual}, variance {variance}: {status}',
  'expense.total':
    'Total: budget {budget}, to date {toDate}, actual {actual}, variance {variance} ({variancePct:percent})',
  'expense.ratio': 'Expense ratio {ratio:percent} of revenue {revenue}; savings rate {savings:percent}',
  'expense.check':
    '{line}: {spent} spent, {amount} more makes {after} against {checked} budget {budget} ({share:percent})',
  'expense.decision-allowed': 'Allowed; {remaining} left',
  'expense.decision-warning': 'Allowed with a warning: past {warnAt:percent} of the budget; {remaining} left',
  'expense.decision-over-allowed': 'Over budget by {over}: allowed, as the control ignores it',
  'expense.decision-over-warning': 'Over budget by {over}: allowed with a warning',
  'expense.decision-approval': 'Over budget: needs approval by {approver}',
  'expense.decision-stopped': 'Over budget: stopped',
  'kpi.band-target': 'KPI {kpi} has a target band: its bands say where the band is, so it takes no target',
  'kpi.needs-target': 'KPI {kpi} has bands on attainment, which needs a target',
  'kpi.band-from': 'Every band after the first starts at a value (from)',
  'kpi.band-from-first': 'The first band has no from: it covers every value below the second band',
  'kpi.bands-increase': 'Band bounds (from) must strictly increase',
  'kpi.bands-order': 'KPI {kpi} is {direction}: a better value must never get a more severe level',
  'kpi.needs-calendar': 'KPI {kpi} prorates its target by working days, which needs the policy calendar',
  'kpi.unknown': 'Unknown KPI "{kpi}"',
  'kpi.unscorable': 'KPI {kpi} is weighted in the scorecard, so it needs a target or a score on every band',
  'kpi.weights-total': 'Scorecard weights add up to {total}, not 1 (100 %)',
  'kpi.ratings-decrease': 'Rating minimum scores must strictly decrease from the best rating down',
  'kpi.ratings-end': 'The last rating must start at 0 so that every total gets a rating',
  'kpi.value-or-inputs': 'Give either a value or the inputs of the KPI formula, not both',
  'kpi.no-formula': 'KPI {kpi} has no formula: give its value',
  'kpi.negative': 'A {unit} KPI may not be negative',
  'kpi.asof-before-period': 'asOf {asOf} is before the period starts on {start}',
  'kpi.funnel-grows': 'A funnel stage may not count more than the stage before it',
  'kpi.part-exceeds-whole': '{part} may not exceed {whole}',
  'kpi.none': 'A KPI policy needs at least one KPI or one SLA rule',
  'kpi.zero-target-direction': 'KPI {kpi} has a zero target, so it must be lower-is-better',
  'kpi.lower-formula-direction': 'KPI {kpi} is not lower-is-better, so it takes no lowerIsBetterAttainment',
  'kpi.deduction-unit': 'KPI {kpi} is scored by deduction per occurrence, so its unit must be count',
  'kpi.deduction-direction': 'KPI {kpi} is scored by deduction, so it must be lower-is-better',
  'kpi.deduction-band-score': 'KPI {kpi} is scored by deduction, so its bands take no score',
  'sla.whole-days': 'A limit in days is a whole number of days',
  'sla.needs-instant': 'Rule {rule} counts hours: event {event} needs an instant with an offset, not a date',
  'sla.end-before-start': 'Event {to} at {end} is before {from} at {start}',
  'policy.version-id':
    'Version {version} has the id "{id}", but the versions of one policy share the id "{expected}"',
  'policy.currency': 'The currency {currency} differs from the company currency {expected}',
  'policy.fiscal-start':
    'The fiscal year starts in month {month}, but the company fiscal year starts in month {expected}',
  'policy.unknown-grade':
    'Unknown customer grade "{grade}": it is not a grade of the customer grading policy',
  'policy.unknown-role': 'Unknown approver "{role}": it is not a role of the quote approval ladder',
  'key.unknown': 'Unknown key "{key}"',
  'key.unknown-near': 'Unknown key "{key}": did you mean "{suggestion}"?',
  'zod.invalid_type': '{detail}',
  'zod.too_small': '{detail}',
  'zod.too_big': '{detail}',
  'zod.invalid_format': '{detail}',
  'zod.invalid_value': '{detail}',
  'zod.invalid_union': '{detail}',
  'zod.unrecognized_keys': '{detail}',
  'zod.other': '{detail}',
  'commission.carry-without-plan':
    'The plan forfeits commission above the cap: there is nothing to carry forward',
  'commission.year-start': 'A plan year starts on the first day of a month',
  'commission.year-end': 'A plan year ends on {end}, twelve months after it starts, or earlier',
  'input.too-deep': 'The value is nested more than {max} levels deep',
  'array.too-long': 'The list has {length} items; at most {max} are allowed',
  'input.too-large': 'The value holds more than {max} values in all',
  unreadable: 'The value could not be read',

  // trace steps
  'allocate.total': 'Allocated {total} over {parts} parts by weight (largest remainder at scale {scale})',
  'allocate.part': 'Part {index} (weight {weight}) gets {amount}',
  'allocate.extra-unit': 'Part {index} received one extra unit for its remainder',
  'prorate.basis': 'Prorated {amount} over {period} by {basis}: {covered} of {total} units',
  'prorate.range': 'Range {start}..{end} covers {units} units and gets {amount}',
  'kpi.formula-attainment': 'Attainment = actual {actual} ÷ target {target} = {value:percent}',
  'kpi.formula-growth-rate': 'Growth rate = ({current} − {previous}) ÷ |{previous}| = {value:percent}',
  'kpi.formula-conversion-stage': 'Conversion {from} → {to}: {count} of {previous} = {value:percent}',
  'kpi.formula-conversion-rate': 'Overall conversion {first} → {last}: {count} of {total} = {value:percent}',
  'kpi.formula-churn-rate': 'Churn rate = {lost} lost ÷ {atStart} at the start = {value:percent}',
  'kpi.formula-gross-margin-rate': 'Gross margin rate = ({revenue} − {cost}) ÷ {revenue} = {value:percent}',
  'kpi.formula-expense-ratio': 'Expense ratio = expenses {expenses} ÷ revenue {revenue} = {value:percent}',
  'kpi.formula-complaint-timeliness': 'Complaint timeliness = {onTime} in time ÷ {total} = {value:percent}',
  'kpi.formula-average-sales-cycle':
    'Average sales cycle = {days:plural:day|days} ÷ {count:plural:deal|deals} = {value} days',
  'kpi.formula-quote-acceptance-rate':
    'Quote acceptance = {accepted} accepted ÷ {sent} sent = {value:percent}',
  'kpi.no-base': '{formula}: the base is zero, so there is no value',
  'kpi.formula-collection-rate':
    'Collection rate = collected {collected} ÷ receivable {receivable} = {value:percent}',
  'kpi.formula-contract-signing-rate':
    'Contract signing rate = {signed} signed ÷ {agreed} agreed = {value:percent}',
  'kpi.formula-repeat-purchase-rate':
    'Repeat purchase rate = {repeat} repeat customers ÷ {customers} = {value:percent}',
  'kpi.formula-savings-rate':
    'Savings rate = (budget {budget} − actual {actual}) ÷ {budget} = {value:percent}',
  'kpi.formula-visit-count':
    'Visits from {start} to {end}: {count} ({ignored} outside the period not counted)',
  'kpi.formula-visit-count-all': 'Visits: {count}',
  'kpi.funnel-stage-low':
    'Conversion {from} → {to} of {value:percent} is below {below:percent} of the other stages’ mean ' +
    '{mean:percent}',
  'kpi.formula-funnel-stage-alert': 'Funnel stage alert: {count} of {stages} stages convert markedly low',
  'kpi.target-zero': '{kpi}: target zero (no occurrence); no attainment',
  'kpi.attainment-inverse': '{kpi}: lower is better, attainment = target ÷ value = {attainment:percent}',
  'kpi.attainment-inverse-best':
    '{kpi}: lower is better and the value is {value}: the best possible attainment',
  'kpi.deduction':
    '{kpi}: {full} − {per} × {count:plural:occurrence|occurrences}, not below {floor} = {score} points',
  'kpi.score-floored': '{kpi}: score {score} is below the floor, so it scores {floor}',
  'kpi.value': '{kpi}: value {value}',
  'kpi.missing': '{kpi}: no measurement; the policy says {rule}',
  'kpi.target': '{kpi}: target to date {target} of {periodTarget} for the period ({proration})',
  'kpi.target-fixed': '{kpi}: target {target}',
  'kpi.attainment': '{kpi}: attainment {attainment:percent}',
  'kpi.attainment-lower': '{kpi}: lower is better, attainment = 2 − value ÷ target = {attainment:percent}',
  'kpi.no-target-yet': '{kpi}: the target to date is zero, so there is no attainment and no score',
  'kpi.band': '{kpi}: {on} {x} is in the band from {from}: {level}',
  'kpi.band-first': '{kpi}: {on} {x} is below {next}: {level}',
  'kpi.no-bands': '{kpi}: no alert bands: {level}',
  'kpi.score': '{kpi}: score {score} × weight {weight:percent}',
  'kpi.excluded': '{kpi}: left out of the scorecard',
  'kpi.total': 'Scorecard total {score} over {coverage:percent} of the weight: rating {rating}',
  'kpi.alert': '{level} alert on {kpi} ({kind}): notify {notify}',
  'kpi.trend-streak': '{kpi} worsened {periods:plural:period|periods} in a row',
  'kpi.trend-change':
    '{kpi} moved {change:percent} against its direction since the previous period ({previous} → {value})',
  'sla.check': '{item} / {rule}: {status}, {elapsed} {unit} elapsed of {limit} (due {due})',
  'sla.pending': '{item} / {rule}: open, {remaining} {unit} left (due {due})',
  'sla.summary': '{rule}: {met} met, {breached} breached, {pending} open; compliance {rate}',
  'policy.valid': 'The sales policy of {company} is valid: {domains}',
  'policy.invalid': 'The sales policy has {count:plural:problem|problems}',
  'diff.added': '{domain}: {path} added: {after}',
  'diff.removed': '{domain}: {path} removed (was {before})',
  'diff.changed': '{domain}: {path} changed from {before} to {after}',
  'diff.reordered': '{domain}: {path} reordered from {before} to {after}',
  'diff.summary': '{count:plural:change|changes} from {from} to {to}',
  'commission.credit-overlay':
    '{id} ({date}): overlay credit {credited} ({share:percent} of {amount}, on top of the reps), base {base}',
  'commission.clawback-base':
    '{id} ({type}) {days:plural:day|days} after {original}: {base} comes off the commission base and the ' +
    'attainment',
  'commission.overlay':
    '{id}: overlay credit {base} at the rate the rep’s own base reached, {rate:percent} = {amount}',
  'commission.tier-interpolated':
    'The base {base} lies in the tier from {from} to {to}: interpolated rate {rate:percent} on the whole ' +
    'tiered base',
  'commission.accelerated':
    '{id} closed at {attainment:percent} of quota (accelerator from {from:percent}): commission × ' +
    '{multiplier} = {amount}',
  'commission.capped-carried':
    'Commission {amount} capped at {cap}; the excess is carried forward ({carried} carried)',
  'commission.cap-released':
    '{amount} carried from earlier periods is paid under the cap; {carried} still carried',
  'commission.true-up':
    'Year to date: earned {earned} on a base of {base}; {settled} settled in earlier periods; true-up ' +
    'this period {trueUp}',
  'commission.catch-up':
    'Retroactive plan: the year-to-date base reached the tier from {from} ({rate:percent}), so the whole ' +
    'year is repriced and the true-up includes the catch-up on earlier periods',
  'commission.marginal-crossed':
    'Marginal plan: the year-to-date base crossed into the tier from {from}; the base above it is paid ' +
    '{rate:percent} from this period on',
  'commission.recovery-deferred': 'Recovery starts in the period from {date}: {balance} still owed',
  // order release and contract review
  'order.unknown-terms': 'Unknown payment terms "{terms}": they are not in paymentTerms',
  'order.credit-missing': 'The terms {terms} are on credit, so the policy needs a credit section',
  'order.override-future': 'The override on {on} is after the day of the check {asOf}',
  'order.currency': 'The order is in {currency}, the policy in {expected}',
  'order.self-open': 'The order {id} is itself listed among the open orders; it would be counted twice',
  'order.unknown-override-role': 'Unknown role "{role}": the policy does not let it override',
  'order.override-reason': 'The policy requires a reason for an override',
  'order.amount': 'Order {id}: amount {amount} over {lines} line(s), checked on {asOf}',
  'order.unqualified': 'The customer’s qualification is not approved',
  'order.qualification-expired': 'The customer’s qualification expired on {until}, before {asOf}',
  'order.qualified': 'The customer’s qualification is approved and in date',
  'order.field-missing': 'The order has no {field}, which the policy requires',
  'order.terms-unknown': 'The payment terms "{terms}" are not allowed by the policy',
  'order.terms-grade':
    'The terms {terms} are for customers of grade {grades}; this customer’s grade is {grade}',
  'order.terms': 'Payment terms {terms} ({kind})',
  'order.terms-default': 'No payment terms on the order: the policy’s default {terms} ({kind}) applies',
  'order.payment-not-yet': 'Payment {id} of {amount} is dated {date}, after the check: it does not count yet',
  'order.payment-confirmed': 'Payment {id} of {amount} confirmed by {by} on {on}',
  'order.payment-unconfirmed': 'Payment {id} of {amount} received but not confirmed by finance',
  'order.prepaid-covered': 'Payment first: confirmed payments {confirmed} cover the amount {amount}',
  'order.prepaid-unconfirmed':
    'Payment first: {received} received covers {amount}, but finance has confirmed only {confirmed}',
  'order.prepaid-short': 'Payment first: only {received} received of the amount {amount}',
  'order.receivable-overdue':
    'Receivable {id} of {amount}, due {due}, is {days} days past due: beyond the margin',
  'order.receivable-margin':
    'Receivable {id} of {amount} is {days} days past due, within the margin of {margin} days',
  'order.risk-part': 'Credit risk: {component} {amount}',
  'order.credit-exceeded': 'Credit risk {risk} exceeds the {source} limit {limit} by {excess}',
  'order.credit-within': 'Credit risk {risk} is within the {source} limit {limit}',
  'order.overdue-blocks': 'Receivables of {overdue} are overdue beyond the margin of {margin} days',
  'order.price-unlisted': 'Product {product} is not on the price list',
  'order.price-off':
    'Product {product}: price {price} is {deviation:percent} from the list price {list}, beyond the ' +
    'tolerance of {tolerance:percent}',
  'order.prices-ok': 'Every price is within {tolerance:percent} of the price list',
  'order.stock-unconfirmed': 'The stock of product {product} has not been confirmed with the customer',
  'order.stock-ok': 'The stock of every product was confirmed with the customer',
  'order.override-unneeded': 'Override by {role} recorded, but nothing blocks the order',
  'order.override-refused': '{role} may not override {rules}: the override does not release the order',
  'order.overridden': 'Released by {role} ({by}) on {on} despite the blockers: {reason}',
  'order.releasable': 'Nothing blocks the order: it may be invoiced and shipped',
  'order.blocked': 'The order may not be released; blockers ({count}): {rules}',
  'contract.no-review': 'The policy has no contracts section',
  'contract.currency': 'The contract is in {currency}, the policy in {expected}',
  'contract.unknown-type': 'Unknown contract type "{type}": it is not in contracts.types',
  'contract.below-review': 'Amount {amount} is not above {above}: no review chain',
  'contract.review-every': 'Every contract is reviewed, in {steps} steps in order',
  'contract.review-above': 'Amount {amount} is above {above}: the contract is reviewed',
  'contract.review-step': 'Step {n}: {approver}',
  'contract.template': 'Changes to the standard template ({count}): approved by {approvers}',
  'contract.template-standard': 'The contract follows the standard template',
  'contract.type': 'Contract type {type}: also approved by {approvers}',
  'contract.seal': 'The contract is valid only with the company’s contract seal',
  'contract.no-approval': 'No review or approval is needed',
  'contract.required': '{steps} review steps in order and {parallel} approvals in parallel',
  // quote approval: required costs, required fields, strict payment terms (issue #21)
  'quote.terms-approver': 'Payment terms other than the default need an approver, unless allowOther is false',
  'quote.field-missing': 'The policy requires {field} on every quote',
  'quote.terms-not-allowed':
    'Payment terms {terms} are not allowed: every quote is on the standard terms {standard}',
  'quote.cost-required-above': 'Net total {net} is above {above}: the quote must carry costs',
  'quote.cost-required-grade': 'Customers of grade {grade} need costs on the quote',
  'quote.cost-required': 'Every quote must carry costs',
  'quote.cost-missing':
    'A line has no unit cost, so the margin cannot be checked: beyond {role}; the lowest role that may ' +
    'approve without a margin check is {required}',
  'quote.cost-missing-none':
    'A line has no unit cost, so the margin cannot be checked, and every role has a margin minimum',
  // order release: free lines (搭赠) (issue #21)
  'order.free-priced': 'A free line (gift) has a unit price of 0, not {price}',
  // expense claims (费用报销) and budget approval
  'claim.unit-needed': 'A limit per unit needs its unit (night, day, head or month)',
  'claim.unknown-approver': 'Unknown approver "{role}": it is not a role of the route',
  'claim.spent-after-submission': 'The spend on {date} is after the claim was submitted on {submittedOn}',
  'claim.budget-needed': 'Entries are checked against a budget: give the budget too',
  'claim.ledger-entries': 'The budget ledger already holds the entries: give them to the ledger, not here',
  'claim.ledger-as-of': 'The claim is checked as of {asOf}, the budget ledger was summed as of {ledger}',
  'claim.amount-precision': 'The amount {amount} has more decimals than the policy pays ({scale})',
  'claim.currency': 'The claim is in {currency}, the policy in {expected}',
  'claim.budget-currency': 'The budget is in {currency}, the claim policy in {expected}',
  'claim.start': 'Claim {claim} by {employee}: {lines} line(s), submitted on {submittedOn}',
  'claim.line': 'Line {line}: {category} {amount} spent on {date}',
  'claim.violation-capped': 'Line {line}: {rule} {actual} over {limit}; the excess is not paid',
  'claim.violation-approval':
    'Line {line}: {rule} {actual} over {limit}; paid with the reason given once {approver} approves',
  'claim.violation-rejected': 'Line {line}: {rule} ({actual}; limit {limit}); the line is rejected',
  'claim.duplicate': 'Line {line}: invoice {number} was already claimed ({first}); the line is rejected',
  'claim.late': 'Line {line}: submitted on {submittedOn}, after the deadline {deadline}; {outcome}',
  'claim.budget': 'Budget check of lines {lines}, {amount} in all: {decision}; {remaining} left',
  'claim.approver': 'Approval step {n}: {approver} ({because})',
  'claim.total': 'Claimed {claimed}, approved {approved}',
  'claim.advances':
    'Advances outstanding {outstanding}, offset {offset}: the company pays {payable}, the claimant returns ' +
    '{refundable}',
  'budget.not-approved': 'The budget is not in force: its approval is at {state}',
  'budget.transition': '{role} ({by}) moved the budget from {from} to {to} on {on}',
  'budget.transition-refused': 'The budget at {state} cannot be moved by {action}',
  'budget.transition-role': 'Only {expected} may {action} the budget, not {role}',
  'budget.transition-reason': 'Returning the budget for changes needs a reason',
  'budget.transition-date': 'The move on {on} is before the last one on {last}',
  // complaints (投诉处理)
  'complaint.fine-reversed': 'The highest fine {max} is below the lowest {min}',
  'complaint.unknown-role': 'Unknown role "{role}": it is not in roles',
  'complaint.unknown-kind': 'Unknown complaint kind "{kind}": it is not in kinds',
  'complaint.unknown-severity': 'Unknown severity "{severity}": it is not in severities',
  'complaint.needs-calendar': 'A clock in working hours needs the policy’s calendar',
  'complaint.before-received': 'The {event} instant {at} is before the complaint was received at {received}',
  'complaint.after-as-of': 'The {event} instant {at} is after the report’s instant {asOf}',
  'complaint.intake': 'Complaint {id}: {kind}, severity {severity}',
  'complaint.handlers': 'Handled by {roles}',
  'complaint.then': 'Step {n}: reported to {role}, as for every {kind}',
  'complaint.escalate': 'Step {n}: escalated to {role}, as the severity is {severity}',
  'complaint.deadline': '{clock} due within {amount} {unit}: by {due}',
  'complaint.record-complete': 'The record carries every field the {kind} requires',
  'complaint.record-missing': 'The record lacks fields the {kind} requires: {fields}',
  'complaint.report-counts': '{total} complaints: {resolved} resolved, {open} open',
  'complaint.resolution-none': 'No complaints: no resolution rate',
  'complaint.resolution-met': 'Resolution rate {rate:percent} meets the target {target:percent}',
  'complaint.resolution-short': 'Resolution rate {rate:percent} is below the target {target:percent}',
  'complaint.clock-summary':
    '{clock}: {met} in time, {breached} late, {pending} open and in time; on-time rate {rate}',
  'complaint.overdue': 'Complaint {id}: {clock} was due by {due} and is still outstanding',
  'complaint.no-penalty-rule':
    'Complaint {id} is substantiated, but no penalty rule covers its kind and severity',
  'complaint.penalty':
    '{person}, complaint {id}, offence {offence} under "{rule}": fine {fine} {currency} (range {min}–{max})',
  'complaint.penalty-no-fine': '{person}, complaint {id}, offence {offence} under "{rule}": no fine',
  'complaint.dismissal-rule':
    'Dismissal of {person} is suggested by the rule (offence {offence}): a suggestion for management, not ' +
    'an action',
  'complaint.dismissal-repeat':
    'Dismissal of {person} is suggested from offence {offence} on: a suggestion for management, not an ' +
    'action',
  // training (岗前考核)
  'training.unknown-course': 'Unknown course "{course}": it is not in courses',
  'training.prerequisite-cycle': 'The course {course} is its own prerequisite, directly or through others',
  'training.unknown-role': 'Unknown role "{role}": it is not in roles',
  'training.score-required': 'The course {course} has a pass mark: give the score',
  'training.passed-with-mark': 'The course {course} has a pass mark: give the score, not passed',
  'training.passed-required': 'The course {course} has no pass mark: say whether it was passed',
  'training.score-without-mark':
    'The course {course} has no pass mark: say whether it was passed, not a score',
  'training.valid-before-date': 'The certificate ends on {validUntil}, before its day {date}',
  'training.check': '{person} ({role}) on {asOf}',
  'training.not-yet': '{course}: the result of {date} is after the day of the check and does not count yet',
  'training.valid': '{course}: passed on {on}, no expiry',
  'training.valid-until': '{course}: passed on {on}, valid through {until}',
  'training.expiring': '{course}: valid through {until}, {days} days left: renew it',
  'training.expired': '{course}: expired after {until}',
  'training.failed-score':
    '{course}: not passed, best score {score:percent} below the pass mark {mark:percent}',
  'training.failed': '{course}: taken, not passed',
  'training.missing': '{course}: never taken',
  'training.prerequisite-missing': '{course}: passed, but not after its prerequisites: it does not count',
  'training.may-work': 'Every required course ({count}) is valid: may work',
  'training.may-not-work':
    '{count:plural:required course is|required courses are} not valid: may not work yet',
  // leads (线索管理)
  'lead.unknown-state': 'Unknown lead state "{state}": it is not in states',
  'lead.unknown-source': 'Unknown lead source "{source}": it is not in sources',
  'lead.unknown-grade': 'Unknown grade "{grade}": it is not a grade of the screening matrix',
  'lead.no-screening': 'The grade "{grade}" needs a screening matrix, and the policy has none',
  'lead.pool-closed': 'The pool state {state} must be an open state',
  'lead.duplicate-transition': 'The transition from {from} to {to} is listed more than once',
  'lead.reps-or-team': 'Assignment rule {rule} needs either reps or a team, not both',
  'lead.empty-cadence': 'Follow-up rule {rule} sets no first contact, cadence or return to the pool',
  'lead.transition-allowed': 'Lead {lead}: the policy allows {from} → {to}',
  'lead.transition-not-allowed': 'Lead {lead}: the policy has no transition from {from} to {to}',
  'lead.field-missing': 'Entering {to} requires {field}, which the event lacks',
  'lead.screened': 'Screening: score {score}, grade {grade}; entering {to} needs at least {minGrade}',
  'lead.grade-below': 'Grade {grade} is below {minGrade}: the lead may not enter {to}',
  'lead.grade-ok': 'Grade {grade} reaches {minGrade}',
  'lead.accepted': 'Lead {lead} enters {to}',
  'lead.refused': 'Lead {lead} may not enter {to} ({count} rule(s) broken)',
  'lead.no-rule': 'No assignment rule matches lead {lead}: it stays in the pool',
  'lead.rule-matched': 'Assignment rule {rule} matches lead {lead} ({method})',
  'lead.rep-unknown': 'Rep {rep} is not among the reps given: not eligible',
  'lead.rep-inactive': 'Rep {rep} is not active: not eligible',
  'lead.rep-at-capacity': 'Rep {rep} holds {load} open leads, at the capacity of {capacity}: not eligible',
  'lead.no-eligible': 'Rule {rule} has no eligible rep: the lead stays in the pool',
  'lead.assigned-round-robin': 'Round-robin after {after}: the lead goes to {rep}',
  'lead.assigned-round-robin-first': 'Round-robin, first in the rotation: the lead goes to {rep}',
  'lead.assigned-load': 'Fewest open leads ({load}): the lead goes to {rep}',
  'lead.first-contact-overdue':
    'Lead {lead}: no contact yet; the first was due by {due} ({hours} business hours)',
  'lead.first-contact-late':
    'Lead {lead}: first contact at {at}, after its deadline {due} ({hours} business hours)',
  'lead.cadence-missed':
    'Lead {lead}: last contact on {since}; the next was due on {due} (every {days} days), {overdue} day(s) ' +
    'late',
  'lead.return-to-pool':
    'Lead {lead}: no activity for {days} days since {since} (limit {after}): it returns to the pool',
  'lead.follow-up-summary':
    '{checked} open leads checked at {asOf}: {overdue} first contacts overdue, {late} late, {missed} ' +
    'cadences missed, {pool} to return to the pool',
  'opportunity.grade-or-ratings': 'Give the opportunity’s grade or its ratings, exactly one of them',
  'opportunity.follow-up-ok':
    'Opportunity {opportunity} ({grade}): last contact {since}, next due {due} (every {days} days)',
  'opportunity.follow-up-overdue':
    'Opportunity {opportunity} ({grade}): last contact {since}; the next was due on {due} (every {days} ' +
    'days), {overdue} day(s) late',
  'opportunity.follow-up-summary': '{checked} opportunities checked on {asOf}: {overdue} overdue',
  // commission bonus cadence (issue 24)
  'commission.bonus-off-cadence-month':
    '{bonus} is a monthly bonus: the period {start}..{end} is not one whole month, so it is not measured ' +
    'here',
  'commission.bonus-off-cadence-quarter':
    '{bonus} is a quarterly bonus: the period {start}..{end} is not one whole quarter, so it is not ' +
    'measured here',
  'commission.bonus-off-cadence-year':
    '{bonus} is an annual bonus: the period {start}..{end} is not one whole year, so it is not measured here',
  'commission.bonus-span': '{bonus}, measured on {start}..{end}:',
  // year-end profit share (issue 24)
  'profit-share.needs': 'The rule shares by {shareBy}: every participant needs a {key}',
  'profit-share.unused': 'The rule shares by {shareBy}, which does not use {key}: it would be ignored',
  'profit-share.pool-revenue': 'Pool {pool} shared among {count} by revenue',
  'profit-share.pool-appraisal': 'Pool {pool} shared among {count} by appraisal multiplier',
  'profit-share.pool-revenue-and-appraisal':
    'Pool {pool} shared among {count} by revenue × appraisal multiplier',
  'profit-share.capped': '{id}: capped at {cap}; the rest goes to the others by their weights',
  'profit-share.part': '{id}: weight {weight}, {share:percent} of the pool, {amount}',
  'profit-share.extra-unit': '{id} gets one more unit from the rounding (largest remainder)',
  'profit-share.undistributed': '{amount} stays in the pool: every participant is capped or weighs zero',
  // appraisal (issue 24)
  'appraisal.scale': 'The scale must end above its start {min}',
  'appraisal.raise-range': 'The highest raise must not be below the lowest {min}',
  'appraisal.weights': 'The weights of the parts add up to {total}, not 1',
  'appraisal.month-weights': 'Expected one weight per month: {months}',
  'appraisal.last-band-min': 'The last (lowest) band takes every lower score: it has no minScore',
  'appraisal.band-min': 'Every band but the last needs a minScore',
  'appraisal.bands-order': "Each band's minScore must be below the one before ({before})",
  'appraisal.unknown-rating': 'Unknown rating "{rating}": it is not one of the bands',
  'appraisal.limit-lowest': 'The lowest rating {rating} cannot be limited: nobody could move below it',
  'appraisal.period-start': 'An appraisal period starts on the 1st of a month',
  'appraisal.period-end': 'An appraisal period ends on the last day of a month',
  'appraisal.period-length': 'The period is {months} months: an appraisal covers 1, 3 or 12 months',
  'appraisal.kpi-outside': 'The KPI result of {month} is outside the period',
  'appraisal.rating-range': 'The rating {value} is outside the scale {min}..{max}',
  'appraisal.part-missing': 'The {part} has no value and the policy counts missing parts as an error',
  'appraisal.part-unscored': 'The policy does not score the {part}: the value would be ignored',
  'appraisal.nothing-scored': 'No part of the score has a value',
  'appraisal.step': 'Step {n}: {step}',
  'appraisal.kind-month': 'Monthly appraisal {start}..{end}',
  'appraisal.kind-quarter': 'Quarterly appraisal {start}..{end}',
  'appraisal.kind-year': 'Annual appraisal {start}..{end}',
  'appraisal.kpi-months-missing': 'No KPI result for {months}',
  'appraisal.kpi-average': 'KPI: the average of {months} of {of} months is {value}',
  'appraisal.kpi-weighted': 'KPI: the month-weighted average of {months} of {of} months is {value}',
  'appraisal.kpi-last':
    'KPI: the average of the last {count} months with a result ({months} of {of}) is {value}',
  'appraisal.kpi-weightless': 'KPI: the months with a result ({months} of {of}) all weigh zero; no KPI value',
  'appraisal.part': '{part}: {value} is {points} points, weight {weight}',
  'appraisal.part-left-out': '{part}: no value; left out and the other weights scaled up (weight {weight})',
  'appraisal.score': 'Score: {score}',
  'appraisal.rating': 'Rating {rating}: the score reaches {min}',
  'appraisal.rating-lowest': 'Rating {rating}: the score is below every other band',
  'appraisal.bonus-multiplier': 'Rating {rating}: the performance bonus is multiplied by {multiplier}',
  'appraisal.raise': 'Rating {rating}: a raise of {min:percent} to {max:percent}',
  'appraisal.training': 'Training plan: {training}',
  'appraisal.warning': 'Rating {rating}: a written warning',
  'appraisal.deduction': 'Rating {rating}: {deduction:percent} of the performance pay is withheld',
  'appraisal.promotion-eligible':
    'Eligible for promotion: {consecutive} qualifying ratings in a row (needed {needed})',
  'appraisal.promotion-not-yet':
    'Not yet eligible for promotion: {consecutive} qualifying ratings in a row of {needed}',
  'appraisal.calibrate': 'Calibrating {count} appraisals',
  'appraisal.no-distribution': 'The policy has no forced distribution: no rating moves',
  'appraisal.band-within': '{rating}: {count} within the limit of {limit} ({share:percent})',
  'appraisal.band-over': '{rating}: {count} over the limit of {limit} ({share:percent}); {moved} move down',
  'appraisal.tie-broken': '{rating}: the cut falls on a tie at {score}, broken by the tie rule',
  'appraisal.tie-move-all': '{rating}: the cut falls on a tie at {score}; every tied appraisal moves',
  'appraisal.moved': '{person} ({score}) moves from {from} to {to}',
  'appraisal.within-guidance': 'Every rating is within the guidance',
  // CLI (the command's own messages, in the run's --locale)
  'cli.summary': '{lines:plural:line|lines}, {decided} decided, {rejected} rejected',
  'cli.malformed-line': 'malformed JSON: {detail}',
  'cli.cannot-read': 'cannot read {file}: {detail}',
  'cli.not-json': '{file} is not JSON: {detail}',
  'cli.line': 'line {line}:',
  'cli.line-error': 'line {line}: {detail}',
  'cli.unknown-command': 'unknown command {command}',
  'cli.unknown-domain': 'unknown domain {domain}; use one of {choices}',
  'cli.unknown-locale': 'unknown locale {locale}; use {choices}',
  'cli.unknown-format': 'unknown format {format}; use text or json',
  'cli.needs-policy-file': 'give the policy file: sales-rules validate <policy.json>',
  'cli.needs-domain': 'give the domain: sales-rules {command} <domain> --policy <file>',
  'cli.needs-policy': 'give the policy with --policy <file>',
  'cli.needs-as-of': '{domain} needs --as-of <instant>, e.g. 2026-10-13T12:00:00+08:00',
  'cli.no-domain-policy': '{file} has no {key} policy',
  'cli.versions-need-date': '{file} lists versions of {key}: give --date YYYY-MM-DD to pick the one in force',
} as const satisfies Record<string, string>

/**
 * A message code: a key of the message catalogs.
 *
 * @group Core
 */
export type MessageCode = keyof typeof en

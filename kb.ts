import { readFileSync } from 'node:fs'
import { salesPolicyJsonSchema, validateSalesPolicy } from './src/index'
const s = salesPolicyJsonSchema()
console.log(JSON.stringify(s).length)
console.log(JSON.stringify((s as any).properties.commission).slice(0, 1500))
const policy = JSON.parse(readFileSync('examples/policy.json', 'utf8'))
const v = validateSalesPolicy(policy)
console.log(v.ok, v.ok ? '' : v.issues)
const c = JSON.stringify((s as any).properties.commission)
console.log(c.slice(c.indexOf('"cap"'), c.indexOf('"cap"') + 400))

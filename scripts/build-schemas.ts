// Writes the JSON Schema of the sales policy document and of each domain policy to schemas/,
// from the library's zod schemas. Run by `npm run build`; the files are published with the package.
import { mkdirSync, writeFileSync } from 'node:fs'
import { POLICY_DOMAINS, SCHEMA_FILES, salesPolicyJsonSchema } from '../src/index'
import { RESULT_TYPES, resultJsonSchema } from './result-schemas'

const dir = new URL('../schemas/', import.meta.url)
mkdirSync(dir, { recursive: true })
for (const domain of [undefined, ...POLICY_DOMAINS]) {
  const file = SCHEMA_FILES[domain ?? 'salesPolicy']
  writeFileSync(new URL(file, dir), `${JSON.stringify(salesPolicyJsonSchema(domain), null, 2)}\n`)
  console.log(`schemas/${file}`)
}

// contract (issue #18): the JSON of each result type, schemas/results/<type>.schema.json
const results = new URL('results/', dir)
mkdirSync(results, { recursive: true })
for (const [name, schema] of Object.entries(RESULT_TYPES)) {
  writeFileSync(
    new URL(`${name}.schema.json`, results),
    `${JSON.stringify(resultJsonSchema(name, schema), null, 2)}\n`,
  )
  console.log(`schemas/results/${name}.schema.json`)
}

#!/usr/bin/env bash
# Packs the library, installs the tarball in a scratch project, and uses it with import and require.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$scratch" | tail -1)"
cd "$scratch"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball"
node --input-type=module -e "
import { allocate, explain } from 'sales-rules'
const a = allocate('100', [1, 1, 1], { scale: 2, mode: 'half-up' })
if (a.parts.map(String).join() !== '33.34,33.33,33.33') throw new Error('import: wrong parts')
console.log('import ok:', explain(a, { locale: 'zh-CN' })[0])
"
node -e "
const { allocate, SalesRulesError } = require('sales-rules')
try { allocate('x', [1], { scale: 2, mode: 'half-up' }); process.exit(1) } catch (e) { if (!(e instanceof SalesRulesError)) throw e }
console.log('require ok:', allocate('1', [1, 2], { scale: 2, mode: 'half-up' }).parts.join(' + '))
"
# The command line from the tarball, as a newcomer runs it
npx --no-install sales-rules validate "$root/examples/policy.json"
if npx --no-install sales-rules validate "$root/package.json" >/dev/null; then echo 'validate accepted package.json' >&2; exit 1; fi
# The published JSON Schema, with an independent validator (ajv from the project's dev dependencies)
NODE_PATH="$root/node_modules" node -e "
const Ajv2020 = require('ajv/dist/2020').default
const addFormats = require('ajv-formats').default
const schema = require('sales-rules/schemas/sales-policy.schema.json')
const validate = addFormats(new Ajv2020({ strict: false })).compile(schema)
if (!validate(require('$root/examples/policy.json'))) throw new Error(JSON.stringify(validate.errors))
console.log('ajv ok: examples/policy.json is valid against', schema.\$id)
"

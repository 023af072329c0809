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

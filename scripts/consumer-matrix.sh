#!/usr/bin/env bash
# The consumer type-check matrix: the packed tarball, installed in a scratch project, type-checked
# by the repository's own TypeScript under each module resolution a consumer may use, with
# `skipLibCheck: false` (so errors inside our .d.ts, or in how it imports zod, decimal.js and date-fns,
# are reported) and a check that `Decimal` is a real type, not `any`.
#   bundler             moduleResolution bundler (Vite, esbuild, webpack)
#   node16-esm          moduleResolution node16, "type": "module"   -> dist/index.d.ts
#   node16-cjs          moduleResolution node16, "type": "commonjs" -> dist/index.d.cts
# No network: the tarball is unpacked into node_modules/sales-rules (what `npm install` would do)
# and its dependencies are copied from this repository's node_modules. Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tsc="$root/node_modules/typescript/bin/tsc"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
[ -f "$root/dist/index.d.ts" ] || { echo 'consumer-matrix: build first (npm run build)' >&2; exit 1; }
tarball="$(cd "$root" && npm pack --silent --pack-destination "$scratch" | tail -1)"

cat > "$scratch/consumer.ts" <<'TS'
import {
  allocate,
  defineQuoteApprovalPolicy,
  parseAmount,
  requiredApprovals,
  SalesRulesError,
  type Decimal,
  type QuoteInput,
} from 'sales-rules'

const amount: Decimal = parseAmount('1.50')
// @ts-expect-error a Decimal is not a string: this line fails to compile (unused directive) if Decimal is `any`
const wrong: string = amount
const text: string = amount.toFixed(2)
const parts: readonly Decimal[] = allocate('100', [1, 1, 1], { scale: 2, mode: 'half-up' }).parts

// a policy in a plain const keeps its literal types; a quote written `as const` is accepted
const policy = defineQuoteApprovalPolicy({
  id: 'quotes',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  boundary: 'exclusive',
  ladder: [
    { role: 'sales-rep', label: 'Sales rep', limits: { maxNetTotal: '50000' } },
    { role: 'sales-director', label: { en: 'Director', 'zh-CN': '销售总监' } },
  ],
})
const boundary: 'exclusive' = policy.boundary
const quote = {
  currency: 'CNY',
  customer: { id: 'c1' },
  requestedBy: 'sales-rep',
  lines: [{ product: 'p1', quantity: 1, listPrice: '90000' }],
} as const satisfies QuoteInput
const role: string | null = requiredApprovals(policy, quote).requiredRole
const error: SalesRulesError | undefined = undefined

export { wrong, text, parts, boundary, role, error }
TS

check() { # name, package type, module, moduleResolution, lib, types
  local name="$1" type="$2" module="$3" resolution="$4" lib="$5" types="$6" dir="$scratch/$1"
  mkdir -p "$dir/node_modules/sales-rules"
  tar -xzf "$scratch/$tarball" -C "$dir/node_modules/sales-rules" --strip-components=1
  for dep in zod decimal.js date-fns; do cp -R "$root/node_modules/$dep" "$dir/node_modules/$dep"; done
  # zod's declarations name `URL`: a browser build has it from the DOM lib, a Node one from @types/node
  mkdir -p "$dir/node_modules/@types" && cp -R "$root/node_modules/@types/node" "$dir/node_modules/@types/node"
  cp -R "$root/node_modules/undici-types" "$dir/node_modules/undici-types" 2>/dev/null || true
  printf '{ "name": "consumer-%s", "private": true, "type": "%s" }\n' "$name" "$type" > "$dir/package.json"
  cat > "$dir/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022",
    "lib": [$lib],
    "module": "$module",
    "moduleResolution": "$resolution",
    "strict": true,
    "skipLibCheck": false,
    "types": [$types],
    "noEmit": true
  },
  "files": ["consumer.ts"]
}
JSON
  cp "$scratch/consumer.ts" "$dir/consumer.ts"
  if (cd "$dir" && node "$tsc" -p tsconfig.json); then
    echo "consumer-matrix: $name ok"
  else
    echo "consumer-matrix: $name FAILED" >&2
    return 1
  fi
}

status=0
check bundler module ESNext Bundler '"ES2022", "DOM"' '' || status=1
check node16-esm module Node16 Node16 '"ES2022"' '"node"' || status=1
check node16-cjs commonjs Node16 Node16 '"ES2022"' '"node"' || status=1
exit $status

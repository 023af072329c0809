import { defineConfig } from 'tsup'

// The ESM build is split: one entry per domain beside the index, so that code shared by entries
// lands in chunks by domain. With `"sideEffects": false`, an application's bundler then drops
// whole chunks of the domains it does not import (their zod schemas included, which it could not
// drop from a single file: schemas are built by top-level call chains). The domain entry files are
// not exported; they exist to shape the chunks. CommonJS stays one file.
const domains = [
  'opportunity-scoring',
  'customer-grading',
  'quote-approval',
  'commission',
  'expense-budget',
  'kpi',
  'order-release',
  'policy',
  // complaints
  'complaints',
  // training
  'training',
  'expense-claims',
  'leads',
  'appraisal',
]

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(domains.map((d) => [`domains/${d}`, `src/rules/${d}/index.ts`])),
    },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    splitting: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    splitting: false,
  },
  {
    // the command line: ESM only, with its shebang; it bundles the library it calls
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
])

import { defineConfig } from 'tsup'

// One file per format (issue #20, start-up). The ESM file keeps what an application's bundler needs
// to drop the domains it does not use: `"sideEffects": false`, and the `@__PURE__` /
// `@__NO_SIDE_EFFECTS__` annotations on every top-level call (the schemas are built lazily by `once`,
// so nothing else runs at import). It was split by domain into about 40 chunks while schemas were
// built at import; once they were lazy the split bought nothing for bundlers (`npm run size` gives the
// same bundles from one file), and for Node it cost a resolve, read and compile per chunk: importing
// the package went from 1.4× to about 1.2× the cost of importing its dependencies alone.
// Syntax is minified in every build (shorter code to parse, names kept for stack traces). Whitespace
// is minified in the CommonJS file and the CLI only: it removes comments, and with them the
// annotations a bundler reads from the ESM file (esbuild drops them by design, evanw/esbuild#1990).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    minifySyntax: true,
    splitting: false,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
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
    minifyWhitespace: true,
    minifySyntax: true,
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
])

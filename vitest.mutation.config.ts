// The test run Stryker uses for each mutant: the unit and property tests of src/, with a fixed
// fast-check seed so that a mutant is killed or survives the same way every time. The CLI tests
// (they run the built dist/, which Stryker does not mutate) and the whole-API fuzz test are left out.
// Tests compute their results inside `it`, never in a `describe` body: per-test coverage does not
// see code run while tests are collected, and would report its mutants as surviving.
// MUTATION_TESTS narrows the tests to a domain's (comma-separated globs), which makes a domain's
// run many times faster:
//   MUTATION_TESTS='test/rules/kpi/**/*.test.ts' npm run mutation -- --mutate 'src/rules/kpi/**/*.ts'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : ['test/**/*.test.ts'],
    exclude: ['test/cli/**', 'test/fuzz*.test.ts', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    env: { FC_SEED: '20261123' },
    testTimeout: 60_000,
  },
})
